/**
 * How every format shows an analyst's decision: a corrected cell carries the mark "†" (an X the
 * analyst set: "X†"; an X the analyst removed: "†"), and a list — the audit — gives per corrected
 * row the tool's reading, the corrected one and the reason. Every exporter of the coordinator
 * table (terminal, CSV, Markdown, HTML, and xlsx/docx when they exist) builds on `cellText` and
 * `auditRows`, so they all say the same.
 */
import type { Row, Table } from '../analyze/tabulate.js';
import { cellCorrected, correctionWords } from '../analyze/corrections.js';
import { fill } from '../data.js';
import { choiceText } from './diff.js';

export const correctionLabels = (): Record<string, string> => correctionWords().labels;

/**
 * The text of a mark cell: "X", or a ranked choice's rank "1", "2"; with `star`, "*" after it when
 * conditional (the terminal, the report); "†" after one an analyst decided; "" for none.
 */
export function cellText(row: Row, column: string, star: boolean): string {
  const at = row.choices.indexOf(column);
  const x = at < 0 ? '' : `${row.ranked ? String(at + 1) : 'X'}${star && row.conditional ? '*' : ''}`;
  return cellCorrected(row, column) ? `${x}${correctionLabels().mark}` : x;
}

export interface AuditRow {
  respondent: string;
  name: string;
  /** The tool's reading and the corrected one, in words ("MKB; MKB och KS*", "avstår"). */
  before: string;
  after: string;
  reason: string;
  source: string;
  /** Why the tool had asked for a check (its review reasons before the decision). */
  review: string[];
}

/** The corrected rows of the table, in table order. */
export function auditRows(t: Table): AuditRow[] {
  const names = new Map(t.respondents.map((r) => [r.id, r.name]));
  return t.rows
    .filter((r) => r.corrected)
    .map((r) => {
      const c = r.corrected!;
      const cols = r.choices.map((id) => t.columns.find((x) => x.id === id)).filter((x) => x !== undefined);
      return {
        respondent: r.respondent,
        name: names.get(r.respondent) ?? r.respondent,
        before: choiceText(c.originalColumns, c.original.stance, c.original.conditional),
        after: choiceText(cols, r.stance, r.conditional),
        reason: c.reason,
        source: c.source,
        review: c.review,
      };
    });
}

/** A corrected row's comment for formats with one comment cell (CSV): the comment, then what was corrected. */
export function commentWithCorrection(t: Table, row: Row): string {
  const a = row.corrected ? auditRows({ ...t, rows: [row] })[0] : undefined;
  if (!a) return row.comment;
  const note = fill(correctionLabels().csvComment, { reason: a.reason, original: a.before });
  return row.comment ? `${row.comment}; ${note}` : note;
}

/** Where a quote stands (`at` writes page and line); a quote an analyst cited says so, and has a line only when given. */
export function quoteWhere<E extends { page: number | null; line: number; by?: string }>(e: E, at: (e: E) => string): string {
  if (e.by !== 'analyst') return at(e);
  const by = correctionLabels().analystQuote;
  return e.line > 0 ? `${at(e)}, ${by}` : by;
}

/** Rows the tool flags for review and no analyst has corrected. */
export function stillFlagged(t: Table): Row[] {
  return t.rows.filter((r) => r.review.length > 0 && !r.corrected);
}
