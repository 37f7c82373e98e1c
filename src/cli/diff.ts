/**
 * `remiss diff OLD NEW`: two rounds compared. Each of OLD and NEW is one file (a compilation as
 * .txt or .pdf, or a round file from `remiss ingest`): with several files per round the command
 * line could not say where OLD ends, so a round of many files is ingested first.
 */
import type { Command } from 'commander';
import type { RoundAnalysis, RoundDiff } from '../analyze/diff.js';
import { addColorOption, addOcrMaxPagesOption, addRegistryOption, colours, emit, formatOption, resolveFormat, terminalWidth, type CommandContext } from './common.js';

const FORMATS = ['table', 'json', 'md', 'html'];
import { addProcessOptions, loadDictionary, readDictionaryFiles, type DictionaryFiles } from './dictionary.js';
import { loadAnalysis } from './load.js';
import { ExitCode, UsageError } from '../errors.js';
import type { Corrections } from '../analyze/corrections.js';
import { readCorrections } from './corrections.js';

/** The options of the commands that analyse whole rounds for comparison (diff, report). */
export interface AnalysisCliOptions {
  ocr?: boolean;
  ocrMaxPages?: number;
  output?: string;
  dictionary?: string[];
  minRespondents?: number;
  registry?: string;
  corrections?: string;
  correctionsOld?: string;
  correctionsNew?: string;
}

export function addAnalysisOptions(cmd: Command): void {
  cmd.option('--ocr', 'läs varje PDF-sida med OCR, inte bara sidor utan textlager');
  cmd.option('--no-ocr', 'aldrig OCR: en PDF utan textlager är då ett fel');
  addOcrMaxPagesOption(cmd);
  addRegistryOption(cmd);
  cmd.option('-o, --output <fil>', 'skriv resultatet till FIL i stället för standard ut (atomärt); filändelsen väljer formatet');
  addProcessOptions(cmd);
  cmd.option('--no-cache', 'läs och analysera indata på nytt i stället för att använda analyscachen');
  cmd.option('--corrections <fil>', 'en analytikers rättelser (remiss-corrections/1) som läggs ovanpå läsningen; med två omgångar den NYA omgångens');
  cmd.option('--corrections-old <fil>', 'med två omgångar: den TIDIGARE omgångens rättelser');
  cmd.option('--corrections-new <fil>', 'med två omgångar: den NYA omgångens rättelser');
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
  corrections?: Corrections,
): Promise<RoundAnalysis> {
  const kind = `analysis:${opts.minRespondents ?? 2}:${dictionary.hash}`;
  const options = { questions: opts.questions, ocr: opts.ocr, ocrMaxPages: opts.ocrMaxPages, cache: opts.cache, registry: opts.registry, output: checkOutput ? opts.output : undefined };
  const { value, warnings } = await loadAnalysis(inputs, options, ctx.io, kind, async (round) => {
    const { analyseRound } = await import('../analyze/diff.js');
    return analyseRound(round, await loadDictionary(dictionary), { minRespondents: opts.minRespondents });
  });
  const from = inputs.length === 1 ? `${inputs[0]}: ` : '';
  ctx.warn(warnings.map((w) => `${from}${w}`));
  if (!corrections) return value;
  // Applied after the cache: the cache keeps the tool's reading, the analyst's decisions go on top.
  const c = (await import('../analyze/corrections.js')).correctAnalysis(value, corrections);
  ctx.warn(c.warnings);
  return c.analysis;
}

/** Two rounds, each from one input, compared. */
export async function loadDiff(oldPath: string, newPath: string, opts: AnalysisCliOptions & { cache?: boolean; align?: string }, ctx: CommandContext): Promise<RoundDiff> {
  const files = await readDictionaryFiles(opts.dictionary ?? []);
  if (opts.corrections && opts.correctionsNew) throw new UsageError('--corrections och --corrections-new anger samma sak (den nya omgångens rättelser): ge en av dem');
  const oldCorrections = await readCorrections(opts.correctionsOld);
  const newCorrections = await readCorrections(opts.correctionsNew ?? opts.corrections);
  const before = await analysedRound([oldPath], opts, files, ctx, true, oldCorrections);
  const after = await analysedRound([newPath], opts, files, ctx, true, newCorrections);
  const align = parseAlign(opts.align, before.round.questions.map((q) => q.id), after.round.questions.map((q) => q.id));
  const { diffRounds } = await import('../analyze/diff.js');
  return diffRounds(before, after, await loadDictionary(files), { align });
}

/**
 * --align NEW=OLD,…: "Q1=Q4" pairs new Q1 with old Q4; "Q3=" gives new Q3 no counterpart. Ids
 * either round lacks are usage errors.
 */
export function parseAlign(spec: string | undefined, oldIds: string[], newIds: string[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  if (!spec) return out;
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const m = /^([^=\s]+)\s*=\s*([^=\s]*)$/u.exec(part);
    if (!m) throw new UsageError(`--align: "${part}" är inte på formen NY=TIDIGARE (t.ex. Q1=Q4)`);
    const [, n, o] = m;
    if (!newIds.includes(n)) throw new UsageError(`--align: den nya omgången har ingen fråga ${n} (den har ${newIds.join(', ')})`);
    if (o !== '' && !oldIds.includes(o)) throw new UsageError(`--align: den tidigare omgången har ingen fråga ${o} (den har ${oldIds.join(', ')})`);
    out.set(n, o === '' ? null : o);
  }
  return out;
}

export function register(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('diff')
    .description('jämför två omgångar: frågor, tillkomna och borttagna remissinstanser, ändrade förslag om samordnande roll, processer som tillkommit och försvunnit')
    .argument('<tidigare>', 'den tidigare omgången: EN fil (.txt, .pdf eller en omgångsfil .json från remiss ingest; läs in en omgång av många filer med ingest först)')
    .argument('<nu>', 'den senare omgången: EN fil, som den tidigare');
  formatOption(cmd, FORMATS, 'table');
  cmd.option('--exit-code', 'avsluta med 1 när omgångarna skiljer sig (0 när de inte gör det)');
  cmd.option('--align <NY=TIDIGARE,…>', 'para ihop frågor för hand, t.ex. Q1=Q4,Q3= (Q3 utan motsvarighet); övriga paras efter vad de frågar');
  addAnalysisOptions(cmd);
  addColorOption(cmd);
  cmd.addHelpText('after', '\nSlutkoder: 0 klart (med --exit-code: ingen skillnad), 1 omgångarna skiljer sig (bara med --exit-code), 2 fel i anrop eller indata.');
  cmd.action(async (oldPath: string, newPath: string, opts, command: Command) => {
    const format = resolveFormat(command, opts, FORMATS, 'table');
    const diff = await loadDiff(oldPath, newPath, opts, ctx);
    const { diffJson, diffMarkdown, diffTable } = await import('../export/diff.js');
    let product: string;
    if (format === 'json') product = JSON.stringify(diffJson(diff), null, 2) + '\n';
    else if (format === 'md') product = diffMarkdown(diff);
    else if (format === 'html') product = (await import('../export/report/diff.js')).diffReportHtml(diff);
    else {
      const c = await colours(ctx, opts);
      product = diffTable(diff, { header: (s) => c.bold(s), added: (s) => c.green(s), removed: (s) => c.red(s), changed: (s) => c.yellow(s), dim: (s) => c.dim(s) }, { width: terminalWidth(ctx.io) });
    }
    await emit(product, opts, ctx);
    if (opts.exitCode && diff.differs) throw new ExitCode(1);
  });
}
