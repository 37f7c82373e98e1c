/**
 * `remiss review`: the rows an analyst should check, as a corrections file to edit. With the file
 * of an earlier run (-o pointing at it, or --corrections), the analyst's entries are kept as they
 * are and only rows not in it yet are added.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { addInputOptions, emit, formatOption, resolveFormat, type CommandContext } from './common.js';
import { addCorrectionsOption, readCorrections } from './corrections.js';
import { loadAnalysis } from './load.js';

const FORMATS = ['json', 'csv'];

export function register(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('review')
    .description('skriv en rättelsefil att redigera: varje rad i tabellen över samordnande roll som verktyget är osäkert på; en tidigare fil behåller sina beslut')
    .argument('[filer...]', 'källfiler (.txt, .pdf, omgångsfil .json) som utgör en omgång; "-" läser standard in; inga: den inbyggda omgången 2023');
  formatOption(cmd, FORMATS, 'json');
  addInputOptions(cmd);
  addCorrectionsOption(cmd, 'rättelsefilen från en tidigare körning (annars -o-filen om den finns): dess poster behålls som de är skrivna');
  cmd.action(async (inputs: string[], opts, command: Command) => {
    // CSV is for Excel: always in the Swedish Excel form (BOM, ";", CRLF).
    const format = resolveFormat(command, { ...opts, excel: undefined, locale: undefined }, FORMATS, 'json');
    const output = opts.output && opts.output !== '-' ? (opts.output as string) : undefined;
    const { value: table, warnings } = await loadAnalysis(inputs, opts, ctx.io, 'tabulate', async (round) =>
      (await import('../analyze/tabulate.js')).tabulate(round),
    );
    ctx.warn(warnings);
    // The earlier file: --corrections, else the -o file when it exists (its decisions must survive).
    const earlierPath = (opts.corrections as string | undefined) ?? (output && (await isFile(output)) ? output : undefined);
    const earlier = await readCorrections(earlierPath);
    const [{ buildReview }, { checkCorrections, correctionWords, plural }, out] = await Promise.all([
      import('../analyze/review.js'),
      import('../analyze/corrections.js'),
      import('../export/review.js'),
    ]);
    if (earlier) ctx.warn(checkCorrections(table.respondents, earlier));
    const review = buildReview(table, earlier);
    await emit(format === 'csv' ? out.reviewCsv(review, table) : out.reviewJson(review), opts, ctx);
    const m = correctionWords().messages;
    const kept = review.kept ? plural(m.reviewKept, review.kept) : '';
    ctx.info(plural(m.reviewWritten, review.open, { file: output ? path.basename(output) : '-', kept, s: review.open === 1 ? '' : 'er' }));
  });
}

async function isFile(p: string): Promise<boolean> {
  return (await fs.stat(p).catch(() => undefined))?.isFile() ?? false;
}
