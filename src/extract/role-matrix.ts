/**
 * A responsibility matrix typed as text (a RACI table: "Aktör | Ansvarar (A) | Utför (U) |
 * Konsulteras (K) | Informeras (I)", or "Nämnd   Samordnar   Deltar   Berörs" set by spaces): the
 * bodies marked ("X", "X*") in the column of the role itself. A table is one when its header has a
 * column of the role (coordination.json matrixRole) and one of another part (matrixOther: "Utför",
 * "Deltar", "Informeras"); its rows run to the first line that is no row. A mark with a star takes
 * the note under the table that opens with a star. Rows naming processes ("CTC | ASN | …") mark no
 * body: their cells are bodies' names, not marks.
 */
import type { Line } from '../model.js';
import { fold } from '../normalize/fold.js';
import { CELL_MARKS } from '../normalize/tables.js';
import { letterRegExp } from '../normalize/letters.js';
import type { Cues } from './lexicon.js';

export interface RoleMark {
  /** The row's label (the body as written) and the header of the role's column. */
  label: string;
  column: string;
  line: Line;
  /** The note a starred mark points to ("* Under förutsättning att …"), if any. */
  note?: Line;
}

/** A starred mark's note stands within this many lines under its table. */
export const MAX_NOTE_DISTANCE = 6;

/** A cell marked: a cross or a tick, a star or two for a note. */
const MARK = letterRegExp(`^[${CELL_MARKS}](\\*{1,3})?$`, 'u');

/** A line that only rules the table ("-----|------", "=====", "+---+"). */
const RULE = /^[\s|:+=_-]*$/u;

interface Cell {
  text: string;
  start: number;
  end: number;
}

/** A line's cells: between bars, or words set apart by two spaces or more. */
function cellsOf(text: string): Cell[] {
  const out: Cell[] = [];
  if (text.includes('|')) {
    let start = 0;
    for (const part of text.split('|')) {
      const lead = part.length - part.trimStart().length;
      out.push({ text: part.trim(), start: start + lead, end: start + part.trimEnd().length });
      start += part.length + 1;
    }
    // A row written "| a | b |": no cell before the first bar or after the last.
    if (out.length > 0 && out[0].text === '' && text.trimStart().startsWith('|')) out.shift();
    if (out.length > 0 && out[out.length - 1].text === '' && text.trimEnd().endsWith('|')) out.pop();
    return out;
  }
  for (const m of text.matchAll(/\S+(?: \S+)*/gu)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** A header cell's word, folded, without its letter in brackets ("Ansvarar (A)" → "ansvarar"). */
function headerWord(cell: string): string {
  const f = fold(cell).replace(/\(\s*\p{L}\s*\)/gu, '').trim();
  return f === '' ? fold(cell).replace(/[()]/gu, '').trim() : f;
}

/** The index of the header column a row's cell stands under: by bars, its own index; by spaces, the column its middle falls in. */
function columnOf(cell: Cell, index: number, header: Cell[], barred: boolean): number {
  if (barred) return index;
  const middle = (cell.start + cell.end) / 2;
  let best = 0;
  for (let k = 0; k < header.length; k++) if (header[k].start - 2 <= middle) best = k;
  return best;
}

/** The marks in the role's column of each responsibility matrix among the lines, in order, and every line of those tables. */
export function roleMarks(lines: Line[], cues: Cues): { marks: RoleMark[]; tableLines: Set<Line> } {
  const out: RoleMark[] = [];
  const tableLines = new Set<Line>();
  for (let i = 0; i < lines.length; i++) {
    // A header has three cells at least, set apart by bars or by two spaces: a line of prose has neither.
    if (!lines[i].text.includes('|') && !lines[i].text.includes('  ')) continue;
    const header = cellsOf(lines[i].text);
    if (header.length < 3) continue;
    const words = header.map((c) => headerWord(c.text));
    const role = words.findIndex((w, k) => k > 0 && cues.matrixRole.find(w).some((h) => h.start === 0 && h.end === w.length));
    const other = words.some((w, k) => k > 0 && k !== role && cues.matrixOther.find(w).some((h) => h.start === 0 && h.end === w.length));
    if (role < 0 || !other) continue;
    const barred = lines[i].text.includes('|');
    const marked: Array<RoleMark & { stars?: string }> = [];
    let k = i + 1;
    tableLines.add(lines[i]);
    for (; k < lines.length; k++) {
      const text = lines[k].text;
      if (text.trim() === '') break;
      if (RULE.test(text)) continue;
      const cells = cellsOf(text);
      if (cells.length < 2 || barred !== text.includes('|')) break;
      tableLines.add(lines[k]);
      const inRole = cells.find((c, n) => n > 0 && columnOf(c, n, header, barred) === role);
      const mark = inRole ? MARK.exec(inRole.text) : null;
      if (mark) marked.push({ label: cells[0].text, column: header[role].text, line: lines[k], stars: mark[1] });
    }
    // A starred mark's note: the first line under the table that opens with as many stars.
    for (const { stars, ...m } of marked) {
      if (stars) {
        for (let n = k; n < Math.min(lines.length, k + MAX_NOTE_DISTANCE); n++) {
          if (lines[n].text.trimStart().startsWith(`${stars} `)) {
            m.note = lines[n];
            break;
          }
        }
      }
      out.push(m);
    }
    i = k;
  }
  return { marks: out, tableLines };
}
