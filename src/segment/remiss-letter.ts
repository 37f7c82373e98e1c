/**
 * The remiss itself among the files of a round: the letter that sent the matter out ("REMISS" /
 * "Enligt sändlista", its background, "Remissinstanserna ombeds besvara följande frågor", the
 * distribution list). It names its sender in its letterhead like any letter, but it answers
 * nothing: the whole file is the round's preamble, and its sender is no respondent.
 */
import type { Line } from '../model.js';
import { loadData } from '../data.js';
import { fold, withoutColon } from '../normalize/fold.js';
import { preambleQuestions } from './questions.js';
import { textLinesFrom } from './furniture-lines.js';
import { letterRegExp } from '../normalize/letters.js';
import { escapeRegex } from '../normalize/ocr.js';

/** The lines of a file's head in which the remiss's own mark is looked for. */
export const REMISS_HEAD_LINES = 15;

let heads: Set<string> | undefined;

/** The longest line read as the remiss's mark ("Sändlista enligt bilaga:" with spaces around). */
export const MAX_MARK_CHARS = 60;

/** Whether a line alone is the mark of the remiss's own letter (data/lexicon/structure.json remissLetterHeads). */
export function isRemissLetterHead(text: string): boolean {
  // A mark is a few words: a long line is none (and is not folded to be compared).
  if (text.length > MAX_MARK_CHARS) return false;
  heads ??= new Set(loadData<{ remissLetterHeads: string[] }>('lexicon/structure.json').remissLetterHeads.map(fold));
  return heads.has(withoutColon(fold(text.trim())).replace(/\s+/gu, ' '));
}

/**
 * Whether a file is the remiss's own letter: its head has the mark, the round's questions are
 * listed in it, and no answer follows the list (`answerAfter`: whether a respondent's heading
 * starts at or after a line) — a compilation that opens with the remiss goes on with the answers.
 */
export function isRemissLetter(lines: Line[], answerAfter: (line: number) => boolean): boolean {
  if (!textLinesFrom(lines, 0, lines.length, REMISS_HEAD_LINES).some((i) => isRemissLetterHead(lines[i].text))) return false;
  const list = preambleQuestions(lines);
  return list !== undefined && !answerAfter(list.end);
}

let recipients: RegExp | undefined;

/** Whether a line addresses the remiss's recipients ("Till remissinstanserna enligt sändlista"; structure.json remissRecipients). */
export function addressesRecipients(text: string): boolean {
  recipients ??= letterRegExp(
    `(?<![\\p{L}\\p{N}])(?:${loadData<{ remissRecipients: string[] }>('lexicon/structure.json').remissRecipients.map((p) => escapeRegex(fold(p)).replace(/\s+/g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
    'u',
  );
  return recipients.test(fold(text));
}

/**
 * Whether lines [start, end) of a compilation — a respondent's section — are the remiss's own
 * letter reprinted ahead of the answers: its head is the remiss's mark or an address to the
 * remiss's recipients, and the round's questions are listed in it. An answer that repeats the
 * questions is addressed to the office, not to the recipients.
 */
export function isRemissLetterSection(lines: Line[], start: number, end: number): boolean {
  const head = textLinesFrom(lines, start, end, REMISS_HEAD_LINES);
  if (!head.some((i) => isRemissLetterHead(lines[i].text) || addressesRecipients(lines[i].text))) return false;
  return preambleQuestions(lines.slice(start, end)) !== undefined;
}
