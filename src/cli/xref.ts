/** `remiss xref`: which processes each respondent names, and which several respondents share. */
import type { Command } from 'commander';
import { addInputOptions, emit, excelWanted, formatOption, palette, type CommandContext } from './common.js';
import { addProcessOptions, loadDictionary, readDictionaryFiles } from './dictionary.js';
import { loadAnalysis } from './load.js';

export function register(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('xref')
    .description('processes × respondents: which ongoing processes each respondent names, shared ones first')
    .argument('[inputs...]', 'source files (.txt, .pdf, round .json) forming one round; "-" for stdin; none: the embedded 2023 round');
  formatOption(cmd, ['table', 'json', 'csv', 'md'], 'table');
  addProcessOptions(cmd);
  addInputOptions(cmd);
  cmd.action(async (inputs: string[], opts) => {
    const files = await readDictionaryFiles((opts.dictionary as string[] | undefined) ?? []);
    // The dictionary files are part of what the cached cross-reference depends on.
    const kind = `xref:${opts.minRespondents}:${files.hash}`;
    const { value: xref, warnings } = await loadAnalysis(inputs, opts, ctx.io, kind, async (round) => {
      const [{ crossReference }, { tagRound }] = await Promise.all([import('../analyze/xref.js'), import('../tag/tag.js')]);
      const dictionary = await loadDictionary(files);
      return crossReference(round, tagRound(round, dictionary), dictionary, { minRespondents: opts.minRespondents as number });
    });
    ctx.warn(warnings);
    const { xrefCsv, xrefJson, xrefMarkdown, xrefTable } = await import('../export/xref.js');
    const format = opts.format as string;
    const product =
      format === 'json'
        ? JSON.stringify(xrefJson(xref), null, 2) + '\n'
        : format === 'csv'
          ? xrefCsv(xref, { excel: excelWanted(opts) })
          : format === 'md'
            ? xrefMarkdown(xref)
            : xrefTable(xref, await palette(ctx, opts));
    await emit(product, opts, ctx);
  });
}
