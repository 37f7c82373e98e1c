/** `remiss tabulate`: the coordinator-preference table, with the quote behind every mark. */
import type { Command } from 'commander';
import { tabulate } from '../analyze/tabulate.js';
import { tabulateCsv, tabulateJson, tabulateMarkdown, tabulateTable } from '../export/tabulate.js';
import { addInputOptions, chalkFor, emit, excelWanted, formatOption, type CommandContext } from './common.js';
import { loadRound } from './load.js';

export function register(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('tabulate')
    .description('the coordinator-preference table: whom each respondent proposes for the coordinating role, with evidence')
    .argument('[inputs...]', 'source files (.txt, .pdf, round .json) forming one round; "-" for stdin; none: the embedded 2023 round');
  formatOption(cmd, ['table', 'json', 'csv', 'md'], 'table');
  addInputOptions(cmd);
  cmd.action(async (inputs: string[], opts) => {
    const round = await loadRound(inputs, opts, ctx.io);
    ctx.warn(round.warnings);
    const table = tabulate(round);
    const format = opts.format as string;
    let product: string;
    if (format === 'json') product = JSON.stringify(tabulateJson(table), null, 2) + '\n';
    else if (format === 'csv') product = tabulateCsv(table, { excel: excelWanted(opts) });
    else if (format === 'md') product = tabulateMarkdown(table);
    else {
      const c = chalkFor(ctx, opts);
      product = tabulateTable(table, { header: (s) => c.bold(s), mark: (s) => c.green.bold(s), dim: (s) => c.dim(s) });
    }
    await emit(product, opts, ctx);
  });
}
