/**
 * The folded form used for matching (never for quoting): lower case, diacritics removed, and the
 * digit-for-letter confusions that OCR makes inside words (st6dja, 4r, f6r), a question mark that
 * stands for a lost letter (n?mnden) read as the letter "ʔ". Folding maps each
 * character to exactly one character, so an offset in the folded text is an offset in the original.
 */
const DIGIT_IN_WORD: Record<string, string> = { '6': 'o', '0': 'o', '4': 'a', '1': 'i' };
const SPECIAL: Record<string, string> = { 'æ': 'a', 'ø': 'o', 'ß': 's', 'ł': 'l', 'đ': 'd' };
const cache = new Map<string, string>();

function foldChar(c: string): string {
  let f = cache.get(c);
  if (f !== undefined) return f;
  const lower = c.toLowerCase();
  f = lower.length === 1 ? lower : c;
  if (SPECIAL[f]) f = SPECIAL[f];
  else {
    const base = f.normalize('NFD');
    if (base.length > 1 && /^\p{M}+$/u.test(base.slice(1))) f = base[0];
  }
  if (f.length !== 1) f = c;
  cache.set(c, f);
  return f;
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);

/** Whether the digit at i is an OCR'd letter: glued to letters ("st6dja", "6ka", "4r"), not in "14" or "3–5". */
function glued(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  return (isLetter(prev) && (isLetter(next) || next === undefined || !/\p{N}/u.test(next))) || (isLetter(next) && !/\p{N}/u.test(prev ?? ''));
}

/**
 * A question mark right before a letter ("n?mnden", "?verv?gt") is no question's end: it is what a
 * text export writes for a letter it lost (å, ä, ö). Folded to a letter no Swedish text has, "ʔ"
 * (U+0294), which the lexicons read as such a letter (data/lexicon/ocr-letters.json "lost"), which
 * no reader takes for a stop and which keeps the word one word ("fʔreslʔr").
 */
export const LOST_LETTER = '\u0294';
const LOST_MARK = /\?(?=\p{L})/gu;

/**
 * Whether a text's question marks before letters may be lost letters: not in a pattern's source
 * folded for matching (data/lexicon/sections.json "(?:här )?till", "v?i{1,3}"), which has groups
 * or escapes; a document's text has neither "(?" nor a backslash.
 */
const mayLoseLetters = (text: string): boolean => text.includes('?') && !text.includes('(?') && !text.includes('\\');

/** The folded code unit at i (`lost`: a question mark before a letter is a lost letter). */
function foldedAt(text: string, i: number, lost = false): string {
  const c = text[i];
  if (lost && c === '?' && isLetter(text[i + 1])) return LOST_LETTER;
  const code = text.charCodeAt(i);
  if (code >= 128) return foldChar(c);
  const d = DIGIT_IN_WORD[c];
  if (d !== undefined) return glued(text, i) ? d : c;
  return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
}

/** Folding as defined, one code unit at a time: what the fast path must agree with. */
export function foldEach(text: string): string {
  const lost = mayLoseLetters(text);
  if (text.length < 256) {
    let out = '';
    for (let i = 0; i < text.length; i++) out += foldedAt(text, i, lost);
    return out;
  }
  // A long text into a buffer: a million one-character concatenations would be a million strings.
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = foldedAt(text, i, lost).charCodeAt(0);
  // Decoded in chunks: String.fromCharCode takes a bounded number of arguments.
  let result = '';
  for (let i = 0; i < text.length; i += 8192) result += String.fromCharCode.apply(null, out.subarray(i, Math.min(text.length, i + 8192)) as unknown as number[]);
  return result;
}

/**
 * What only folding one code unit at a time gets right: a capital sigma (the engine lower-cases
 * it by its place in the word) and surrogates (the engine lower-cases a capital beyond U+FFFF as a
 * whole, folding as two halves).
 */
const NEEDS_EACH = /[\u03a3\ud800-\udfff]/;
const NON_ASCII = /[^\0-\x7f]/;
const EACH_NON_ASCII = /[^\0-\x7f]/g;
const OCR_DIGIT = /[0146]/;
const EACH_OCR_DIGIT = /[0146]/g;

/**
 * The engine's own lower-casing, then the non-ASCII letters folded one by one and the digits
 * between letters read as letters: the same as foldEach, and several times faster on a round's
 * text before the code is warm (a cold run folds its text eight times over).
 */
function foldFast(text: string): string {
  if (NEEDS_EACH.test(text)) return foldEach(text);
  const lower = text.toLowerCase();
  // A letter whose lower case is longer ("İ") is kept as it is (foldChar): one at a time.
  if (lower.length !== text.length) return foldEach(text);
  const letters = NON_ASCII.test(lower) ? lower.replace(EACH_NON_ASCII, foldChar) : lower;
  const folded = mayLoseLetters(text) ? letters.replace(LOST_MARK, LOST_LETTER) : letters;
  if (!OCR_DIGIT.test(text)) return folded;
  let out = '';
  let from = 0;
  EACH_OCR_DIGIT.lastIndex = 0;
  for (let m = EACH_OCR_DIGIT.exec(text); m !== null; m = EACH_OCR_DIGIT.exec(text)) {
    if (!glued(text, m.index)) continue;
    out += folded.slice(from, m.index) + DIGIT_IN_WORD[m[0]];
    from = m.index + 1;
  }
  return from === 0 ? folded : out + folded.slice(from);
}

/**
 * Short texts (lines, headings, words) are folded again and again — each line by several passes
 * of segmenting —, so each is folded once: 400 000 folds of 10 000 distinct lines in a round of
 * 1000 answers. Bounded; a pure function, so nothing but the time changes.
 */
const shortFolds = new Map<string, string>();

/**
 * Long texts (a paragraph, a sentence of a page, a whole answer) are folded again by several
 * readers in a row — a hostile 1 MB sentence eight times, each a 2 MB string for the collector —:
 * the last few are remembered, compared by content (equal strings compare in one pass, far less
 * than folding them again).
 */
const LONG_FOLDS_KEPT = 4;
const longFolds: Array<[string, string]> = [];

/** Fold text for matching; the result has the same length as the input. */
export function fold(text: string): string {
  if (text.length >= 256) {
    for (const [t, f] of longFolds) if (t === text) return f;
    const f = foldFast(text);
    if (longFolds.length >= LONG_FOLDS_KEPT) longFolds.shift();
    longFolds.push([text, f]);
    return f;
  }
  let f = shortFolds.get(text);
  if (f === undefined) {
    f = foldFast(text);
    if (shortFolds.size >= 100_000) shortFolds.clear();
    shortFolds.set(text, f);
  }
  return f;
}

/** Fold and also turn every run of non-letters/digits into one space: for comparing names. */
export function foldWords(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** A label without the colon after it ("Sändlista:" → "Sändlista"), by hand: `/\s*:$/` costs the square of a long run of spaces. */
export function withoutColon(text: string): string {
  const t = text.trimEnd();
  return t.endsWith(':') ? t.slice(0, -1).trimEnd() : t;
}
