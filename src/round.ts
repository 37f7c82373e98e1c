/**
 * The library's entry: inputs (bytes) → an analysed Round. The CLI reads the files; everything
 * from here on is a function of the bytes and the shipped data — and of the OCR engine, when the
 * caller gives one (src/read/ocr.ts).
 */
import type { Round } from './model.js';
import { UsageError } from './errors.js';
import { inputKind, readSource, type RawInput } from './read/source.js';
import { parseRoundFile } from './read/roundfile.js';
import { MAX_TEXT_CHARS, tooLarge } from './read/limits.js';
import type { OcrOptions } from './read/ocr.js';
import { segmentRound, type SegmentOptions } from './segment/segment.js';
import { shippedDictionary } from './tag/dictionary.js';
import { compileDictionary, matchProcesses } from './tag/match.js';
import { fold } from './normalize/fold.js';
import { processQuestion } from './analyze/diff-match.js';

export type { RawInput };

let shippedCompiled: ReturnType<typeof compileDictionary> | undefined;

/** Whether a text names a process of the shipped dictionary (compiled once, on first use). */
function shippedProcessNames(): (text: string) => boolean {
  return (text) => {
    shippedCompiled ??= compileDictionary(shippedDictionary());
    return matchProcesses(shippedCompiled, text, fold(text)).length > 0;
  };
}

export interface BuildOptions extends SegmentOptions {
  /** OCR of scanned PDF pages: mode, engine and progress. Without an engine no OCR is done. */
  ocr?: OcrOptions;
}

export async function buildRound(inputs: RawInput[], options: BuildOptions = {}): Promise<Round> {
  const rounds = inputs.filter((i) => inputKind(i) === 'round');
  if (rounds.length > 0) {
    if (inputs.length > 1) throw new UsageError('en omgångsfil (.json) ges ensam: ange den som enda indata');
    return parseRoundFile(rounds[0].bytes, rounds[0].path);
  }
  const { ocr, ...segmentOptions } = options;
  const notes: string[] = [];
  const docs = [];
  let chars = 0;
  for (let i = 0; i < inputs.length; i++) {
    const doc = await readSource(inputs[i], i, { ocr, warn: (m) => notes.push(m) });
    // Each source is within the limit; the round as a whole must be too.
    for (const l of doc.lines) chars += l.text.length + 1;
    if (chars > MAX_TEXT_CHARS) throw tooLarge(inputs.map((x) => x.path).join(', '), chars, 'text');
    docs.push(doc);
  }
  // The segmenting stage is given what it needs of the later ones, not made to import them.
  const round = segmentRound(docs, { namesProcess: shippedProcessNames(), processQuestion, ...segmentOptions });
  return notes.length > 0 ? { ...round, warnings: [...notes, ...round.warnings] } : round;
}
