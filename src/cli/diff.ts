/**
 * `remiss diff OLD NEW`: two rounds compared. Each of OLD and NEW is one file (a compilation as
 * .txt or .pdf, or a round file from `remiss ingest`): with several files per round the command
 * line could not say where OLD ends, so a round of many files is ingested first.
 */
import type { Command } from 'commander';
import { analyseRound, diffRounds, type RoundAnalysis, type RoundDiff } from '../analyze/diff.js';
import { diffJson, diffMarkdown, diffTable } from '../export/diff.js';
import { diffReportHtml } from '../export/report/diff.js';
import { decodeText } from '../read/text.js';
import { mergeDictionaries, parseDictionary, shippedDictionary, type Dictionary } from '../tag/dictionary.js';
import { chalkFor, emit, formatOption, positiveInt, type CommandContext } from './common.js';
import { readFileChecked } from './io.js';
import { loadRound } from './load.js';
import { ExitCode } from './main.js';

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
  cmd.option('--min-respondents <n>', 'a process is shared when at least N respondents name it', positiveInt('--min-respondents'), 2);
  cmd.option('--dictionary <file>', 'processes of your own (JSON, the format of data/processes.json), merged over the shipped ones; repeatable', collect);
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export async function loadDictionary(files: string[]): Promise<Dictionary> {
  const overlays = [];
  for (const file of files) overlays.push({ file, entries: parseDictionary(decodeText(await readFileChecked(file), file).text, file) });
  return mergeDictionaries(shippedDictionary(), overlays);
}

/** Load and analyse one round from its inputs (none: the embedded round); warnings name the input. */
export async function analysedRound(
  inputs: string[],
  opts: AnalysisCliOptions,
  dictionary: Dictionary,
  ctx: CommandContext,
  checkOutput: boolean,
): Promise<RoundAnalysis> {
  const round = await loadRound(inputs, { ocr: opts.ocr, output: checkOutput ? opts.output : undefined }, ctx.io);
  const from = inputs.length === 1 ? `${inputs[0]}: ` : '';
  ctx.warn(round.warnings.map((w) => `${from}${w}`));
  return analyseRound(round, dictionary, { minRespondents: opts.minRespondents });
}

/** Two rounds, each from one input, compared. */
export async function loadDiff(oldPath: string, newPath: string, opts: AnalysisCliOptions, ctx: CommandContext): Promise<RoundDiff> {
  const dictionary = await loadDictionary(opts.dictionary ?? []);
  const before = await analysedRound([oldPath], opts, dictionary, ctx, true);
  const after = await analysedRound([newPath], opts, dictionary, ctx, false);
  return diffRounds(before, after, dictionary);
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
    let product: string;
    if (format === 'json') product = JSON.stringify(diffJson(diff), null, 2) + '\n';
    else if (format === 'md') product = diffMarkdown(diff);
    else if (format === 'html') product = diffReportHtml(diff);
    else {
      const c = chalkFor(ctx, opts);
      product = diffTable(diff, { header: (s) => c.bold(s), added: (s) => c.green(s), removed: (s) => c.red(s), changed: (s) => c.yellow(s), dim: (s) => c.dim(s) });
    }
    await emit(product, opts, ctx);
    if (opts.exitCode && diff.differs) throw new ExitCode(1);
  });
}
