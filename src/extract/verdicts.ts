/**
 * An answer that judges the candidates in a table of two columns, a body and a verdict of a few
 * words ("Kommunstyrelsen | Förordas", "Tekniska nämnden | Kan vara ett alternativ", "Ett av
 * stadens bolag | Inte lämpligt"; kept as written by src/normalize/tables.ts): the bodies it
 * prefers, in the verdict's rank, and those it rules out. The verdicts are data
 * (coordination.json verdictFirst, verdictSecond, verdictNo).
 */
import type { Line } from '../model.js';
import { fold } from '../normalize/fold.js';
import { MAX_VERDICT_WORDS } from '../normalize/tables.js';
import type { Cues } from './lexicon.js';

export interface VerdictRow {
  /** The row's label (the body as written) and its verdict cell. */
  label: string;
  verdict: string;
  /** 1 preferred, 2 an alternative, 0 ruled out. */
  rank: 0 | 1 | 2;
  line: Line;
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
  for (const line of lines) {
    const m = CELLS.exec(line.text.trim());
    if (!m) continue;
    const verdict = m[2];
    if (verdict.split(/\s+/u).length > MAX_VERDICT_WORDS) continue;
    const f = fold(verdict).replace(/[.!]$/u, '');
    const rank = whole(cues.verdictNo, f) ? 0 : whole(cues.verdictFirst, f) ? 1 : whole(cues.verdictSecond, f) ? 2 : undefined;
    if (rank !== undefined) out.push({ label: m[1], verdict, rank, line });
  }
  return out;
}
