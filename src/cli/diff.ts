/**
 * `remiss diff OLD NEW`: two rounds compared. Each of OLD and NEW is one file (a compilation as
 * .txt or .pdf, or a round file from `remiss ingest`): with several files per round the command
 * line could not say where OLD ends, so a round of many files is ingested first.
 */
import type { Command } from 'commander';
import type { RoundAnalysis, RoundDiff } from '../analyze/diff.js';
import { colours, emit, formatOption, type CommandContext } from './common.js';
import { addProcessOptions, loadDictionary, readDictionaryFiles, type DictionaryFiles } from './dictionary.js';
import { loadAnalysis } from './load.js';
import { ExitCode } from '../errors.js';

/** The options of the commands that analyse whole rounds for comparison (diff, report). */
export interface AnalysisCliOptions {
  ocr?: boolean;
  output?: string;
  dictionary?: string[];
  minRespondents?: number;
}

export function addAnalysisOptions(cmd: Command): void {
  cmd.option('--ocr', 'read every PDF page by OCR (pdftoppm + tesseract), not only pages without a text layer');
  cmd.option('--no-ocr', 'never OCR: a PDF without a text layer is then an error');
  cmd.option('-o, --output <file>', 'write the product to FILE instead of stdout (atomically)');
  addProcessOptions(cmd);
  cmd.option('--no-cache', 'read and analyse the inputs again instead of using the analysis cache');
}

/**
 * Load and analyse one round from its inputs (none: the embedded round), through the analysis
 * cache; warnings name the input.
 */
export async function analysedRound(
  inputs: string[],
  opts: AnalysisCliOptions & { questions?: string; cache?: boolean },
  dictionary: DictionaryFiles,
  ctx: CommandContext,
  checkOutput: boolean,
): Promise<RoundAnalysis> {
  const kind = `analysis:${opts.minRespondents ?? 2}:${dictionary.hash}`;
  const options = { questions: opts.questions, ocr: opts.ocr, cache: opts.cache, output: checkOutput ? opts.output : undefined };
  const { value, warnings } = await loadAnalysis(inputs, options, ctx.io, kind, async (round) => {
    const { analyseRound } = await import('../analyze/diff.js');
    return analyseRound(round, await loadDictionary(dictionary), { minRespondents: opts.minRespondents });
  });
  const from = inputs.length === 1 ? `${inputs[0]}: ` : '';
  ctx.warn(warnings.map((w) => `${from}${w}`));
  return value;
}

/** Two rounds, each from one input, compared. */
export async function loadDiff(oldPath: string, newPath: string, opts: AnalysisCliOptions & { cache?: boolean }, ctx: CommandContext): Promise<RoundDiff> {
  const files = await readDictionaryFiles(opts.dictionary ?? []);
  const before = await analysedRound([oldPath], opts, files, ctx, true);
  const after = await analysedRound([newPath], opts, files, ctx, false);
  const { diffRounds } = await import('../analyze/diff.js');
  return diffRounds(before, after, await loadDictionary(files));
}

export function register(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('diff')
    .description('compare two rounds: questions, respondents added and removed, changed coordinator proposals, processes gained and lost')
    .argument('<old>', 'the earlier round: ONE file (.txt, .pdf, or a round .json from `remiss ingest`; ingest a round of many files first)')
    .argument('<new>', 'the later round: ONE file, as OLD');
  formatOption(cmd, ['table', 'json', 'md', 'html'], 'table');
  cmd.option('--exit-code', 'exit with 1 when the rounds differ (0 when they do not)');
  addAnalysisOptions(cmd);
  cmd.addHelpText('after', '\nExit codes: 0 success (with --exit-code: no difference), 1 the rounds differ (only with --exit-code), 2 usage or input error.');
  cmd.action(async (oldPath: string, newPath: string, opts) => {
    const diff = await loadDiff(oldPath, newPath, opts, ctx);
    const format = opts.format as string;
    const { diffJson, diffMarkdown, diffTable } = await import('../export/diff.js');
    let product: string;
    if (format === 'json') product = JSON.stringify(diffJson(diff), null, 2) + '\n';
    else if (format === 'md') product = diffMarkdown(diff);
    else if (format === 'html') product = (await import('../export/report/diff.js')).diffReportHtml(diff);
    else {
      const c = await colours(ctx, opts);
      product = diffTable(diff, { header: (s) => c.bold(s), added: (s) => c.green(s), removed: (s) => c.red(s), changed: (s) => c.yellow(s), dim: (s) => c.dim(s) });
    }
    await emit(product, opts, ctx);
    if (opts.exitCode && diff.differs) throw new ExitCode(1);
  });
}
