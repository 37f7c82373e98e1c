/**
 * The questions an answer says it answers ("Region Vallby lämnar synpunkter på frågorna 1, 2 och 4
 * och avstår från att besvara fråga 3"; "Nämnden besvarar endast frågorna 2 och 5–7"): read from
 * the answer's opening, so that topical headings fewer than the round's questions can take the
 * declared ones in turn (src/segment/segment.ts inOrder). Words from data/lexicon/structure.json
 * declaredAnswers.
 */
import { loadData } from '../data.js';
import { fold } from '../normalize/fold.js';
import { escapeRegex } from '../normalize/ocr.js';
import { letterRegExp } from '../normalize/letters.js';

interface DeclaredLexicon {
  questionWords: string[];
  answer: string[];
  skip: string[];
  /** Words joining the numbers of a list besides a comma ("1, 2 och 4"). */
  numberJoiners: string[];
}

/** What every question word of declaredAnswers.questionWords holds, folded. */
export const QUESTION_STEM = 'frag';

let compiled: { list: RegExp; answer: RegExp; skip: RegExp } | undefined;

function patterns(): { list: RegExp; answer: RegExp; skip: RegExp } {
  if (!compiled) {
    const d = loadData<{ declaredAnswers: DeclaredLexicon }>('lexicon/structure.json').declaredAnswers;
    const words = (ws: string[]): string => ws.map((w) => escapeRegex(fold(w)).replace(/\s+/g, '\\s+')).join('|');
    const n = '\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?';
    compiled = {
      list: letterRegExp(`(?<![\\p{L}])(?:${words(d.questionWords)})\\s+(${n}(?:\\s*(?:,|${words(d.numberJoiners)})\\s*${n})*)`, 'gu'),
      answer: letterRegExp(`(?<![\\p{L}])(?:${words(d.answer)})(?![\\p{L}])`, 'u'),
      skip: letterRegExp(`(?<![\\p{L}])(?:${words(d.skip)})(?![\\p{L}])`, 'u'),
    };
  }
  return compiled;
}

/** "1, 2 och 4", "5–7" → [1, 2, 4], [5, 6, 7]. */
function numbers(list: string): number[] {
  const out: number[] = [];
  for (const m of list.matchAll(/(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?/gu)) {
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    for (let k = from; k <= to && k - from < 20; k++) out.push(k);
  }
  return out;
}

/**
 * The questions (1-based, ascending) an opening declares it answers, of `count` in all: those named
 * with a word of answering, else all but those named with a word of not answering. Undefined when
 * it declares nothing. Each list is read with the words since the previous list (or the sentence),
 * else with those after it to the clause's end.
 */
export function declaredQuestions(opening: string, count: number): number[] | undefined {
  const text = fold(opening);
  // No question word at all (most answers): the patterns are not even built. Every question word
  // of the data opens so, folded ("fråga", "frågorna", "remissfrågor"); a test pins it.
  if (!text.includes(QUESTION_STEM)) return undefined;
  const { list, answer, skip } = patterns();
  const answered = new Set<number>();
  const skipped = new Set<number>();
  const lists = [...text.matchAll(list)];
  lists.forEach((m, i) => {
    const from = i > 0 ? lists[i - 1].index + lists[i - 1][0].length : 0;
    const before = text.slice(from, m.index).split(/[.!?]/u).pop()!;
    // Nothing said before the numbers: the verb after them, to the clause's end ("Frågorna 2 och 4 besvaras inte").
    const after = before.trim() === '' || !(skip.test(before) || answer.test(before)) ? text.slice(m.index + m[0].length, lists[i + 1]?.index ?? text.length).split(/[,.;:!?]/u)[0] : '';
    const ns = numbers(m[1]).filter((k) => k >= 1 && k <= count);
    if (skip.test(before) || skip.test(after)) for (const k of ns) skipped.add(k);
    else if (answer.test(before) || answer.test(after)) for (const k of ns) answered.add(k);
  });
  const chosen = answered.size > 0 ? [...answered].filter((k) => !skipped.has(k)) : skipped.size > 0 ? Array.from({ length: count }, (_, i) => i + 1).filter((k) => !skipped.has(k)) : [];
  return chosen.length > 0 ? chosen.sort((a, b) => a - b) : undefined;
}
