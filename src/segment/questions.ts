/**
 * The round's remissfrågor and the mapping of answer headings to them.
 *
 * Questions come from the preamble (the bulleted or numbered list after "…remissfrågor"), from a
 * --questions file, or from question-like headings the document itself carries. A heading is
 * mapped to a question by the similarity of their stemmed content words, weighted by how rare a
 * word is in the round (words every paragraph uses, like "lokal utveckling" in 2023, say little
 * about which question is answered), never by fixed phrases.
 */
import type { Line, Question } from '../model.js';
import { loadData } from '../data.js';
import { fold } from '../normalize/fold.js';
import { escapeClass, escapeRegex, ocrWordSource } from '../normalize/ocr.js';
import { contentStems, stemSimilarity, words } from '../normalize/words.js';
import { letterRegExp } from '../normalize/letters.js';

export type UnansweredKind = 'summary' | 'economy' | 'reservations' | 'other';

interface SectionsLexicon {
  unanswered: Record<UnansweredKind, string[]>;
  background: string[];
  matterTitle: { openers: string[]; series: string[] };
  sentenceAnswerSections: string[];
  compilation: string[];
  questionIntro: string[];
  questionNumber: string;
  questionReference: { labels: string[]; openers: string[]; minBareSequence: number; prefixes?: string[]; leadAdverbs?: string[]; ordinals?: Record<string, number> };
  reportSections: { leadIns: string[]; words: string[] };
  noAnswer: { fieldLabels: string[]; empty: string[]; reference: string };
  noObjection: string[];
  noObjectionMaxWords: number;
  noObjectionExcept: string[];
  appendix: string[];
}

export function sectionsLexicon(): SectionsLexicon {
  return loadData<SectionsLexicon>('lexicon/sections.json');
}

/** The words of an answer that answers nothing (sections.json noAnswer), folded and compiled once. */
export interface NoAnswerCues {
  /** A form's field label before the answer: "Svar:", "Kommentar". */
  label: RegExp;
  /** Whole answers that say nothing: "–", "inget svar", "ej besvarad". */
  empty: Set<string>;
  /** A pointer to another answer, its number captured: "se svar på fråga 2". */
  reference: RegExp;
}

let noAnswer: NoAnswerCues | undefined;
export function noAnswerCues(): NoAnswerCues {
  if (!noAnswer) {
    const lex = sectionsLexicon().noAnswer;
    noAnswer = {
      label: letterRegExp(`^(?:${lex.fieldLabels.map((l) => escapeRegex(fold(l))).join('|')})\\s*:?\\s*`, 'u'),
      empty: new Set(lex.empty.map(fold)),
      reference: letterRegExp(fold(lex.reference), 'u'),
    };
  }
  return noAnswer;
}

let introRegex: RegExp | undefined;
/** The words that introduce a list of remissfrågor, OCR readings included. */
function questionIntro(): RegExp {
  introRegex ??= letterRegExp(
    `(?<![\\p{L}])(?:${sectionsLexicon()
      .questionIntro.map((w) => (w.endsWith('*') ? `${ocrWordSource(w.slice(0, -1))}[\\p{L}]*` : ocrWordSource(w)))
      .join('|')})(?![\\p{L}])`,
    'u',
  );
  return introRegex;
}

/** A heading that only introduces the questions ("Remissfrågor", "Frågorna"): a short line of the question words. */
export function introducesQuestions(heading: string): boolean {
  const t = heading.trim();
  return t.split(/\s+/u).length <= 3 && !/\?["”]?$/u.test(t) && questionIntro().test(fold(t)) && numberedQuestion(t) === undefined;
}

interface ListLexicon {
  listMarks: { symbols: string[]; letters: string[]; words?: string[] };
  countWords: Record<string, number>;
}

/**
 * Roman numerals as a remiss numbers its questions with them ("I.", "Fråga III"), I to X: a remiss
 * asks a handful. Capitals only, as written: a small "i" or "v" is a word.
 */
export const ROMAN_NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'] as const;

/** The numerals as one alternation, longest first ("III" before "I"). */
const ROMAN_MARK = [...ROMAN_NUMERALS].sort((a, b) => b.length - a.length).join('|');

/** The number a Roman numeral stands for ("IV" → 4), or undefined for anything else ("iv", "XI"). */
export function romanNumber(text: string): number | undefined {
  const i = (ROMAN_NUMERALS as readonly string[]).indexOf(text);
  return i >= 0 ? i + 1 : undefined;
}

let romanPartPattern: RegExp | undefined;
let partWords: Set<string> | undefined;

/**
 * The number a heading gives itself in a Roman numeral, alone or after a word for a part of the
 * remiss ("III.", "IV", "II. Samverkan", "Avsnitt II – Samverkan", "Del III: Ansvar"; the words
 * are sections.json reportSections.words), or undefined. "I. Inriktning" is left to the heading's
 * words: it reads as a name ("V. Andersson").
 */
export function romanPart(heading: string): number | undefined {
  romanPartPattern ??= letterRegExp(`^(?:(\\p{L}+)\\.?\\s+)?(${ROMAN_MARK})(?:[.):]|\\s+[–—-]|$)`, 'u');
  const m = romanPartPattern.exec(heading.trim());
  if (!m) return undefined;
  partWords ??= new Set(sectionsLexicon().reportSections.words.map(fold));
  if (m[1] !== undefined && !partWords.has(fold(m[1]))) return undefined;
  // "V. Andersson", "I. Holm": a person's initial before a surname reads as a numeral and a
  // one-word title; one letter and one word after it is taken for the name.
  const rest = heading.trim().slice(m[0].length).trim();
  if (m[1] === undefined && m[2].length === 1 && /^\p{Lu}\p{Ll}+$/u.test(rest)) return undefined;
  return romanNumber(m[2]);
}

/**
 * A list item's mark: a bullet (as typed, or as OCR reads one: data/lexicon/structure.json), a
 * number or a letter with "." or ")", a question word with its number, a Roman numeral with "." or
 * ")" before a capital ("III. Vilken …"). A letter read for a bullet
 * ("e") only before a capital.
 */
function listItemPattern(): RegExp {
  const { symbols, letters, words = [] } = loadData<ListLexicon>('lexicon/structure.json').listMarks;
  // "Fråga 2 Vilka …", "Remissfråga 3: Hur …", "Fråga 1 – Hur …" (a dash after the number, as a survey tool writes it), "Fråga III Vilken …".
  const labelled = words.length > 0 ? `|(?:${words.map(escapeRegex).join('|')})\\s+(?:\\d{1,2}|${ROMAN_MARK})(?:[.:)]|\\s+[–—-])?\\s+(?=\\p{Lu})` : '';
  return letterRegExp(`^(?:[${symbols.map(escapeClass).join('')}]\\s+|(?:${letters.map(escapeRegex).join('|')})\\s+(?=\\p{Lu})|(?:\\d{1,2}|[a-h])[.)]\\s+${labelled}|(?:${ROMAN_MARK})[.)]\\s+(?=\\p{Lu}))`, 'u');
}

const ITEM = listItemPattern();

/** The longest label of a list's row before its question ("Pass 1 (gruppvis)", "Station 2"). */
export const MAX_ROW_LABEL_CHARS = 45;

let rowLabel: RegExp | undefined;
/**
 * A list set as a table of two columns, a label of the row before each question ("Pass 1
 * (gruppvis)   Fråga 1. Ger planens mål …"): the question without the label. Only before a
 * question word and its number (structure.json listMarks words), after a closing bracket or a
 * wide gap. Any other line as it is.
 */
function withoutRowLabel(line: string): string {
  if (!rowLabel) {
    const { words = [] } = loadData<ListLexicon>('lexicon/structure.json').listMarks;
    rowLabel = letterRegExp(`^[^\\s].{0,${MAX_ROW_LABEL_CHARS - 1}}?(?:\\)\\s+|\\s{2,})(?=(?:${words.map(escapeRegex).join('|') || '(?!)'})\\s+\\d{1,2})`, 'u');
  }
  const m = rowLabel.exec(line);
  return m && ITEM.test(line.slice(m[0].length)) ? line.slice(m[0].length) : line;
}

let labelledMark: RegExp | undefined;
/** Whether a list item is marked by a question word and its number ("Fråga 2. …", "Remissfråga 3: …"). */
function labelledItem(line: string): boolean {
  if (!labelledMark) {
    const { words = [] } = loadData<ListLexicon>('lexicon/structure.json').listMarks;
    labelledMark = letterRegExp(`^\\s*(?:${words.map(escapeRegex).join('|') || '(?!)'})\\s`, 'iu');
  }
  return labelledMark.test(withoutRowLabel(line));
}

/** A question's lettered part: "b) Hur …", "c. Vilka …". */
const SUB_ITEM = /^[a-h][.)]\s+\p{Lu}/u;

/** A list item's text without its mark ("• Fritidsnämnden" → "Fritidsnämnden"), or undefined for a line that is no item. */
export function listItemText(line: string): string | undefined {
  const m = ITEM.exec(line);
  return m ? line.slice(m[0].length).trim() : undefined;
}

/**
 * How many questions a preamble line says it lists ("följande fyra frågor", "de 4 remissfrågorna"),
 * or undefined. OCR damage is allowed for (folded, "tva" for "två").
 */
export function promisedQuestions(text: string): number | undefined {
  const words = loadData<ListLexicon>('lexicon/structure.json').countWords;
  const folded = fold(text);
  const byWord = new Map(Object.entries(words).map(([w, n]) => [fold(w), n]));
  const m = letterRegExp(`(?<![\\p{L}\\d])(\\d{1,2}|${[...byWord.keys()].map(escapeRegex).join('|')})\\s+(?:[\\p{L}-]+\\s+)?(?:remiss)?fr[aå]g(?:or|orna)\\b`, 'u').exec(folded);
  if (!m) return undefined;
  return /^\d/.test(m[1]) ? Number(m[1]) : byWord.get(m[1]);
}

/**
 * Questions listed in a preamble: the list items after a line that introduces remissfrågor.
 * Returns the question texts and the index of the line after the list (or undefined).
 */
export function preambleQuestions(lines: Line[], limit = lines.length): { texts: string[]; end: number; promised?: number } | undefined {
  const intro = questionIntro();
  for (let i = 0; i < Math.min(limit, lines.length); i++) {
    if (!intro.test(fold(lines[i].text))) continue;
    // The list starts within a few lines of its introduction.
    let j = i + 1;
    while (j < lines.length && j <= i + 4 && !ITEM.test(withoutRowLabel(lines[j].text))) j++;
    if (j >= lines.length || !ITEM.test(withoutRowLabel(lines[j].text))) {
      const plain = plainQuestionList(lines, i + 1);
      if (plain) return plain;
      continue;
    }
    const texts: string[] = [];
    let cur: string[] = [];
    let k = j;
    // A numbered list counts up: a number again ("Fråga 1." after "3.") opens what follows the list.
    let lastNumber = 0;
    const numberOf = (t: string): number | undefined => {
      const mark = ITEM.exec(t)?.[0] ?? '';
      const m = /\d{1,2}/u.exec(mark);
      const roman = /(?:^|\s)([IVX]{1,4})(?=[.):\s])/u.exec(mark);
      return m ? Number(m[0]) : roman ? romanNumber(roman[1]) : undefined;
    };
    for (; k < lines.length; k++) {
      const t = withoutRowLabel(lines[k].text);
      if (t === '') {
        // A blank line ends the list unless another item follows.
        let n = k + 1;
        while (n < lines.length && lines[n].text === '') n++;
        if (n < lines.length && ITEM.test(lines[n].text) && !((numberOf(lines[n].text) ?? Infinity) <= lastNumber)) continue;
        break;
      }
      // A lettered part under a numbered question ("2. a) Vilka …?" / "b) Hur …?") is that question's own.
      if (lastNumber > 0 && SUB_ITEM.test(t.trim()) && cur.length > 0) {
        cur.push(t.trim());
        continue;
      }
      if (ITEM.test(t)) {
        const n = numberOf(t);
        if (n !== undefined && n <= lastNumber) break;
        // Items marked by a question word ("Fråga 2. …"), then a chapter's bare number ("4.
        // Anteckningar"): the list has ended.
        if (labelledItem(lines[j].text) !== labelledItem(t)) break;
        if (n !== undefined) lastNumber = n;
        if (cur.length) texts.push(cur.join(' '));
        cur = [t.replace(ITEM, '')];
        continue;
      }
      const prev = cur[cur.length - 1] ?? '';
      // A note in brackets wrapped onto a line of its own ("…förskolor?" / "(avsnitt 4.1)") is the item's.
      if (/^\([^()]{1,40}\)$/u.test(t.trim())) {
        cur.push(t);
        continue;
      }
      // A row's label on a line of its own, its question on the next ("Pass 4 (gruppvis …)" /
      // "Fråga 4. Vilken …"): no part of the question before it.
      if (k + 1 < lines.length && t.length <= MAX_ROW_LABEL_CHARS && !/[?.]["”]?$/u.test(t) && /\?["”]?$/u.test(prev) && ITEM.test(lines[k + 1].text)) continue;
      // After a question mark only another question sentence continues the item; after a
      // period, only a lower-case continuation. Anything else is the text after the list.
      if (/\?["”]?$/u.test(prev) && !/\?["”]?$/u.test(t)) break;
      if (/\.["”]?$/u.test(prev) && !/^\p{Ll}/u.test(t)) break;
      cur.push(t);
    }
    if (cur.length) texts.push(cur.join(' '));
    const clean = texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t.length >= 5);
    // A list of questions asks: some item ends in a question mark, or the items are sentences. A
    // list of short titles ("2. Inkomna yttranden") is the document's own chapters, not its questions.
    const promised = promisedQuestions(lines[i].text) ?? (i > 0 ? promisedQuestions(lines[i - 1].text) : undefined);
    const asks =
      clean.some((t) => /\?["”]?$/u.test(t)) ||
      (clean.every((t) => t.split(/\s+/).length >= 6 && !/\.\s+\p{Lu}/u.test(t)) && (promised === undefined || clean.length >= promised));
    // One question alone is a list only where the text says so ("följande fråga"); else it is the
    // first of a form's questions, each with its answer under it ("Fråga 1. …?" / "Svar: …").
    if (clean.length >= Math.min(2, promised ?? 2) && asks) return { texts: clean, end: k, promised };
  }
  return undefined;
}

/**
 * A list without marks: two or more lines right after the introduction, each a whole question
 * (a capital at the start, a question mark at the end).
 */
function plainQuestionList(lines: Line[], from: number): { texts: string[]; end: number } | undefined {
  let k = from;
  while (k < lines.length && k <= from + 1 && lines[k].text === '') k++;
  const texts: string[] = [];
  for (; k < lines.length; k++) {
    const t = lines[k].text;
    if (!/^\p{Lu}/u.test(t) || !/\?["”]?$/u.test(t)) break;
    texts.push(t);
  }
  return texts.length >= 2 ? { texts, end: k } : undefined;
}

/** Parse a --questions file: list items, or one question per paragraph/line. */
export function parseQuestionsFile(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const items: string[] = [];
  let cur: string[] = [];
  const flush = (): void => {
    if (cur.length) items.push(cur.join(' ').replace(/\s+/g, ' ').trim());
    cur = [];
  };
  // A list when at least half its lines are items ("1. …", "- …"): a question of parts on a line of
  // its own ("a) Vilka …? b) Finns det …?") among plain lines is no list.
  const content = lines.filter((l) => l !== '' && !l.startsWith('#'));
  const hasItems = content.filter((l) => ITEM.test(l)).length * 2 >= content.length && content.some((l) => ITEM.test(l));
  for (const l of lines) {
    if (l === '' || l.startsWith('#')) {
      flush();
      continue;
    }
    // Without list marks: a new question after one that ended ("?", "."), or on a line of its own
    // that starts as a question or a report section does ("5.2 Lokal samordning"); a line in lower
    // case continues the one before.
    if (hasItems ? ITEM.test(l) : /[?.]["”]?$/u.test(cur[cur.length - 1] ?? '') || /^(?:\d{1,2}(?:\.\d{1,2})*\s+)?\p{Lu}/u.test(l)) flush();
    cur.push(l.replace(ITEM, ''));
  }
  flush();
  return items.filter((t) => t.length > 0);
}

export function numberQuestions(texts: string[]): Question[] {
  return texts.map((text, i) => ({ id: `Q${i + 1}`, text }));
}

/** Word weights: inverse document frequency of each stem over the round's paragraphs. */
export interface WordWeights {
  weight(stem: string): number;
  /** The weight of a word the round never uses: the ceiling of weight(). */
  readonly ceiling: number;
}

export function wordWeights(paragraphs: string[]): WordWeights {
  const df = new Map<string, number>();
  for (const p of paragraphs) for (const s of new Set(contentStems(p))) df.set(s, (df.get(s) ?? 0) + 1);
  const n = paragraphs.length;
  const unseen = Math.log(n + 1) + 1;
  return {
    weight(stem: string): number {
      const d = df.get(stem);
      return d === undefined ? unseen : Math.log((n + 1) / (d + 1)) + 1;
    },
    ceiling: unseen,
  };
}

export interface QuestionMatch {
  question: string;
  /** Weighted share of the heading's words found in the question. */
  headingCover: number;
  /** Weighted share of the question's words found in the heading. */
  questionCover: number;
  score: number;
  /** A question word matched exactly by the heading that no other question has. */
  distinctive: boolean;
  /**
   * How rare in the round the rarest such word is (weight / ceiling, 0–1): a heading made of the
   * round's everyday words ("Lokal utveckling" in a round about local development) is weak evidence.
   */
  specificity: number;
}

export interface QuestionModel {
  questions: Question[];
  stems: string[][];
  weights: WordWeights;
  /** Headings repeat (every respondent copies the questions): matches by heading text. */
  cache: Map<string, QuestionMatch[]>;
  /** Per question, each of its stems' closest likeness in any other question (rivalOf). */
  rivals: Array<Map<string, number>>;
  /** A heading word's stems as headingStems reads them (a compound split or not), by word: asked once. */
  wordStems?: Map<string, string[]>;
}

export function questionModel(questions: Question[], weights: WordWeights): QuestionModel {
  return { questions, stems: questions.map((q) => [...new Set(contentStems(q.text))]), weights, cache: new Map(), rivals: questions.map(() => new Map()) };
}

/** A question found while the model is in use (questions discovered in the answers): what was worked out from the others is dropped. */
export function addQuestion(model: QuestionModel, question: Question): void {
  model.questions.push(question);
  model.stems.push([...new Set(contentStems(question.text))]);
  model.rivals = model.questions.map(() => new Map());
  model.cache.clear();
  model.wordStems = undefined;
}

/**
 * How closely another question has a stem of question `qi`: the best stemSimilarity of `stem` to
 * any stem of the other questions (0 without). The same for every heading, so worked out once.
 */
function rivalOf(model: QuestionModel, qi: number, stem: string): number {
  let r = model.rivals[qi].get(stem);
  if (r === undefined) {
    r = 0;
    model.stems.forEach((o, oi) => {
      if (oi !== qi) for (const os of o) r = Math.max(r!, stemSimilarity(os, stem));
    });
    model.rivals[qi].set(stem, r);
  }
  return r;
}

/** How well a heading matches each question, best first. */
export function matchQuestions(model: QuestionModel, heading: string): QuestionMatch[] {
  let hit = model.cache.get(heading);
  if (!hit) {
    hit = computeMatches(model, heading);
    model.cache.set(heading, hit);
  }
  return hit;
}

/** Each part of a compound split so is this long at least ("samordnings|ansvar"). */
export const MIN_COMPOUND_PART = 4;
/**
 * … and like a word of the questions this closely, as a heading's word must be to name a question
 * (DISTINCTIVE): the stemmer cuts a part alone otherwise than in its inflection ("ansvar" → "ansv",
 * "ansvaret" kept whole), which leaves them 0.6 alike.
 */
export const COMPOUND_PART_LIKENESS = 0.6;

/**
 * A heading's content stems, a compound that is no word of the questions split into two that are
 * ("Samordningsansvar" → "samordning", "ansvar" for "… det samordnande ansvaret"): a heading
 * names in one word what its question says in two.
 */
function headingStems(model: QuestionModel, heading: string): string[] {
  const cache = (model.wordStems ??= new Map());
  const out: string[] = [];
  for (const word of words(heading)) {
    let stems = cache.get(word);
    if (!stems) cache.set(word, (stems = wordStems(model, word)));
    out.push(...stems);
  }
  return out;
}

/** One heading word's stems: its own, or a compound's two parts that are words of the questions. */
function wordStems(model: QuestionModel, word: string): string[] {
  const known = (stem: string): boolean => model.stems.some((q) => q.some((qs) => stemSimilarity(stem, qs) >= COMPOUND_PART_LIKENESS));
  const [stem] = contentStems(word);
  if (stem === undefined) return [];
  if (word.length < 2 * MIN_COMPOUND_PART) return [stem];
  const folded = fold(word);
  // A first part is a question's word: the word opens as one of them does (a cheap test before
  // any likeness is worked out, as most heading words are no such compound).
  if (!model.stems.some((q) => q.some((qs) => folded.startsWith(qs.slice(0, MIN_COMPOUND_PART))))) return [stem];
  if (known(stem)) return [stem];
  for (let i = MIN_COMPOUND_PART; i <= folded.length - MIN_COMPOUND_PART; i++) {
    const [left] = contentStems(folded.slice(0, i));
    if (left === undefined || !known(left)) continue;
    const [right] = contentStems(folded.slice(i));
    if (right !== undefined && known(right)) return [left, right];
  }
  return [stem];
}

function computeMatches(model: QuestionModel, heading: string): QuestionMatch[] {
  const h = [...new Set(headingStems(model, heading))];
  if (h.length === 0) return [];
  const w = (s: string): number => model.weights.weight(s);
  const hTotal = h.reduce((a, s) => a + w(s), 0);
  const out: QuestionMatch[] = [];
  model.stems.forEach((q, qi) => {
    if (q.length === 0) return;
    const qTotal = q.reduce((a, s) => a + w(s), 0);
    let hMatched = 0;
    for (const hs of h) {
      let best = 0;
      for (const qs of q) best = Math.max(best, stemSimilarity(hs, qs));
      hMatched += best * w(hs);
    }
    let qMatched = 0;
    let distinctive = false;
    let specificity = 0;
    for (const qs of q) {
      let best = 0;
      for (const hs of h) best = Math.max(best, stemSimilarity(hs, qs));
      qMatched += best * w(qs);
      // An inflection, an OCR slip or a related word (0.6, data/lexicon/synonyms.json: "styrning"
      // for "styra") still counts as the word — when no other question has it.
      // — when no other question has it as closely (an exact word beats a related one elsewhere).
      if (best >= DISTINCTIVE && rivalOf(model, qi, qs) < Math.min(best, 0.75)) {
        distinctive = true;
        specificity = Math.max(specificity, w(qs) / model.weights.ceiling);
      }
    }
    const headingCover = hMatched / hTotal;
    const questionCover = qMatched / qTotal;
    const score = headingCover + questionCover === 0 ? 0 : (2 * headingCover * questionCover) / (headingCover + questionCover);
    out.push({ question: model.questions[qi].id, headingCover, questionCover, score, distinctive, specificity });
  });
  // A heading made wholly of one question's own words ("Styrning" for "… den föreslagna
  // styrningen …") belongs to it before any question it only resembles through related words.
  const own = (m: QuestionMatch): boolean => m.distinctive && m.headingCover >= OWN_WORDS_COVER;
  return out.sort((a, b) => Number(own(b)) - Number(own(a)) || b.score - a.score || b.headingCover - a.headingCover);
}

/** How similar a heading's word must be to a question's to count as naming it (a related word is 0.6). */
export const DISTINCTIVE = 0.6;

/** How much of a heading a question's own words must explain for the heading to be that question's. */
export const OWN_WORDS_COVER = 0.9;

let questionNumber: RegExp | undefined;

/** "F2: …", "Q3 – …", "• F3 Lokala grupper": a question's number in a note's short form, opening the text (a list's mark aside). */
const SHORT_NUMBER = /^(?:[•◦▪o*-]\s+)?[FQ](\d{1,2})(?=[:.)]|\s)/u;

/** The question a text opens by naming in a note's short form ("F2: Lindängen …"), read before folding. */
export function shortNumberedQuestion(text: string): number | undefined {
  const m = SHORT_NUMBER.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * A question named by its letter, as a remiss that letters its questions does ("Fråga B",
 * "Svar på fråga C"): its place in the alphabet is its number. Only a capital, where the text has
 * one at `at`: a small "a" or "å" after "fråga" is a word of the sentence.
 */
export function letteredQuestion(text: string, at: number): number | undefined {
  const c = text.charCodeAt(at);
  return c >= 65 && c < 65 + MAX_QUESTION_LETTERS ? c - 64 : undefined;
}

/** Questions are lettered A to H at most (a remiss asks a handful). */
export const MAX_QUESTION_LETTERS = 8;

/** A question number named in a heading ("Fråga 2", "Remissfråga 3:", "Fråga B", "Fråga III"), if any. */
export function numberedQuestion(heading: string): number | undefined {
  // A note's short form at the start, "F2: …", "Q2 – …" (a capital, read before folding: folding
  // reads the 1 and 4 of "F1", "F4" as OCR'd letters).
  const short = shortNumberedQuestion(heading);
  if (short !== undefined) return short;
  questionNumber ??= letterRegExp(sectionsLexicon().questionNumber, 'ud');
  const m = questionNumber.exec(fold(heading));
  if (!m) return undefined;
  if (m[1] !== undefined) return Number(m[1]);
  if (m[2] !== undefined) return letteredQuestion(heading, m.indices![2]![0]);
  const [from, to] = m.indices![3]!;
  return romanNumber(heading.slice(from, to));
}

/** The kind of part a heading names that answers no question (summary, economy, reservations…). */
export function unansweredKind(heading: string): UnansweredKind | undefined {
  const lex = sectionsLexicon().unanswered;
  // Reservations first: "Reservationer och särskilda yttranden" also contains "yttrande".
  for (const kind of ['reservations', 'economy', 'other', 'summary'] as const) {
    if (phraseIn(heading, lex[kind], 6)) return kind;
  }
  return undefined;
}

let matterPattern: RegExp | undefined;

/**
 * Whether a heading is the title of the matter answered — the letter's subject line ("Yttrande
 * över promemorian …", "Remissvar angående …") or a title citing the report ("… (SOU 2025:12)") —
 * which names the whole remiss, however many of a question's words it repeats.
 */
export function isMatterTitle(heading: string): boolean {
  if (!matterPattern) {
    const { openers, series } = sectionsLexicon().matterTitle;
    const alt = (ws: string[]): string => ws.map((w) => fold(w).split(/\s+/).map(escapeRegex).join('\\s+')).join('|');
    matterPattern = letterRegExp(`^(?:${alt(openers)})(?=\\s)|(?<![\\p{L}])(?:${alt(series)})\\.?\\s?\\d{4}(?:/\\d{2})?:\\d+`, 'u');
  }
  return matterPattern.test(fold(heading.trim()));
}

/** Whether a heading tells the matter's background ("Bakgrund", "Ärendet"; sections.json background). */
export function isBackgroundHeading(heading: string): boolean {
  return phraseIn(heading, sectionsLexicon().background, 6);
}

export function isUnansweredSection(heading: string): boolean {
  return unansweredKind(heading) !== undefined;
}

/** Whether a heading opens an appendix ("Bilaga 1"), which in a document of one respondent is its own. */
/** An appendix's heading names it in a few words: "Bilaga – Förslag till yttrande (grundskoleförvaltningen 2026-03-27)". */
export const MAX_APPENDIX_HEADING_WORDS = 8;

export function isAppendixHeading(heading: string): boolean {
  return phraseIn(heading, sectionsLexicon().appendix, MAX_APPENDIX_HEADING_WORDS, true);
}

/** Whether a heading belongs to the compilation around the answers (a table, an appendix…). */
export function isCompilationSection(heading: string): boolean {
  return phraseIn(heading, sectionsLexicon().compilation, 8, true);
}

/**
 * A compilation's own chapter under its number ("4 Sammanfattande analys" after "3.5 Fritidsnämnden"):
 * read so only where several bodies answer in the source — in one body's letter a numbered
 * "2. Bilaga 1, Förslag till yttrande" lists its papers.
 */
export function isNumberedCompilationSection(heading: string): boolean {
  return isCompilationSection(heading.replace(/^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{L})/u, ''));
}

const phraseRegex = new Map<string, RegExp>();

/** Whether a short heading holds one of the phrases as whole words (OCR readings of å/ä/ö included). */
const phraseRegexStart = new WeakMap<string[], RegExp>();
const phraseRegexAny = new WeakMap<string[], RegExp>();

function phraseIn(heading: string, phrases: string[], maxWords: number, atStart = false): boolean {
  const words = fold(heading).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0 || words.length > maxWords) return false;
  // Keyed by the list itself first: joining a long phrase list for every heading of a round of
  // thousands of respondents was a good part of segmenting it.
  const byList = (atStart ? phraseRegexStart : phraseRegexAny).get(phrases);
  if (byList) return byList.test(words.join(' '));
  const key = `${atStart}|${phrases.join('|')}`;
  let re = phraseRegex.get(key);
  if (re) (atStart ? phraseRegexStart : phraseRegexAny).set(phrases, re);
  if (!re) {
    const alts = phrases.map((p) => p.normalize('NFC').split(/\s+/).map(ocrWordSource).join(' '));
    re = letterRegExp(`${atStart ? '^' : '(?:^| )'}(?:${alts.join('|')})(?: |$)`, 'u');
    phraseRegex.set(key, re);
  }
  return re.test(words.join(' '));
}

let sectionPattern: RegExp | undefined;
let trailingSectionPattern: RegExp | undefined;

/**
 * The report section a heading or a question names ("Avsnitt 5.2 …", "5.2 Samordning", "Kapitel 7",
 * or after the topic: "Samordningsansvaret (avsnitt 5.2)").
 */
export function reportSection(text: string): string | undefined {
  const alt = (ws: string[]): string => ws.map((w) => fold(w).split(/\s+/).join('\\s+')).sort((a, b) => b.length - a.length).join('|');
  const { leadIns, words } = sectionsLexicon().reportSections;
  // "[lead-in] [section word] N", "[section word] N", "N": "Synpunkter på avsnitt 5.2", "Kapitel 7", "5.2".
  sectionPattern ??= letterRegExp(`^(?:(?:${alt(leadIns)})\\s+)?(?:(?:${alt(words)})\\.?\\s+)?(\\d{1,2}(?:\\.\\d{1,2})*)\\.?(?=\\s|$)`, 'u');
  // A topic with its section at the end, in brackets or after a dash or comma ("Samordningsansvaret
  // – avsnitt 6.1"): the section word is required there, so that "(2)" or "(2026)" is no section.
  trailingSectionPattern ??= letterRegExp(`(?:\\(|\\s[–—-]\\s*|,\\s*)(?:${alt(words)})\\.?\\s+(\\d{1,2}(?:\\.\\d{1,2})*)\\)?[.:?]?$`, 'u');
  const t = fold(text.trim());
  return sectionPattern.exec(t)?.[1] ?? trailingSectionPattern.exec(t)?.[1];
}

/**
 * The question a heading answers by the report section it names, when the round's questions are
 * report sections: the same section, or a subsection of it ("5.2.1" answers "5.2").
 */
export function questionBySection(model: QuestionModel, heading: string): string | undefined {
  const sections = model.questions.map((q) => reportSection(q.text));
  if (sections.filter(Boolean).length * 2 < model.questions.length || sections.filter(Boolean).length < 2) return undefined;
  const s = reportSection(heading);
  if (!s) return undefined;
  const i = sections.findIndex((q) => q === s);
  if (i >= 0) return model.questions[i].id;
  const parent = sections.findIndex((q) => q !== undefined && s.startsWith(`${q}.`));
  return parent >= 0 ? model.questions[parent].id : undefined;
}
