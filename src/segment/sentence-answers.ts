/**
 * An answer written as one paragraph that takes the questions in turn, a sentence or two each
 * ("Nämnden ser positivt på förslaget. Nämnden deltar i SSPF … Stråken kring förskolorna bör
 * prioriteras … När det gäller samordningen anser nämnden att …"). Where no heading, number or
 * paragraph says which question a part answers, the sentences may: a sentence that clearly
 * matches one question (its distinctive words, well ahead of the next question) or that names an
 * ongoing process in a round that asks about them, anchors that question. Two anchors at least, in
 * the questions' order, or the paragraph is left as it is — a sentence is not guessed into a
 * question. What comes before the first anchor stays with the part it was in.
 */
import type { Line, Segment } from '../model.js';
import { fold } from '../normalize/fold.js';
import { sentences } from '../normalize/sentences.js';
import { contentStems } from '../normalize/words.js';
import { matchQuestions, sectionsLexicon, type QuestionModel } from './questions.js';

/** What a sentence must show to anchor a question. Pinned by test/segment/sentence-answers.test.ts. */
export const SENTENCE_RULE = {
  /** Share of the question's weighted words the sentence has. */
  questionCover: 0.3,
  /** Ahead of the next question by this much score. */
  margin: 0.05,
  /** Or this many of the words only that question has ("stråk", "prioriteras"), more than any other's. */
  distinctWords: 2,
  /** Anchors needed in one paragraph. */
  minAnchors: 2,
  /**
   * Between two anchors that skip a question ("… Q1 … ? … Q4"), a sentence anchors a skipped
   * question on weaker evidence: its distinctive words, this much of the question, ahead of the
   * other skipped ones — the order and the words together.
   */
  between: { questionCover: 0.15, margin: 0.05 },
} as const;

export interface SentenceContext {
  model: QuestionModel;
  /** The question that asks which ongoing processes a respondent takes part in, if the round has one. */
  processQuestion?: string;
  /** Whether a text names a tracked process (CTC, SSPF …): the caller's process dictionary. */
  namesProcess?: (text: string) => boolean;
}

export interface Sentence {
  pieces: Line[];
  text: string;
}

/** The sentences of a run of lines, each as pieces of the lines it spans. */
export function sentencesOf(lines: Line[]): Sentence[] {
  const starts: number[] = [];
  let flat = '';
  for (const l of lines) {
    if (flat !== '') flat += ' ';
    starts.push(flat.length);
    flat += l.text;
  }
  // Sentences come in order: each one's lines are found from the first line of the one before,
  // not by a pass over every line (quadratic in a paragraph of thousands of lines).
  let from = 0;
  return sentences(flat).map(({ start, end }) => {
    const pieces: Line[] = [];
    while (from < lines.length - 1 && starts[from] + lines[from].text.length <= start) from++;
    for (let k = from; k < lines.length && starts[k] < end; k++) {
      const l = lines[k];
      const a = Math.max(start - starts[k], 0);
      const b = Math.min(end - starts[k], l.text.length);
      if (b <= a) continue;
      const raw = l.text.slice(a, b);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text === '') continue;
      pieces.push(a === 0 && b === l.text.length ? l : { ...l, text, offset: (l.offset ?? 0) + a + lead });
    }
    return { pieces, text: flat.slice(start, end).trim() };
  });
}

/** The question a sentence anchors, if any. */
function anchorOf(s: Sentence, ctx: SentenceContext): string | undefined {
  if (ctx.processQuestion && ctx.namesProcess?.(s.text)) return ctx.processQuestion;
  const [best, second] = matchQuestions(ctx.model, s.text);
  if (best && best.distinctive && best.questionCover >= SENTENCE_RULE.questionCover && best.score - (second?.score ?? 0) >= SENTENCE_RULE.margin) return best.question;
  // The words of the sentence that only one question has: two of one question's, more than of any other's.
  const own = new Set(contentStems(s.text));
  const counts = ctx.model.stems.map((q, qi) => q.filter((w) => own.has(w) && ctx.model.stems.every((o, oi) => oi === qi || !o.includes(w))).length);
  const top = Math.max(...counts);
  if (top < SENTENCE_RULE.distinctWords || counts.filter((c) => c === top).length > 1) return undefined;
  return ctx.model.questions[counts.indexOf(top)].id;
}

/** Whether a part (by its heading) may hold answers in its sentences: none, or a heading such as "Yttrande". */
function answersInSentences(heading: string | null): boolean {
  if (heading === null) return true;
  return sectionsLexicon().sentenceAnswerSections.some((h) => fold(h) === fold(heading.replace(/[:.]$/u, '').trim()));
}

/**
 * Splits the one-paragraph parts of an answer that answers no question by heading, number or
 * paragraph, where its sentences anchor two questions or more in order. Returns the segments,
 * changed or not.
 */
export function splitBySentences(segments: Segment[], ctx: SentenceContext): Segment[] {
  if (ctx.model.questions.length < 2 || segments.some((s) => s.question !== null)) return segments;
  const order = new Map(ctx.model.questions.map((q, i) => [q.id, i] as const));
  const out: Segment[] = [];
  for (const seg of segments) {
    // One paragraph: no blank line inside.
    if (!answersInSentences(seg.heading) || seg.lines.length === 0 || seg.lines.some((l) => l.text === '')) {
      out.push(seg);
      continue;
    }
    const sents = sentencesOf(seg.lines);
    const anchors = sents.map((s) => anchorOf(s, ctx));
    let found = anchors.map((q, i) => ({ q, i })).filter((a): a is { q: string; i: number } => a.q !== undefined);
    const inOrder = found.every((a, k) => k === 0 || order.get(a.q)! > order.get(found[k - 1].q)!);
    if (found.length < SENTENCE_RULE.minAnchors || !inOrder) {
      out.push(seg);
      continue;
    }
    found = withSkipped(found, sents, ctx, order);
    const part = (from: number, to: number): Line[] => sents.slice(from, to).flatMap((s) => s.pieces);
    const lead = part(0, found[0].i);
    if (lead.length > 0 || seg.heading !== null) out.push(segmentOf(seg, lead, seg.question, seg.heading));
    found.forEach((a, k) => {
      const lines = part(a.i, found[k + 1]?.i ?? sents.length);
      out.push(segmentOf({ ...seg, page: lines[0].page, line: lines[0].line }, lines, a.q, null));
    });
  }
  return out;
}

/** The anchors, with a sentence between two of them that answers a question they skip. */
function withSkipped(found: Array<{ q: string; i: number }>, sents: Sentence[], ctx: SentenceContext, order: Map<string, number>): Array<{ q: string; i: number }> {
  const out = [...found];
  for (let k = 0; k + 1 < found.length; k++) {
    const [a, b] = [found[k], found[k + 1]];
    const skipped = ctx.model.questions.filter((q) => order.get(q.id)! > order.get(a.q)! && order.get(q.id)! < order.get(b.q)!).map((q) => q.id);
    if (skipped.length === 0) continue;
    for (let i = a.i + 1; i < b.i; i++) {
      const [best, second] = matchQuestions(ctx.model, sents[i].text).filter((m) => skipped.includes(m.question));
      const w = SENTENCE_RULE.between;
      if (best && best.distinctive && best.questionCover >= w.questionCover && best.score - (second?.score ?? 0) >= w.margin) {
        out.push({ q: best.question, i });
        break;
      }
    }
  }
  return out.sort((x, y) => x.i - y.i);
}

function segmentOf(base: Segment, lines: Line[], question: string | null, heading: string | null): Segment {
  return { ...base, question, heading, lines, text: lines.map((l) => l.text).join('\n') };
}
