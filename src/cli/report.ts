/**
 * `remiss report`: one self-contained HTML file to look at — the report of a round, or the
 * comparison of two rounds (`remiss report OLD NEW`). Two inputs are two rounds when each is one
 * on its own: a round file, or a compilation with its own questions and several respondents;
 * otherwise (a letter per respondent) they are one round. --diff and --single decide explicitly.
 * It is written with -o (or to a redirected stdout): HTML on a terminal helps nobody.
 */
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { emit, type CommandContext } from './common.js';
import { addAnalysisOptions, analysedRound, loadDiff } from './diff.js';
import { readDictionaryFiles } from './dictionary.js';
import { loadRound } from './load.js';

export function register(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('report')
    .description('a self-contained HTML report (no network): completeness grid, coordinator table with quotes, proposals chart, process heatmap; with --diff two rounds side by side')
    .argument('[inputs...]', 'source files (.txt, .pdf, round .json) forming one round; none: the embedded 2023 round; with --diff exactly two: OLD NEW');
  cmd.option('--diff', 'compare two rounds: the inputs are OLD and NEW, one file each (as for remiss diff); two inputs that are each a whole round are compared without it');
  cmd.option('--single', 'two or more inputs are always one round (e.g. one letter per respondent)');
  cmd.option('--questions <file>', 'the round\'s remissfrågor, one per line or as a list (else read from the preamble); not with --diff');
  addAnalysisOptions(cmd);
  cmd.action(async (inputs: string[], opts) => {
    if (!opts.output && ctx.io.stdoutIsTTY) throw new UsageError('report writes an HTML file: give -o report.html (or redirect stdout)');
    let product: string;
    if (opts.diff && opts.single) throw new UsageError('--diff and --single exclude each other');
    const diff = opts.diff || (!opts.single && !opts.questions && inputs.length === 2 && (await eachIsARound(inputs, opts, ctx)));
    if (diff) {
      if (inputs.length !== 2) throw new UsageError(`report --diff compares two rounds: give OLD and NEW, one file each (got ${inputs.length})`);
      if (opts.questions) throw new UsageError('--questions applies to one round, not to report --diff');
      const diff = await loadDiff(inputs[0], inputs[1], opts, ctx);
      product = (await import('../export/report/diff.js')).diffReportHtml(diff);
    } else {
      const analysis = await analysedRound(inputs, opts, await readDictionaryFiles(opts.dictionary ?? []), ctx, true);
      product = (await import('../export/report/round.js')).roundReportHtml(analysis);
    }
    await emit(product, opts, ctx);
    if (opts.output) ctx.info(`${opts.output}: written`);
  });
}

/**
 * Whether each of two inputs is a whole round on its own: a round file, or a text or PDF that
 * reads as a round with questions of its own and more than one respondent. (Read through the
 * cache, so the comparison that follows does not read them again.)
 */
async function eachIsARound(inputs: string[], opts: { ocr?: boolean; cache?: boolean }, ctx: CommandContext): Promise<boolean> {
  for (const input of inputs) {
    if (/\.json$/i.test(input)) continue;
    const round = await loadRound([input], { ocr: opts.ocr, cache: opts.cache }, ctx.io);
    if (round.questions.length === 0 || round.respondents.length < 2) return false;
  }
  return true;
}
