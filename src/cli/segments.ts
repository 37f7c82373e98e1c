/** `remiss segments`: the round split by respondent and remissfråga. */
import type { Command } from 'commander';
import { addInputOptions, emit, excelWanted, formatOption, palette, resolveFormat, terminalWidth, type CommandContext } from './common.js';
import { addCorrectionsOption, readCorrections } from './corrections.js';
import { loadRound } from './load.js';

const FORMATS = ['table', 'json', 'csv', 'xlsx'];

export function register(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('segments')
    .description('dela en omgång i segment per remissinstans och remissfråga; tabellen visar vilka frågor som besvarats')
    .argument('[filer...]', 'källfiler (.txt, .pdf, omgångsfil .json) som utgör en omgång; "-" läser standard in; inga: den inbyggda omgången 2023');
  formatOption(cmd, FORMATS, 'table');
  addInputOptions(cmd);
  addCorrectionsOption(cmd);
  cmd.action(async (inputs: string[], opts, command: Command) => {
    const format = resolveFormat(command, opts, FORMATS, 'table');
    const corrections = await readCorrections(opts.corrections);
    const round = await loadRound(inputs, opts, ctx.io);
    ctx.warn(round.warnings);
    if (corrections) {
      // Segments are the text as written: nothing in them is corrected, but the file is checked.
      const { checkCorrections, correctionWords } = await import('../analyze/corrections.js');
      ctx.warn([...checkCorrections(round.respondents, corrections), `${corrections.file}: ${correctionWords().messages.segments}`]);
    }
    if (format === 'xlsx') {
      const x = await import('../export/xlsx.js');
      return emit(await x.workbook([x.completenessSheet(round), x.segmentsSheet(round), x.questionsSheet(round)]), opts, ctx);
    }
    const { segmentsCsv, segmentsJson, segmentsTable } = await import('../export/segments.js');
    const product =
      format === 'json'
        ? JSON.stringify(segmentsJson(round), null, 2) + '\n'
        : format === 'csv'
          ? segmentsCsv(round, { excel: excelWanted(opts) })
          : segmentsTable(round, await palette(ctx, opts), { width: terminalWidth(ctx.io) });
    await emit(product, opts, ctx);
  });
}
