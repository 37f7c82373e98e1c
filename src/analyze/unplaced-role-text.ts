/**
 * Text of no respondent among the answers to the coordinator question that speaks of the role and
 * names a body ("Gruppen enades om att fritidsnämnden bör få samordningsansvaret" in a workshop's
 * notes; a paragraph whose speaker was not read): it may be the view of a respondent answering
 * there, so each such respondent's row carries it for the analyst — a flag, never a choice.
 */
import type { Round, Segment } from '../model.js';
import { flatten } from '../normalize/flatten.js';
import { loadCues, type Cues } from '../extract/lexicon.js';
import { findMentions } from '../extract/mentions.js';
import { fold } from '../normalize/fold.js';
import { numberedQuestion } from '../segment/questions.js';

/**
 * At least this many respondents answer the question in the source: text of no respondent among
 * one body's answers is that body's letter's own (its letterhead, its signature), no one else's view.
 */
export const MIN_ANSWERING = 2;

/** Where a segment stands: its source and its first line's place in the source's order. */
function placeOf(s: Segment): { source: number; at: number } | undefined {
  const l = s.lines[0];
  return l ? { source: l.source, at: (l.page ?? 0) * 1e6 + l.line } : undefined;
}

/**
 * Each respondent's id → the first sentence of such text (quoted) among its answers to
 * `question` in the same source: between the first and the last answer to the question there.
 */
export function unplacedRoleText(round: Round, question: string, cues: Cues = loadCues()): Map<string, string> {
  const out = new Map<string, string>();
  const number = Number(question.replace(/^Q/u, ''));
  // The span of the question's answers in each source, and who answers there.
  const spans = new Map<number, { from: number; to: number; ids: Set<string> }>();
  for (const s of round.segments) {
    if (s.question !== question || s.respondent === null) continue;
    const p = placeOf(s);
    if (!p) continue;
    const span = spans.get(p.source) ?? { from: p.at, to: p.at, ids: new Set<string>() };
    span.from = Math.min(span.from, p.at);
    span.to = Math.max(span.to, p.at);
    span.ids.add(s.respondent);
    spans.set(p.source, span);
  }
  for (const s of round.segments) {
    if (s.respondent !== null || s.part !== 'unattributed') continue;
    const p = placeOf(s);
    const span = p ? spans.get(p.source) : undefined;
    // Among the answers, or right under the question's own heading before them ("4.2 Pass 2 (fråga 2)" / "Gruppen enades om …").
    const opensQuestion = s.lines.length > 0 && numberedQuestion(s.lines[0].text) === number;
    if (!p || !span || span.ids.size < MIN_ANSWERING || (!opensQuestion && p.at < span.from) || p.at > span.to) continue;
    const flat = flatten(s.lines);
    if (!cues.roleWord.test(flat.folded)) continue;
    // The first sentence that speaks of the role and names a body.
    const sentence = flat.text.split(/(?<=[.!?])\s+|\n/u).find((t) => {
      const f = fold(t);
      return cues.roleWord.test(f) && findMentions(t, f, null, undefined, cues).some((m) => m.kind === 'named');
    });
    if (sentence === undefined) continue;
    const quote = sentence.replace(/\s+/gu, ' ').trim();
    for (const id of span.ids) if (!out.has(id)) out.set(id, quote);
  }
  return out;
}
