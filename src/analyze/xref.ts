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
  const processes = dictionary.map((entry, index) => {
    const mine = mentions.filter((m) => m.process === entry.id);
    const counts: Record<string, number> = {};
    for (const m of mine) counts[m.respondent] = (counts[m.respondent] ?? 0) + 1;
    const respondents = Object.keys(counts).sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
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
