/** `remiss xref`: which processes each respondent names, and which several respondents share. */
import type { Command } from 'commander';
import { crossReference } from '../analyze/xref.js';
import { xrefCsv, xrefJson, xrefMarkdown, xrefTable } from '../export/xref.js';
import { decodeText } from '../read/text.js';
import { mergeDictionaries, parseDictionary, shippedDictionary, type Dictionary } from '../tag/dictionary.js';
import { tagRound } from '../tag/tag.js';
import { addInputOptions, emit, excelWanted, formatOption, palette, positiveInt, type CommandContext } from './common.js';
import { readFileChecked } from './io.js';
import { loadRound } from './load.js';

export function register(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('xref')
    .description('processes × respondents: which ongoing processes each respondent names, shared ones first')
    .argument('[inputs...]', 'source files (.txt, .pdf, round .json) forming one round; "-" for stdin; none: the embedded 2023 round');
  formatOption(cmd, ['table', 'json', 'csv', 'md'], 'table');
  cmd.option('--min-respondents <n>', 'a process is shared when at least N respondents name it', positiveInt('--min-respondents'), 2);
  cmd.option('--dictionary <file>', 'processes of your own (JSON, the format of data/processes.json), merged over the shipped ones; repeatable', collect);
  addInputOptions(cmd);
  cmd.action(async (inputs: string[], opts) => {
    const dictionary = await loadDictionary((opts.dictionary as string[] | undefined) ?? []);
    const round = await loadRound(inputs, opts, ctx.io);
    ctx.warn(round.warnings);
    const xref = crossReference(round, tagRound(round, dictionary), dictionary, { minRespondents: opts.minRespondents as number });
    const format = opts.format as string;
    const product =
      format === 'json'
        ? JSON.stringify(xrefJson(xref), null, 2) + '\n'
        : format === 'csv'
          ? xrefCsv(xref, { excel: excelWanted(opts) })
          : format === 'md'
            ? xrefMarkdown(xref)
            : xrefTable(xref, palette(ctx, opts));
    await emit(product, opts, ctx);
  });
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

async function loadDictionary(files: string[]): Promise<Dictionary> {
  const overlays = [];
  for (const file of files) overlays.push({ file, entries: parseDictionary(decodeText(await readFileChecked(file), file).text, file) });
  return mergeDictionaries(shippedDictionary(), overlays);
}
