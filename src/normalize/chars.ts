/**
 * Letters and digits by code point, as the patterns `\p{L}` and `[\p{L}\p{N}]` (flag u) have them
 * (the letters of the European scripts: src/normalize/letters.ts),
 * without a regex per character: splitting a round into words, or checking that a file is text,
 * tests every character, and a Unicode-class regex per character (or a split on a negated class)
 * was most of that time. ASCII is answered by ranges; any other code point by the regex once,
 * then from a table.
 */
const LETTER = /^\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const letters = new Map<number, boolean>();
const wordChars = new Map<number, boolean>();

const asciiLetter = (cp: number): boolean => (cp | 32) >= 97 && (cp | 32) <= 122;

/** Whether a code point is a letter (`\p{L}`). */
export function isLetterCode(cp: number): boolean {
  if (cp < 128) return asciiLetter(cp);
  let v = letters.get(cp);
  if (v === undefined) letters.set(cp, (v = LETTER.test(String.fromCodePoint(cp))));
  return v;
}

/** Whether a code point is a letter or a digit (`[\p{L}\p{N}]`). */
export function isWordCode(cp: number): boolean {
  if (cp < 128) return asciiLetter(cp) || (cp >= 48 && cp <= 57);
  let v = wordChars.get(cp);
  if (v === undefined) wordChars.set(cp, (v = LETTER_OR_DIGIT.test(String.fromCodePoint(cp))));
  return v;
}

/** The runs of letters and digits of a text, in order: `text.match(/[\p{L}\p{N}]+/gu)`. */
export function wordRuns(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    if (isWordCode(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}
