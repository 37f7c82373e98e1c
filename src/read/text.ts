/**
 * Decoding text files: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252 — the
 * encoding older Swedish Office exports use. A file that is none of these, or that is binary,
 * is an input error, not garbage text.
 */
import { InputError } from '../errors.js';
import { isOtherScriptLetter } from '../normalize/letters.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/** Bytes that Windows-1252 leaves undefined. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Windows-1252 where it differs from Latin-1: bytes 0x80–0x9F (the WHATWG Encoding Standard's
 * index-windows-1252; the five undefined bytes are refused before decoding). Node's
 * TextDecoder('windows-1252') reads these bytes as Latin-1 control characters, losing the
 * € ‚ „ … – — ” • that Swedish Office text is full of. A table of 27 characters, checked byte for
 * byte against iconv-lite's in test/read/text.test.ts, rather than a package whose tables of every
 * other encoding were a quarter of the program every run loads.
 */
export const CP1252_HIGH: Readonly<Record<number, string>> = {
  0x80: '\u20ac', 0x82: '\u201a', 0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021',
  0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8e: '\u017d',
  0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014',
  0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a', 0x9c: '\u0153', 0x9e: '\u017e', 0x9f: '\u0178',
};

const LATIN1_HIGH = /[\x80-\x9f]/g;

/** Windows-1252 bytes (none of them undefined) as text: Latin-1, then the table. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(LATIN1_HIGH, (c) => CP1252_HIGH[c.charCodeAt(0)]);
}

export function decodeText(bytes: Uint8Array, path: string): Decoded {
  if (bytes.length === 0) throw new InputError(path, 'tom fil');
  let decoded: Decoded;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    decoded = { text: utf8(bytes.subarray(3), path), encoding: 'utf-8' };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  } else {
    if (bytes.includes(0)) throw new InputError(path, 'binär data, inte text (NUL-byte)');
    try {
      decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      if (bytes.some((b) => CP1252_UNDEFINED.has(b))) {
        throw new InputError(path, 'okänd teckenkodning: varken UTF-8 eller Windows-1252');
      }
      decoded = { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
    }
  }
  checkLooksLikeText(decoded.text, path);
  return decoded;
}

function utf8(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(path, 'okänd teckenkodning: filen börjar med en UTF-8-markering (BOM) men är inte UTF-8');
  }
}

const LETTER = /^\p{L}$/u;
/** What letters are beyond ASCII, by code unit, filled in as met: 1 a letter, 2 not. */
const letterUnits = new Uint8Array(0x2000);

/** Whether a code unit is a letter (`\p{L}` of the European scripts, which end below U+2000). */
function isLetterUnit(c: number): boolean {
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  if (c >= 0x2000) return false;
  if (letterUnits[c] === 0) letterUnits[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return letterUnits[c] === 1;
}

/** The whitespace of layout, which is not counted: a text with many blank lines or deep indentation is still text. */
const isLayout = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 12;
/** Control characters (other than layout) and the replacement character of a failed decoding. */
const isControl = (c: number): boolean => c < 32 || (c >= 0x7f && c <= 0x9f) || c === 0xfffd;

/**
 * Text is mostly letters, digits, punctuation and spaces; random bytes are not. Counted in one
 * pass over the code units: this runs on every text file, first thing, before any code is warm,
 * and a loop the engine compiles while it runs was twice as fast as removing the spaces and then
 * the letters with regular expressions. Every letter read is in the BMP
 * (src/normalize/letters.ts), so letters are code units; a character beyond it is one character, not two.
 */
function checkLooksLikeText(text: string, path: string): void {
  if (text.trim() === '') throw new InputError(path, 'tom fil (bara blanktecken)');
  const sample = text.trimStart().slice(0, 200_000);
  let total = 0;
  let control = 0;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (isLayout(c)) continue;
    total++;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < sample.length) {
      const next = sample.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++; // a surrogate pair: one character, no letter of ours
    } else if (isControl(c)) control++;
    else if (isLetterUnit(c)) letters++;
  }
  if (control / total <= 0.01 && letters / total < 0.4 && (letters + otherScriptLetters(sample)) / total >= 0.4) {
    throw new InputError(path, 'texten är inte skriven med latinska, grekiska eller kyrilliska bokstäver, de enda remiss läser');
  }
  if (control / total > 0.01 || letters / total < 0.4) {
    throw new InputError(path, 'binär data, inte text');
  }
}

/** Letters of the scripts remiss does not read (only asked of a text that is not mostly letters it reads). */
function otherScriptLetters(text: string): number {
  let n = 0;
  for (const c of text) if (isOtherScriptLetter(c.codePointAt(0)!)) n++;
  return n;
}
