/**
 * Repairing mojibake: UTF-8 text that was once read as Windows-1252 and saved again ("FritidsnÃ¤mnden",
 * "â€“", "â€\u009d"), as case systems and hand-made exports do to a part of a round. Each UTF-8
 * sequence so read is a lead character (Ã, Â, â, …: the bytes 0xC2–0xEF) and one or two
 * continuation characters (the bytes 0x80–0xBF, read through Windows-1252 or as C1 controls); its
 * bytes decoded as UTF-8 give the character back. Only a line that shows the unmistakable
 * signatures is repaired (SIGNATURE: "Ã" or "â€" or "Â" before a continuation), and only into
 * the letters and punctuation of the European scripts: "MALMÖ”" (Ö before a closing quote) is
 * the bytes of a Hebrew accent, and stays as written.
 */
import { CP1252_HIGH } from '../read/text.js';
import { letterRegExp } from './letters.js';

/** The Windows-1252 byte of each character of 0x80–0x9F, and of each C1 control it leaves undefined. */
const BYTE_OF = new Map<string, number>(Object.entries(CP1252_HIGH).map(([b, c]) => [c, Number(b)]));

/** A character standing for a continuation byte 0x80–0xBF. */
const CONT = `[\\u0080-\\u00BF${[...BYTE_OF.keys()].join('')}]`;

/** A line of mojibake shows one of these at least. */
const SIGNATURE = letterRegExp(`[\\u00C2\\u00C3]${CONT}|\\u00E2\\u20AC`, 'u');

/** A two- or three-byte UTF-8 sequence read as Windows-1252. */
const SEQUENCE = letterRegExp(`[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}`, 'gu');

/** What a repaired character may be: Latin letters and signs, general punctuation, the euro sign. */
const REPAIRED = /^[\u00A0-\u024F\u2010-\u2044\u20AC]$/u;

const decoder = new TextDecoder('utf-8', { fatal: true });

function byteOf(c: string): number | undefined {
  const code = c.charCodeAt(0);
  return code <= 0xff ? code : BYTE_OF.get(c);
}

/** The text with each line that shows mojibake repaired (a clean text is tested once, not split). */
export function repairMojibakeLines(text: string): string {
  return SIGNATURE.test(text) ? text.split('\n').map(repairMojibake).join('\n') : text;
}

/** The line with its mojibake repaired, or as it is where it shows none. */
export function repairMojibake(line: string): string {
  if (!SIGNATURE.test(line)) return line;
  return line.replace(SEQUENCE, (seq) => {
    const bytes = [...seq].map(byteOf);
    if (bytes.some((b) => b === undefined)) return seq;
    try {
      const c = decoder.decode(Uint8Array.from(bytes as number[]));
      return REPAIRED.test(c) ? c : seq;
    } catch {
      return seq;
    }
  });
}
