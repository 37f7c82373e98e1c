/**
 * A decision that adopts a draft answer with a change: "… att översända förvaltningens förslag,
 * bilaga 1, med den ändringen att andra stycket under rubriken ”4. Samordning” ska ha följande
 * lydelse: ”Nämnden förordar att …”". The wording quoted after the amendment's words
 * (coordination.json amendment) is the committee's own; the draft it changes is not. Unquoted, the
 * clause after "med tillägget att …" is the wording, to the end of its sentence, where a decision's
 * words stand just before it (within AMENDMENT_QUOTE_GAP).
 */
import type { Segment } from '../model.js';
import { flatten, lineAt, type FlatText } from '../normalize/flatten.js';
import { fold } from '../normalize/fold.js';
import { sentences } from '../normalize/sentences.js';
import type { Cues } from './lexicon.js';

/** The quoted wording starts at most this far after the amendment's words (characters). */
export const AMENDMENT_QUOTE_GAP = 300;
/** And is at most this long: a paragraph or two, not the rest of the document. */
export const MAX_AMENDMENT_CHARS = 2000;
/** A quote this short that ends no sentence names a part of the draft ("”4. Samordning och ledning”"). */
export const MAX_PART_NAME_CHARS = 80;

export interface Amendment {
  segment: Segment;
  flat: FlatText;
  /** The quoted wording: [start, end) of flat.text, inside the quotation marks. */
  start: number;
  end: number;
}

const OPENING = /[”“"«]/u;
const CLOSING = /[”"»]/u;

/**
 * Each respondent's amendments, found in one pass over the round (asked once per respondent: a
 * pass each would be quadratic in a round of thousands). A segment's amendment is its
 * respondent's; one before any heading (respondent null) is the respondent's whose source it is
 * alone — a minutes extract whose decision stands above the yttrande it adopts.
 */
const byRound = new WeakMap<Segment[], WeakMap<Cues, Map<string, Amendment[]>>>();

function amendmentsByRespondent(segments: Segment[], cues: Cues): Map<string, Amendment[]> {
  let perCues = byRound.get(segments);
  if (!perCues) byRound.set(segments, (perCues = new WeakMap()));
  const hit = perCues.get(cues);
  if (hit) return hit;
  const sourceOf = (s: Segment): number | undefined => s.lines[0]?.source;
  const owners = new Map<number | undefined, Set<string>>();
  for (const s of segments) if (s.respondent !== null) owners.set(sourceOf(s), (owners.get(sourceOf(s)) ?? new Set()).add(s.respondent));
  const out = new Map<string, Amendment[]>();
  for (const segment of segments) {
    const sole = owners.get(sourceOf(segment));
    const owner = segment.respondent ?? (sole?.size === 1 ? [...sole][0] : undefined);
    if (owner === undefined || !cues.amendment.test(fold(segment.text))) continue;
    const found = quotedAmendments(segment, cues);
    if (found.length === 0) continue;
    const list = out.get(owner);
    if (list) list.push(...found);
    else out.set(owner, found);
  }
  perCues.set(cues, out);
  return out;
}

/** The amendments in a respondent's text, each with the wording it quotes. */
export function amendmentsOf(segments: Segment[], respondent: string, cues: Cues): Amendment[] {
  return amendmentsByRespondent(segments, cues).get(respondent) ?? [];
}

/** The amendments of one segment and the wording each quotes. */
function quotedAmendments(segment: Segment, cues: Cues): Amendment[] {
  const out: Amendment[] = [];
  const flat = flatten(segment.lines);
  let spans: Array<{ start: number; end: number }> | undefined;
  let span = 0;
  let after = 0;
  for (const cue of cues.amendment.find(flat.folded)) {
    if (cue.start < after) continue;
    // Searched within their reach only: a text of thousands of cues and no quote stays linear.
    const gap = flat.text.slice(cue.end, cue.end + AMENDMENT_QUOTE_GAP).search(OPENING);
    if (gap < 0) {
      // "att som sitt yttrande översända förvaltningens förslag med tillägget att nämnden anser att
      // fritidsnämnden bör få ansvaret": with no quote, in a decision, the clause after "att" is the
      // wording itself, to the end of its sentence. (Outside a decision, "med den ändringen att …"
      // qualifies the remiss's proposal and is read as any sentence is.)
      spans ??= sentences(flat);
      // The cues come in order: the sentence holding each is found from the last one's on.
      while (span < spans.length && spans[span].end <= cue.end) span++;
      const sentence = span < spans.length && spans[span].start <= cue.end ? spans[span] : undefined;
      const decisionFrom = sentence ? Math.max(sentence.start, cue.start - AMENDMENT_QUOTE_GAP) : cue.start;
      if (sentence && /\batt$/u.test(flat.folded.slice(cue.start, cue.end)) && cues.decision.test(flat.folded.slice(decisionFrom, cue.start))) {
        // … nor into the decision's next clause, a line of its own that opens with "att".
        const sentenceEnd = sentence.end;
        let end = Math.min(sentenceEnd, cue.end + MAX_AMENDMENT_CHARS);
        for (let i = lineAt(flat, cue.end) + 1; i < flat.lines.length && flat.starts[i] < end; i++) {
          if (/^att\s/u.test(flat.lines[i].text.trim())) end = flat.starts[i];
        }
        while (end > cue.end && /[\s,;]/u.test(flat.text[end - 1])) end--;
        if (end > cue.end) {
          out.push({ segment, flat, start: cue.end, end });
          after = end;
        }
      }
      continue;
    }
    const open = cue.end + gap;
    const length = flat.text.slice(open + 1, open + 1 + MAX_AMENDMENT_CHARS).search(CLOSING);
    if (length < 0) continue;
    const close = open + 1 + length;
    // "under rubriken ”4. Samordning” ska ha följande lydelse: ”…”": a quote that names the part
    // changed — short, no sentence in it — before another cue is not the wording; the quote
    // after that cue is. A wording followed by a further change ("… ” samt med det tillägget att …") is.
    const naming = length <= MAX_PART_NAME_CHARS && !/[.!?]\s*$/u.test(flat.text.slice(open + 1, close));
    if (naming && cues.amendment.find(flat.folded.slice(close, close + AMENDMENT_QUOTE_GAP)).length > 0) continue;
    out.push({ segment, flat, start: open + 1, end: close });
    after = close + 1;
  }
  return out;
}
