/**
 * A PDF page that holds a table, laid out in columns as the page shows it.
 *
 * A word processor's table comes out of a PDF as text items placed where the cells are, written
 * in whatever order the program chose (often cell by cell: all of column 1's lines, then column
 * 2's). Read in that order, the rows of a compilation's answer matrix run together into one
 * paragraph of pieces. So on a page whose lines stand in three or more cells again and again,
 * the items are put in reading order by their place (top to bottom, left to right) and each row
 * is written as a fixed-width line, every cell starting at the column its position gives — what
 * `pdftotext -layout` does, and what a text export of the table holds: the space-aligned table
 * src/normalize/matrix.ts reads. Every other page is left as pdf.js gives it.
 */

/** A text item as pdf.js gives it (the fields read here). */
export interface LayoutItem {
  str?: string;
  hasEOL?: boolean;
  width?: number;
  height?: number;
  transform?: number[];
}

/** Cells a row must have to count as a table's row: a label and two columns (two: a page in two text columns). */
export const TABLE_MIN_CELLS = 3;
/** Rows of that many cells that make a page a table's (fewer: a letterhead or a running header in columns). */
export const TABLE_MIN_ROWS = 4;
/** A gap of this many font sizes between two items of a row starts a new cell (a word space is about a quarter of one). */
export const CELL_GAP = 1;
/** Two items whose baselines differ by less than this many font sizes stand on one row. */
export const ROW_TOLERANCE = 0.5;
/** The width of one character of the fixed-width line, in font sizes: the average width of a proportional font's letters. */
export const CHAR_WIDTH = 0.5;
/** Spaces at least between two cells of a written row, so that a long cell never runs into the next. */
export const MIN_CELL_SPACES = 2;

/**
 * What stands for a space of the layout in a page's text: a private-use character, so that the
 * reader can tell a line's indent (a cell in a later column, the earlier ones empty) from the
 * text's own spaces, which a PDF's lines do not keep (src/read/source.ts).
 */
export const LAYOUT_SPACE = '\ue010';

interface Placed<T extends LayoutItem = LayoutItem> {
  item: T;
  text: string;
  x: number;
  y: number;
  size: number;
  end: number;
}

function placed<T extends LayoutItem>(it: T): Placed<T> | undefined {
  const t = it.transform;
  if (!t || typeof it.str !== 'string' || it.str.trim() === '') return undefined;
  const size = Math.abs(t[3]) || Math.abs(t[0]);
  if (!(size > 0)) return undefined;
  return { item: it, text: it.str, x: t[4], y: t[5], size, end: t[4] + (it.width ?? 0) };
}

/** The page's text items in rows, top to bottom, each row left to right. */
function rowsOf<T extends LayoutItem>(items: Array<Placed<T>>): Array<Array<Placed<T>>> {
  const byHeight = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Array<Array<Placed<T>>> = [];
  for (const p of byHeight) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0].y - p.y) < ROW_TOLERANCE * Math.min(row[0].size, p.size)) row.push(p);
    else rows.push([p]);
  }
  for (const r of rows) r.sort((a, b) => a.x - b.x);
  return rows;
}

const startsCell = (prev: Placed, p: Placed): boolean => p.x - prev.end > CELL_GAP * Math.min(prev.size, p.size);

function cellCount(row: Placed[]): number {
  let n = 1;
  for (let i = 1; i < row.length; i++) if (startsCell(row[i - 1], row[i])) n++;
  return n;
}

/** Whether a page's rows make it a table's page. */
export function isTablePage(rows: Placed[][]): boolean {
  return rows.filter((r) => cellCount(r) >= TABLE_MIN_CELLS).length >= TABLE_MIN_ROWS;
}

/** One row written in fixed-width columns, LAYOUT_SPACE for the layout's spaces. */
function writeRow(row: Placed[], left: number): string {
  let out = '';
  for (let i = 0; i < row.length; i++) {
    const p = row[i];
    const column = Math.max(0, Math.round((p.x - left) / (CHAR_WIDTH * p.size)));
    if (i === 0) out = LAYOUT_SPACE.repeat(column);
    else if (startsCell(row[i - 1], p)) out += LAYOUT_SPACE.repeat(Math.max(MIN_CELL_SPACES, column - out.length));
    else if (p.x - row[i - 1].end > 0.15 * p.size && !out.endsWith(' ') && !p.text.startsWith(' ')) out += ' ';
    out += p.text;
  }
  return out;
}

/**
 * A page's items, a table's page laid out in rows (one item a row, ending its line); any other
 * page's as they are.
 */
export function layOutTablePage<T extends LayoutItem>(items: T[]): T[] {
  const texts = items.map((it) => placed(it)).filter((p): p is Placed<T> => p !== undefined);
  const rows = rowsOf(texts);
  if (!isTablePage(rows)) return items;
  // A loop, not Math.min(...): a hostile page may hold more items than a call takes arguments.
  let left = Infinity;
  for (const p of texts) left = Math.min(left, p.x);
  return rows.map((row) => ({ ...row[0].item, str: writeRow(row, left), hasEOL: true, width: row[row.length - 1].end - row[0].x }));
}
