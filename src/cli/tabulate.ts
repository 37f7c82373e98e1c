/** `remiss tabulate`: the coordinator-preference table, with the quote behind every mark. */
import type { Command } from 'commander';
import { addInputOptions, colours, emit, excelWanted, formatOption, type CommandContext } from './common.js';
import { loadAnalysis } from './load.js';

export function register(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('tabulate')
    .description('the coordinator-preference table: whom each respondent proposes for the coordinating role, with evidence')
    .argument('[inputs...]', 'source files (.txt, .pdf, round .json) forming one round; "-" for stdin; none: the embedded 2023 round');
  formatOption(cmd, ['table', 'json', 'csv', 'md'], 'table');
  addInputOptions(cmd);
  cmd.action(async (inputs: string[], opts) => {
    // The analysis is imported only when the cache cannot answer.
    const { value: table, warnings } = await loadAnalysis(inputs, opts, ctx.io, 'tabulate', async (round) =>
      (await import('../analyze/tabulate.js')).tabulate(round),
    );
    ctx.warn(warnings);
    const out = await import('../export/tabulate.js');
    const format = opts.format as string;
    let product: string;
    if (format === 'json') product = JSON.stringify(out.tabulateJson(table), null, 2) + '\n';
    else if (format === 'csv') product = out.tabulateCsv(table, { excel: excelWanted(opts) });
    else if (format === 'md') product = out.tabulateMarkdown(table);
    else {
      const c = await colours(ctx, opts);
      product = out.tabulateTable(table, { header: c.bold, mark: c.greenBold, dim: c.dim });
    }
    await emit(product, opts, ctx);
  });
}
