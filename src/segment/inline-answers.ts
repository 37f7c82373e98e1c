/**
 * Answers written into the quoted remiss: a reply that quotes the remiss's mail and writes each
 * answer under its question ("> 2. Vilken nämnd …?" / "[Fritidsförvaltningen:] Fritidsnämnden
 * åtar sig …", or the answer in capitals under an unmarked Outlook quote). The quoted mail is the
 * remiss's text, no one's answer (part 'quoted'); what the respondent wrote into it is theirs, the
 * question it stands under answered.
 *
 * What is the respondent's inside the quote:
 *  - in a quote of "> " lines, every line without the mark;
 *  - in a quote without marks, a paragraph set apart as an answer: in capitals (MIN_CAPS_LETTERS,
 *    MIN_CAPS_SHARE), or opening with an answer's label ("SVAR:", "Kommentar:", "[Fritidsförvaltningen:]").
 * Such a paragraph answers the quoted question right above it — with only its own text between —
 * and no question when other quoted text stands between ("Övriga synpunkter är också välkomna.").
 */
import { loadData } from '../data.js';
import type { Line, Segment } from '../model.js';
import { fold } from '../normalize/fold.js';
import { letterRegExp } from '../normalize/letters.js';
import { matchQuestions, type QuestionModel } from './questions.js';

/** The marks of a quoted line ("> ", "> > "). */
const QUOTE_MARKS = /^(?:>[ \t]?)+/u;

/** A quoted paragraph numbered as a list item: "1. Hur …", "2) Vilken …". */
const NUMBERED_ITEM = /^(\d{1,2})\s*[.)]\s+(\S.*)$/su;

/** A paragraph in capitals is an answer set apart when it has this many letters … */
export const MIN_CAPS_LETTERS = 20;
/** … and this share of them capitals (an abbreviation or a heading in capitals is shorter). */
export const MIN_CAPS_SHARE = 0.9;

/** A bracketed label of a few words ending in a colon: "[Fritidsförvaltningen:]", "[FGK:s svar:]". */
const BRACKETED_LABEL = /^\[[^\]\n]{1,60}:\]/u;

let labels: RegExp | undefined;
/** An answer's label opening a paragraph ("SVAR:", "Kommentar:"): sections.json inlineAnswerLabels. */
function answerLabel(): RegExp {
  if (!labels) {
    const words = loadData<{ inlineAnswerLabels: string[] }>('lexicon/sections.json').inlineAnswerLabels;
    labels = letterRegExp(`^(?:${words.map((w) => fold(w).split(/\s+/u).join('\\s+')).join('|')})\\s*:`, 'u');
  }
  return labels;
}

/** A line's text without its quote marks. */
export function unquoted(text: string): string {
  return text.replace(QUOTE_MARKS, '');
}

/** Whether a paragraph is written in capitals: enough letters, nearly all of them capitals. */
export function inCapitals(text: string): boolean {
  let letters = 0;
  let capitals = 0;
  for (const c of text) {
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    if (lower === upper) continue;
    letters++;
    if (c === upper) capitals++;
  }
  return letters >= MIN_CAPS_LETTERS && capitals >= letters * MIN_CAPS_SHARE;
}

/** Whether a paragraph opens with an answer's label ("SVAR:", "[Fritidsförvaltningen:]"). */
export function opensWithAnswerLabel(text: string): boolean {
  const t = text.trimStart();
  return BRACKETED_LABEL.test(t) || answerLabel().test(fold(t));
}

/** The question a quoted paragraph asks, numbered as the round's ("2. Vilken nämnd …?"), if it does. */
function quotedQuestion(text: string, model: QuestionModel): string | undefined {
  const m = NUMBERED_ITEM.exec(text.trim());
  if (!m) return undefined;
  const id = `Q${Number(m[1])}`;
  const best = matchQuestions(model, m[2].replace(/\s+/gu, ' '))[0];
  return best?.question === id && best.questionCover >= QUOTED_QUESTION_COVER ? id : undefined;
}

/** A quoted item is the question of its number when it has at least this share of the question's words. */
export const QUOTED_QUESTION_COVER = 0.6;

interface Paragraph {
  from: number;
  to: number;
  own: boolean;
  text: string;
}

/**
 * Whether an unmarked line right under a marked one is the rest of it, wrapped where the mark was
 * not repeated (a PDF printed from the mail: "> Till: A <a@x.se>;" / "B <b@x.se>; …"): the marked
 * line (or the rest of one, wrapped again) has text and ends no sentence, and the line opens with
 * no answer's label.
 */
function continuesQuotedLine(above: string, text: string): boolean {
  const last = unquoted(above).trim();
  return last !== '' && !/[.!?:]["”]?$/u.test(last) && !opensWithAnswerLabel(text);
}

/**
 * The paragraphs of lines [from, to): runs of lines with text, split where the quote's marks start
 * or stop. In a marked quote a line without the mark is the respondent's — from the first marked
 * line on: the quoted mail's marker and header above it ("-----Ursprungligt meddelande-----",
 * "Från: …") often go unmarked.
 */
function paragraphsOf(lines: Line[], from: number, to: number, marked: boolean): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Paragraph | undefined;
  let marksSeen = false;
  let aboveQuoted = false; // the line above is the quote's: marked, or the wrapped rest of a marked line
  for (let i = from; i < to; i++) {
    const t = lines[i].text;
    const inner = unquoted(t).trim();
    const quotedLine: boolean = t.startsWith('>') || (aboveQuoted && inner !== '' && continuesQuotedLine(lines[i - 1].text, inner));
    marksSeen ||= quotedLine;
    aboveQuoted = quotedLine;
    if (inner === '') {
      cur = undefined;
      continue;
    }
    const own = marked && marksSeen && !quotedLine;
    if (cur && cur.own === own) {
      cur.to = i + 1;
      cur.text += `\n${inner}`;
    } else {
      cur = { from: i, to: i + 1, own, text: inner };
      out.push(cur);
    }
  }
  // Unmarked: a paragraph set apart as an answer is the respondent's.
  if (!marked) for (const p of out) p.own = inCapitals(p.text) || opensWithAnswerLabel(p.text);
  return out;
}

/** Whether most lines with text of [from, to) carry the quote's mark ("> "). */
function isMarked(lines: Line[], from: number, to: number): boolean {
  const withText = lines.slice(from, to).filter((l) => l.text.trim() !== '');
  return withText.filter((l) => l.text.startsWith('>')).length * 2 >= withText.length;
}

/**
 * The quoted mail at lines [from, to) as the remiss's text: without the quote's marks, and without
 * what the respondent wrote into it (a marked quote's unmarked lines, an unmarked one's paragraphs
 * in capitals or under an answer's label) — blank lines in their place, so that a list of
 * questions with answers written between its items reads as the list it was.
 */
export function remissText(lines: Line[], from: number, to: number): Line[] {
  const own = new Set<number>();
  for (const p of paragraphsOf(lines, from, to, isMarked(lines, from, to))) if (p.own) for (let i = p.from; i < p.to; i++) own.add(i);
  const out: Line[] = [];
  for (let i = from; i < to; i++) out.push({ ...lines[i], text: own.has(i) ? '' : unquoted(lines[i].text) });
  return out;
}

/**
 * The segments of a quoted mail at lines [from, to) of an answer: the respondent's own text in it,
 * each part under the question it answers, and the quoted text between as part 'quoted', with no
 * respondent. Every line with text is in one of them.
 */
export function quotedMailSegments(lines: Line[], from: number, to: number, respondent: string, model: QuestionModel): Segment[] {
  const marked = isMarked(lines, from, to);
  const paragraphs = paragraphsOf(lines, from, to, marked);
  const segments: Segment[] = [];
  let asked: { id: string; text: string } | undefined; // the question of the quoted paragraph above
  let run: { own: boolean; question: string | null; heading: string | null; from: number; to: number } | undefined;
  const flush = (): void => {
    if (!run) return;
    const body = lines.slice(run.from, run.to);
    segments.push({
      respondent: run.own ? respondent : null,
      ...(run.own ? {} : { part: 'quoted' as const }),
      question: run.question,
      heading: run.heading,
      text: body.map((l) => l.text).join('\n'),
      page: body[0].page,
      line: body[0].line,
      lines: body,
    });
    run = undefined;
  };
  let questionSeen = false;
  for (const p of paragraphs) {
    let question: string | null = null;
    let heading: string | null = null;
    // Unmarked, a paragraph in capitals is an answer only under the questions, not the remiss's
    // own "VIKTIGT" or its marker in capitals above them.
    if (!marked && !questionSeen) p.own = false;
    if (p.own) {
      question = asked?.id ?? null;
      heading = asked?.text ?? null;
    } else {
      const id = quotedQuestion(p.text, model);
      asked = id ? { id, text: p.text.replace(/\s+/gu, ' ') } : undefined;
      questionSeen ||= id !== undefined;
    }
    if (run && run.own === p.own && run.question === question) {
      run.to = p.to;
      continue;
    }
    flush();
    run = { own: p.own, question, heading, from: p.from, to: p.to };
  }
  flush();
  return segments;
}
