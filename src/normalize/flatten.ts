/**
 * Joins lines into one flat text for matching, with the offsets needed to quote the source.
 *
 * Line breaks become spaces; a word hyphenated across a line break is joined ("Framgångs-" +
 * "faktorerna" → "Framgångsfaktorerna", "CTC-" + "enkäten" → "CTC-enkäten"), but a Swedish
 * suspended hyphen stays ("hälso-" + "och sjukvård" → "hälso- och sjukvård"). Blank lines and
 * heading lines are separated by "\n" so that no sentence runs across them.
 */
import type { Line } from '../model.js';
import { fold } from './fold.js';
import { loadStructure } from './structure.js';
import { loadData } from '../data.js';
import { isTickLine } from './ticks.js';
import { escapeClass } from './ocr.js';
import { letterRegExp } from './letters.js';


export interface FlatText {
  /** The joined text (dehyphenated, line breaks as spaces or "\n"). */
  text: string;
  /** fold(text): same length, for matching. */
  folded: string;
  /** The lines joined. */
  lines: Line[];
  /** Offset in `text` where each line starts. */
  starts: number[];
  /** Length in `text` taken by each line's own characters (a removed hyphen is not counted). */
  lengths: number[];
}

export type JoinKind = 'space' | 'break' | 'join' | 'join-keep-hyphen';

/** A form's label on a line of its own: "Kommentar:", "Övriga synpunkter:". */
const LABEL_ALONE = /^\p{Lu}[\p{L} ]{0,30}:$/u;

let itemMark: RegExp | undefined;

/**
 * A line that opens a list item with a bullet ("• …", "▪ …") or a letter a word processor or OCR
 * writes for one ("o MKB medverkar …"): a list item is its own sentence, whatever ended the line
 * before. Dashes are not counted: a dash opens a line of wrapped prose too ("– enligt nämnden –").
 */
function opensItem(text: string): boolean {
  if (!itemMark) {
    const { symbols, letters } = loadData<{ listMarks: { symbols: string[]; letters: string[] } }>('lexicon/structure.json').listMarks;
    const bullets = symbols.filter((m) => !/^[-–—]$/u.test(m)).map(escapeClass);
    itemMark = letterRegExp(`^(?:[${bullets.join('')}]\\s|(?:${letters.join('|')})\\s+\\p{Lu})`, 'u');
  }
  return itemMark.test(text);
}

/** How line `a` joins the following line `b` in the flat text. */
export function joinKind(a: Line, b: Line): JoinKind {
  if (a.text === '' || b.text === '' || a.heading || b.heading) return 'break';
  if (opensItem(b.text)) return 'break';
  // A line of a form's boxes ("☐ Ja  ☒ Nej"), and a label alone ("Kommentar:"), stand apart.
  if (isTickLine(a.text) || isTickLine(b.text) || LABEL_ALONE.test(a.text)) return 'break';
  if (!a.text.endsWith('-')) return 'space';
  const m = /(\p{L}+|\p{N}+)-$/u.exec(a.text);
  if (!m) return 'space';
  const next = /^(\p{L}+|\p{N}+)/u.exec(b.text);
  if (!next) return 'space';
  const left = m[1];
  const right = next[1];
  if (/^\p{N}+$/u.test(left) && /^\p{N}/u.test(right)) return 'join-keep-hyphen'; // 08.00-16.30
  if (!/^\p{Ll}/u.test(right)) return 'space';
  if (loadStructure().suspendedBefore.has(right.toLowerCase())) return 'space';
  // An acronym or number before the hyphen keeps it: CTC-enkäten, SSPF-samverkan.
  if (/^[\p{Lu}\p{N}]{2,}$/u.test(left)) return 'join-keep-hyphen';
  return 'join';
}

export function flatten(lines: Line[]): FlatText {
  const parts: string[] = [];
  const starts: number[] = [];
  const lengths: number[] = [];
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    let t = lines[i].text;
    const kind = i + 1 < lines.length ? joinKind(lines[i], lines[i + 1]) : 'break';
    if (kind === 'join') t = t.slice(0, -1);
    starts.push(offset);
    lengths.push(t.length);
    parts.push(t);
    offset += t.length;
    const sep = i + 1 === lines.length ? '' : kind === 'space' ? ' ' : kind === 'break' ? '\n' : '';
    parts.push(sep);
    offset += sep.length;
  }
  const text = parts.join('');
  return { text, folded: fold(text), lines, starts, lengths };
}

/** The line index holding flat offset `pos` (binary search over starts). */
export function lineAt(flat: FlatText, pos: number): number {
  let lo = 0;
  let hi = flat.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (flat.starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The source text behind flat[start, end): verbatim from the lines, each line break shown as one
 * space. A hyphen removed by joining is put back, so the quote occurs in the source.
 */
export function sourceSlice(flat: FlatText, start: number, end: number): string {
  if (flat.lines.length === 0 || end <= start) return '';
  const a = lineAt(flat, start);
  const b = lineAt(flat, Math.max(start, end - 1));
  const out: string[] = [];
  for (let i = a; i <= b; i++) {
    const t = flat.lines[i].text;
    const from = i === a ? Math.min(start - flat.starts[i], t.length) : 0;
    const to = i === b ? Math.min(Math.max(end - flat.starts[i], 0), t.length) : t.length;
    // When the end falls on a joined hyphenated word, keep the whole source word.
    out.push(t.slice(from, i === b && to === flat.lengths[i] ? t.length : to));
  }
  return out.filter((s) => s !== '').join(' ').replace(/\s+/g, ' ').trim();
}

/** Provenance of a flat offset. */
export function provenance(flat: FlatText, pos: number): { page: number | null; line: number } {
  const l = flat.lines[lineAt(flat, pos)];
  return { page: l?.page ?? null, line: l?.line ?? 0 };
}
