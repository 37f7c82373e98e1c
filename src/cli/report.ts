/**
 * `remiss report`: one self-contained HTML file to look at — the report of a round, or with
 * --diff the comparison of two rounds. It is written with -o (or to a redirected stdout): HTML on
 * a terminal helps nobody.
 */
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { emit, type CommandContext } from './common.js';
import { addAnalysisOptions, analysedRound, loadDiff } from './diff.js';
import { readDictionaryFiles } from './dictionary.js';

export function register(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('report')
    .description('a self-contained HTML report (no network): completeness grid, coordinator table with quotes, proposals chart, process heatmap; with --diff two rounds side by side')
    .argument('[inputs...]', 'source files (.txt, .pdf, round .json) forming one round; none: the embedded 2023 round; with --diff exactly two: OLD NEW');
  cmd.option('--diff', 'compare two rounds: the inputs are OLD and NEW, one file each (as for remiss diff)');
  cmd.option('--questions <file>', 'the round\'s remissfrågor, one per line or as a list (else read from the preamble); not with --diff');
  addAnalysisOptions(cmd);
  cmd.action(async (inputs: string[], opts) => {
    if (!opts.output && ctx.io.stdoutIsTTY) throw new UsageError('report writes an HTML file: give -o report.html (or redirect stdout)');
    let product: string;
    if (opts.diff) {
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
