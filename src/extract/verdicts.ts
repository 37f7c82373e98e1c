/**
 * An answer that judges the candidates in a table of two columns, a body and a verdict of a few
 * words ("Kommunstyrelsen | Förordas", "Tekniska nämnden | Kan vara ett alternativ", "Ett av
 * stadens bolag | Inte lämpligt"; kept as written by src/normalize/tables.ts): the bodies it
 * prefers, in the verdict's rank, and those it rules out. The verdicts are data
 * (coordination.json verdictFirst, verdictSecond, verdictNo). Or a table of ranks, as a remiss that
 * asks for a ranking sends out ("Kommunstyrelsen⇥2", "Fritidsnämnden | 1", "Tekniska nämnden   –",
 * a mark "X" for the one chosen): the rank written.
 */
import type { Line } from '../model.js';
import { fold } from '../normalize/fold.js';
import { MAX_VERDICT_WORDS } from '../normalize/tables.js';
import type { Cues } from './lexicon.js';
import { isProseVerb, RANK_OR_MARK, RANKED_ROW } from '../segment/headings.js';

export interface VerdictRow {
  /** The row's label (the body as written) and its verdict cell. */
  label: string;
  verdict: string;
  /** 1 preferred, 2 an alternative, 0 ruled out; in a ranking table the rank given (1, 2, 3 …). */
  rank: number;
  line: Line;
  /** A row of a table of ranks ("Kommunstyrelsen⇥2", "Fritidsnämnden | X"), not of verdict words. */
  ranked?: true;
}

/** Rows a table of ranks has at least (with or without a rank): a lone "Kommunstyrelsen   2" is no table. */
export const MIN_RANK_ROWS = 2;

/** A row's two cells: the line's own (tabs) or set apart by a bar or three spaces. */
function cellsOf(line: Line): [string, string] | undefined {
  if (line.cells?.length === 2) return [line.cells[0], line.cells[1]];
  const m = CELLS.exec(line.text.trim());
  if (m) return [m[1], m[2]];
  // "| Annan, nämligen: … |    |": a bar row whose last cell is empty.
  const bar = /^\|\s*([^|]*?\S)\s*\|\s*\|?\s*$/u.exec(line.text.trim());
  return bar ? [bar[1], ''] : undefined;
}

/** The loose rank rows of an answer: only those beside another (a table's rows, not a sentence ending in "2"). */
function looseRankRows(lines: Line[]): Map<Line, [string, string]> {
  // A label with a verb in it is a sentence's end ("Nämnden anser att fråga 2"), not a row's.
  const row = (l: Line): RegExpExecArray | null => {
    // A row of ranks whose gap a PDF's text has closed to one space ("Kommunstyrelsen 2").
    const m = l.cells === undefined && !CELLS.test(l.text.trim()) ? RANKED_ROW.exec(l.text.trim()) : null;
    return m && !fold(m[1]).split(/[^\p{L}]+/u).some(isProseVerb) ? m : null;
  };
  const rows = lines.map(row);
  const out = new Map<Line, [string, string]>();
  rows.forEach((m, i) => {
    if (m && (rows[i - 1] || rows[i + 1])) out.set(lines[i], [m[1], m[2]]);
  });
  return out;
}

/** A row of two cells: "label | verdict", "label⇥verdict" or "label   verdict" (columns set apart by spaces). */
const CELLS = /^\|?\s*([^|\t]*?\S)\s*(?:\||\t|\s{3,})\s*([^|\t]*?\S)\s*\|?$/u;

/** Whether a cue set matches the whole of a folded cell ("inte lämpligt", not "lämpligt" inside it). */
function whole(set: Cues['verdictFirst'], folded: string): boolean {
  return set.find(folded).some((h) => h.start === 0 && h.end === folded.length);
}

/** The verdict rows among an answer's lines, in order; a row whose verdict is none of the lexicon's is not one. */
export function verdictRows(lines: Line[], cues: Cues): VerdictRow[] {
  const out: VerdictRow[] = [];
  const ranks: VerdictRow[] = [];
  let rankRows = 0;
  const loose = looseRankRows(lines);
  for (const line of lines) {
    const cells = cellsOf(line) ?? loose.get(line);
    if (!cells) continue;
    const [label, verdict] = cells.map((c) => c.trim());
    // A table of ranks: a number, a mark, or nothing in the row's cell.
    const r = RANK_OR_MARK.exec(verdict);
    if (r) {
      rankRows++;
      if (r[1] !== undefined || r[2] !== undefined) ranks.push({ label, verdict, rank: r[1] !== undefined ? Number(r[1]) : 1, line, ranked: true });
      continue;
    }
    if (verdict.split(/\s+/u).length > MAX_VERDICT_WORDS) continue;
    const f = fold(verdict).replace(/[.!]$/u, '');
    const rank = whole(cues.verdictNo, f) ? 0 : whole(cues.verdictFirst, f) ? 1 : whole(cues.verdictSecond, f) ? 2 : undefined;
    if (rank !== undefined) out.push({ label, verdict, rank, line });
  }
  return rankRows >= MIN_RANK_ROWS ? [...out, ...ranks] : out;
}
