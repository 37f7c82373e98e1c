/**
 * Formats of `remiss tabulate`: the terminal table, CSV in the published layout (respondent,
 * one column per proposal with X, comment), Markdown with the evidence, and JSON per the contract.
 */
import type { Table } from '../analyze/tabulate.js';
import { loadLabels } from '../extract/lexicon.js';
import { toCsv, type CsvOptions } from './csv.js';
import { where } from './where.js';
import { renderTable, width, wrapText, type Style } from './table.js';
import { shortName } from './xref.js';
import { mdText } from './sanitize.js';
import { auditRows, cellText, commentWithCorrection, correctionLabels, quoteWhere } from './corrections.js';

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
      evidence: r.evidence.map((e) => ({
        quote: e.quote,
        page: e.page,
        line: e.by === 'analyst' && e.line === 0 ? null : e.line,
        choice: e.choice,
        ...(e.by ? { by: e.by } : {}),
      })),
      review: r.review,
      ...(r.ranked !== undefined ? { ranked: r.ranked } : {}),
      ...(r.corrected
        ? {
            corrected: {
              reason: r.corrected.reason,
              original: { stance: r.corrected.original.stance, choices: r.corrected.original.choices, conditional: r.corrected.original.conditional },
              source: r.corrected.source,
              review: r.corrected.review,
            },
          }
        : {}),
    })),
  };
}

const mark = (row: Table['rows'][number], col: string): string => cellText(row, col, false);

export function tabulateCsv(t: Table, options: CsvOptions = {}): string {
  const labels = loadLabels();
  const rows: string[][] = [[labels.respondent, ...t.columns.map((c) => c.label), labels.comment]];
  for (const r of t.rows) rows.push([r.respondent, ...t.columns.map((c) => mark(r, c.id)), commentWithCorrection(t, r)]);
  return toCsv(rows, options);
}

const mdCell = mdText;

export function tabulateMarkdown(t: Table): string {
  const labels = loadLabels();
  const names = new Map(t.respondents.map((r) => [r.id, r.name]));
  const out: string[] = [];
  if (t.question) out.push(`**${t.question.id}** ${mdCell(t.question.text)}`, '');
  out.push(`| ${[labels.respondent, ...t.columns.map((c) => mdCell(c.label)), labels.comment].join(' | ')} |`);
  out.push(`|${['---', ...t.columns.map(() => ':---:'), '---'].join('|')}|`);
  for (const r of t.rows) out.push(`| ${[mdCell(r.respondent), ...t.columns.map((c) => mark(r, c.id)), mdCell(r.comment)].join(' | ')} |`);
  const audit = auditRows(t);
  const cl = correctionLabels();
  if (audit.length) {
    out.push('', cl.legend, '', `### ${cl.audit}`, '');
    out.push(`| ${[labels.respondent, cl.toolReading, cl.corrected, cl.reason].join(' | ')} |`, '|---|---|---|---|');
    for (const a of audit) out.push(`| ${[a.respondent, a.before, a.after, a.reason].map(mdCell).join(' | ')} |`);
  }
  out.push('', `### ${labels.evidence}`, '');
  for (const r of t.rows) {
    if (r.evidence.length === 0) continue;
    out.push(`**${mdCell(r.respondent)}** ${mdCell(names.get(r.respondent) ?? '')}`, '');
    for (const e of r.evidence) {
      const col = t.columns.find((c) => c.id === e.choice) ?? r.corrected?.originalColumns.find((c) => c.id === e.choice);
      out.push(`- ${col ? `[${mdCell(col.label)}] ` : ''}”${mdCell(e.quote)}” (${quoteWhere(e, where)})`);
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
/** The comment column should have at least this many characters before the headers are numbered. */
const COMMENT_ROOM = 30;

export function tabulateTable(t: Table, styles: TableStyles, options: { width?: number } = {}): string {
  const labels = loadLabels();
  const who = new Map(t.respondents.map((r) => [r.id, shortName(r)]));
  // Labels of up to 12 characters head their column; on a narrow terminal, where the comment would
  // have under COMMENT_ROOM columns left, only the shortest do (the rest are numbered in the legend).
  const fixed = (limit: number): number =>
    Math.max(width(labels.respondent), ...t.respondents.map((r) => width(shortName(r)))) +
    t.columns.reduce((a, c, i) => a + 2 + Math.max(2, c.label.length <= limit ? width(c.label) : `[${i + 1}]`.length), 0) +
    2;
  const limit = options.width && options.width - fixed(12) < COMMENT_ROOM ? 4 : 12;
  const short = t.columns.map((c, i) => (c.label.length <= limit ? c.label : `[${i + 1}]`));
  const header = [labels.respondent, ...short, labels.comment];
  const rows = t.rows.map((r) => [
    who.get(r.respondent) ?? r.respondent,
    ...t.columns.map((c) => cellText(r, c.id, true) || '·'),
    r.comment,
  ]);
  const align: Array<'left' | 'right'> = ['left', ...t.columns.map(() => 'left' as const), 'left'];
  const body = renderTable(header, rows, {
    align,
    header: styles.header,
    maxWidth: options.width,
    wrap: [0, header.length - 1],
    cell: (text, _r, c) => (c === 0 || c === header.length - 1 ? undefined : text === '·' ? styles.dim : styles.mark),
  });
  const fit = (s: string): string[] => (options.width ? wrapText(s, options.width) : [s]);
  const legend = t.columns.map((c, i) => (c.label.length <= limit ? '' : `[${i + 1}] ${c.label}`)).filter(Boolean);
  const lines = [body.trimEnd(), ''];
  if (t.question) lines.push(...fit(`${t.question.id}: ${t.question.text}`));
  for (const l of legend) lines.push(...fit(l));
  if (t.rows.some((r) => r.conditional)) lines.push(labels.conditionalLegend);
  const audit = auditRows(t);
  if (audit.length) {
    const cl = correctionLabels();
    lines.push(...fit(cl.legend), '', styles.header(cl.audit));
    const rows = audit.map((a) => [a.respondent, a.before, a.after, a.reason]);
    const table = renderTable([labels.respondent, cl.toolReading, cl.corrected, cl.reason], rows, { header: styles.header, maxWidth: options.width, wrap: [1, 2, 3] });
    lines.push(table.trimEnd());
  }
  return lines.join('\n') + '\n';
}
