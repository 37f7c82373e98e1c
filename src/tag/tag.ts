/**
 * Tagging a round: every sentence of every segment that names a process of the dictionary
 * becomes a mention, with the respondent, the question the segment answers, the sentence as
 * quoted from the source, and the page and line where the name stands.
 */
import type { Line, Round } from '../model.js';
import { flatten, lineAt, provenance, sourceSlice, type FlatText } from '../normalize/flatten.js';
import { sentences, type Span } from '../normalize/sentences.js';
import type { Dictionary } from './dictionary.js';
import { fold, foldWords } from '../normalize/fold.js';
import { loadData } from '../data.js';
import { phrasePattern } from './pattern.js';
import { ocrSources, readByOcrAt } from './ocr-read.js';
import { compileDictionary, matchProcesses, type CompiledProcess } from './match.js';
import { lowerBound } from '../sorted.js';
import { letterRegExp } from '../normalize/letters.js';

export interface Mention {
  /** Process id. */
  process: string;
  respondent: string;
  /** The remissfråga the segment answers, or null. */
  question: string | null;
  /** The sentence naming the process, verbatim from the source (line breaks as spaces). */
  quote: string;
  /** The name as the text writes it ("CTC-enkäten", "6rat mot marken"). */
  match: string;
  page: number | null;
  line: number;
}

/** A mention in a flat text, before it is placed in a round. */
export type TextMention = Omit<Mention, 'respondent' | 'question'> & { start: number; end: number };

export function tagRound(round: Round, dictionary: Dictionary): Mention[] {
  const compiled = compileDictionary(dictionary);
  const known = new Set(round.respondents.map((r) => r.id));
  const asked = askedWords(round);
  const out: Mention[] = [];
  const anyOcr = ocrSources(round).size > 0;
  for (const seg of round.segments) {
    // A mention counts only inside its own respondent's text: text that belongs to no respondent
    // (a preamble, unattributed text) names no one's process.
    if (!seg.respondent || !known.has(seg.respondent)) continue;
    // A remissfråga repeated in the answer (a response form) is the asker's words, not the respondent's.
    const lines = seg.lines.filter((l) => !asked(l.text));
    const ocr = anyOcr && seg.lines.some((l) => readByOcrAt(round, l.source, l.page));
    for (const m of tagLines(lines, compiled, ocr)) {
      out.push({ process: m.process, respondent: seg.respondent, question: seg.question, quote: m.quote, match: m.match, page: m.page, line: m.line });
    }
  }
  return out;
}

let askerLines: RegExp | undefined;

/**
 * Whether a line is the asker's words: it repeats one of the round's questions (five words or
 * more of it, whole), or cites the remiss ("Ärende: …", "Yttrande över remiss …"; data/processes.json).
 */
function askedWords(round: Round): (line: string) => boolean {
  const questions = round.questions.map((q) => foldWords(q.text)).filter((q) => q.split(' ').length >= 5);
  askerLines ??= letterRegExp(
    `^\\s*(?:${loadData<{ askerLines?: string[] }>('processes.json').askerLines?.map((p) => phrasePattern(p, { capture: false }).source).join('|') ?? '(?!)'})(?![\\p{L}\\p{N}])`,
    'u',
  );
  const cites = askerLines;
  return (line) => {
    if (cites.test(fold(line))) return true;
    const l = foldWords(line.replace(/^\s*(?:fråga|fraga)?\s*\d+[.:)]?\s*/iu, ''));
    return l.split(' ').length >= 5 && questions.some((q) => q === l || q.includes(l));
  };
}

/** The mentions in some lines of text: one per process and sentence, in text order. */
export function tagLines(lines: Line[], processes: CompiledProcess[], ocr = false): TextMention[] {
  if (lines.length === 0) return [];
  const flat = flatten(lines);
  const spans = sentences(flat);
  const seen = new Set<string>();
  const out: TextMention[] = [];
  for (const m of matchProcesses(processes, flat.text, flat.folded, ocr)) {
    const sentence = sentenceAround(spans, m.start, m.end);
    const key = `${m.process}@${sentence.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const [from, to] = aroundName(flat.text, withinContiguousLines(flat, sentence, m.start), m.start, m.end);
    out.push({
      process: m.process,
      quote: sourceSlice(flat, from, to),
      match: sourceSlice(flat, m.start, m.end),
      ...provenance(flat, m.start),
      start: m.start,
      end: m.end,
    });
  }
  return out;
}

/** The sentence(s) holding [start, end): a name broken over a sentence break takes both. */
function sentenceAround(spans: Span[], start: number, end: number): Span {
  // Binary searches over the spans (in text order): scanning them for every name is quadratic in
  // a segment of thousands of sentences.
  const firstIndex = lowerBound(spans.length, (i) => spans[i].end > start);
  const first = spans[firstIndex] ?? { start, end };
  const lastIndex = lowerBound(spans.length, (i) => spans[i].start >= end) - 1;
  const last = spans[lastIndex] ?? first;
  return { start: Math.min(first.start, start), end: Math.max(last.end, end) };
}

/** Longest quote; a longer "sentence" (a table, a list or OCR text without full stops) is cut. */
const MAX_QUOTE = 400;
const CONTEXT = 150;

/** A range too long to quote is narrowed to whole words around the name. */
function aroundName(text: string, [from, to]: [number, number], start: number, end: number): [number, number] {
  if (to - from <= MAX_QUOTE) return [from, to];
  let a = Math.max(from, start - CONTEXT);
  let b = Math.min(to, end + CONTEXT);
  while (a > from && a < start && !/\s/.test(text[a - 1])) a++;
  while (b < to && b > end && !/\s/.test(text[b])) b--;
  return [a, b];
}

/**
 * The part of a sentence on source lines that follow each other without a gap. Where lines were
 * taken out between (a running header, a page number at a page break) the sentence does not
 * occur as such in the source; the quote keeps the side that holds the name, so that it can be
 * found in the source.
 */
function withinContiguousLines(flat: FlatText, span: Span, at: number): [number, number] {
  // PDF lines are numbered per page: the first line of a page follows the last of the one before
  // only when nothing (a footer, a page number, a header) was taken out between them, which the
  // line numbers alone cannot tell; the sentence across a page break is cut there.
  const follows = (a: Line, b: Line): boolean => a.source === b.source && a.page === b.page && b.line === a.line + 1;
  let a = lineAt(flat, at);
  let b = a;
  // Only as far as the sentence reaches: a segment of thousands of unbroken lines is not walked
  // from end to end for every name in it.
  while (a > 0 && flat.starts[a] > span.start && follows(flat.lines[a - 1], flat.lines[a])) a--;
  while (b + 1 < flat.lines.length && flat.starts[b] + flat.lengths[b] < span.end && follows(flat.lines[b], flat.lines[b + 1])) b++;
  return [Math.max(span.start, flat.starts[a]), Math.min(span.end, flat.starts[b] + flat.lengths[b])];
}
