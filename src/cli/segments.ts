/** `remiss segments`: the round split by respondent and remissfråga. */
import type { Command } from 'commander';
import { addInputOptions, emit, excelWanted, formatOption, palette, type CommandContext } from './common.js';
import { loadRound } from './load.js';

export function register(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('segments')
    .description('split a round into respondent × remissfråga segments; the table is a completeness grid')
    .argument('[inputs...]', 'source files (.txt, .pdf, round .json) forming one round; "-" for stdin; none: the embedded 2023 round');
  formatOption(cmd, ['table', 'json', 'csv'], 'table');
  addInputOptions(cmd);
  cmd.action(async (inputs: string[], opts) => {
    const round = await loadRound(inputs, opts, ctx.io);
    ctx.warn(round.warnings);
    const { segmentsCsv, segmentsJson, segmentsTable } = await import('../export/segments.js');
    const format = opts.format as string;
    const product =
      format === 'json'
        ? JSON.stringify(segmentsJson(round), null, 2) + '\n'
        : format === 'csv'
          ? segmentsCsv(round, { excel: excelWanted(opts) })
          : segmentsTable(round, await palette(ctx, opts));
    await emit(product, opts, ctx);
  });
}
