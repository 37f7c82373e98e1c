/**
 * Which remissfråga asks who should coordinate: found from the questions' own words (a role —
 * "samordnande roll", "samordningsansvar" — and preferably a "who" — "vilken nämnd", "vem"),
 * never from its number.
 */
import type { Question } from '../model.js';
import { fold } from '../normalize/fold.js';
import { loadCues } from '../extract/lexicon.js';

export function coordinatorQuestion(questions: Question[]): Question | undefined {
  const cues = loadCues();
  let best: { q: Question; score: number } | undefined;
  for (const q of questions) {
    const f = fold(q.text);
    const role = cues.questionRole.find(f).length;
    if (role === 0) continue;
    const score = Math.min(role, 2) + (cues.questionWho.test(f) ? 2 : 0);
    if (!best || score > best.score) best = { q, score };
  }
  return best?.q;
}
