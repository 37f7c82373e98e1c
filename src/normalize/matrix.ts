/**
 * Answers condensed in a table, one row per respondent and a column per question (a "svarsmatris"
 * exported from Word as text):
 *
 *   Remissinstans        | Fråga 1: Behovsbild …  | Fråga 2: Processer …  | Fråga 3: Samordning …
 *   =====================+========================+=======================+======================
 *   Arbetsmarknads- och  | Delar behovsbilden.    | Lyfter SSPF-samverkan | Anser att fritidsnämnden …
 *   socialnämnden        | Nämnden vill att …     | i samtliga fem …      | första hand bör …
 *   ---------------------+------------------------+-----------------------+----------------------
 *
 * read as the compilation it condenses: each row becomes its respondent's name as a heading, then
 * for each question a heading "Fråga N" and the cell's text, its fragments joined on one line at
 * the page and number of the first — the cell's own words, where the analyst finds them. A row runs on
 * over a page break until the next row rule; the header (also where a page repeats it) and the
 * rules are the table's furniture.
 *
 * A matrix is known by its header: cells split by "|", the first naming who answers, and at least
 * MIN_QUESTION_COLUMNS of the others a question by its number ("Fråga 2", "2.", "F2").
 */
import type { Line } from '../model.js';
import { loadData } from '../data.js';
import { letterRegExp } from './letters.js';
import { escapeRegex } from './ocr.js';
import { joinKind } from './flatten.js';
import { bareLine } from './chars.js';
import { at as atLine, questionWord } from './tables.js';

/** A matrix has at least this many columns that name a question by its number. */
export const MIN_QUESTION_COLUMNS = 2;
/** A matrix in columns of spaces has at least this many rows (a header alone, or one line, is no table). */
export const MIN_MATRIX_ROWS = 2;

/** A rule of the table: dashes or equals signs, crossed by "+" or "|" at the columns. */
const RULE = /^[\s=+|-]*[=-]{3,}[\s=+|-]*$/u;
/** The rule under the header ("====+===="), as against a rule between rows ("----+----"). */
const HEADER_RULE = /^[\s=+|]*={3,}[\s=+|]*$/u;

let questionLabel: RegExp | undefined;
/** A header cell naming a question by its number: "Fråga 2: Processer", "Remissfråga 2", "2. Processer", "F2". */
function questionOfCell(cell: string): number | undefined {
  if (!questionLabel) {
    const labels = loadData<{ questionReference: { labels: string[] } }>('lexicon/sections.json').questionReference.labels;
    questionLabel = letterRegExp(`^(?:(?:${labels.map((l) => escapeRegex(l).replace(/\s+/gu, '\\s+')).join('|')})\\s*(\\d{1,2})(?![\\d.])|f(\\d{1,2})(?![\\p{L}\\d])|(\\d{1,2})[.):](?!\\d))`, 'iu');
  }
  const m = questionLabel.exec(cell.trim());
  return m ? Number(m[1] ?? m[2] ?? m[3]) : undefined;
}

/**
 * The cells of a table line, split at its "|" marks. A line read without its spaces ("| dagtid. |")
 * starts with the mark after an empty first cell, and ends with one before an empty last cell.
 */
function cellsOf(text: string): string[] {
  return text.split('|').map((c) => c.trim());
}

interface Header {
  /** The question each column after the first answers, by number. */
  questions: number[];
  /**
   * Set for a Markdown table: the cell index of each question's column (in `questions`' order), and
   * the columns that are the compiler's own ("Kommentar"), whose cells are kept apart.
   */
  markdown?: { columns: number[]; compiler: number[] };
  /** The header's lines, as written (to tell a header repeated on a later page). */
  texts: Set<string>;
  /** Index of the first line after the header (and its rule). */
  end: number;
}

/**
 * The question each header cell after the first names, in order: at least MIN_QUESTION_COLUMNS
 * numbered, a column without a number taking the next; undefined when they name too few or go back.
 */
function questionNumbers(cells: string[]): number[] | undefined {
  const questions = cells.map(questionOfCell);
  if (questions.filter((q) => q !== undefined).length < MIN_QUESTION_COLUMNS) return undefined;
  const numbers: number[] = [];
  for (const q of questions) numbers.push(q ?? (numbers.length > 0 ? numbers[numbers.length - 1] + 1 : 1));
  return numbers.some((n, k) => k > 0 && n <= numbers[k - 1]) ? undefined : numbers;
}

/**
 * The header of a matrix whose header lines are `head` (one line of cells, maybe its wrapped
 * cells under it), `end` the index after its rule; undefined when the cells name no questions.
 */
function headerOf(head: Line[], end: number): Header | undefined {
  const first = cellsOf(head[0].text);
  if (first.length < MIN_QUESTION_COLUMNS + 1) return undefined;
  const numbers = questionNumbers(first.slice(1));
  if (!numbers) return undefined;
  if (head.some((l) => cellsOf(l.text).length !== first.length)) return undefined;
  return { questions: numbers, texts: new Set(head.map((l) => normalized(l.text))), end };
}

/** The header of a matrix starting at line i: one or two lines of cells, then a rule of "=" or "-". */
function headerAt(lines: Line[], i: number): Header | undefined {
  if (!lines[i].text.includes('|')) return undefined;
  let j = i + 1;
  while (j < lines.length && j <= i + 3 && !RULE.test(lines[j].text) && lines[j].text.includes('|')) j++;
  if (j >= lines.length || !HEADER_RULE.test(lines[j].text)) return undefined;
  return headerOf(lines.slice(i, j), j + 1);
}

/**
 * The header of a matrix at line i — its header rule, or its first row where the rule went too —
 * where its header lines were taken for furniture (repeated on every page, like a running header):
 * the furniture lines with cells right above, on its page.
 */
function headerAbove(lines: Line[], i: number, furniture: Map<string, Line[]>): Header | undefined {
  const here = lines[i];
  const rule = HEADER_RULE.test(here.text);
  if (!rule && !here.text.includes('|')) return undefined;
  // Its rule may have gone with it (the same on every page), the first row then right under it.
  const head = (furniture.get(pageKey(here)) ?? [])
    .filter((f) => f.line < here.line && f.line >= here.line - 4 && !RULE.test(f.text))
    .sort((a, b) => a.line - b.line);
  if (head.length === 0) return undefined;
  if (rule) return headerOf(head, i + 1);
  // The header's wrapped lines may have stayed, a different line on every page: the lines with
  // cells down to its rule are the header's too.
  let j = i;
  while (j < lines.length && j <= i + 3 && !RULE.test(lines[j].text) && lines[j].text.includes('|')) j++;
  if (j > i && j < lines.length && HEADER_RULE.test(lines[j].text)) return headerOf([...head, ...lines.slice(i, j)], j + 1);
  return headerOf(head, i);
}

/** A line's source and page (a PDF's page, a text's sheet between form feeds). */
const pageKey = (l: Line): string => `${l.source}:${l.page ?? l.sheet ?? ''}`;

/** The furniture lines with cells ("|"), by page: where a matrix's header may have gone. */
function cellLinesByPage(furniture: Line[]): Map<string, Line[]> {
  const out = new Map<string, Line[]>();
  for (const f of furniture) {
    if (!f.text.includes('|')) continue;
    const key = pageKey(f);
    const list = out.get(key);
    if (list) {
      // Many on a page would make every rule's look quadratic; a header is a few lines.
      if (list.length < MAX_HEADER_LINES_PER_PAGE) list.push(f);
    } else out.set(key, [f]);
  }
  return out;
}

/** At most this many furniture lines with cells are kept per page (a header repeated is two or three). */
export const MAX_HEADER_LINES_PER_PAGE = 8;

const normalized = (text: string): string => text.replace(/\s+/gu, ' ').trim();

/** A synthetic line at a source line's place, without its indent: the table's columns are read, the text stage after must not read them again. */
const at = (l: Line, text: string): Line => ({ ...atLine(l, text), indent: undefined });


interface Row {
  lines: Line[];
  /** Each line's cells, in the columns' order. */
  cells: string[][];
}

/** The rows of a matrix from its first row line, up to the first line that is no part of it. */
function rowsFrom(lines: Line[], from: number, header: Header): { rows: Row[]; furniture: Line[]; end: number } {
  const width = header.questions.length + 1;
  const rows: Row[] = [];
  const furniture: Line[] = [];
  let cur: Row | undefined;
  let i = from;
  for (; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.trim() === '') {
      // A blank line inside a table only before more of it (a page's break).
      let k = i + 1;
      while (k < lines.length && lines[k].text.trim() === '') k++;
      if (k < lines.length && (lines[k].text.includes('|') || RULE.test(lines[k].text))) {
        furniture.push(...lines.slice(i, k));
        i = k - 1;
        continue;
      }
      break;
    }
    if (header.texts.has(normalized(t))) {
      furniture.push(lines[i]);
      continue;
    }
    if (RULE.test(t)) {
      furniture.push(lines[i]);
      // A row rule ends the row; the header's rule (repeated on a new page) does not.
      if (!HEADER_RULE.test(t)) cur = undefined;
      continue;
    }
    const cells = cellsOf(t);
    if (cells.length !== width) break;
    if (!cur) rows.push((cur = { lines: [], cells: [] }));
    cur.lines.push(lines[i]);
    cur.cells.push(cells);
  }
  return { rows, furniture, end: i };
}

/**
 * A cell's fragments as one text, joined as lines of prose are (src/normalize/flatten.ts joinKind):
 * a word broken at the cell's edge is whole again ("Hyresgäst-" / "föreningen"), a suspended
 * hyphen stays ("Arbetsmarknads-" / "och socialnämnden").
 */
function joined(fragments: Array<{ l: Line; text: string }>): string {
  let out = '';
  fragments.forEach((f, k) => {
    if (k === 0) {
      out = f.text;
      return;
    }
    const kind = joinKind(at(fragments[k - 1].l, fragments[k - 1].text), at(f.l, f.text));
    out = kind === 'join' ? `${out.slice(0, -1)}${f.text}` : kind === 'join-keep-hyphen' ? `${out}${f.text}` : `${out} ${f.text}`;
  });
  return out.replace(/\s+/gu, ' ').trim();
}

/** One row as the compilation it condenses: the name, then each question's heading and cell. */
function emitRow(row: Row, header: Header): Line[] {
  const first = row.lines[0];
  const { cells } = row;
  const name = joined(row.lines.map((l, r) => ({ l, text: cells[r][0] })).filter((f) => f.text !== ''));
  const out: Line[] = [at(first, ''), at(first, name), at(first, '')];
  header.questions.forEach((n, k) => {
    // The cell's fragments as one line at the first of them: short wrapped fragments would be read
    // as headings of their own, cutting the cell's sentences.
    const column = header.markdown?.columns[k] ?? k + 1;
    const fragments = row.lines.map((l, r) => ({ l, text: cells[r][column] })).filter((f) => f.text !== '');
    const cell = fragments.length > 0 ? [at(fragments[0].l, joined(fragments))] : [];
    out.push(at(first, `${questionWord()} ${n}`), ...cell, at(first, ''));
  });
  return out;
}

/**
 * A matrix laid out in columns by spaces alone, as a PDF's text layer or a Word table saved as text
 * gives it (no "|", no rules; rows parted by blank lines):
 *
 *   Remissinstans        Fråga 1 – Pågående …     Fråga 2 – Skolgårdar …
 *                        samarbeten               i första etappen
 *
 *   Grundskolenämnden    Nämnden pekar på att     Prioriterar skolgårdar
 *                        flera grundskolor …      i Holma, …
 *
 * Text input (it keeps each line's indent), and a PDF's pages that hold a table, which the reader
 * lays out in columns (src/read/pdf-table-layout.ts): other PDF lines keep no runs of spaces. The columns start where the header's cells do;
 * a row starts where its first column has text after a blank line, and runs on over blank lines
 * inside a long cell (its first column empty) and over a page's break.
 */
interface Columns {
  header: Header;
  /** Where each column starts, in characters from the line's start. */
  starts: number[];
}

/** A line as written: its indent given back. */
const written = (l: Line): string => ' '.repeat(l.indent ?? 0) + l.text;

/** The parts of a line set apart by two spaces or more, each with where it starts. */
function partsOf(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  for (const m of text.matchAll(/\S+(?: \S+)*/gu)) out.push({ start: m.index!, text: m[0] });
  return out;
}

/** A column's start and a part's may differ by this many characters (a tab's slack, a cell's own indent). */
export const COLUMN_SLACK = 2;

/** Whether every part of a line starts at a column. */
function fitsColumns(text: string, starts: number[]): boolean {
  return partsOf(text).every((p) => starts.some((s) => Math.abs(s - p.start) <= COLUMN_SLACK));
}

/** The cells of a line by the columns' starts. */
function cellsAt(text: string, starts: number[]): string[] {
  return starts.map((s, k) => text.slice(k === 0 ? 0 : s - COLUMN_SLACK, k + 1 < starts.length ? starts[k + 1] - COLUMN_SLACK : undefined).trim());
}

/** A matrix in columns of spaces whose header starts at line i, with its header's wrapped lines. */
function columnsAt(lines: Line[], i: number): Columns | undefined {
  const head = partsOf(written(lines[i]));
  if (head.length < MIN_QUESTION_COLUMNS + 1) return undefined;
  const starts = head.map((p) => p.start);
  const numbers = questionNumbers(head.slice(1).map((p) => p.text));
  if (!numbers) return undefined;
  const texts = new Set([normalized(lines[i].text)]);
  let j = i + 1;
  // The header's wrapped cells: lines right under it, in its columns, naming no question.
  while (j < lines.length && lines[j].text.trim() !== '' && fitsColumns(written(lines[j]), starts) && !cellsAt(written(lines[j]), starts).some((c) => questionOfCell(c) !== undefined)) texts.add(normalized(lines[j++].text));
  return { header: { questions: numbers, texts, end: j }, starts };
}

/** The rows of a matrix in columns of spaces, from its first line after the header. */
function columnRowsFrom(lines: Line[], from: number, columns: Columns): { rows: Row[]; furniture: Line[]; end: number } {
  const { header, starts } = columns;
  const rows: Row[] = [];
  const furniture: Line[] = [];
  let cur: Row | undefined;
  let blank = true;
  let i = from;
  for (; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.trim() === '') {
      blank = true;
      continue;
    }
    // The header again at a page's top.
    if (header.texts.has(normalized(t))) {
      furniture.push(lines[i]);
      continue;
    }
    const text = written(lines[i]);
    if (!fitsColumns(text, starts)) break;
    const cells = cellsAt(text, starts);
    // A name in the first column after a blank line opens a row; text in it right under the row's
    // lines is the name wrapped, and lines with none go on with the row's cells.
    if (!cur || (cells[0] !== '' && blank)) rows.push((cur = { lines: [], cells: [] }));
    cur.lines.push(lines[i]);
    cur.cells.push(cells);
    blank = false;
  }
  // The blank lines the table ends with are the text's.
  while (i > from && lines[i - 1].text.trim() === '') i--;
  return { rows, furniture, end: i };
}

/** A Markdown table's delimiter row under its header: "| --- | :---: |". */
const MARKDOWN_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/u;

/** A Markdown row's cells: its outer bars dropped, split at the bars not escaped ("\\|" stays in its cell). */
function markdownCells(text: string): string[] {
  let t = text.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|') && !t.endsWith('\\|')) t = t.slice(0, -1);
  return t.split(/(?<!\\)\|/u).map((c) => c.trim());
}

let markdownWords: { respondent: Set<string>; compiler: Set<string> } | undefined;
/** Folded header words: a column naming who answers (csv.respondentColumns), a column of the compiler's (matrix.compilerColumns). */
function headerWords(): NonNullable<typeof markdownWords> {
  if (!markdownWords) {
    const s = loadData<{ csv: { respondentColumns: string[] }; matrix: { compilerColumns: string[] } }>('lexicon/structure.json');
    markdownWords = { respondent: new Set(s.csv.respondentColumns.map(bareLine)), compiler: new Set(s.matrix.compilerColumns.map(bareLine)) };
  }
  return markdownWords;
}


/**
 * A Markdown table of answers (a wiki's list exported: "| Remissinstans | Fråga 1 | … |" over
 * "| --- | --- |"), a row a line: its question columns numbered in the header, or, under a header of
 * the columns' topics, the columns after the one naming who answers in the questions' order —
 * except the compiler's own ("Kommentar"), whose cells are kept apart.
 */
function markdownTableAt(lines: Line[], i: number): { header: Header; rows: Row[]; furniture: Line[]; end: number } | undefined {
  const t = lines[i].text.trim();
  if (!t.includes('|') || i + 1 >= lines.length || !MARKDOWN_DELIMITER.test(lines[i + 1].text)) return undefined;
  const cells = markdownCells(t);
  if (cells.length < MIN_QUESTION_COLUMNS + 1) return undefined;
  const words = headerWords();
  const compiler = cells.flatMap((c, k) => (k > 0 && words.compiler.has(bareLine(c)) ? [k] : []));
  const columns = cells.flatMap((_c, k) => (k > 0 && !compiler.includes(k) ? [k] : []));
  const numbered = questionNumbers(columns.map((k) => cells[k]));
  if (!numbered && !words.respondent.has(bareLine(cells[0]))) return undefined;
  const questions = numbered ?? columns.map((_k, n) => n + 1);
  if (questions.length < MIN_QUESTION_COLUMNS) return undefined;
  const header: Header = { questions, texts: new Set([normalized(t)]), end: i + 2, markdown: { columns, compiler } };
  const rows: Row[] = [];
  const furniture: Line[] = [];
  let k = i + 2;
  for (; k < lines.length && lines[k].text.includes('|'); k++) {
    const row = markdownCells(lines[k].text);
    if (row.length !== cells.length) break;
    rows.push({ lines: [lines[k]], cells: [row.map((c) => c.replace(/<br\s*\/?>/giu, ' '))] });
    // The compiler's cells: kept apart, each at its row's line.
    for (const c of compiler) if (row[c] !== '') furniture.push(at(lines[k], row[c]));
  }
  return rows.length > 0 ? { header, rows, furniture, end: k } : undefined;
}

/**
 * The lines with every answer matrix read row by row (see above); the header repeated on later
 * pages and the rules are returned as furniture. Lines that are no matrix are returned as they are.
 */
export function unmatrix(lines: Line[], pageFurniture: Line[] = []): { lines: Line[]; furniture: Line[] } {
  const out: Line[] = [];
  const furniture: Line[] = [];
  const headers = cellLinesByPage(pageFurniture);
  for (let i = 0; i < lines.length; ) {
    const table = markdownTableAt(lines, i);
    if (table) {
      furniture.push(lines[i], lines[i + 1], ...table.furniture);
      for (const r of table.rows) out.push(...emitRow(r, table.header));
      i = table.end;
      continue;
    }
    const columns = columnsAt(lines, i);
    if (columns) {
      const { rows, furniture: repeated, end } = columnRowsFrom(lines, columns.header.end, columns);
      if (rows.length >= MIN_MATRIX_ROWS) {
        furniture.push(...lines.slice(i, columns.header.end), ...repeated);
        for (const r of rows) out.push(...emitRow(r, columns.header));
        i = end;
        continue;
      }
    }
    const header = headerAt(lines, i) ?? headerAbove(lines, i, headers);
    if (!header) {
      out.push(lines[i++]);
      continue;
    }
    const { rows, furniture: rules, end } = rowsFrom(lines, header.end, header);
    if (rows.length === 0) {
      out.push(lines[i++]);
      continue;
    }
    // The header and its rule are the table's furniture, as its header repeated on a later page is:
    // each row names its questions itself now.
    furniture.push(...lines.slice(i, header.end), ...rules);
    for (const r of rows) out.push(...emitRow(r, header));
    i = end;
  }
  return { lines: out, furniture };
}
