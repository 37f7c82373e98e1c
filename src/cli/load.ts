/** Loading the round a command works on: the inputs given, or the embedded default round. */
import { dataPath } from '../data.js';
import { buildRound } from '../round.js';
import type { Round } from '../model.js';
import { InputError } from '../errors.js';
import { parseQuestionsFile } from '../segment/questions.js';
import { decodeText } from '../read/text.js';
import type { OcrMode, OcrOptions } from '../read/ocr.js';
import { tesseractOcr } from '../read/ocr-tesseract.js';
import { checkWritable, readFileChecked, readInputs, type IO } from './io.js';

/** The shipped 2023 round, read when a command gets no input. */
export const EMBEDDED_ROUND = 'rounds/malmo-2023/sammanstallning.txt';
export const EMBEDDED_LABEL = 'embedded:malmo-2023';

/** The input options of addInputOptions, as commander hands them over. */
export interface LoadOptions {
  questions?: string;
  /** true: --ocr, false: --no-ocr, undefined: OCR pages without a text layer. */
  ocr?: boolean;
  /** -o FILE: checked for writability before the (possibly slow) reading starts. */
  output?: string;
}

export function ocrMode(flag: boolean | undefined): OcrMode {
  return flag === true ? 'force' : flag === false ? 'off' : 'auto';
}

export async function loadRound(inputs: string[], options: LoadOptions, io: IO): Promise<Round> {
  if (options.output) await checkWritable(options.output);
  const raw =
    inputs.length > 0 ? await readInputs(inputs, io) : [{ path: EMBEDDED_LABEL, bytes: await readFileChecked(dataPath(EMBEDDED_ROUND)) }];
  let questions: string[] | undefined;
  if (options.questions) {
    const bytes = await readFileChecked(options.questions);
    questions = parseQuestionsFile(decodeText(bytes, options.questions).text);
    if (questions.length === 0) throw new InputError(options.questions, 'no questions found in the file');
  }
  const ocr: OcrOptions = {
    mode: ocrMode(options.ocr),
    engine: io.ocr ?? tesseractOcr({ env: io.env }),
    // OCR takes seconds a page: say which page is being read, on stderr.
    onProgress: (p) => io.stderr.write(`remiss: ${p.path}: OCR of page ${p.page} (${p.done + 1} of ${p.total})\n`),
  };
  return buildRound(raw, { questions, ocr });
}
