/**
 * The shared-process cross-reference: processes × respondents, counting the sentences in which
 * each respondent names each process. A process is shared when at least `minRespondents`
 * respondents name it; shared processes come first, the most widely named first.
 */
import type { Respondent, Round } from '../model.js';
import type { Dictionary } from '../tag/dictionary.js';
import type { Mention } from '../tag/tag.js';

export interface XrefProcess {
  id: string;
  name: string;
  /** Respondents that name the process, in the round's order. */
  respondents: string[];
  /** Mentions (sentences) per respondent. */
  counts: Record<string, number>;
  mentions: Mention[];
  shared: boolean;
}

export interface Xref {
  respondents: Respondent[];
  minRespondents: number;
  /** Every process of the dictionary: shared first, then by how many respondents name it. */
  processes: XrefProcess[];
}

export interface XrefOptions {
  /** How many respondents make a process shared (default 2). */
  minRespondents?: number;
}

export function crossReference(round: Round, mentions: Mention[], dictionary: Dictionary, options: XrefOptions = {}): Xref {
  const minRespondents = options.minRespondents ?? 2;
  const order = new Map(round.respondents.map((r, i) => [r.id, i]));
  // Mentions grouped by process once (not filtered once per process of a large dictionary).
  const byProcess = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byProcess.get(m.process) ?? [];
    list.push(m);
    byProcess.set(m.process, list);
  }
  const processes = dictionary.map((entry, index) => {
    const mine = byProcess.get(entry.id) ?? [];
    // Keys are respondent ids taken from documents ("constructor", "__proto__"): counted in a Map,
    // handed on as an object without a prototype.
    const tally = new Map<string, number>();
    for (const m of mine) tally.set(m.respondent, (tally.get(m.respondent) ?? 0) + 1);
    const respondents = [...tally.keys()].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
    const counts = Object.create(null) as Record<string, number>;
    for (const id of respondents) counts[id] = tally.get(id)!;
    return { index, process: { id: entry.id, name: entry.name, respondents, counts, mentions: mine, shared: respondents.length >= minRespondents } };
  });
  processes.sort(
    (a, b) =>
      Number(b.process.shared) - Number(a.process.shared) ||
      b.process.respondents.length - a.process.respondents.length ||
      a.index - b.index,
  );
  return { respondents: round.respondents, minRespondents, processes: processes.map((p) => p.process) };
}

/**
 * A process's count for a respondent. Always through this: `counts` may come back from the cache
 * as a plain object, where `counts["constructor"]` is Object itself, not a count.
 */
export function countOf(p: Pick<XrefProcess, 'counts'>, respondent: string): number {
  return Object.prototype.hasOwnProperty.call(p.counts, respondent) ? p.counts[respondent] : 0;
}
