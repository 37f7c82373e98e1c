/**
 * Unicode clean-up of extracted text: NFC (so "nämnden" typed in NFD equals NFC), one kind of
 * line end, no BOM, no invisible characters, ligatures spelled out. Tabs from PDF cell separation
 * become spaces.
 */
import { repairMojibakeLines } from './mojibake.js';

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g; // soft hyphen, zero-width chars, BOM
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;
/**
 * The Latin ligatures a PDF's fonts may hand over as one character ("ﬁnns", "ﬂera"): spelled
 * out, so the word is the word (and its letters are letters: src/normalize/letters.ts).
 */
const LIGATURES: Record<string, string> = { '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st' };
const LIGATURE = /[\uFB00-\uFB06]/g;

/** Split raw text into lines, mojibake repaired, NFC-normalised, invisible characters removed, ends trimmed. */
export function toLines(raw: string): string[] {
  // Before the spaces and invisible characters go: "Â\u00A0" and "Ã\u00AD" are mojibake of letters and spaces.
  const text = repairMojibakeLines(raw.replace(/\r\n?/g, '\n')).replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(LIGATURE, (l) => LIGATURES[l]).normalize('NFC');
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => l.trim());
}
