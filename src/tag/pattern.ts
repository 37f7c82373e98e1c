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
 *   a short word matches only itself ("då" is not "de"). What an export that lost the letter writes
 *   ("b?r") counts as damage when a text is told OCR output or not, and OCR-read text takes it.
 *
 * With `capture`, each word is a capturing group, so callers can look at how the text writes it.
 */
import { loadData } from '../data.js';
import { fold, LOST_LETTER } from '../normalize/fold.js';
import { escapeClass, escapeRegex } from '../normalize/ocr.js';
import { letterRegExp, rewriteSource } from '../normalize/letters.js';

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
  /** What an export that lost å/ä/ö writes instead ("n?mnden"): taken in every word. */
  lost?: string[];
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

/** Sources of the words compiled so far, by mode: the lexicons repeat their words (föreslår, nämnd*, att). */
const wordSources = [new Map<string, string>(), new Map<string, string>()];

/** One word (as written, with its diacritics) as a regex source over folded text. */
export function wordSource(word: string, ocr = false): string {
  const known = wordSources[ocr ? 1 : 0];
  let src = known.get(word);
  if (src === undefined) {
    src = compileWord(word, ocr);
    if (known.size < 50_000) known.set(word, src);
  }
  return src;
}

function compileWord(word: string, ocr: boolean): string {
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
      // An export that lost the letter ("b?r"): text that has such words reads as OCR output (src/tag/ocr-read.ts), whose words take it.
      if (ocr && Object.hasOwn(table.letters, c)) alts.push(...(table.lost ?? []));
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

/**
 * A regular expression over folded text, compiled on a small alphabet.
 *
 * V8 compiles every `[\p{L}\p{N}]` into code for some 800 Unicode ranges, and a lexicon's
 * pattern holds hundreds of them (each "word*", each "…", each word boundary): compiling the cue
 * lexicon so was most of a cold run of `remiss tabulate`. Yet the phrases spell only ASCII letters
 * and digits (folding removed the diacritics), so to a phrase every other letter is just "a
 * letter" and every other digit "a digit". The text is therefore mapped — same length, same
 * offsets — to one where each non-ASCII letter reads "ª" and each non-ASCII digit "²" (an astral
 * one takes two; the lost-letter mark "ʔ" reads "º"), and the classes become `[A-Za-z0-9ªº²]`: the same matches at the same offsets,
 * compiled from a fraction of the code. A source this cannot keep exact (a non-ASCII letter
 * spelled out, another Unicode property, the "i" flag) is compiled as it is.
 */
export interface FoldedRegExp {
  /** The compiled expression: run it on `text(folded)`, never on the folded text itself. */
  readonly re: RegExp;
  /**
   * The text `re` runs on: the same length and offsets as `folded`. Use the offsets and which
   * groups matched; the matched strings are not the text's own letters.
   */
  text(folded: string): string;
  /** Whether `re` runs on the small alphabet (false: the source is compiled as given). */
  readonly compact: boolean;
}

const LETTER = 'ª';
const DIGIT = '²';
/**
 * The letter folding writes for a lost å/ä/ö (src/normalize/fold.ts), which the lexicons spell:
 * it keeps a letter of its own on the small alphabet, "º", so that a pattern may name it.
 */
const LOST_COMPACT = 'º';
const isWordChar = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);

/** The source with \p{L} and \p{N} over the small alphabet, or null when that would not be exact. */
export function compactSource(source: string, flags: string): string | null {
  if (flags.includes('i') || !flags.includes('u')) return null;
  return rewriteSource(source, (p) => {
    if (p.kind === 'property') {
      if (p.negated || (p.name !== 'L' && p.name !== 'N')) return null;
      const set = p.name === 'L' ? `A-Za-z${LETTER}${LOST_COMPACT}` : `0-9${DIGIT}`;
      return p.inClass ? set : `[${set}]`;
    }
    // A character given by its code could be a letter the small alphabet no longer has; any other
    // escape keeps its meaning (\s, \d, \w and \b are the same on both alphabets).
    if (p.kind === 'escape') return /^\\[uxpP]/u.test(p.text) ? null : p.text;
    if (p.codePoint === LOST_LETTER.codePointAt(0)) return LOST_COMPACT;
    return p.codePoint >= 0x80 && isWordChar(String.fromCodePoint(p.codePoint)) ? null : p.text;
  });
}

const wordKind = new Map<string, string>();
let lastFolded = '';
let lastCompact = '';

/** A folded text on the small alphabet (the last one is remembered: one sentence meets many lexicons). */
export function compactText(folded: string): string {
  if (folded === lastFolded) return lastCompact;
  // Folded text is nearly all ASCII: most texts come back as they are.
  const out = /[^\0-\x7f]/.test(folded)
    ? folded.replace(/[^\0-\x7f]/gu, (c) => {
        let k = wordKind.get(c);
        if (k === undefined) {
          k = c === LOST_LETTER ? LOST_COMPACT : /\p{L}/u.test(c) ? LETTER.repeat(c.length) : /\p{N}/u.test(c) ? DIGIT.repeat(c.length) : c;
          if (wordKind.size < 10_000) wordKind.set(c, k);
        }
        return k;
      })
    : folded;
  lastFolded = folded;
  lastCompact = out;
  return out;
}

const identity = (s: string): string => s;

/** Compile a regex source over folded text (see FoldedRegExp). */
export function foldedRegExp(source: string, flags: string): FoldedRegExp {
  const compact = compactSource(source, flags);
  return compact === null ? { re: letterRegExp(source, flags), text: identity, compact: false } : { re: letterRegExp(compact, flags), text: compactText, compact: true };
}
