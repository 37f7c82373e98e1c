/**
 * Unicode clean-up of extracted text: NFC (so "nämnden" typed in NFD equals NFC), one kind of
 * line end, no BOM, no invisible characters. Tabs from PDF cell separation become spaces.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g; // soft hyphen, zero-width chars, BOM
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;

/** Split raw text into lines, NFC-normalised, invisible characters removed, ends trimmed. */
export function toLines(raw: string): string[] {
  const text = raw.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(ODD_SPACES, ' ').normalize('NFC');
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => l.trim());
}
