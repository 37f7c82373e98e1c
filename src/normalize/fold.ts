/**
 * The folded form used for matching (never for quoting): lower case, diacritics removed, and the
 * digit-for-letter confusions that OCR makes inside words (st6dja, 4r, f6r). Folding maps each
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

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** Short texts (words, headings): plain concatenation beats a typed buffer. */
function foldShort(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const code = text.charCodeAt(i);
    if (code < 128) {
      const d = DIGIT_IN_WORD[c];
      if (d !== undefined) {
        const prev = text[i - 1];
        const next = text[i + 1];
        const glued = (isLetter(prev) && (isLetter(next) || next === undefined || !/\p{N}/u.test(next))) || (isLetter(next) && !/\p{N}/u.test(prev ?? ''));
        out += glued ? d : c;
      } else out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
    } else out += foldChar(c);
  }
  return out;
}

/**
 * Short texts (lines, headings, words) are folded again and again — each line by several passes
 * of segmenting —, so each is folded once: 400 000 folds of 10 000 distinct lines in a round of
 * 1000 answers. Bounded; a pure function, so nothing but the time changes.
 */
const shortFolds = new Map<string, string>();

/** Fold text for matching; the result has the same length as the input. */
export function fold(text: string): string {
  if (text.length < 256) {
    let f = shortFolds.get(text);
    if (f === undefined) {
      f = foldShort(text);
      if (shortFolds.size >= 100_000) shortFolds.clear();
      shortFolds.set(text, f);
    }
    return f;
  }
  const n = text.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) out[i] = code + 32;
      else if (isDigitCode(code) && (code === 48 || code === 49 || code === 52 || code === 54)) {
        // A digit glued to letters is an OCR'd letter: "st6dja", "6ka", "4r", but not "14" or "3–5".
        const c = text[i];
        const prev = text[i - 1];
        const next = text[i + 1];
        const glued =
          (isLetter(prev) && (isLetter(next) || next === undefined || !/\p{N}/u.test(next))) || (isLetter(next) && !/\p{N}/u.test(prev ?? ''));
        out[i] = (glued ? DIGIT_IN_WORD[c] : c).charCodeAt(0);
      } else out[i] = code;
      continue;
    }
    out[i] = foldChar(text[i]).charCodeAt(0);
  }
  // Decode in chunks: String.fromCharCode takes a bounded number of arguments.
  let result = '';
  for (let i = 0; i < n; i += 8192) result += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return result;
}

/** Fold and also turn every run of non-letters/digits into one space: for comparing names. */
export function foldWords(text: string): string {
  return fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
