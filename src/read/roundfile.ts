/** Round files written by `remiss ingest`: the analysed round as JSON. */
import type { Round } from '../model.js';
import { InputError } from '../errors.js';
import { decodeText } from './text.js';

export const ROUND_FORMAT = 'remiss-round/1';

export function parseRoundFile(bytes: Uint8Array, path: string): Round {
  const { text } = decodeText(bytes, path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(path, `not a round file: invalid JSON (${(e as Error).message})`);
  }
  const r = data as Partial<Round>;
  if (!r || typeof r !== 'object' || r.format !== ROUND_FORMAT || !Array.isArray(r.segments) || !Array.isArray(r.respondents)) {
    throw new InputError(path, `not a round file written by remiss ingest (expected "format": "${ROUND_FORMAT}")`);
  }
  return r as Round;
}
