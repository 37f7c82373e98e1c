/**
 * Round files written by `remiss ingest`: the analysed round as JSON, checked field by field
 * against the round schema (src/read/schema.ts) so that a damaged or hand-edited file is an
 * error naming the file and the field.
 */
import type { Round } from '../model.js';
import { InputError } from '../errors.js';
import { ROUND_FORMAT, SchemaError, validateRound } from './schema.js';

export { ROUND_FORMAT };

export function parseRoundFile(bytes: Uint8Array, path: string): Round {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(path, 'ingen omgångsfil: inte UTF-8 (en omgångsfil skrivs av remiss ingest)');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(path, `ingen omgångsfil: ogiltig JSON (${(e as Error).message})`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || (data as { format?: unknown }).format !== ROUND_FORMAT) {
    throw new InputError(path, `ingen omgångsfil från remiss ingest (väntade "format": "${ROUND_FORMAT}", fick ${Array.isArray(data) ? 'en lista' : 'något annat'})`);
  }
  try {
    return validateRound(data);
  } catch (e) {
    if (e instanceof SchemaError) throw new InputError(path, `trasig omgångsfil: ${e.message}`);
    throw e;
  }
}
