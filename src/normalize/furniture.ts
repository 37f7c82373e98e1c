/**
 * Removes page furniture — running headers ("Malmö stad", "Malmao stad" in OCR) and page numbers
 * ("12 (85)", "5 (31)") — from the content lines and keeps it apart as provenance. Patterns are
 * data (data/lexicon/furniture.json); in addition, a short line that starts or ends most pages of
 * a PDF is furniture whatever it says.
 */
import type { Line } from '../model.js';
import { loadData } from '../data.js';
import { fold, withoutColon } from './fold.js';
import { letterRegExp } from './letters.js';
import { turnHeads } from './transcript.js';
import { DIARY_NUMBER } from './diary.js';

interface FurnitureLexicon {
  contentsLabels?: string[];
  pageNumber: string[];
  header: string[];
  letterhead: string[];
  minRecurring: number;
  stampWords?: string[];
  stampDiaryWords?: string[];
}

/** An arrival stamp is short: at most this many characters. */
export const MAX_STAMP_CHARS = 120;

let stampPattern: RegExp | undefined;

/**
 * A registry's arrival stamp ("Stadskontoret  Inkom 2026-03-04  Dnr KS-2026-0412"): a stamp word
 * right before a date, on a short line that is no sentence.
 */
export function isStamp(text: string, labelled = false): boolean {
  const t = text.trim();
  // A labelled field ("Inkom: 2026-02-19 (e-post)") is a record's, kept as text — unless it is a
  // column of a page's header set beside a name (`labelled`), as a stamp's is.
  if (t.length > MAX_STAMP_CHARS || !/\d{4}-\d{2}-\d{2}/u.test(t) || /[.!?]$/u.test(t) || (!labelled && /^\p{L}+\s*:/u.test(t))) return false;
  stampPattern ??= letterRegExp(
    `(?<![\\p{L}])(?:${(loadData<FurnitureLexicon>('lexicon/furniture.json').stampWords ?? []).map(fold).join('|') || '(?!)'})\\s*:?\\s*\\d{4}-\\d{2}-\\d{2}(?!\\d)`,
    'u',
  );
  // A note in brackets after a name ("4.2 Föreningen X (inkom 2026-03-26 via e-post)") dates a heading; it is no stamp.
  return stampPattern.test(fold(t.replace(/\([^()]*\)/gu, ' ')));
}

let stampDiaryPattern: RegExp | undefined;

/**
 * The line under a stamp that is the stamp's too ("Kommunstyrelsen   Dnr KS-2026-0412-9"): the
 * receiving register and the number it gave, short and no sentence (furniture.json stampDiaryWords).
 */
export function isStampDiaryLine(text: string): boolean {
  const t = text.trim();
  if (t.length > MAX_STAMP_CHARS || /[.!?]$/u.test(t)) return false;
  stampDiaryPattern ??= letterRegExp(
    `(?<![\\p{L}])(?:${(loadData<FurnitureLexicon>('lexicon/furniture.json').stampDiaryWords ?? []).map(fold).join('|') || '(?!)'})\\.?\\s*:?\\s*\\p{L}{0,8}[- ]?\\d+[-/.]\\d`,
    'u',
  );
  return stampDiaryPattern.test(fold(t));
}

let patterns: { line: RegExp; token: RegExp; letterhead: RegExp; minRecurring: number } | undefined;

function compiled(): { line: RegExp; token: RegExp; letterhead: RegExp; minRecurring: number } {
  if (!patterns) {
    const lex = loadData<FurnitureLexicon>('lexicon/furniture.json');
    const num = lex.pageNumber.join('|');
    const head = [...lex.header, ...lex.letterhead].join('|');
    // A whole line of header words and page numbers, in any order ("Malmö stad 12 (82)").
    const piece = `(?:${head}|${num})`;
    patterns = {
      line: letterRegExp(`^\\s*${piece}(?:\\s+${piece})*\\s*$`, 'u'),
      // "2 (4)", "sida 3 av 10": the page numbers a running header carries.
      token: letterRegExp(`(?:^|\\s)(?:${lex.pageNumber[0]}|${lex.pageNumber[1]})(?:\\s|$)`, 'u'),
      letterhead: letterRegExp(`^(?:${lex.letterhead.join('|')})$`, 'u'),
      minRecurring: lex.minRecurring,
    };
  }
  return patterns;
}

/** An organisation's name alone on its line ("Malmö stad"): furniture only where it recurs. */
function bareLetterhead(text: string): string | undefined {
  const f = fold(text.trim()).replace(/\s+/g, ' ');
  return compiled().letterhead.test(f) ? f : undefined;
}

/** Whether one line, on its own, is page furniture. */
export function isFurniture(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  // Furniture is a few words or carries a page number; a line of prose is neither (cheap test first).
  if (!/\d/.test(t) && t.split(' ', 6).length > 5) return false;
  const f = fold(t).replace(/\s+/g, ' ');
  const p = compiled();
  if (p.line.test(f)) return true;
  // pdf-parse joins far-apart items with a tab (now a space run): "11 (85)   Justerandes signatur".
  return /\s{2,}/.test(t) && p.token.test(f) && t.length <= 80;
}

/** How many lines at the top of a page a running header may take. */
export const EDGE_LINES = 3;
/** A page needs this many lines before more than its first and last line are taken for its edges. */
export const MIN_LINES_FOR_DEEP_EDGES = 12;

/**
 * A running header or footer is at most this long, its runs of spaces counted as one: a footer may
 * name the document and its page ("Remissammanställning – Ds 2026:14 Ett samlat ansvar
 * (Ju2026/01234) 8 (14)"), a header set in three columns the office, the document and its diary
 * number ("Malmö stad | Stadskontoret    Sammanställning av remissvar – …    Dnr STK-2026-00417").
 */
export const MAX_EDGE_CHARS = 140;

/** Short lines among the first or last lines of at least half of the pages (and 3+ pages): running headers and footers. */
function repeatedEdges(lines: Line[]): Set<string> {
  const byPage = new Map<number, Line[]>();
  for (const l of lines) {
    const page = l.page ?? l.sheet;
    if (page === undefined || page === null || l.text === '') continue;
    const list = byPage.get(page) ?? [];
    list.push(l);
    byPage.set(page, list);
  }
  if (byPage.size < 3) return new Set();
  const counts = new Map<string, number>();
  // Edges holding a diary number ("Stadskontoret   STK-2026-00412"): a matter's running header
  // even where it heads fewer than half of the pages (a page of a compilation may hold nothing but
  // a footer); no answer's text repeats the matter's number at the top of three pages.
  const diary = new Set<string>();
  for (const list of byPage.values()) {
    // A running header may be two or three lines ("Malmö stad" / "Stadskontoret" / the title).
    // On a short page the lines near the edges are its content: only the very first and last count.
    const reach = list.length >= MIN_LINES_FOR_DEEP_EDGES ? EDGE_LINES : 1;
    const edges = new Map([...list.slice(0, reach), ...list.slice(-Math.min(reach, 2))].map((l) => [fold(l.text).replace(/\d+/g, '#'), l.text] as const));
    for (const [e, text] of edges) {
      if (e.replace(/\s+/gu, ' ').trim().length > MAX_EDGE_CHARS) continue;
      counts.set(e, (counts.get(e) ?? 0) + 1);
      if (DIARY_NUMBER.test(text)) diary.add(e);
    }
  }
  const out = new Set<string>();
  for (const [k, n] of counts) if (n >= 3 && (n >= byPage.size / 2 || diary.has(k))) out.add(k);
  return out;
}

/** A letterhead line is short: at most this many characters and words, and no sentence. */
export const MAX_HEAD_LINE_CHARS = 60;
export const MAX_HEAD_LINE_WORDS = 6;
/** The letterhead a later page repeats is at most this many lines of the source's first block. */
export const MAX_HEAD_LINES = 6;

const headLike = (text: string): boolean => {
  const t = text.trim();
  return t.length <= MAX_HEAD_LINE_CHARS && t.split(/\s+/u).length <= MAX_HEAD_LINE_WORDS && !/[.!?:;,]$/u.test(t);
};
const sameLine = (text: string): string => fold(text.trim()).replace(/\s+/gu, ' ');

/**
 * The source's letterhead repeated atop its later pages: a letter of two or three pages has its
 * head ("VALLBY KOMMUN" / "YTTRANDE" / "Miljö- och byggnämnden" / "Datum …") again on every page —
 * too few pages for a running header to show by recurring (repeatedEdges). The head is the
 * source's first block of short lines (up to the first blank line or sentence); at the start of
 * each later page, the lines that repeat it are furniture, and the first one that does not ends
 * the header. A page starts where its number changes, or, in text that kept no pages, after a
 * page-number line ("Sida 1 av 2", "… 1 (3)"). The head itself stays: it names the sender.
 */
function repeatedHead(lines: Line[], pageNumbered: (i: number) => boolean): Set<number> {
  const head = new Set<string>();
  const first = lines.findIndex((l) => l.text.trim() !== '');
  if (first < 0) return new Set();
  for (let i = first; i < lines.length && head.size < MAX_HEAD_LINES; i++) {
    const t = lines[i].text;
    if (t.trim() === '' || !headLike(t) || pageNumbered(i)) break;
    head.add(sameLine(t));
  }
  const out = new Set<number>();
  if (head.size === 0) return out;
  let prev = first;
  for (let i = first + 1; i < lines.length; i++) {
    if (lines[i].text.trim() === '') continue;
    const p = lines[prev];
    const newPage = lines[i].page !== null && p.page !== null ? lines[i].page !== p.page : pageNumbered(prev);
    prev = i;
    if (!newPage) continue;
    for (let k = i; k < lines.length; k++) {
      if (lines[k].text.trim() === '') continue;
      if (!head.has(sameLine(lines[k].text)) || lines[k].page !== lines[i].page) break;
      out.add(k);
    }
  }
  return out;
}

/**
 * A table of contents' entry: a title, leader dots (at least four, spaced or not, or "…") and a
 * page number. Each space between dots can be read one way only (no backtracking blow-up on a
 * long run of ". . ."), and only short lines are tried.
 */
const CONTENTS_ENTRY = /^\S.{0,150}?\s*(?:(?:\.\s?){4,}|(?:…\s?){2,})\s*\d{1,4}$/u;
/** The longest line read as a contents entry. */
export const MAX_CONTENTS_ENTRY_CHARS = 250;

/**
 * A document's table of contents ("Innehåll" / "3.2 Styrning och samordning ........ 4"): its
 * entries are the document's chapter titles again, with page numbers — furniture, never headings
 * (or a chapter would be read twice, once as an empty section). Its label with the entries.
 */
export function contentsLines(lines: Line[]): Set<number> {
  const out = new Set<number>();
  let labels: Set<string> | undefined;
  // An index loop and plain searches first: run over every line of every source, cold.
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].text;
    if (!(raw.includes('....') || raw.includes('. . .') || raw.includes('……'))) continue;
    const t = raw.trim();
    if (t.length > MAX_CONTENTS_ENTRY_CHARS || !CONTENTS_ENTRY.test(t)) continue;
    out.add(i);
    // The label above the first entry, blank lines between allowed.
    let k = i - 1;
    while (k >= 0 && lines[k].text.trim() === '') k--;
    labels ??= new Set(loadData<FurnitureLexicon>('lexicon/furniture.json').contentsLabels ?? []);
    if (k >= 0 && labels.has(withoutColon(fold(lines[k].text.trim())))) out.add(k);
  }
  for (const i of labelledContents(lines)) out.add(i);
  return out;
}

/** A contents entry without leader dots: a title, then a tab or a space and its page number (Word's table of contents as text, and as a PDF sets it). */
const PLAIN_CONTENTS_ENTRY = /^\S.{0,150}?\s\d{1,4}$/u;
/** The fewest entries under a label read as a table of contents. */
export const MIN_PLAIN_CONTENTS_ENTRIES = 3;

/**
 * A table of contents without leader dots ("Innehåll" / "3.1 Miljönämnden⇥3" / "Yttrande från
 * Servicenämnden⇥4"): only right under its label, each entry a title and a page number, the numbers
 * never going down — a list of names with ranks or counts under another label stays text.
 */
function labelledContents(lines: Line[]): number[] {
  const labels = new Set(loadData<FurnitureLexicon>('lexicon/furniture.json').contentsLabels ?? []);
  // The labels' first letters (folded) and their longest length: plain checks first, as this runs over every line, cold.
  const firsts = new Set([...labels].map((l) => l[0]));
  const longest = Math.max(0, ...[...labels].map((l) => l.length)) + 1;
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (t.length === 0 || t.length > longest || !firsts.has(fold(t[0])) || !labels.has(withoutColon(fold(t)))) continue;
    const entries: number[] = [];
    let page = 0;
    for (let k = i + 1; k < lines.length; k++) {
      const e = lines[k].text.trim();
      if (e === '' && entries.length === 0) continue;
      if (e.length > MAX_CONTENTS_ENTRY_CHARS || !PLAIN_CONTENTS_ENTRY.test(e)) break;
      const n = Number(/\d+$/u.exec(e)![0]);
      if (n < page) break;
      page = n;
      entries.push(k);
    }
    if (entries.length >= MIN_PLAIN_CONTENTS_ENTRIES) out.push(i, ...entries);
  }
  return out;
}

/**
 * A page's footer set in columns, the page number in one ("Kulturförvaltningen · Malmö stad
 * Sida 1 (2)", split into two lines of one line number by the column stage): the other column is
 * furniture too. Only at the foot of a page: below the page's first MAX_HEAD_LINES lines with text,
 * so that a letterhead beside the page number ("Kulturnämnden   1 (3)") stays. Short lines only.
 */
function footerColumns(lines: Line[], pageNumbered: (i: number) => boolean): Set<number> {
  const out = new Set<number>();
  let sincePage = 0;
  let page: number | null | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.text.trim() === '') continue;
    if (l.page !== page) {
      page = l.page;
      sincePage = 0;
    }
    sincePage++;
    if (!pageNumbered(i)) continue;
    if (sincePage > MAX_HEAD_LINES) {
      for (const j of [i - 1, i + 1]) {
        const o = lines[j];
        if (o && o.line === l.line && o.page === l.page && o.text.trim() !== '' && o.text.length <= MAX_EDGE_CHARS && !/[.!?]$/u.test(o.text.trim())) out.add(j);
      }
    }
    // In text that kept no pages, a page-number line ends the page.
    if (l.page === null) sincePage = 0;
  }
  return out;
}

/** At most this many lines stand between a footer's rule and its page-number line. */
export const MAX_RULED_FOOTER_LINES = 2;

/** A footer's rule: a line of underscores, dashes or equals signs. */
const FOOTER_RULE = /^[_\-–—=]{10,}$/u;

/**
 * A page's footer set off by a rule above it ("____" / "Grundskoleförvaltningen /
 * Gymnasie- och vuxenutbildningsförvaltningen" / "Malmö stad   Sida 1 av 2"): the lines from the
 * rule to the page number are furniture, once as well as on every page — a body named there is
 * the document's sender repeated, no heading.
 */
function ruledFooters(lines: Line[], pageNumbered: (i: number) => boolean): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    // The page number's line, or one that ends a short line ("Fritidsförvaltningen, Malmö stad Sida
    // 1 av 2", as a PDF reader joins the footer's columns).
    const t = lines[i].text.trim();
    // (Folded only where a number stands: this runs over every line, cold.)
    const numberedHere = pageNumbered(i) || (t.length > 0 && t.length <= MAX_EDGE_CHARS && /\d/u.test(t) && !/[.!?]$/u.test(t) && compiled().token.test(fold(t)));
    if (!numberedHere) continue;
    const above: number[] = [];
    for (let k = i - 1; k >= 0 && above.length <= MAX_RULED_FOOTER_LINES && lines[k].page === lines[i].page; k--) if (lines[k].text.trim() !== '') above.push(k);
    const rule = above.findIndex((k) => FOOTER_RULE.test(lines[k].text.trim()));
    if (rule < 0) continue;
    const between = above.slice(0, rule);
    if (between.some((k) => lines[k].text.length > MAX_EDGE_CHARS || /[.!?]$/u.test(lines[k].text.trim()))) continue;
    for (const k of above.slice(0, rule + 1)) out.add(k);
    out.add(i);
  }
  return out;
}

/** A running header that carries its page's number recurs at least this many times in a source. */
export const MIN_NUMBERED_HEADERS = 3;

/**
 * A running header with its page's number at its end ("Malmö stad, Stadskontoret 2 (4)", "…
 * Sida 3 av 9"): a short line, no sentence, that recurs MIN_NUMBERED_HEADERS times or more with
 * only its numbers changed — wherever it stands (a text's pages need not be the PDF's), and so
 * never a name ("Stadskontoret 2").
 */
function numberedRunningHeaders(lines: Line[]): Set<number> {
  const { token } = compiled();
  const byKey = new Map<string, number[]>();
  lines.forEach((l, i) => {
    const t = l.text.trim();
    if (t.length === 0 || t.length > MAX_EDGE_CHARS || /[.!?:;]$/u.test(t) || !/\d/u.test(t) || !token.test(fold(t))) return;
    const key = fold(t).replace(/\d+/gu, '#').replace(/\s+/gu, ' ');
    const list = byKey.get(key) ?? [];
    list.push(i);
    byKey.set(key, list);
  });
  const out = new Set<number>();
  for (const list of byKey.values()) if (list.length >= MIN_NUMBERED_HEADERS) for (const i of list) out.add(i);
  return out;
}

/** Whether one of the two nearest lines with text on either side of line i (blank lines skipped) is one `is` picks. */
function besideLine(lines: Line[], i: number, is: (k: number) => boolean): boolean {
  for (let k = i - 1, n = 0; k >= 0 && n < 2; k--) if (lines[k].text !== '' && (n++, is(k))) return true;
  for (let k = i + 1, n = 0; k < lines.length && n < 2; k++) if (lines[k].text !== '' && (n++, is(k))) return true;
  return false;
}

/**
 * A running header with no number of its own beside one that has it, in text that kept no pages
 * ("Stadskontoret, Malmö stad – Samordnad struktur …, dnr STK-2026-00187" under "Sammanställning
 * remissvar | sida 3 av 10"): a short line, no sentence, longer than a letterhead's line (a body's
 * name atop each page of its extract names it) or holding a diary number (src/normalize/diary.ts),
 * the same at least MIN_NUMBERED_HEADERS times, each time within two lines of a page number.
 */
function recurringBesideNumbers(lines: Line[], numbered: (i: number) => boolean): Set<number> {
  const byKey = new Map<string, number[]>();
  // The first page's head keeps its lines: beside the page number there stands the sender's name
  // ("Stadsbyggnadskontoret   Sida 1 av 3"), which the later pages repeat.
  let headLeft = MAX_HEAD_LINES;
  lines.forEach((l, i) => {
    const t = l.text.trim();
    if (t.length > 0 && headLeft > 0) {
      headLeft--;
      return;
    }
    // Longer than a letterhead's line: a body's name atop each page of its extract names the body.
    // A line with a diary number ("Sammanställning av remissvar · STK-2025-01432") names no body, however short.
    if (t.length === 0 || t.length > MAX_EDGE_CHARS || /[.!?:;]$/u.test(t) || (t.split(/\s+/u).length <= MAX_HEAD_LINE_WORDS && !DIARY_NUMBER.test(t))) return;
    // As written (no folding: this runs over every line, cold); a running header is printed the same each time.
    const key = t.replace(/\s+/gu, ' ');
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  const near = (i: number): boolean => besideLine(lines, i, numbered);
  const out = new Set<number>();
  for (const list of byKey.values()) {
    if (list.length >= MIN_NUMBERED_HEADERS && list.every((i) => numbered(i) || near(i))) for (const i of list) out.add(i);
  }
  return out;
}

/**
 * The lines of arrival stamps: each stamp line, and the diary line right below it
 * (isStampDiaryLine). A stamp set as a page header's right column ("MALMÖ STAD | Inkom:
 * 2026-08-21" over "Kommunstyrelsen | Dnr KS-2026-0412-9", split into lines by
 * src/normalize/columns.ts) takes the name beside it along: the receiving register, no sender.
 */
function stampLines(lines: Line[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    // Most lines are no stamp, labelled or not: their columns are not looked for.
    if (!isStamp(lines[i].text, true)) continue;
    const columns = columnsAround(lines, i);
    const split = columns.length > 1;
    if (!split && !isStamp(lines[i].text)) continue;
    for (const k of columns) out.add(k);
    let j = columns[columns.length - 1] + 1;
    while (j < lines.length && lines[j].text.trim() === '') j++;
    if (j >= lines.length || lines[j].page !== lines[i].page || lines[j].line - lines[i].line > 2) continue;
    const below = columnsAround(lines, j);
    if (below.some((k) => isStampDiaryLine(lines[k].text))) for (const k of split ? below : below.filter((k) => isStampDiaryLine(lines[k].text))) out.add(k);
  }
  return out;
}

/**
 * The lines split from one line of the source, its columns, around line i: the lines with text
 * beside it of the same source, page and line number (src/normalize/columns.ts writes them one
 * after another; a PDF's paragraph marks, blank, take the number of the line before them).
 */
function columnsAround(lines: Line[], i: number): number[] {
  const same = (k: number): boolean => k >= 0 && k < lines.length && lines[k].text.trim() !== '' && lines[k].line === lines[i].line && lines[k].page === lines[i].page && lines[k].source === lines[i].source;
  if (!same(i)) return [i];
  let a = i;
  let b = i;
  while (same(a - 1)) a--;
  while (same(b + 1)) b++;
  return Array.from({ length: b - a + 1 }, (_, n) => a + n);
}

/** Split lines into content and furniture. */
export function removeFurniture(lines: Line[]): { lines: Line[]; furniture: Line[] } {
  const repeated = repeatedEdges(lines);
  const letterheads = new Map<string, number>();
  for (const l of lines) {
    const b = l.text.length < 40 ? bareLetterhead(l.text) : undefined;
    if (b) letterheads.set(b, (letterheads.get(b) ?? 0) + 1);
  }
  const content: Line[] = [];
  const furniture: Line[] = [];
  // Each line read once as furniture on its own; a page-number line ("Sida 1 av 2", "… 1 (3)") is
  // one of those with a digit, asked of by several rules below.
  const alone = lines.map((l) => isFurniture(l.text));
  const pageNumbered = (i: number): boolean => alone[i] && /\d/.test(lines[i].text);
  // A page number near a line, or a line opening or closing a page: where running headers stand.
  const nearPageNumber = (i: number): boolean => besideLine(lines, i, pageNumbered);
  /** Which edge of its page a line stands at: 'top', 'bottom', or undefined. */
  const pageEdge = (i: number): 'top' | 'bottom' | undefined => {
    const l = lines[i];
    if (l.page === null) return undefined;
    const prev = lines.slice(Math.max(0, i - 3), i).filter((x) => x.text !== '');
    const next = lines.slice(i + 1, i + 4).filter((x) => x.text !== '');
    if (prev.every((x) => x.page !== l.page)) return 'top';
    return next.every((x) => x.page !== l.page) ? 'bottom' : undefined;
  };
  // How often each letterhead stands at the same edge of a page: a running header stands at the
  // top of several pages; a letter that opens with "Malmö stad" and is signed "Malmö stad" at the
  // foot of its last page has it once at each edge, and keeps both.
  const atEdge = new Map<string, number>();
  for (const [i, l] of lines.entries()) {
    const bare = l.text.length < 40 ? bareLetterhead(l.text) : undefined;
    const edge = bare ? pageEdge(i) : undefined;
    if (bare && edge) atEdge.set(`${bare}|${edge}`, (atEdge.get(`${bare}|${edge}`) ?? 0) + 1);
  }
  const head = repeatedHead(lines, pageNumbered);
  const footer = footerColumns(lines, pageNumbered);
  const ruled = ruledFooters(lines, pageNumbered);
  const contents = contentsLines(lines);
  const numberedHeaders = numberedRunningHeaders(lines);
  const besideNumbers = recurringBesideNumbers(lines, (i) => pageNumbered(i) || numberedHeaders.has(i));
  // A transcript's turn heads recur like a running header ("00:12:31" / "Karin Holm (Stadskontoret)"), and are its text.
  const turns = turnHeads(lines);
  const stamps = stampLines(lines);
  for (const [i, l] of lines.entries()) {
    if (turns.has(i)) {
      content.push(l);
      continue;
    }
    const edgeKey = repeated.size ? fold(l.text).replace(/\d+/g, '#') : '';
    const bare = l.text.length < 40 ? bareLetterhead(l.text) : undefined;
    // At a page's edge only where it stands at that edge of several pages: a respondent's name may open a page once.
    const recurring = bare ? (letterheads.get(bare) ?? 0) : 0;
    const edge = bare ? pageEdge(i) : undefined;
    const furnished = bare ? recurring >= compiled().minRecurring || nearPageNumber(i) || (edge !== undefined && (atEdge.get(`${bare}|${edge}`) ?? 0) >= 2) : alone[i];
    if (furnished || (edgeKey !== '' && repeated.has(edgeKey)) || stamps.has(i) || head.has(i) || footer.has(i) || ruled.has(i) || contents.has(i) || numberedHeaders.has(i) || besideNumbers.has(i)) furniture.push(l);
    else content.push(l);
  }
  return { lines: content, furniture };
}
