/**
 * Formats of `remiss tabulate`: the terminal table, CSV in the published layout (respondent,
 * one column per proposal with X, comment), Markdown with the evidence, and JSON per the contract.
 */
import type { Table } from '../analyze/tabulate.js';
import { loadLabels } from '../extract/lexicon.js';
import { toCsv, type CsvOptions } from './csv.js';
import { where } from './where.js';
import { renderTable, type Style } from './table.js';

export function tabulateJson(t: Table): object {
  return {
    question: t.question,
    respondents: t.respondents.map((r) => ({ id: r.id, name: r.name })),
    columns: t.columns.map((c) => ({ id: c.id, label: c.label, members: c.members, generic: c.generic })),
    rows: t.rows.map((r) => ({
      respondent: r.respondent,
      stance: r.stance,
      choices: r.choices,
      conditional: r.conditional,
      comment: r.comment,
      evidence: r.evidence.map((e) => ({ quote: e.quote, page: e.page, line: e.line, choice: e.choice })),
    })),
  };
}

const mark = (row: Table['rows'][number], col: string): string => (row.choices.includes(col) ? 'X' : '');

export function tabulateCsv(t: Table, options: CsvOptions = {}): string {
  const labels = loadLabels();
  const rows: string[][] = [[labels.respondent, ...t.columns.map((c) => c.label), labels.comment]];
  for (const r of t.rows) rows.push([r.respondent, ...t.columns.map((c) => mark(r, c.id)), r.comment]);
  return toCsv(rows, options);
}

const mdCell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

export function tabulateMarkdown(t: Table): string {
  const labels = loadLabels();
  const names = new Map(t.respondents.map((r) => [r.id, r.name]));
  const out: string[] = [];
  if (t.question) out.push(`**${t.question.id}** ${mdCell(t.question.text)}`, '');
  out.push(`| ${[labels.respondent, ...t.columns.map((c) => mdCell(c.label)), labels.comment].join(' | ')} |`);
  out.push(`|${['---', ...t.columns.map(() => ':---:'), '---'].join('|')}|`);
  for (const r of t.rows) out.push(`| ${[r.respondent, ...t.columns.map((c) => mark(r, c.id)), mdCell(r.comment)].join(' | ')} |`);
  out.push('', `### ${labels.evidence}`, '');
  for (const r of t.rows) {
    if (r.evidence.length === 0) continue;
    out.push(`**${r.respondent}** ${names.get(r.respondent) ?? ''}`, '');
    for (const e of r.evidence) {
      const at = where(e);
      const col = t.columns.find((c) => c.id === e.choice);
      out.push(`- ${col ? `[${mdCell(col.label)}] ` : ''}”${mdCell(e.quote)}” (${at})`);
    }
    out.push('');
  }
  return out.join('\n');
}

export interface TableStyles {
  header: Style;
  mark: Style;
  dim: Style;
}

/** The terminal table: short column headers, their labels in a legend under the table. */
export function tabulateTable(t: Table, styles: TableStyles): string {
  const labels = loadLabels();
  const short = t.columns.map((c, i) => (c.label.length <= 12 ? c.label : `[${i + 1}]`));
  const header = [labels.respondent, ...short, labels.comment];
  const rows = t.rows.map((r) => [
    r.respondent,
    ...t.columns.map((c) => (r.choices.includes(c.id) ? (r.conditional ? 'X*' : 'X') : '·')),
    r.comment,
  ]);
  const align: Array<'left' | 'right'> = ['left', ...t.columns.map(() => 'left' as const), 'left'];
  const body = renderTable(header, rows, {
    align,
    header: styles.header,
    cell: (text, _r, c) => (c === 0 || c === header.length - 1 ? undefined : text === '·' ? styles.dim : styles.mark),
  });
  const legend = t.columns.map((c, i) => (c.label.length <= 12 ? '' : `[${i + 1}] ${c.label}`)).filter(Boolean);
  const lines = [body.trimEnd(), ''];
  if (t.question) lines.push(`${t.question.id}: ${t.question.text}`);
  if (legend.length) lines.push(...legend);
  if (t.rows.some((r) => r.conditional)) lines.push(labels.conditionalLegend);
  return lines.join('\n') + '\n';
}
