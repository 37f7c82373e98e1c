/**
 * `remiss report`: one self-contained HTML file to look at — the report of a round, or the
 * comparison of two rounds (`remiss report OLD NEW`). Two inputs are two rounds when each is one
 * on its own: a round file, or a compilation with its own questions and several respondents;
 * otherwise (a letter per respondent) they are one round. --diff and --single decide explicitly.
 * It is written with -o (or to a redirected stdout): HTML on a terminal helps nobody.
 */
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { checkOutputName, emit, type CommandContext } from './common.js';
import { addAnalysisOptions, analysedRound, loadDiff } from './diff.js';
import { readDictionaryFiles } from './dictionary.js';
import { loadRound } from './load.js';
import { readCorrections } from './corrections.js';

export function register(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('report')
    .description('en fristående HTML-rapport (utan nätverk): besvarade frågor, tabellen över samordnande roll med citat, diagram över förslagen, processer; med --diff två omgångar sida vid sida')
    .argument('[filer...]', 'källfiler (.txt, .pdf, omgångsfil .json) som utgör en omgång; inga: den inbyggda omgången 2023; med --diff exakt två: TIDIGARE NU');
  cmd.option('--diff', 'jämför två omgångar: indata är TIDIGARE och NU, en fil vardera (som för remiss diff); två filer som var för sig är hela omgångar jämförs även utan flaggan');
  cmd.option('--single', 'två eller fler filer är alltid en omgång (t.ex. ett brev per remissinstans)');
  cmd.option('--questions <fil>', 'omgångens remissfrågor, en per rad eller som lista (annars läses de ur inledningen); inte med --diff');
  addAnalysisOptions(cmd);
  cmd.action(async (inputs: string[], opts, command: Command) => {
    checkOutputName(command, opts.output, 'html');
    if (!opts.output && ctx.io.stdoutIsTTY) throw new UsageError('report skriver en HTML-fil: ge -o rapport.html (eller styr om standard ut)');
    let product: string;
    if (opts.diff && opts.single) throw new UsageError('--diff och --single utesluter varandra');
    const diff = opts.diff || (!opts.single && !opts.questions && inputs.length === 2 && (await eachIsARound(inputs, opts, ctx)));
    if (diff) {
      if (inputs.length !== 2) throw new UsageError(`report --diff jämför två omgångar: ge TIDIGARE och NU, en fil vardera (fick ${inputs.length})`);
      if (opts.questions) throw new UsageError('--questions gäller en omgång, inte report --diff');
      const diff = await loadDiff(inputs[0], inputs[1], opts, ctx);
      product = (await import('../export/report/diff.js')).diffReportHtml(diff);
    } else {
      if (opts.correctionsOld || opts.correctionsNew) throw new UsageError('--corrections-old och --corrections-new gäller två omgångar (report --diff); ge en omgång --corrections');
      const corrections = await readCorrections(opts.corrections);
      const analysis = await analysedRound(inputs, opts, await readDictionaryFiles(opts.dictionary ?? []), ctx, true, corrections);
      product = (await import('../export/report/round.js')).roundReportHtml(analysis);
    }
    await emit(product, opts, ctx);
    if (opts.output) ctx.info(`${opts.output}: skriven`);
  });
}

/**
 * Whether each of two inputs is a whole round on its own: a round file, or a text or PDF that
 * reads as a round with questions of its own and more than one respondent. (Read through the
 * cache, so the comparison that follows does not read them again.)
 */
async function eachIsARound(inputs: string[], opts: { ocr?: boolean; ocrMaxPages?: number; cache?: boolean }, ctx: CommandContext): Promise<boolean> {
  for (const input of inputs) {
    if (/\.json$/i.test(input)) continue;
    const round = await loadRound([input], { ocr: opts.ocr, ocrMaxPages: opts.ocrMaxPages, cache: opts.cache }, ctx.io);
    if (round.questions.length === 0 || round.respondents.length < 2) return false;
  }
  return true;
}
