/** `remiss tabulate`: the coordinator-preference table, with the quote behind every mark. */
import type { Command } from 'commander';
import { addInputOptions, colours, emit, excelWanted, formatOption, resolveFormat, terminalWidth, type CommandContext } from './common.js';
import { addCorrectionsOption, readCorrections } from './corrections.js';
import { loadAnalysis } from './load.js';

const FORMATS = ['table', 'json', 'csv', 'md', 'xlsx', 'docx'];

export function register(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('tabulate')
    .description('tabellen över samordnande roll: vem varje remissinstans föreslår, med citatet bakom varje kryss')
    .argument('[filer...]', 'källfiler (.txt, .pdf, omgångsfil .json) som utgör en omgång; "-" läser standard in; inga: den inbyggda omgången 2023');
  formatOption(cmd, FORMATS, 'table');
  addInputOptions(cmd);
  addCorrectionsOption(cmd);
  cmd.action(async (inputs: string[], opts, command: Command) => {
    const format = resolveFormat(command, opts, FORMATS, 'table');
    if (format === 'xlsx' || format === 'docx') {
      // The office files carry more than the table: the grid, the processes, the questions.
      const [{ analysedRound }, { readDictionaryFiles }] = await Promise.all([import('./diff.js'), import('./dictionary.js')]);
      const a = await analysedRound(inputs, opts, await readDictionaryFiles([]), ctx, true, await readCorrections(opts.corrections));
      if (format === 'docx') return emit(await (await import('../export/docx.js')).tabulateDocx(a.round, a.table), opts, ctx);
      const x = await import('../export/xlsx.js');
      const sheets = [
        ...(a.table ? [x.coordinatorSheet(a.table), x.evidenceSheet(a.table)] : []),
        x.completenessSheet(a.round),
        x.processesSheet(a.xref),
        x.mentionsSheet(a.xref),
        x.questionsSheet(a.round),
      ];
      return emit(await x.workbook(sheets), opts, ctx);
    }
    // The analysis is imported only when the cache cannot answer.
    const corrections = await readCorrections(opts.corrections);
    const { value: read, warnings } = await loadAnalysis(inputs, opts, ctx.io, 'tabulate', async (round) =>
      (await import('../analyze/tabulate.js')).tabulate(round),
    );
    ctx.warn(warnings);
    let table = read;
    if (corrections) {
      const c = (await import('../analyze/corrections.js')).correctTableOnly(read, corrections);
      table = c.table;
      ctx.warn(c.warnings);
    }
    const out = await import('../export/tabulate.js');
    let product: string;
    if (format === 'json') product = JSON.stringify(out.tabulateJson(table), null, 2) + '\n';
    else if (format === 'csv') product = out.tabulateCsv(table, { excel: excelWanted(opts) });
    else if (format === 'md') product = out.tabulateMarkdown(table);
    else {
      const c = await colours(ctx, opts);
      product = out.tabulateTable(table, { header: c.bold, mark: c.greenBold, dim: c.dim }, { width: terminalWidth(ctx.io) });
    }
    await emit(product, opts, ctx);
  });
}
