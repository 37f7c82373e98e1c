/**
 * Answers that refer to a remissfråga by its number where a paragraph starts, with no heading of
 * their own: "Fråga 2: Nämnden anser …", "Svar på fråga 2 …", "Vad gäller fråga 3 …", and a run
 * of paragraphs numbered "1.", "2)", … in order. Each such paragraph opens that question's
 * section of the answer. The words are data (data/lexicon/sections.json, questionReference).
 */
import type { Line } from '../model.js';
import { fold } from '../normalize/fold.js';
import { escapeRegex } from '../normalize/ocr.js';
import { letteredQuestion, MAX_QUESTION_LETTERS, ROMAN_NUMERALS, romanNumber, sectionsLexicon, shortNumberedQuestion } from './questions.js';
import { isRule, isProseVerb } from './headings.js';
import { loadStructure } from '../normalize/structure.js';
import { letterRegExp } from '../normalize/letters.js';

export interface NumberedStart {
  /** Index of the paragraph's first line. */
  line: number;
  /** 1-based question number. */
  number: number;
  /** Named with a label or a phrase ("Fråga 2", "Vad gäller fråga 2"), not a bare "2.". */
  explicit: boolean;
  /** Named by its topic after an opener ("När det gäller uppföljningen …"). */
  topical?: true;
}

/** Words of a topic after an opener, at most (then a verb or a comma ends it). */
export const MAX_TOPIC_WORDS = 4;

/** The topic an opening phrase names ("När det gäller uppföljningen föreslår …" → "uppföljningen"). */
function topicOf(text: string, opener: RegExp): string | undefined {
  // Folding keeps the length of the text: the opener found in the folded text ends where it does in the text.
  const m = opener.exec(fold(text));
  if (!m) return undefined;
  const words: string[] = [];
  for (const w of text.slice(m[0].length).split(/\s+/)) {
    const bare = w.replace(/[,.;:!?]+$/u, '');
    if (bare === '' || isProseVerb(fold(bare)) || /^\d/u.test(bare)) break;
    words.push(bare);
    if (bare !== w || words.length >= MAX_TOPIC_WORDS) break;
  }
  return words.length > 0 ? words.join(' ') : undefined;
}

interface Patterns {
  topical: RegExp;
  explicit: RegExp;
  leadIn: RegExp;
  ordinal?: RegExp;
  ordinalNumbers: Map<string, number>;
  bare: RegExp;
  minBare: number;
}

let patterns: Patterns | undefined;

function load(): Patterns {
  if (patterns) return patterns;
  const ref = sectionsLexicon().questionReference;
  const alt = (ws: string[]): string => ws.map((w) => fold(w).split(/\s+/).map(escapeRegex).join('\\s+')).sort((a, b) => b.length - a.length).join('|');
  // Folded text: "fraga 2:", "svar pa fraga 2", "vad galler fraga 3", "beträffande remissfråga nr 1".
  const prefix = ref.prefixes?.length ? `(?:(?:${alt(ref.prefixes)})\\s*:?\\s+)?` : '';
  // An adverb opening the last or a further point may stand first: "Slutligen, angående fråga 4 …".
  const lead = ref.leadAdverbs?.length ? `(?:(?:${alt(ref.leadAdverbs)}),?\\s+)?` : '';
  // The question by its number, or by its letter in a remiss that letters them ("Svar på fråga B").
  const letter = `a-${String.fromCharCode(96 + MAX_QUESTION_LETTERS)}`;
  // Or by its Roman numeral ("Till fråga IV:"), where the text has capitals (referenced).
  const roman = ROMAN_NUMERALS.map((r) => r.toLowerCase()).sort((a, b) => b.length - a.length).join('|');
  const number = `(?:(\\d{1,2})(?![\\d.]\\d)|(?<=\\s)([${letter}])(?![\\p{L}\\p{N}])|(?<=\\s)(${roman})(?![\\p{L}\\p{N}]))`;
  const explicit = letterRegExp(`^${prefix}${lead}(?:(?:${alt(ref.openers)})\\s+)?(?:${alt(ref.labels)})(?:n)?\\s*${number}(?:\\s*[.:,)–-])?(?=\\s|$)`, 'ud');
  // The question by its ordinal: "Beträffande den tredje frågan, …", "Vad gäller andra frågan …".
  const ordinals = Object.keys(ref.ordinals ?? {});
  const ordinal =
    ordinals.length > 0
      ? letterRegExp(`^${prefix}${lead}(?:${alt(ref.openers)})\\s+(?:(?:${alt([...loadStructure().articles])})\\s+)?(${alt(ordinals)})\\s+(?:${alt(ref.labels)})(?:n)?(?=[\\s,.:]|$)`, 'u')
      : undefined;
  // "2. Nämnden …", "2) …", or "2." alone on its line with the answer below it.
  // A capital alone on its line ("B.") in a remiss that letters its questions.
  // A Roman numeral ("III. Nämnden …", "IV." alone) in a remiss that numbers its questions so.
  const romanMark = ROMAN_NUMERALS.slice().sort((a, b) => b.length - a.length).join('|');
  const bare = letterRegExp(`^(?:(\\d{1,2})\\s*[.)](?=\\s+["”“(]?\\p{Lu}|\\s*$)|([${letter.toUpperCase()}])[.)]$|(${romanMark})[.)](?=\\s+["”“(]?\\p{Lu}|\\s*$))`, 'u');
  // A short lead-in ending in a colon that names the question: "Om fråga 3 som vi hoppade över: …",
  // "Och om vem som ska leda (fråga 3): …". The colon makes it the topic of what follows, not a
  // reference in passing ("se fråga 2").
  const leadIn = letterRegExp(`^[^:.!?]{0,80}?(?<![\\p{L}])(?:${alt(ref.labels)})(?:n)?\\s*${number}\\)?[^:.!?]{0,50}:`, 'ud');
  // An opener alone at the start, before the topic it names: "När det gäller", "Beträffande".
  const topical = letterRegExp(`^${lead}(?:${alt(ref.openers.filter((o) => o.length > 2))})\\s+`, 'u');
  patterns = { explicit, leadIn, ordinal, topical, ordinalNumbers: new Map(Object.entries(ref.ordinals ?? {}).map(([w, n]) => [fold(w), n])), bare, minBare: ref.minBareSequence };
  return patterns;
}

/** Whether line i starts a paragraph: after a blank line, or after a line that ends a sentence. */
function startsParagraph(lines: Line[], i: number, from: number): boolean {
  if (i === from) return true;
  const prev = lines[i - 1];
  // A rule under a table's header row ("----- -----") ends its block as a blank line does.
  return prev.text === '' || prev.heading === true || /[.!?:]["”’)]*$/u.test(prev.text) || isRule(prev.text);
}

/**
 * The numbered paragraph starts in lines [from, to) for a round of `count` questions. Explicit
 * references always count; bare numbers only as a run of at least minBareSequence paragraphs
 * numbered in increasing order, each within the round's questions.
 */
export function numberedStarts(
  lines: Line[],
  from: number,
  to: number,
  count: number,
  sections: Array<string | undefined> = [],
  topicQuestion?: (topic: string) => number | undefined,
): NumberedStart[] {
  const { explicit, leadIn, ordinal, ordinalNumbers, bare, minBare, topical } = load();
  const found: NumberedStart[] = [];
  const bares: NumberedStart[] = [];
  const letters: NumberedStart[] = [];
  const romans: NumberedStart[] = [];
  let paragraph = -1; // where the paragraph before this one starts
  for (let i = from; i < to; i++) {
    const t = lines[i].text;
    if (t === '' || !startsParagraph(lines, i, from)) continue;
    const before = paragraph;
    paragraph = i;
    // "… Nämnden ändrade sitt yrkande, så rätt svar på fråga 3 är:" closing the paragraph before
    // introduces this one, when that paragraph did not open on the question itself.
    const closing = before >= 0 && found[found.length - 1]?.line !== before ? closingLeadIn(lines, before, i, leadIn) : undefined;
    if (closing !== undefined && closing >= 1 && closing <= count) {
      found.push({ line: i, number: closing, explicit: true });
      continue;
    }
    // "F2: …": a note's short form (before folding, which reads "F1" as letters).
    const short = shortNumberedQuestion(t);
    if (short !== undefined) {
      if (short >= 1 && short <= count) found.push({ line: i, number: short, explicit: true });
      continue;
    }
    const f = fold(t);
    // A small "i" after "fråga" is the preposition ("Vad gäller fråga i sak …"), no numeral: read on.
    const e = [explicit.exec(f) ?? leadIn.exec(f)].find((m) => m && (m[3] === undefined || referenced(m, t) !== undefined));
    const o = e ? undefined : ordinal?.exec(f);
    if (e || o) {
      const n = e ? (referenced(e, t) ?? 0) : (ordinalNumbers.get(o![1].replace(/\s+/g, ' ')) ?? 0);
      if (n >= 1 && n <= count) found.push({ line: i, number: n, explicit: true });
      continue;
    }
    // A national remiss answered in running text: "I fråga om ansvaret enligt avsnitt 6.1 …" opens
    // the answer on that section, when the round's questions are the report's sections.
    const named = sections.length > 0 ? sectionNamed(t, sections) : undefined;
    if (named !== undefined) {
      found.push({ line: i, number: named, explicit: true });
      continue;
    }
    // "När det gäller uppföljningen föreslår …": the topic the opener names, as a heading would.
    const topic = topicQuestion ? topicOf(t, topical) : undefined;
    const byTopic = topic !== undefined ? topicQuestion!(topic) : undefined;
    if (byTopic !== undefined && byTopic >= 1 && byTopic <= count) {
      found.push({ line: i, number: byTopic, explicit: false, topical: true });
      continue;
    }
    const b = bare.exec(t);
    if (b?.[1] !== undefined) bares.push({ line: i, number: Number(b[1]), explicit: false });
    else if (b?.[2] !== undefined) letters.push({ line: i, number: letteredQuestion(b[2], 0)!, explicit: false });
    else if (b) romans.push({ line: i, number: romanNumber(b[3])!, explicit: false });
  }
  // Parts lettered "A.", "B." … (or numbered "I.", "II." …) are the questions, and numbered
  // paragraphs inside them a list.
  const run = [letters, romans, bares].find((r) => r.length >= minBare && r.every((b, k) => b.number >= 1 && b.number <= count && (k === 0 || b.number > r[k - 1].number)));
  if (run) found.push(...run);
  return found.sort((a, b) => a.line - b.line);
}

/**
 * The question a paragraph's last sentence introduces what follows with: a lead-in naming it and
 * ending the paragraph in a colon ("… Därför är vårt svar på fråga 3 följande:").
 */
function closingLeadIn(lines: Line[], start: number, end: number, leadIn: RegExp): number | undefined {
  const text = lines
    .slice(start, end)
    .map((l) => l.text)
    .filter((t) => t !== '')
    .join(' ')
    .trim();
  if (!text.endsWith(':')) return undefined;
  let cut = 0;
  for (const m of text.matchAll(/[.!?]["”’)]*\s+/gu)) cut = m.index + m[0].length;
  const last = text.slice(cut);
  const m = leadIn.exec(fold(last));
  return m && m[0].length === last.length ? referenced(m, last) : undefined;
}

/**
 * The question a reference found in the folded text names: its number, or its letter or Roman
 * numeral where the text has capitals ("fråga B", "fråga IV"; not "fråga i sak").
 */
function referenced(m: RegExpExecArray, text: string): number | undefined {
  if (m[1] !== undefined) return Number(m[1]);
  if (m[2] !== undefined) return letteredQuestion(text, m.indices![2]![0]);
  const [from, to] = m.indices![3]!;
  return romanNumber(text.slice(from, to));
}

/** "avsnitt 3.2", "kapitel 4": a report section by its number (compiled once; matchAll copies it). */
let sectionReference: RegExp | undefined;

/** The question (1-based) whose report section the opening of a paragraph names, if exactly one. */
function sectionNamed(text: string, sections: Array<string | undefined>): number | undefined {
  const opening = fold(text).slice(0, 140);
  sectionReference ??= letterRegExp(`(?:^|[^\\p{L}])(?:${sectionsLexicon().reportSections.words.map((w) => fold(w)).join('|')})\\.?\\s+(\\d{1,2}(?:\\.\\d{1,2})*)`, 'gu');
  const named = new Set<number>();
  for (const m of opening.matchAll(sectionReference)) {
    const i = sections.findIndex((s) => s !== undefined && (m[1] === s || m[1].startsWith(`${s}.`)));
    if (i >= 0) named.add(i + 1);
  }
  return named.size === 1 ? [...named][0] : undefined;
}
