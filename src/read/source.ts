/**
 * From the bytes of one input to a SourceDoc: decode (text) or extract (PDF), split into lines
 * with provenance, and run the normalising stages in their fixed order.
 */
import { createHash } from 'node:crypto';
import type { Line, SourceDoc, SourceInfo } from '../model.js';
import { InputError } from '../errors.js';
import { toLines } from '../normalize/unicode.js';
import { isSavedMail, mailText } from './mail.js';
import { removeReviewMarks } from '../normalize/review-marks.js';
import { removeWebChrome } from '../normalize/web-chrome.js';
import { removeFurniture } from '../normalize/furniture.js';
import { splitHeaderColumns } from '../normalize/columns.js';
import { untable } from '../normalize/tables.js';
import { unmatrix } from '../normalize/matrix.js';
import { dropFalseBreaks } from '../normalize/paragraphs.js';
import { dropSpecks } from '../normalize/specks.js';
import { decodeText } from './text.js';
import { PARAGRAPH_MARK, readPdfText } from './pdf.js';
import { LAYOUT_SPACE } from './pdf-table-layout.js';
import { MIN_CSV_COLUMNS, csvLines, csvSeparator } from './csv.js';
import { readDocxText } from './docx.js';
import { ocrIfNeeded, pageList, type OcrOptions } from './ocr.js';
import { checkTextSize, MAX_TEXT_CHARS, tooLarge } from './limits.js';

export interface ReadOptions {
  /** OCR of PDF pages without a text layer (off when no engine is given). */
  ocr?: OcrOptions;
  /** Notes for the analyst (the round's warnings). */
  warn?: (message: string) => void;
}

export interface RawInput {
  /** The path as the user gave it ("-" for stdin). */
  path: string;
  bytes: Uint8Array;
}

/** The normalising stages, in order. Each takes content lines and returns content lines. */
export const NORMALIZE: Array<(doc: SourceDoc) => SourceDoc> = [
  function specks(doc) {
    return { ...doc, lines: dropSpecks(doc.lines) };
  },
  function headerColumns(doc) {
    return { ...doc, lines: splitHeaderColumns(doc.lines) };
  },
  function furniture(doc) {
    const { lines, furniture } = removeFurniture(doc.lines);
    return { ...doc, lines, furniture: [...doc.furniture, ...furniture] };
  },
  function reviewMarks(doc) {
    const { lines, furniture } = removeReviewMarks(doc.lines);
    return { ...doc, lines, furniture: [...doc.furniture, ...furniture] };
  },
  function webChrome(doc) {
    const { lines, furniture } = removeWebChrome(doc.lines);
    return { ...doc, lines, furniture: [...doc.furniture, ...furniture] };
  },
  function matrices(doc) {
    const { lines, furniture } = unmatrix(doc.lines, doc.furniture);
    return { ...doc, lines, furniture: [...doc.furniture, ...furniture] };
  },
  function tables(doc) {
    return { ...doc, lines: untable(doc.lines) };
  },
  function falseBreaks(doc) {
    return { ...doc, lines: dropFalseBreaks(doc.lines) };
  },
];

export type InputKind = 'text' | 'pdf' | 'docx' | 'round';

export function inputKind(input: RawInput): InputKind {
  const ext = /\.([^.\\/]+)$/.exec(input.path)?.[1]?.toLowerCase();
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx' || ext === 'doc' || ext === 'docm') return 'docx';
  if (ext === 'json') return 'round';
  if (ext === 'txt' || ext === 'text' || ext === 'md' || ext === 'csv' || ext === 'tsv') return 'text';
  const head = Buffer.from(input.bytes.subarray(0, 1024)).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\x03\x04') && head.includes('word/')) return 'docx';
  if (/^\s*\{/.test(head) && head.includes('remiss-round/')) return 'round';
  return 'text';
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * A PDF page's lines: a paragraph mark (src/read/pdf.ts) is a blank line that takes no number, so
 * that a line's number is its place among the printed lines of the page, as before.
 */
function pdfLinesOf(text: string, page: number, source: number): Line[] {
  const out: Line[] = [];
  let n = 0;
  // A table's page is written in columns (src/read/pdf-table-layout.ts): a row's layout spaces
  // before its first cell are its indent, as in a text file.
  const indents = text.includes(LAYOUT_SPACE) ? text.replace(/\r\n?/g, '\n').split('\n').map(leadingLayout) : [];
  toLines(text.replaceAll(LAYOUT_SPACE, ' ').replaceAll(PARAGRAPH_MARK, '\u0000')).forEach((t, i) => {
    if (t === '\u0000') out.push({ text: '', page, line: n + 1, source });
    else {
      const line: Line = { text: t.replaceAll('\u0000', ''), page, line: ++n, source };
      if (indents[i] > 0 && line.text !== '') line.indent = indents[i];
      out.push(line);
    }
  });
  return out;
}

/** How many layout spaces a line starts with. */
function leadingLayout(line: string): number {
  let n = 0;
  while (line[n] === LAYOUT_SPACE) n++;
  return n;
}

function linesOf(texts: string[], page: number | null, first: number, source: number): Line[] {
  return texts.map((text, i) => ({ text, page, line: first + i, source }));
}

export async function readSource(input: RawInput, index: number, options: ReadOptions = {}): Promise<SourceDoc> {
  const kind = inputKind(input);
  let info: SourceInfo;
  let lines: Line[];
  // Lines read and kept apart from the start (a CSV export's metadata cells).
  let furniture: Line[] = [];
  if (kind === 'pdf') {
    const extracted = await readPdfText(input.bytes, input.path);
    const { pages, ocrPages, unread, why } = await ocrIfNeeded(input.path, input.bytes, extracted.pages, options.ocr);
    if (unread.length > 0) options.warn?.(`${input.path}: ${pageList(unread)} saknar textlager och lästes inte: ${why}`);
    checkTextSize(input.path, pages.reduce((n, p) => n + p.length, 0));
    lines = [];
    // Lines are numbered from the top of each page, where an analyst looking at page 15 counts.
    pages.forEach((text, p) => lines.push(...pdfLinesOf(text, p + 1, index)));
    if (!lines.some((l) => /\p{L}{2}/u.test(l.text))) throw new InputError(input.path, 'PDF-filens text innehåller inga ord');
    // OCR'd pages are marked as such: their text carries OCR's damage (see looksOcr).
    info = { path: input.path, kind: ocrPages.length > 0 ? 'ocr' : 'pdf', pages: pages.length, ...(ocrPages.length > 0 && ocrPages.length < pages.length ? { ocrPages } : {}), sha256: sha256(input.bytes) };
  } else if (kind === 'docx') {
    const text = await readDocxText(input.bytes, input.path);
    if (!/\p{L}{2}/u.test(text)) throw new InputError(input.path, 'Word-dokumentet innehåller ingen text');
    checkTextSize(input.path, text.length);
    lines = linesOf(toLines(text), null, 1, index);
    info = { path: input.path, kind: 'docx', sha256: sha256(input.bytes) };
  } else if (kind === 'text') {
    // UTF-8 takes at most 4 bytes a character: more bytes than that cannot be under the limit.
    if (input.bytes.length > 4 * MAX_TEXT_CHARS) throw tooLarge(input.path, input.bytes.length, 'bytes');
    const decoded = decodeText(input.bytes, input.path);
    // A saved e-mail is read as its client shows it (src/read/mail.ts).
    const text = isSavedMail(decoded.text) ? mailText(decoded.text) : decoded.text;
    const { encoding } = decoded;
    checkTextSize(input.path, text.length);
    const sep = mayBeCsv(input.path, text) ? csvSeparator(text) : undefined;
    if (sep !== undefined) {
      // A survey's export: each row read as the form it is (src/read/csv.ts), each line cleaned as
      // a text's are (NFC, no invisible characters, odd spaces as spaces).
      const csv = csvLines(text, sep, index);
      const clean = (l: Line): Line => ({ ...l, text: toLines(l.text)[0] ?? '' });
      lines = csv.lines.map(clean);
      furniture = csv.furniture.map(clean);
      info = { path: input.path, kind: 'text', encoding, sha256: sha256(input.bytes) };
    } else {
      lines = linesOf(toLines(text), null, 1, index);
      markSheets(text, lines);
      markLayout(text, lines);
      info = { path: input.path, kind: looksOcr(lines) ? 'ocr' : 'text', encoding, sha256: sha256(input.bytes) };
    }
  } else {
    throw new InputError(input.path, 'en omgångsfil kan inte läsas som ett remissvar här');
  }
  let doc: SourceDoc = { info, lines, furniture };
  for (const stage of NORMALIZE) doc = stage(doc);
  return doc;
}

/** A file named as a CSV export, or a text whose first line holds a separator a few times and asks. */
function mayBeCsv(path: string, text: string): boolean {
  if (/\.(?:csv|tsv)$/iu.test(path)) return true;
  const first = text.slice(0, Math.max(0, text.indexOf('\n'))).slice(0, 4000);
  return first.includes('?') && [';', '\t'].some((sep) => first.split(sep).length > MIN_CSV_COLUMNS);
}

/**
 * Each text line's indent (leading spaces, a tab as eight), for tables in fixed-width columns, and
 * the cells of a row a word processor's table gave as text (tabs between them: "Fråga 2⇥Nämnden
 * anser …", "Kommunstyrelsen⇥" with its last cell empty), which the text itself keeps as one space.
 */
function markLayout(text: string, lines: Line[]): void {
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length && i < raw.length; i++) {
    const m = /^[ \t\f]+/u.exec(raw[i]);
    if (m && lines[i].text !== '') lines[i].indent = m[0].replace(/\t/g, '        ').replace(/\f/g, '').length;
    // A row's last cell may be empty ("Fritidsnämnden⇥", a rank not given): the tab still sets it apart.
    const cells = withoutSpacesAround(raw[i]).replace(/^\t+/u, '').split(/\t+/u).map((c) => c.trim());
    if (cells.length >= 2 && cells[0] !== '' && cells.slice(1, -1).every((c) => c !== '')) lines[i].cells = cells;
  }
}

/**
 * A line without the spaces and form feeds at its ends, its tabs kept (a last cell left empty).
 * A loop, not /[ \f]+$/: that pattern tries again from every space of a long run inside the line,
 * which is quadratic (a line of 200 kB of spaces: test/robustness/hostile.test.ts).
 */
function withoutSpacesAround(line: string): string {
  let a = 0;
  let b = line.length;
  while (a < b && (line[a] === ' ' || line[a] === '\f')) a++;
  while (b > a && (line[b - 1] === ' ' || line[b - 1] === '\f')) b--;
  return line.slice(a, b);
}

/**
 * A text export of a paged document keeps its page breaks as form feeds: each line gets the sheet
 * it is on, so that running headers and footers are found as in a PDF. Its `page` stays null: the
 * analyst looks the line up in the text file.
 */
function markSheets(text: string, lines: Line[]): void {
  if (!text.includes('\f')) return;
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  let sheet = 1;
  for (let i = 0; i < lines.length && i < raw.length; i++) {
    // A form feed at the start of a line puts that line on the next sheet.
    for (const c of raw[i]) if (c === '\f') sheet++;
    lines[i].sheet = sheet;
  }
}

/**
 * OCR'd Swedish text shows few å/ä/ö and many OCR substitutes (é, digits inside words). Only
 * informative (SourceInfo.kind); matching is tolerant either way.
 */
function looksOcr(lines: Line[]): boolean {
  let swedish = 0;
  let substitutes = 0;
  for (const l of lines.slice(0, 2000)) {
    swedish += (l.text.match(/[åäöÅÄÖ]/g) ?? []).length;
    substitutes += (l.text.match(/\p{L}[641]\p{L}|é/gu) ?? []).length;
  }
  return substitutes > 20 && substitutes > swedish;
}
