/**
 * Answers laid out as text tables, read row by row. A response form pasted as a table gives each
 * remissfråga a row: a label cell ("Fråga 2", "2", "Fråga 2. Prioriterade områden", or the question
 * in a few words) and an answer cell whose text wraps over several lines. Two layouts:
 *
 * - `|`-separated: "| 2 | Nämnden vill … |", continuation rows with an empty label cell;
 * - fixed-width columns (text input keeps each line's indent): "Fråga 2     Nämnden ser …" and
 *   continuation lines indented to the answer column.
 *
 * Each row becomes a heading line made of its label (a bare number gets the word "Fråga") followed
 * by the answer cell's fragments, one per source line, each keeping that line's page and number —
 * the quotes stay the cell's own words and the analyst finds them where they stand. Header rows
 * ("| Fråga | Svar |") and rules ("|----|") are kept as they are written.
 */
import type { Line } from '../model.js';
import { loadData } from '../data.js';
import { escapeClass, escapeRegex } from './ocr.js';
import { letterRegExp } from './letters.js';

/** A label cell is a few words; a wider left cell is text, not a label. */
export const MAX_LABEL_CHARS = 28;
/** A fixed-width table has at least this many rows (a single indented line is no table). */
export const MIN_TABLE_ROWS = 2;

const PIPE_ROW = /^\|.*\|$/u;
const RULE = /^[\s|:=+-]+$/u;
/** A label that starts a new row: a question number, "Fråga 2", "2.", "2)". */
const ROW_START = /^(?:\p{L}+\s*)?\d{1,2}(?:[.):]|\s|$)/u;

/** The word a question is named by in a heading made for it ("Fråga"): sections.json questionReference's first label. */
export function questionWord(): string {
  const w = loadData<{ questionReference: { labels: string[] } }>('lexicon/sections.json').questionReference.labels[0];
  return w.charAt(0).toUpperCase() + w.slice(1);
}

interface Row {
  label: string[];
  answer: Line[];
  first: Line;
}

/** A synthetic line at the place of a source line (same page and number). */
export const at = (l: Line, text: string): Line => ({ ...l, text, heading: undefined });

function emit(rows: Row[], before: Line[]): Line[] {
  const out: Line[] = [...before];
  for (const r of rows) {
    const label = r.label.join(' ').replace(/\s+/g, ' ').trim();
    const heading = /^\d{1,2}[.):]?$/u.test(label) ? `${questionWord()} ${label.replace(/[.):]$/u, '')}` : label;
    out.push(at(r.first, ''), at(r.first, heading), at(r.first, ''), ...r.answer);
  }
  if (rows.length > 0) out.push(at(rows[rows.length - 1].first, ''));
  return out;
}

function pipeCells(text: string): string[] {
  return text.replace(/^\|/u, '').replace(/\|$/u, '').split('|').map((c) => c.trim());
}

/** The marks that tick a table's cell ("X", "✓", "☒"): a character class's contents, for every table reader. */
export const CELL_MARKS = 'Xx✓✔×☒';

/**
 * Cells holding nothing but marks ("X", "X*", "✓", "–"): a matrix of who does what ("Aktör | Ansvarar
 * (A) | Utför (U) | …", src/extract/role-matrix.ts), no answers in rows — kept as written.
 */
const MARKS_ONLY = letterRegExp(`^[\\s|${CELL_MARKS}*–—-]*$`, 'u');

/** A run of `|` rows: header and rules as plain lines, the rest row by row. */
function pipeTable(block: Line[]): Line[] {
  const cells = block.map((l) => pipeCells(l.text));
  const width = Math.max(...cells.map((c) => c.length));
  if (width < 2) return block;
  if (width >= 3 && cells.every((c, k) => k === 0 || RULE.test(block[k].text) || c.slice(1).every((x) => MARKS_ONLY.test(x)))) return block;
  const plain: Line[] = [];
  const rows: Row[] = [];
  let k = 0;
  // A header row is the one above the first rule.
  const rule = block.findIndex((l) => RULE.test(l.text));
  if (rule > 0 && rule <= 2) {
    // Kept as written: "| Fråga | Nämndens svar |" is no heading, nor a body's "svar".
    for (; k <= rule; k++) plain.push(block[k]);
  }
  let prevLabelEmpty = true;
  for (; k < block.length; k++) {
    if (RULE.test(block[k].text)) continue;
    const c = cells[k];
    const label = c.slice(0, Math.max(1, c.length - 1)).filter(Boolean).join(' ');
    const answer = c.length > 1 ? c[c.length - 1] : '';
    const starts = label !== '' && (rows.length === 0 || ROW_START.test(label) || prevLabelEmpty);
    if (starts) rows.push({ label: [label], answer: [], first: block[k] });
    else if (label !== '' && rows.length > 0) rows[rows.length - 1].label.push(label);
    if (answer !== '' && rows.length > 0) rows[rows.length - 1].answer.push({ ...at(block[k], answer), cell: true });
    else if (answer !== '') plain.push(at(block[k], answer));
    prevLabelEmpty = label === '';
  }
  return rows.length > 0 && !verdictsOnly(rows) ? emit(rows, plain) : block;
}

let listMark: RegExp | undefined;

/**
 * A cell that is only a list item's mark: a bullet (as typed, or as OCR reads one:
 * data/lexicon/structure.json listMarks), a number or a letter with its point or bracket.
 */
function isListMark(cell: string): boolean {
  if (!listMark) {
    const { symbols, letters } = loadData<{ listMarks: { symbols: string[]; letters: string[] } }>('lexicon/structure.json').listMarks;
    listMark = letterRegExp(`^(?:[${symbols.map(escapeClass).join('')}]|${letters.map(escapeRegex).join('|')}|\\(?\\d{1,2}[.)]|\\(?\\p{Ll}[.)])$`, 'u');
  }
  return listMark.test(cell);
}

/** A header cell: a word or two, no sentence ("Fråga", "Svar", "Nämndens svar"). */
const headerCell = (c: string): boolean => c.split(/\s+/u).length <= 2 && !/[.!?]$/u.test(c);

/** A tab-separated label cell is at most this many words: a question in a few words, not a paragraph. */
export const MAX_TAB_LABEL_WORDS = 12;

/**
 * A word processor's table copied as text: rows of two cells with a tab between ("Fråga 2⇥Nämnden
 * anser …", "Uppföljning och resurser⇥Programmet saknar …"; Line.cells). A header row of two
 * short cells ("Fråga⇥Svar") is kept as written.
 */
function tabRowsAt(lines: Line[], i: number): { rows: Row[]; plain: Line[]; end: number } | undefined {
  const plain: Line[] = [];
  const rows: Row[] = [];
  let j = i;
  for (; j < lines.length && lines[j].cells?.length === 2; j++) {
    const [label, answer] = lines[j].cells!;
    if (j === i && headerCell(label) && headerCell(answer)) {
      // Each header cell a line of its own: "Remissfråga⇥Fritidsnämndens svar" is a column's
      // label and a body's answer, not one name "Remissfråga Fritidsnämnden".
      plain.push(at(lines[j], label), at(lines[j], answer));
      continue;
    }
    // Not a row: a field ("Remissinstans:⇥…", read as a record) or a list item whose mark a tab
    // follows ("–⇥…", "2.⇥…", as Word writes lists out).
    if (label.split(/\s+/u).length > MAX_TAB_LABEL_WORDS || /:$/u.test(label) || isListMark(label)) break;
    rows.push({ label: [label], answer: [{ ...at(lines[j], answer), cell: true }], first: lines[j] });
  }
  if (rows.length < MIN_TABLE_ROWS) return undefined;
  return { rows, plain, end: j };
}

/**
 * Fixed-width columns: a first line "label  answer" (two spaces or more between) and lines
 * indented to where its answer starts. Text input only (a PDF text layer keeps no indent).
 */
function fixedWidthAt(lines: Line[], i: number): { rows: Row[]; plain: Line[]; end: number } | undefined {
  const rows: Row[] = [];
  const plain: Line[] = [];
  let column = -1;
  let j = i;
  // A header row over a rule ("Fråga       Svar" / "-------  ------") is kept as it is.
  if (lines[i + 1] && RULE.test(lines[i + 1].text) && /-/u.test(lines[i + 1].text) && rowStart(lines[i])) {
    column = rowStart(lines[i])!.column;
    plain.push(lines[i], lines[i + 1]);
    j = i + 2;
  }
  for (; j < lines.length; j++) {
    const l = lines[j];
    if (l.text === '') {
      // A blank line between rows stays inside the table when another row follows.
      const next = lines[j + 1];
      if (next && next.text !== '' && column > 0 && rowStart(next, column) !== undefined) continue;
      break;
    }
    const indent = l.indent ?? 0;
    if (column > 0 && indent >= column - 1 && indent <= column + 1 && rows.length > 0) {
      rows[rows.length - 1].answer.push({ ...l, cell: true });
      continue;
    }
    const start = rowStart(l, column > 0 ? column : undefined);
    if (!start) break;
    if (column < 0) column = start.column;
    const prev = lines[j - 1];
    const continues = rows.length > 0 && prev !== undefined && prev.text !== '' && !ROW_START.test(start.label) && /^\p{Ll}/u.test(start.label);
    if (continues) rows[rows.length - 1].label.push(start.label);
    else rows.push({ label: [start.label], answer: [], first: l });
    rows[rows.length - 1].answer.push({ ...at(l, start.answer), cell: true });
  }
  if (rows.length < MIN_TABLE_ROWS || !rows.every((r) => r.label.join(' ').length <= MAX_LABEL_CHARS * 2)) return undefined;
  if (rows.every((r) => r.answer.every((a) => MARKS_ONLY.test(a.text)))) return undefined;
  return { rows, plain, end: j };
}

/** "Fråga 2     Nämnden …": the label, the answer, and the column where the answer starts. */
function rowStart(l: Line, column?: number): { label: string; answer: string; column: number } | undefined {
  if ((l.indent ?? 0) > 0) return undefined;
  const m = /^(\S.{0,40}?)\s{2,}(\S.*)$/u.exec(l.text);
  if (!m || m[1].length > MAX_LABEL_CHARS) return undefined;
  // "KS      |    X    |         |": a row of a table set by bars, its label short, no answer beside a label.
  if ((m[2].match(/\|/gu) ?? []).length >= 2) return undefined;
  // "Från:     Johansson Maria <…>", "Ämne:     SV: Remiss …": a mail's or a form's fields, read
  // as a record (src/segment/fields.ts); "Fråga 2:     …" is a question's row.
  if (m[1].trim().endsWith(':') && !ROW_START.test(m[1])) return undefined;
  const at = m[0].length - m[2].length;
  if (column !== undefined && Math.abs(at - column) > 1) return undefined;
  return { label: m[1].trim(), answer: m[2], column: at };
}

/** An answer cell this short (words), in every row, is a verdict, not an answer ("Förordas", "Kan vara ett alternativ"). */
export const MAX_VERDICT_WORDS = 4;

/**
 * A table whose rows each name a thing and give it a verdict of a few words ("Kommunstyrelsen |
 * Förordas", "Ett av stadens bolag | Inte lämpligt") is part of an answer, not answers in rows:
 * its labels are no headings (a body named in one would open an answer of its own). A row
 * labelled as a question ("Fråga 2", "2") is an answer's, however short.
 */
function verdictsOnly(rows: Row[]): boolean {
  return rows.every((r) => {
    const label = r.label.join(' ');
    const answer = r.answer.map((l) => l.text).join(' ').replace(/^\|\s*/u, '').trim();
    return !ROW_START.test(label) && answer.split(/\s+/u).filter(Boolean).length <= MAX_VERDICT_WORDS && !/[.!?]$/u.test(answer);
  });
}

export function untable(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; ) {
    const l = lines[i];
    if (PIPE_ROW.test(l.text)) {
      let j = i;
      while (j < lines.length && PIPE_ROW.test(lines[j].text)) j++;
      out.push(...(j - i >= 2 ? pipeTable(lines.slice(i, j)) : lines.slice(i, j)));
      i = j;
      continue;
    }
    const tabbed = l.cells?.length === 2 ? tabRowsAt(lines, i) : undefined;
    if (tabbed && verdictsOnly(tabbed.rows)) {
      out.push(...lines.slice(i, tabbed.end));
      i = tabbed.end;
      continue;
    }
    if (tabbed) {
      out.push(...emit(tabbed.rows, tabbed.plain));
      i = tabbed.end;
      continue;
    }
    const fixed = l.page === null && (i === 0 || lines[i - 1].text === '' || lines[i - 1].heading) ? fixedWidthAt(lines, i) : undefined;
    if (fixed && verdictsOnly(fixed.rows)) {
      // Kept as written, row by row.
      out.push(...lines.slice(i, fixed.end));
      i = fixed.end;
      continue;
    }
    if (fixed) {
      out.push(...emit(fixed.rows, fixed.plain));
      i = fixed.end;
      continue;
    }
    out.push(l);
    i++;
  }
  return out;
}
