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
import { at as atLine, questionWord } from './tables.js';

/** A matrix has at least this many columns that name a question by its number. */
export const MIN_QUESTION_COLUMNS = 2;

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
  /** The header's lines, as written (to tell a header repeated on a later page). */
  texts: Set<string>;
  /** Index of the first line after the header (and its rule). */
  end: number;
}

/**
 * The header of a matrix whose header lines are `head` (one line of cells, maybe its wrapped
 * cells under it), `end` the index after its rule; undefined when the cells name no questions.
 */
function headerOf(head: Line[], end: number): Header | undefined {
  const first = cellsOf(head[0].text);
  if (first.length < MIN_QUESTION_COLUMNS + 1) return undefined;
  const questions = first.slice(1).map(questionOfCell);
  if (questions.filter((q) => q !== undefined).length < MIN_QUESTION_COLUMNS) return undefined;
  // Numbered in order, where numbered: a column without a number takes the next.
  const numbers: number[] = [];
  for (const q of questions) numbers.push(q ?? (numbers.length > 0 ? numbers[numbers.length - 1] + 1 : 1));
  if (numbers.some((n, k) => k > 0 && n <= numbers[k - 1])) return undefined;
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
  return head.length > 0 ? headerOf(head, rule ? i + 1 : i) : undefined;
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
    if (cellsOf(t).length !== width) break;
    if (!cur) rows.push((cur = { lines: [] }));
    cur.lines.push(lines[i]);
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
  const cells = row.lines.map((l) => cellsOf(l.text));
  const name = joined(row.lines.map((l, r) => ({ l, text: cells[r][0] })).filter((f) => f.text !== ''));
  const out: Line[] = [at(first, ''), at(first, name), at(first, '')];
  header.questions.forEach((n, k) => {
    // The cell's fragments as one line at the first of them: short wrapped fragments would be read
    // as headings of their own, cutting the cell's sentences.
    const fragments = row.lines.map((l, r) => ({ l, text: cells[r][k + 1] })).filter((f) => f.text !== '');
    const cell = fragments.length > 0 ? [at(fragments[0].l, joined(fragments))] : [];
    out.push(at(first, `${questionWord()} ${n}`), ...cell, at(first, ''));
  });
  return out;
}

/**
 * The lines with every answer matrix read row by row (see above); the header repeated on later
 * pages and the rules are returned as furniture. Lines that are no matrix are returned as they are.
 */
export function unmatrix(lines: Line[], pageFurniture: Line[] = []): { lines: Line[]; furniture: Line[] } {
  if (!lines.some((l) => l.text.includes('|'))) return { lines, furniture: [] };
  const out: Line[] = [];
  const furniture: Line[] = [];
  const headers = cellLinesByPage(pageFurniture);
  for (let i = 0; i < lines.length; ) {
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
