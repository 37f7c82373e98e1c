/**
 * OCR specks: a scanner reads a table border, a fold or a smudge at a line's edge as a lone "|"
 * or "_" ("Malmö stad |", "_ 2026-03-03"). Such a mark, set apart by a space at the start or the
 * end of a line, is dropped from the line, so that a letterhead, a date or a name reads as itself.
 * A line with more than one bar is a table's row and is left to the table reader; a mark glued to
 * a word ("snake_case", "a|b") is text. Dropped at the start, the line's offset says where its
 * text now begins in the line as read, so quotes still point into the source; dropped at the end,
 * the offset is kept too (the line is a part of the line as read).
 */
import type { Line } from '../model.js';

const LEADING = /^([|_]+)\s+(?=\S)/u;
const TRAILING = /(?<=\S)\s+[|_]+$/u;

/** The line without a speck at either edge (the same line when it has none). */
export function withoutSpecks(line: Line): Line {
  const t = line.text;
  // Most lines have neither mark: one cheap look before the edges are read.
  if (!t.includes('|') && !t.includes('_')) return line;
  if ((t.match(/\|/g) ?? []).length > 1) return line;
  const lead = LEADING.exec(t);
  const text = t.replace(TRAILING, '').replace(LEADING, '');
  if (text === t) return line;
  // Dropped at the end only, the line is still a part of the line as read, from where it was: its offset says so.
  return { ...line, text, offset: (line.offset ?? 0) + (lead ? lead[0].length : 0) };
}

export function dropSpecks(lines: Line[]): Line[] {
  return lines.map(withoutSpecks);
}
