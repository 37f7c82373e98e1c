/**
 * The one phrase syntax of every lexicon in remiss (process names and exclusions in
 * data/processes.json, the cues of tabulate in data/lexicon/coordination.json), compiled by this
 * one function to a regular expression over folded text (src/normalize/fold.ts: lower case, no
 * diacritics, OCR digits as letters). Folding keeps offsets, so a match is also a range of the
 * original text, where case can be checked.
 *
 * - a phrase matches as whole words, in any case, with or without diacritics;
 * - a space matches any run of whitespace (a line break, a paragraph break);
 * - punctuation between words is optional and may carry spaces ("t.ex" = "t ex" = "tex",
 *   "skola,socialtjänst");
 * - "word*" lets any letters follow: inflections, compounds and verbs by their stem
 *   ("föresl*" = föreslår, föreslås, föreslog; "områdesteam*" = områdesteamet);
 * - "…" (or "...") stands for up to six words ("bör … ligga hos" = "bör ansvaret även i
 *   fortsättningen ligga hos");
 * - OCR readings of letters (data/lexicon/ocr-letters.json): å/ä/ö also match what OCR makes of
 *   them in words of four letters or more, and in every word of OCR-read text; OCR's letter
 *   confusions (rn for m and m for rn, cl/d, li/h, 1 or I for l) only in OCR-read text. In clean text
 *   a short word matches only itself ("då" is not "de").
 *
 * With `capture`, each word is a capturing group, so callers can look at how the text writes it.
 */
import { loadData } from '../data.js';
import { fold } from '../normalize/fold.js';
import { escapeClass, escapeRegex } from '../normalize/ocr.js';

const WORD_CHAR = '[\\p{L}\\p{N}]';
/** No letter or digit before / after: a word boundary that also holds inside "CTC-arbetet". */
export const BEFORE = `(?<!${WORD_CHAR})`;
export const AFTER = `(?!${WORD_CHAR})`;
/** Up to six words. */
const GAP = `\\s+(?:[\\p{L}\\p{N}:-]+\\s+){0,6}?`;
const GAP_MARK = /\s*(?:…|\.\.\.)\s*/u;
const DASHES = '-–—';
/** Words this short take OCR letter readings only in OCR-read text. */
export const OCR_MIN_LETTERS = 4;

export interface PhraseOptions {
  /** The text was read by OCR: every word takes OCR readings and letter confusions. */
  ocr?: boolean;
  /** One capturing group per word (default true). */
  capture?: boolean;
}

export interface PhrasePattern {
  /** Regex source (flags "u" needed); with capture, one capturing group per word of the phrase. */
  source: string;
  /** The phrase's words as written, one per capturing group, in order. */
  words: string[];
}

interface OcrLetters {
  letters: Record<string, string[]>;
  words: Record<string, string[]>;
  confusions?: Record<string, string[]>;
}

/** Alternatives as a regex: a character class when all are single characters. */
function alternatives(options: string[]): string {
  const unique = [...new Set(options)];
  if (unique.length === 1) return escapeRegex(unique[0]);
  if (unique.every((o) => o.length === 1)) return `[${unique.map(escapeClass).join('')}]`;
  return `(?:${unique.sort((a, b) => b.length - a.length).map(escapeRegex).join('|')})`;
}

/** One word (as written, with its diacritics) as a regex source over folded text. */
export function wordSource(word: string, ocr = false): string {
  const wildcard = word.endsWith('*');
  const w = wildcard ? word.slice(0, -1) : word;
  const table = loadData<OcrLetters>('lexicon/ocr-letters.json');
  const lower = w.toLowerCase();
  const readings = ocr || [...w].length >= OCR_MIN_LETTERS;
  let src: string;
  if (ocr && Object.hasOwn(table.words, lower)) src = alternatives([fold(lower), ...table.words[lower]]);
  else {
    src = '';
    const chars = [...lower];
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      // A letter pair OCR reads as one letter ("rn" as m): the pair, or its reading.
      const pair = i + 1 < chars.length ? fold(c + chars[i + 1]) : '';
      if (ocr && pair.length === 2 && table.confusions && Object.hasOwn(table.confusions, pair)) {
        src += `(?:${wordSource(c, true)}${wordSource(chars[i + 1], true)}|${alternatives(table.confusions[pair])})`;
        i++;
        continue;
      }
      const alts = [fold(c)];
      if (readings && Object.hasOwn(table.letters, c)) alts.push(...table.letters[c]);
      if (ocr && table.confusions && Object.hasOwn(table.confusions, fold(c))) alts.push(...table.confusions[fold(c)]);
      src += alternatives(alts);
    }
  }
  return wildcard ? `${src}${WORD_CHAR}*` : src;
}

function separatorSource(sep: string): string {
  const punct = [...new Set(sep.replace(/\s+/g, ''))];
  if (punct.length === 0) return '\\s+';
  const chars = punct.some((c) => DASHES.includes(c)) ? [...new Set([...punct.filter((c) => !DASHES.includes(c)), ...DASHES])] : punct;
  return `[\\s${chars.map(escapeClass).join('')}]*`;
}

/** Compile one phrase of the phrase syntax. */
export function phrasePattern(phrase: string, options: PhraseOptions = {}): PhrasePattern {
  const capture = options.capture ?? true;
  const words: string[] = [];
  const parts = phrase
    .normalize('NFC')
    .split(GAP_MARK)
    .map((part) => {
      // Quotes or brackets around a phrase are not part of it.
      const trimmed = part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}*]+$/gu, '');
      let src = '';
      for (const m of trimmed.matchAll(/([\p{L}\p{N}]+\*?)|([^\p{L}\p{N}]+)/gu)) {
        if (m[1]) {
          words.push(m[1].replace(/\*$/, ''));
          const w = wordSource(m[1], options.ocr);
          src += capture ? `(${w})` : `(?:${w})`;
        } else src += separatorSource(m[2]);
      }
      return src;
    })
    .filter((s) => s !== '');
  return { source: parts.join(GAP), words };
}
