/**
 * How much text one round may hold. Reading and segmenting take time and memory in proportion to
 * the text (about 0.7 s and 50 MB of memory per MB of text); past this limit a run would take
 * minutes and gigabytes, and the input is almost surely not one round (a whole archive, a
 * database dump), so it is refused with a message instead. A real round is well under 5 MB.
 */
import { InputError } from '../errors.js';

export const MAX_TEXT_CHARS = 32 * 1024 * 1024;

const MB = 1024 * 1024;
/** Rounded up: a size just past the limit must not read as the limit itself. */
const mb = (n: number): string => `${(Math.ceil((n / MB) * 10) / 10).toFixed(1).replace('.', ',')} MB`;

export function tooLarge(path: string, size: number, unit: 'bytes' | 'text'): InputError {
  const what = unit === 'bytes' ? `en fil på ${mb(size)}` : `${mb(size)} text`;
  return new InputError(path, `för stor för en omgång (${what}; gränsen är ${MAX_TEXT_CHARS / MB} MB text); dela upp den, eller kontrollera att det är rätt fil`);
}

/** Throws when one source, or the sources of a round together, hold more text than the limit. */
export function checkTextSize(path: string, chars: number): void {
  if (chars > MAX_TEXT_CHARS) throw tooLarge(path, chars, 'text');
}
