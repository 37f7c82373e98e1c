/**
 * Today's order kept: "Sedan 2025 samordnar fritidsnämnden arbetet, och det fungerar väl – vi ser
 * ingen anledning att ändra på den ordningen", "Tekniska nämnden samordnar redan i dag och så bör
 * det förbli". A sentence that says who holds the role now (a role's verb before the cue) and that
 * it should stay so proposes that holder. Words: data/lexicon/coordination.json `statusQuo`.
 */
import type { Cues } from './lexicon.js';
import type { Mention } from './mentions.js';

/** The one body holding the role today in a sentence that keeps today's order, if there is one. */
export function statusQuoHolder(prepared: string, mentions: ReadonlyArray<Mention>, cues: Cues): Mention | undefined {
  const keep = cues.statusQuo.find(prepared)[0];
  if (!keep) return undefined;
  const before = prepared.slice(0, keep.start);
  if (!(before.match(/[\p{L}]+/gu) ?? []).some((w) => cues.roleVerbWord.test(w))) return undefined;
  const holders = mentions.filter((m) => m.kind === 'named' && !m.genitive && m.end <= keep.start);
  return new Set(holders.flatMap((m) => m.ids)).size === 1 ? holders[0] : undefined;
}
