/**
 * One role split between bodies by scope, in one sentence: "För skolnära frågor bör
 * grundskolenämnden ha ansvaret, för fritidsfrågor fritidsnämnden", "I innerstaden bör
 * kommunstyrelsen samordna, i östra Malmö MKB", "strategiskt ansvar hos kommunstyrelsen, operativt
 * hos tekniska nämnden". Each body carries a part of the role, so together they are one joint
 * choice — not alternatives. Words: data/lexicon/coordination.json `scopeSplit`.
 */
import type { Cues } from './lexicon.js';

interface Placed {
  members: string[];
  rank?: number;
  generic: string | null;
}

/** The most bodies one role is split between in one sentence; more is a list, not a split. */
export const MAX_SPLIT_BODIES = 4;

/** What ends a part: a comma, a semicolon, a colon (a saying's quoted words begin after it). */
const PART_END = new Set([',', ';', ':']);

/** The parts of a sentence between commas, semicolons and colons, as [start, end). */
function parts(prepared: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i <= prepared.length; i++) {
    if (i === prepared.length || PART_END.has(prepared[i])) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/**
 * Whether the sentence's choices split one role by scope: two or more bodies, one each, unranked
 * and named, each in a part of its own (between commas) that opens with a word of scope, and every
 * part with a choice so opened. `at` gives where a choice's first body stands in `prepared`.
 */
export function splitsByScope<C extends Placed>(prepared: string, choices: C[], at: (c: C) => number | undefined, cues: Cues): boolean {
  if (choices.length < 2 || choices.length > MAX_SPLIT_BODIES || choices.some((c) => c.members.length !== 1 || c.rank !== undefined || c.generic !== null)) return false;
  if (new Set(choices.map((c) => c.members[0])).size < choices.length) return false;
  const all = parts(prepared);
  const used = new Set<number>();
  for (const c of choices) {
    const pos = at(c);
    if (pos === undefined) return false;
    const k = all.findIndex((p) => pos >= p.start && pos < p.end);
    if (k < 0 || used.has(k)) return false;
    used.add(k);
    const part = prepared.slice(all[k].start, all[k].end);
    // The part's first word, past spaces and an opening quotation mark.
    const lead = part.search(/[\p{L}\p{N}]/u);
    if (!cues.scopeSplit.find(part).some((s) => s.start === lead)) return false;
  }
  return true;
}
