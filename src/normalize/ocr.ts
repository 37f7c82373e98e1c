/**
 * What OCR makes of Swedish letters (data/lexicon/ocr-letters.json): a word written with å/ä/ö
 * becomes a pattern over folded text that also matches the OCR readings ("nämnden" matches
 * "namnden", "nimnden", "ndmnden"). Shared by process tagging, body names and cue phrases.
 */
import { loadData } from '../data.js';
import { fold } from './fold.js';

interface OcrLetters {
  letters: Record<string, string[]>;
  /** What an export that lost å/ä/ö writes instead ("n?mnden"). */
  lost?: string[];
  words: Record<string, string[]>;
}

let ocr: OcrLetters | undefined;
function ocrLetters(): OcrLetters {
  ocr ??= loadData<OcrLetters>('lexicon/ocr-letters.json');
  return ocr;
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Escaping inside a character class, the only place where "u" mode allows an escaped "-". */
export function escapeClass(s: string): string {
  return s.replace(/[\\\]\[^-]/g, '\\$&');
}

/** Alternatives as a regex: a character class when all are single characters. */
export function alternatives(options: string[]): string {
  const unique = [...new Set(options)];
  if (unique.length === 1) return escapeRegex(unique[0]);
  if (unique.every((o) => o.length === 1)) return `[${unique.map(escapeClass).join('')}]`;
  return `(?:${unique.sort((a, b) => b.length - a.length).map(escapeRegex).join('|')})`;
}

/** One word (as written, with its diacritics) as a regex source over folded text, OCR readings included. */
export function ocrWordSource(word: string): string {
  const table = ocrLetters();
  const lower = word.toLowerCase();
  if (Object.hasOwn(table.words, lower)) return alternatives([fold(lower), ...table.words[lower]]);
  let src = '';
  for (const c of word) {
    const lc = c.toLowerCase();
    const alts = Object.hasOwn(table.letters, lc) ? table.letters[lc] : undefined;
    src += alts ? alternatives([fold(lc), ...alts, ...(table.lost ?? [])]) : escapeRegex(fold(c));
  }
  return src;
}
