/**
 * `remiss review`: the starting corrections file. Every row of the coordinator table the tool is
 * unsure of (a non-empty `review`) becomes an entry with the current reading, ready to edit, and
 * `"decided": false` until the analyst has decided it. Given the file from an earlier run, every
 * entry there is kept exactly as the analyst left it, and only rows with no entry yet are added:
 * a decided row is never listed again.
 */
import type { Table } from './tabulate.js';
import { CORRECTIONS_FORMAT, correctionWords, resolveBody, rowReading, type Corrections, type Reading } from './corrections.js';

export interface ReviewEntry {
  respondent: string;
  name: string;
  decided: false;
  stance: Reading['stance'];
  choices: Reading['choices'];
  conditional: boolean;
  /** Present when the tool read ranked alternatives. */
  ranked?: true;
  reason: string;
  /** Why the tool is unsure (its `review` reasons). */
  review: string[];
  /** The tool's reading when the entry was written, with its comment. */
  reading: Reading & { comment: string };
  /** The quotes the reading rests on. */
  evidence: Array<{ quote: string; page: number | null; line: number }>;
}

export interface Review {
  /** The corrections file to write: the analyst's entries, then the new ones. */
  doc: { format: string; $comment: string; corrections: unknown[] };
  /** The entries added by this run. */
  added: ReviewEntry[];
  /** Rows still to decide: new entries plus the undecided ones of the earlier file that are still flagged. */
  open: number;
  /** Decided entries kept from the earlier file. */
  kept: number;
}

export function reviewEntry(table: Table, row: Table['rows'][number]): ReviewEntry {
  const r = table.respondents.find((x) => x.id === row.respondent);
  const reading = rowReading(table, row);
  return {
    respondent: r && !r.known ? r.name : row.respondent,
    name: r?.name ?? row.respondent,
    decided: false,
    ...reading,
    ...(row.ranked ? { ranked: true as const } : {}),
    reason: '',
    review: row.review,
    reading: { ...reading, comment: row.comment },
    evidence: row.evidence.map((e) => ({ quote: e.quote, page: e.page, line: e.line })),
  };
}

export function buildReview(table: Table, earlier?: Corrections): Review {
  const flagged = table.rows.filter((r) => r.review.length > 0);
  const entries = earlier?.entries ?? [];
  // Which rows the earlier file already has an entry for (decided or not), by the round's ids.
  const has = new Map<string, boolean>();
  for (const e of entries) {
    const id = resolveBody(e.respondent, table.respondents);
    if (id !== undefined) has.set(id, (has.get(id) ?? false) || e.decided);
  }
  const added = flagged.filter((r) => !has.has(r.respondent)).map((r) => reviewEntry(table, r));
  const open = added.length + flagged.filter((r) => has.get(r.respondent) === false).length;
  return {
    doc: {
      format: CORRECTIONS_FORMAT,
      $comment: correctionWords().labels.fileComment,
      corrections: [...(earlier?.raw ?? []), ...added],
    },
    added,
    open,
    kept: entries.filter((e) => e.decided).length,
  };
}
