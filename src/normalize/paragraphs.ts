/**
 * Removes blank lines that do not end a paragraph. OCR and page breaks leave blank lines in the
 * middle of sentences ("…dess alder\n\neller bakgrund."); a Swedish paragraph never starts with a
 * lower-case letter, so a blank run between an unfinished line and a lower-case line is dropped.
 */
import type { Line } from '../model.js';

const UNFINISHED = /(?:[^.!?:]|\.\.\.)$/u;

export function dropFalseBreaks(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.text !== '') {
      out.push(l);
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j].text === '') j++;
    const prev = out[out.length - 1];
    const next = lines[j];
    const falseBreak = prev !== undefined && next !== undefined && UNFINISHED.test(prev.text) && /^\p{Ll}/u.test(next.text);
    if (!falseBreak) for (let k = i; k < j; k++) out.push(lines[k]);
    i = j - 1;
  }
  return out;
}

/** The width of a full line of body text: most lines of a paragraph are this long. */
export function bodyWidth(lines: Line[]): number {
  const lens = lines.map((l) => l.text.length).filter((n) => n > 20).sort((a, b) => a - b);
  return lens.length ? lens[Math.floor(lens.length * 0.95)] : 80;
}
