/**
 * The library's entry: inputs (bytes) → an analysed Round. The CLI reads the files; everything
 * from here on is a function of the bytes and the shipped data.
 */
import type { Round } from './model.js';
import { UsageError } from './errors.js';
import { inputKind, readSource, type RawInput } from './read/source.js';
import { parseRoundFile } from './read/roundfile.js';
import { segmentRound, type SegmentOptions } from './segment/segment.js';

export type { RawInput };

export async function buildRound(inputs: RawInput[], options: SegmentOptions = {}): Promise<Round> {
  const rounds = inputs.filter((i) => inputKind(i) === 'round');
  if (rounds.length > 0) {
    if (inputs.length > 1) throw new UsageError('a round file (.json) stands alone: give it as the only input');
    return parseRoundFile(rounds[0].bytes, rounds[0].path);
  }
  const docs = [];
  for (let i = 0; i < inputs.length; i++) docs.push(await readSource(inputs[i], i));
  return segmentRound(docs, options);
}
