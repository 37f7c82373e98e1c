/**
 * A coordinator question asked as yes or no on the remiss's own proposal ("Delar ni förslaget att
 * arbetsmarknads- och socialnämnden ska ha det samordnande ansvaret? Om nej, …"): an answer that
 * opens by saying yes ("Ja.", "Beträffande fråga 3: Ja.") or by sharing the proposal without naming
 * anyone ("Nämnden delar i huvudsak förslaget i denna del") proposes the body the question names.
 * The row says it was read so; a "Nej" or a body named in the answer is read as written.
 */
import { fold } from '../normalize/fold.js';
import type { Cues } from './lexicon.js';
import type { Mention } from './mentions.js';

/** The bodies the question's proposal names, when the question asks whether the respondent shares it (coordination.json agreementQuestion). */
export function questionProposal(question: string, cues: Cues, mentionsIn: (text: string) => Mention[]): string[] | undefined {
  const folded = fold(question);
  const asks = cues.agreementQuestion.find(folded)[0];
  if (!asks) return undefined;
  // The proposal is the clause the question asks about: to its question mark.
  const mark = folded.indexOf('?', asks.end);
  const end = mark < 0 ? folded.length : mark;
  const ids = mentionsIn(question.slice(0, end))
    .filter((m) => m.start >= asks.end && m.kind === 'named' && !m.genitive)
    .flatMap((m) => m.ids);
  return ids.length > 0 ? [...new Set(ids)] : undefined;
}

/** The most words before a label's colon that still open the answer ("Beträffande remissfråga 3 om samordnande ansvar: Ja."). */
export const MAX_YES_LABEL_WORDS = 8;

/**
 * Whether an answer's first sentence says yes to the question's proposal: its first word after a
 * short label is one of coordination.json yesWord, or it shares a proposal or view (endorse,
 * endorsedThing) with no body of its own named. Its first word a no (noWord) says no.
 */
export function affirms(folded: string, named: number, cues: Cues): boolean {
  const colon = folded.indexOf(':');
  const labelled = colon >= 0 && (folded.slice(0, colon).match(/[\p{L}\p{N}]+/gu) ?? []).length <= MAX_YES_LABEL_WORDS;
  const body = labelled ? folded.slice(colon + 1) : folded;
  const first = /[\p{L}]+/u.exec(body)?.[0];
  if (first === undefined || cues.noWord.test(first)) return false;
  if (cues.yesWord.test(first)) return true;
  return named === 0 && cues.endorse.test(body) && cues.endorsedThing.test(body) && !cues.negation.test(body);
}
