/**
 * A meeting's transcript (Teams, Zoom): each turn opens with its time stamp alone on a line and the
 * speaker on the next ("00:12:31" / "Karin Holm (Stadskontoret)"). Those lines recur on every
 * page — the same speaker, a time — and would pass for page furniture; they are the turns' heads
 * (src/segment/chat.ts reads the turns).
 */
import type { Line } from '../model.js';

/** A time stamp alone on its line ("00:12:31", "[00:12:31]"). */
export const TRANSCRIPT_STAMP = /^\[?\d{1,2}:\d{2}(?::\d{2})?\]?$/u;
/** A speaker line: a name of two to five words, an organisation in brackets after it maybe. */
export const SPEAKER_LINE = /^(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,4})(?:\s*\(([^()]{2,80})\))?$/u;
/** Turns a source needs to be read as a transcript. */
export const MIN_TURNS = 4;

/** The lines that head a transcript's turns (each stamp and the speaker under it); empty for no transcript. */
export function turnHeads(lines: Line[]): Set<number> {
  const heads: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (TRANSCRIPT_STAMP.test(lines[i].text.trim()) && SPEAKER_LINE.test(lines[i + 1].text.trim())) heads.push(i, i + 1);
  }
  return heads.length / 2 >= MIN_TURNS ? new Set(heads) : new Set();
}
