/**
 * Decoding text files: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252 — the
 * encoding older Swedish Office exports use. A file that is none of these, or that is binary,
 * is an input error, not garbage text.
 */
import iconv from 'iconv-lite';
import { InputError } from '../errors.js';
import { isOtherScriptLetter } from '../normalize/letters.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/** Bytes that Windows-1252 leaves undefined. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

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
      // Not TextDecoder('windows-1252'): Node decodes 0x80–0x9F as Latin-1 control characters,
      // losing ” – • € that Swedish Office text is full of. iconv-lite has the real table.
      decoded = { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' };
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

/** What is not counted: the whitespace of layout. */
const LAYOUT_SPACE = /[\n\r\t\f ]+/g;
/** Control characters (other than layout) and the replacement character of a failed decoding. */
const CONTROL = /[\0-\x1f\x7f-\x9f\ufffd]/g;
const LETTER = /\p{L}/gu;
const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/g;

/**
 * Text is mostly letters, digits, punctuation and spaces; random bytes are not. Whitespace is not
 * counted, so a text with many blank lines or deep indentation is still text. Counted by the
 * engine's regular expressions, not a character at a time: this runs on every text file, first
 * thing, before any code is warm. Every letter read is in the BMP (src/normalize/letters.ts), so
 * letters removed are code units; a character beyond it is one character, not two.
 */
function checkLooksLikeText(text: string, path: string): void {
  if (text.trim() === '') throw new InputError(path, 'tom fil (bara blanktecken)');
  const sample = text.trimStart().slice(0, 200_000);
  const visible = sample.replace(LAYOUT_SPACE, '');
  const total = visible.length - (visible.match(SURROGATE_PAIR)?.length ?? 0);
  const control = visible.match(CONTROL)?.length ?? 0;
  const letters = visible.length - visible.replace(LETTER, '').length;
  if (control / total <= 0.01 && letters / total < 0.4 && (letters + otherScriptLetters(visible)) / total >= 0.4) {
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
