/** `remiss xref`: which processes each respondent names, and which several respondents share. */
import type { Command } from 'commander';
import { addInputOptions, emit, excelWanted, formatOption, palette, resolveFormat, terminalWidth, type CommandContext } from './common.js';

const FORMATS = ['table', 'json', 'csv', 'md', 'xlsx'];
import { addProcessOptions, loadDictionary, readDictionaryFiles } from './dictionary.js';
import { addCorrectionsOption, readCorrections } from './corrections.js';
import { loadAnalysis } from './load.js';

export function register(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('xref')
    .description('processer × remissinstanser: vilka pågående processer varje remissinstans nämner, delade först')
    .argument('[filer...]', 'källfiler (.txt, .pdf, omgångsfil .json) som utgör en omgång; "-" läser standard in; inga: den inbyggda omgången 2023');
  formatOption(cmd, FORMATS, 'table');
  addProcessOptions(cmd);
  addInputOptions(cmd);
  addCorrectionsOption(cmd);
  cmd.action(async (inputs: string[], opts, command: Command) => {
    const format = resolveFormat(command, opts, FORMATS, 'table');
    const files = await readDictionaryFiles((opts.dictionary as string[] | undefined) ?? []);
    // The dictionary files are part of what the cached cross-reference depends on.
    const kind = `xref:${opts.minRespondents}:${files.hash}`;
    const corrections = await readCorrections(opts.corrections);
    const { value: read, warnings } = await loadAnalysis(inputs, opts, ctx.io, kind, async (round) => {
      const [{ crossReference }, { tagRound }] = await Promise.all([import('../analyze/xref.js'), import('../tag/tag.js')]);
      const dictionary = await loadDictionary(files);
      return crossReference(round, tagRound(round, dictionary), dictionary, { minRespondents: opts.minRespondents as number });
    });
    ctx.warn(warnings);
    let xref = read;
    if (corrections) {
      const c = (await import('../analyze/corrections.js')).correctXrefOnly(read, corrections);
      xref = c.xref;
      ctx.warn(c.warnings);
    }
    const { xrefCsv, xrefJson, xrefMarkdown, xrefTable } = await import('../export/xref.js');
    if (format === 'xlsx') {
      const x = await import('../export/xlsx.js');
      return emit(await x.workbook([x.processesSheet(xref), x.mentionsSheet(xref)]), opts, ctx);
    }
    const product =
      format === 'json'
        ? JSON.stringify(xrefJson(xref), null, 2) + '\n'
        : format === 'csv'
          ? xrefCsv(xref, { excel: excelWanted(opts) })
          : format === 'md'
            ? xrefMarkdown(xref)
            : xrefTable(xref, await palette(ctx, opts), { width: terminalWidth(ctx.io) });
    await emit(product, opts, ctx);
  });
}
