/**
 * Splits the two columns of a page's header into lines of their own. A letterhead or a minutes
 * extract sets its header in two columns ("Fritidsnämnden          Sammanträdesdatum 2026-09-17",
 * "MALMÖ STAD          PROTOKOLLSUTDRAG"), and a text export keeps them on one line, far apart. Read
 * as one line, the organ's name and the date make a name no one wrote, and a running header
 * ("MALMÖ STAD") is never seen to repeat. Only the lines at a page's top and bottom (a text of no
 * pages: its first lines) are split, and
 * only into two short parts: a table row in the body is left to the table stage, and so is a row
 * of two cells at a page's bottom under a row of three or more (a table running to the page's end).
 */
import type { Line } from '../model.js';
import { loadData } from '../data.js';
import { fold } from './fold.js';
import { letterRegExp } from './letters.js';
import { escapeRegex } from './ocr.js';

/** A gap of this many spaces or more parts two columns. */
export const COLUMN_GAP = 6;
/** Lines with text at the top of a page that may be its header. */
export const HEADER_LINES = 5;
/** Lines with text at the bottom of a page that may be its footer. */
export const FOOTER_LINES = 2;
/** Each column is short: a name, a date, a page number. */
export const MAX_COLUMN_CHARS = 70;

const GAP = letterRegExp(` {${COLUMN_GAP},}|\\t+`, 'gu');

/** The two columns of a line, or undefined when it is not two short columns. */
export function columnsOf(text: string): [string, string] | undefined {
  const t = text.trim();
  const parts = t.split(GAP);
  if (parts.length !== 2) return undefined;
  const [a, b] = parts.map((p) => p.trim());
  if (a === '' || b === '' || a.length > MAX_COLUMN_CHARS || b.length > MAX_COLUMN_CHARS) return undefined;
  // "Från:      Johansson Maria <…>", "Datum:      2026-08-21": a field's label and its value, set
  // apart as a mail's or a form's header sets them, are one line.
  if (a.endsWith(':')) return undefined;
  return [a, b];
}

let joined: { reference: RegExp; bareReference: RegExp; letterhead: RegExp; title: RegExp; capsTitle: RegExp; paged: RegExp; particle: RegExp } | undefined;

/**
 * Columns a PDF reader has already joined with one space (pdf.js does): a name before a date or
 * diary line ("Fritidsnämnden Sammanträdesdatum 2026-09-17"), or the organisation's letterhead
 * before the document's title ("MALMÖ STAD PROTOKOLLSUTDRAG"). The words are data: the reference
 * words of structure.json and the letterheads of furniture.json.
 */
export function joinedColumnsOf(text: string): [string, string] | undefined {
  if (!joined) {
    const refs = loadData<{ referenceLines: string[] }>('lexicon/structure.json').referenceLines.map((w) =>
      w.startsWith('*') ? `\\p{L}*${w.slice(1)}` : w,
    );
    const { letterhead: heads, header: titles, attachment, pageNumber } = loadData<{ letterhead: string[]; header: string[]; attachment: string; pageNumber: string[] }>('lexicon/furniture.json');
    joined = {
      // A name, then the document's title set in the right column: "MKB Fastighet AB PROTOKOLLSUTDRAG",
      // "Fritidsförvaltningen Tjänsteskrivelse", "MKB Fastighet AB Bilaga till § 9".
      title: letterRegExp(`^(\\p{Lu}.{1,60}?)\\s+((?:${titles.join('|')}|${attachment}))$`, 'iu'),
      // A name of at most six words with no digit, then a reference word and a number.
      reference: letterRegExp(`^(\\p{Lu}[^\\d]{1,60}?)\\s+((?:${refs.join('|')})\\b[^\\d]{0,20}\\d.*)$`, 'iu'),
      // … or the reference word alone, its value on the line below ("Fritidsnämnden Sammanträdesdatum" / "2026-03-24").
      bareReference: letterRegExp(`^(\\p{Lu}[^\\d]{1,60}?)\\s+((?:${refs.join('|')}):?)$`, 'iu'),
      // Not before a column rule ("Malmö stad | Fritidsnämnden"): the line is read as columns whole (nameOfHeading).
      letterhead: letterRegExp(`^((?:${heads.join('|')}))\\s+([^\\s|].*)$`, 'u'),
      capsTitle: capsTitlePattern(),
      // A name, then the page's number in words ("GYMNASIE- OCH VUXENUTBILDNINGSNÄMNDEN Sida 1 (3)"):
      // the page numbers of furniture.json that name a page (a bare number may end a name).
      paged: letterRegExp(`^(\\p{Lu}[^\\d]{1,60}?)\\s+((?:${pageNumber.filter((p) => /[a-z]{3}/u.test(p)).join('|') || '(?!)'}))$`, 'iu'),
      // A name ends in no small word of a name ("Remiss och SVAR" is no name and a title).
      particle: letterRegExp(`\\s(?:${loadData<{ nameParticles: string[] }>('lexicon/structure.json').nameParticles.join('|')})$`, 'iu'),
    };
  }
  const t = text.trim();
  const r = joined.reference.exec(t) ?? joined.bareReference.exec(t);
  // A column starts with a capital; "Direktionen, sammanträdesdatum …" is one phrase.
  if (r && r[1].split(/\s+/).length <= 6 && /^\p{Lu}/u.test(r[2]) && !/,$/u.test(r[1])) return [r[1], r[2]];
  const d = joined.title.exec(fold(t));
  if (d && fold(t).length === t.length) return [t.slice(0, d[1].length).trim(), t.slice(d[1].length).trim()];
  const folded = fold(t);
  const l = joined.letterhead.exec(folded);
  if (l && folded.length === t.length) return [t.slice(0, l[1].length).trim(), t.slice(l[1].length).trim()];
  const p = joined.paged.exec(t);
  if (p) return [p[1].trim(), p[2].trim()];
  const c = joined.capsTitle.exec(t);
  if (c && /^\p{Lu}/u.test(c[1]) && !joined.particle.test(c[1]) && !opensCompilation(t)) return [c[1].trim(), c[2].trim()];
  return undefined;
}

/**
 * The sender's name, then the kind of document in capitals, as a letterhead sets them in two
 * columns and a PDF reader joins them: "VALLBY KOMMUN YTTRANDE", "Vallby kommun
 * SAMMANTRÄDESPROTOKOLL", "Två kommuner GEMENSAMT YTTRANDE". The kinds are the answer titles and
 * document kinds of structure.json, with the words that may qualify them (titleQualifiers); only
 * in capitals, as a title set apart ("Yttrande" in a sentence is a word of it).
 */
function capsTitlePattern(): RegExp {
  const f = loadData<{ answerTitle: { documents: string[] }; documentKinds: string[]; titleQualifiers?: string[] }>('lexicon/structure.json');
  const caps = (words: string[]): string => [...new Set(words.map((w) => w.toUpperCase()))].map(escapeRegex).join('|');
  const kinds = caps([...f.answerTitle.documents, ...f.documentKinds]);
  const qualifiers = caps(f.titleQualifiers ?? []);
  return letterRegExp(`^(.*?[\\p{L}\\p{N})])\\s+((?:(?:${qualifiers || '(?!)'})\\s+)?(?:${kinds}))$`, 'u');
}

let compilation: string[] | undefined;

/**
 * A heading of the compilation itself ("INKOMNA REMISSVAR", "SAMMANSTÄLLNING AV INKOMNA
 * YTTRANDEN"; sections.json compilation): one title, not a name beside the document's kind.
 */
function opensCompilation(text: string): boolean {
  compilation ??= loadData<{ compilation: string[] }>('lexicon/sections.json').compilation.map((p) => fold(p));
  const f = fold(text.trim()).replace(/\s+/gu, ' ');
  return compilation.some((p) => f.startsWith(p) && !/^[\p{L}\p{N}]/u.test(f.slice(p.length)));
}

/** Columns of a table's row: a name and two answers, where a header has two. */
export const TABLE_COLUMNS = 3;

/** Whether the line with text above line i (across blank lines) is a table's row: line i, at a page's bottom, is the table run on. */
function underTableRow(lines: Line[], i: number): boolean {
  let above = i - 1;
  while (above >= 0 && lines[above].text === '') above--;
  return above >= 0 && lines[above].text.trim().split(GAP).length >= TABLE_COLUMNS;
}

export function splitHeaderColumns(lines: Line[]): Line[] {
  // The lines with text of each page (a PDF page, or a sheet of a text file with form feeds).
  const byPage = new Map<number, number[]>();
  lines.forEach((l, i) => {
    const page = l.page ?? l.sheet;
    if (page === undefined || page === null || l.text === '') return;
    const list = byPage.get(page) ?? [];
    list.push(i);
    byPage.set(page, list);
  });
  const edge = new Set<number>();
  // A text of no pages is one, whose head is a page's top ("GYMNASIE- OCH VUXENUTBILDNINGSNÄMNDEN
  // Sida 1 (3)" far apart); its end is no page's foot (a signature's name and title).
  const paged = byPage.size > 0;
  if (!paged) {
    const top = lines.flatMap((l, i) => (l.text === '' ? [] : [i])).slice(0, HEADER_LINES);
    if (top.length === 0) return lines;
    byPage.set(0, top);
  }
  for (const list of byPage.values()) {
    for (const i of list.slice(0, HEADER_LINES)) edge.add(i);
    if (paged) for (const i of list.slice(-FOOTER_LINES)) if (!underTableRow(lines, i)) edge.add(i);
  }
  const out: Line[] = [];
  lines.forEach((l, i) => {
    const cols = edge.has(i) ? (columnsOf(l.text) ?? joinedColumnsOf(l.text)) : undefined;
    if (!cols) {
      out.push(l);
      return;
    }
    // Both keep the line's place in the source: a quote from either still points at that line.
    const second = l.text.indexOf(cols[1], l.text.indexOf(cols[0]) + cols[0].length);
    out.push({ ...l, text: cols[0], offset: Math.max(0, l.text.indexOf(cols[0])) });
    out.push({ ...l, text: cols[1], offset: Math.max(0, second) });
  });
  return out;
}
