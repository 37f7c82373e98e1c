/** Loading the round a command works on: the inputs given, or the embedded default round. */
import { dataPath } from '../data.js';
import { buildRound } from '../round.js';
import type { Round } from '../model.js';
import { parseQuestionsFile } from '../segment/questions.js';
import { decodeText } from '../read/text.js';
import { readFileChecked, readInputs, type IO } from './io.js';

/** The shipped 2023 round, read when a command gets no input. */
export const EMBEDDED_ROUND = 'rounds/malmo-2023/sammanstallning.txt';
export const EMBEDDED_LABEL = 'embedded:malmo-2023';

export interface LoadOptions {
  questions?: string;
}

export async function loadRound(inputs: string[], options: LoadOptions, io: IO): Promise<Round> {
  const raw =
    inputs.length > 0 ? await readInputs(inputs, io) : [{ path: EMBEDDED_LABEL, bytes: await readFileChecked(dataPath(EMBEDDED_ROUND)) }];
  let questions: string[] | undefined;
  if (options.questions) {
    const bytes = await readFileChecked(options.questions);
    questions = parseQuestionsFile(decodeText(bytes, options.questions).text);
    if (questions.length === 0) throw new (await import('../errors.js')).InputError(options.questions, 'no questions found in the file');
  }
  return buildRound(raw, { questions });
}
