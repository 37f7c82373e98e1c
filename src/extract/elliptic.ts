/**
 * An answer made of names alone: the question asks who should coordinate, and the answer opens by
 * naming them — "Fritidsnämnden.", "Förslagsvis kommunstyrelsen.", "I första hand fritidsnämnden,
 * i andra hand kommunstyrelsen.", "Kommunstyrelsen, som har det samlade ansvaret." — with no verb
 * to read a proposal from. Only at the opening of an answer to the question: a name alone further
 * on is a signature, an addressee or a list of who gets the decision.
 */
import type { Cues } from './lexicon.js';
import type { Mention } from './mentions.js';
import { asideClose } from './clauses.js';

/** A label before the names ("Förslag:", "[Fritidsförvaltningen:]"): a bracket, or a few words and a colon. */
const LABEL = /^\s*(?:\[[^\]\n]{1,60}\]|\p{L}+(?:\s+\p{L}+){0,2}\s*:)\s*/u;

/** An opening quotation mark. */
const OPENING_MARK = /[”"“«]/u;

/** What may follow the last name: nothing but a full stop (and a closing quotation mark) … */
const END = /^\s*[.!]?\s*[”"»]?\s*[.!]?\s*$/u;
/** … or a description or a reason set off ("…, som", "… – den", "…: den"). */
const SET_OFF = /^\s*[,–—:;(]|^\s+-\s/u;

/** Where a sentence stands in a numbered list: the last item read before, the mark read just before it as a sentence of its own ("2."). */
export interface ListContext {
  previous?: number;
  mark?: number;
}

/** The names of an answer of names alone, and the rank that a numbered list or an "annars" gives some of them. */
export interface EllipticAnswer {
  mentions: Mention[];
  ranks: Map<Mention, number>;
}

/** A list item's number right before the names ("1. " before the sentence's first name). */
const LIST_NUMBER_END = /(?:^|\s)(\d{1,2})[.)]\s*$/u;
/** Nothing between two names but the next item's number ("… / 2. …"). */
const LIST_NUMBER_ONLY = /^[\s,;]*(\d{1,2})[.)]\s*$/u;

/** What stands between two names of one answer: a comma, "och", "eller", "samt", "/" (joiner), and maybe a rank phrase. */
export interface EllipticWords {
  /** Whether the words between two names only list them ("och", ", ", "eller"). */
  joins: (between: string) => boolean;
}

/**
 * The mentions that make up an answer of names alone, from `lead` (the sentence's start past its
 * number or label), with the ranks a numbered list or "annars" gives them; undefined when the
 * sentence says more than names. Each name (a body, or a body described: "en nämnd med …") is
 * opened only by a rank phrase or an elliptic lead and joined to the next only by list words, an
 * item's number or "annars"; after the last come only a tail ("gemensamt"), then a full stop or
 * words set off by a comma, dash or colon — words, not another name (setOffName).
 */
export function ellipticMentions(text: string, folded: string, lead: number, mentions: Mention[], cues: Cues, words: EllipticWords, list: ListContext = {}): EllipticAnswer | undefined {
  let pos = lead;
  const label = LABEL.exec(folded.slice(pos));
  if (label && !mentions.some((m) => m.start < pos + label[0].length && m.end > pos)) pos += label[0].length;
  const ranks = cues.rank.find(folded);
  const leads = cues.ellipticLead.find(folded);
  const tails = cues.ellipticTail.find(folded);
  const otherwise = cues.ellipticOtherwise.find(folded);
  const skipSpace = (at: number): number => {
    while (at < folded.length && /\s/u.test(folded[at])) at++;
    return at;
  };
  const opener = (at: number, list: Array<{ start: number; end: number }>): number => list.find((x) => x.start === at)?.end ?? at;
  // The answer as the compiler quotes it ("”Fritidsförvaltningen – den har …”"): its opening mark.
  pos = skipSpace(pos);
  if (OPENING_MARK.test(folded[pos] ?? '')) pos = skipSpace(pos + 1);
  pos = skipSpace(opener(pos, leads));
  const out: EllipticAnswer = { mentions: [], ranks: new Map() };
  // A numbered list of names ("1. Fritidsnämnden" / "2. Tekniska nämnden") is an order of
  // preference: from its first item, or the item after the last one read before.
  const first = LIST_NUMBER_END.exec(folded.slice(0, lead));
  const firstNumber = first ? Number(first[1]) : list.mark;
  let numbered = firstNumber !== undefined && (firstNumber === 1 || firstNumber === (list.previous ?? 0) + 1);
  let nextRank: number | undefined = numbered ? firstNumber : undefined;
  const byStart = new Map(mentions.map((m) => [m.start, m]));
  for (;;) {
    pos = skipSpace(opener(pos, ranks));
    const m = byStart.get(pos);
    if (!m || m.genitive || (m.kind !== 'named' && m.kind !== 'generic')) return undefined;
    out.mentions.push(m);
    if (nextRank !== undefined) out.ranks.set(m, nextRank);
    nextRank = undefined;
    // "… gemensamt", "… i första hand": words that only qualify the names before them.
    const restAt = opener(skipSpace(m.end), tails);
    const rest = folded.slice(restAt);
    if (END.test(rest)) return out;
    const next = mentions.find((n) => n.start >= m.end);
    if (next) {
      // The words between the two names, less a rank phrase before the second ("…, i andra hand X").
      const rank = ranks.find((r) => r.start >= m.end && skipSpace(r.end) === next.start);
      const between = folded.slice(restAt, rank ? rank.start : next.start);
      const item = numbered ? LIST_NUMBER_ONLY.exec(between) : null;
      // "X i första hand, annars Y": Y is the next choice down.
      const fallback = otherwise.find((o) => o.start >= restAt && skipSpace(o.end) === next.start && /^[\s,;]*$/u.test(folded.slice(restAt, o.start)));
      if (item || fallback || words.joins(between)) {
        if (item) nextRank = Number(item[1]);
        else if (fallback) {
          const current = out.ranks.get(m) ?? 1;
          out.ranks.set(m, current);
          nextRank = current + 1;
        } else numbered = false;
        pos = rank ? rank.start : next.start;
        continue;
      }
    }
    return SET_OFF.test(rest) && !setOffName(text, restAt) && !goesOnAfterAside(folded, restAt) ? out : undefined;
  }
}

/** A dash or bracket that opens an aside after the names. */
const ASIDE_OPEN = /^\s*[–—(]\s*|^\s+-\s+/u;

/**
 * Whether the names are the subject of a sentence that goes on after an aside set off between
 * dashes or brackets ("Kommunstyrelsen och tekniska nämnden – dock inte servicenämnden – har
 * kontaktytorna"): words after the aside closes, not a full stop. "Kommunstyrelsen – den har
 * mandatet." (an aside that never closes) and "Kommunstyrelsen (KS)." stay answers of names.
 */
function goesOnAfterAside(folded: string, at: number): boolean {
  const open = ASIDE_OPEN.exec(folded.slice(at));
  if (!open) return false;
  const close = asideClose(folded, at + open[0].length);
  return close !== undefined && /^[)–—-]?\s*\p{L}/u.test(folded.slice(close, close + 40));
}

/**
 * Whether what is set off after the names is a name of its own, capitalised where the sentence is
 * not in capitals: a signature's "Fritidsförvaltningen, Malmö stad" or an address, not a
 * description ("…, som redan leder arbetet") or a reason.
 */
function setOffName(text: string, at: number): boolean {
  const word = /^[\s,–—:;(-]*(\p{L})/u.exec(text.slice(at));
  if (!word) return false;
  const initial = word[1];
  return initial !== initial.toLowerCase() && text !== text.toUpperCase();
}
