/**
 * A dictionary phrase ("Örat mot marken", "skola, socialtjänst, polis och fritid", "har … örat
 * mot marken") as a regular expression over folded text (src/normalize/fold.ts: lower case, no
 * diacritics, OCR digits as letters). Folding keeps offsets, so a match is also a range of the
 * original text, where case can be checked.
 *
 * - a letter that OCR confuses (å, ä, ö) also matches what OCR makes of it (data/lexicon/ocr-letters.json);
 * - a space matches any run of whitespace (a line break, a paragraph break);
 * - punctuation between words is optional and may carry spaces ("skola,socialtjänst");
 * - "word*" lets any letters follow (inflections, compounds: områdesteam* → områdesteamet);
 * - "…" (or "...") stands for at most one word ("har … örat mot marken": "har alltid örat …").
 *
 * Each word is a capturing group, so callers can look at how the text writes it (case).
 */
import { escapeClass, ocrWordSource } from '../normalize/ocr.js';

const WORD_CHAR = '[\\p{L}\\p{N}]';
/** No letter or digit before / after: a word boundary that also holds inside "CTC-arbetet". */
export const BEFORE = `(?<!${WORD_CHAR})`;
export const AFTER = `(?!${WORD_CHAR})`;
const GAP = `(?:\\s+${WORD_CHAR}+)?\\s+`;
const GAP_MARK = /\s*(?:…|\.\.\.)\s*/u;
const DASHES = '-–—';

export interface PhrasePattern {
  /** Regex source (flags "u" needed), one capturing group per word of the phrase. */
  source: string;
  /** The phrase's words as written, one per capturing group, in order. */
  words: string[];
}


function wordSource(word: string): string {
  const wildcard = word.endsWith('*');
  const src = ocrWordSource(wildcard ? word.slice(0, -1) : word);
  return wildcard ? `${src}${WORD_CHAR}*` : src;
}

function separatorSource(sep: string): string {
  const punct = [...new Set(sep.replace(/\s+/g, ''))];
  if (punct.length === 0) return '\\s+';
  const chars = punct.some((c) => DASHES.includes(c)) ? [...new Set([...punct.filter((c) => !DASHES.includes(c)), ...DASHES])] : punct;
  return `[\\s${chars.map(escapeClass).join('')}]*`;
}

/** Compile one phrase; its words are the capturing groups, in order. */
export function phrasePattern(phrase: string): PhrasePattern {
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
          src += `(${wordSource(m[1])})`;
        } else src += separatorSource(m[2]);
      }
      return src;
    })
    .filter((s) => s !== '');
  return { source: parts.join(GAP), words };
}
