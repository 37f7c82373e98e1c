/**
 * Answers written into the quoted remiss: a reply that quotes the remiss's mail and writes each
 * answer under its question ("> 2. Vilken nämnd …?" / "[Fritidsförvaltningen:] Fritidsnämnden
 * åtar sig …", or the answer in capitals under an unmarked Outlook quote). The quoted mail is the
 * remiss's text, no one's answer (part 'quoted'); what the respondent wrote into it is theirs, the
 * question it stands under answered.
 *
 * What is the respondent's inside the quote:
 *  - in a quote of "> " lines, every line without the mark (but the wrapped rest of a marked line);
 *  - in a quote without marks, below its first quoted question, a paragraph set apart as an answer:
 *    in capitals (MIN_CAPS_LETTERS, MIN_CAPS_SHARE; right under its question a short one too,
 *    MIN_SHORT_CAPS_LETTERS), or opening with an answer's label ("SVAR:", "Kommentar från HVOF:",
 *    "FSF:", "[MKB]") — also typed right under the question with no blank line — and what follows
 *    such an answer up to the next quoted question (the remiss lists its questions one after another).
 * Such a paragraph answers the quoted question right above it — with only its own text between —
 * and no question when other quoted text stands between ("Övriga synpunkter är också välkomna.").
 */
import { loadData } from '../data.js';
import type { Line, Segment } from '../model.js';
import { fold } from '../normalize/fold.js';
import { letterRegExp } from '../normalize/letters.js';
import { escapeRegex } from '../normalize/ocr.js';
import { matchQuestions, type QuestionModel } from './questions.js';

/** The marks of a quoted line ("> ", "> > "). */
const QUOTE_MARKS = /^(?:>[ \t]?)+/u;

/** A quoted paragraph numbered as a list item: "1. Hur …", "2) Vilken …". */
const NUMBERED_ITEM = /^(\d{1,2})\s*[.)]\s+(\S.*)$/su;

/** A paragraph in capitals is an answer set apart when it has this many letters … */
export const MIN_CAPS_LETTERS = 20;
/** … and this share of them capitals (an abbreviation or a heading in capitals is shorter). */
export const MIN_CAPS_SHARE = 0.9;

/** A bracketed tag of a few words, no numbers: "[Fritidsförvaltningen:]", "[MKB]", "[FGK:s svar:]" (not "[bilaga 2]"). */
const BRACKETED_LABEL = /^\[[^\]\d\n]{1,40}\]/u;

/** An abbreviation and a colon, as a respondent signs what it writes in: "FSF: …", "HVOF: …". */
const ABBREVIATION_LABEL = /^\p{Lu}{2,6}:\s/u;

let labels: RegExp | undefined;
/**
 * An answer's label opening a paragraph, maybe saying whose ("SVAR:", "Kommentar:", "Kommentar från
 * HVOF:"): sections.json inlineAnswerLabels, and up to three words more before the colon.
 */
function answerLabel(): RegExp {
  if (!labels) {
    const words = loadData<{ inlineAnswerLabels: string[] }>('lexicon/sections.json').inlineAnswerLabels;
    labels = letterRegExp(`^(?:${words.map((w) => fold(w).split(/\s+/u).map(escapeRegex).join('\\s+')).join('|')})(?:\\s+[\\p{L}-]+){0,3}\\s*:`, 'u');
  }
  return labels;
}

/** A line's text without its quote marks. */
export function unquoted(text: string): string {
  return text.replace(QUOTE_MARKS, '');
}

/**
 * Whether a paragraph is written in capitals: at least `minLetters` letters (MIN_CAPS_LETTERS), nearly
 * all of them capitals. Right under a quoted question a shorter one is an answer too ("MILJÖNÄMNDEN.").
 */
export function inCapitals(text: string, minLetters = MIN_CAPS_LETTERS): boolean {
  let letters = 0;
  let capitals = 0;
  for (const c of text) {
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    if (lower === upper) continue;
    letters++;
    if (c === upper) capitals++;
  }
  return letters >= minLetters && capitals >= letters * MIN_CAPS_SHARE;
}

/** A word in capitals and no more: what a short answer in capitals right under its question has at least. */
export const MIN_SHORT_CAPS_LETTERS = 2;

/** Whether a paragraph opens with an answer's label ("SVAR:", "[Fritidsförvaltningen:]", "FSF:", "Kommentar från HVOF:"). */
export function opensWithAnswerLabel(text: string): boolean {
  const t = text.trimStart();
  return BRACKETED_LABEL.test(t) || ABBREVIATION_LABEL.test(t) || answerLabel().test(fold(t));
}

/** Whether a line of an unmarked quote opens a paragraph set apart as an answer, even with no blank line above it. */
function opensSetApart(text: string): boolean {
  return opensWithAnswerLabel(text) || inCapitals(text, MIN_SHORT_CAPS_LETTERS);
}

/** A quoted item is the question of its number when it has at least this share of the question's words. */
export const QUOTED_QUESTION_COVER = 0.6;

/** The question a quoted paragraph asks, numbered as the round's ("2. Vilken nämnd …?"), if it does. */
function quotedQuestion(text: string, model: QuestionModel): string | undefined {
  const m = NUMBERED_ITEM.exec(text.trim());
  if (!m) return undefined;
  const id = `Q${Number(m[1])}`;
  const best = matchQuestions(model, m[2].replace(/\s+/gu, ' '))[0];
  return best?.question === id && best.questionCover >= QUOTED_QUESTION_COVER ? id : undefined;
}


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
    // Unmarked, an answer typed right under its question, with no blank line ("3. Vilken …?" /
    // "Svar: …", "MILJÖNÄMNDEN."), is a paragraph of its own — unless the paragraph is all capitals.
    const setApart = !marked && cur !== undefined && opensSetApart(inner) && !inCapitals(cur.text, MIN_SHORT_CAPS_LETTERS);
    if (cur && cur.own === own && !setApart) {
      cur.to = i + 1;
      cur.text += `\n${inner}`;
    } else {
      cur = { from: i, to: i + 1, own, text: inner };
      out.push(cur);
    }
  }
  // Unmarked: a paragraph set apart as an answer is the respondent's (a short one in capitals only
  // right under its question: quotedMailSegments).
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
  const asks = paragraphs.map((p) => (p.own ? undefined : quotedQuestion(p.text, model)));
  const lastQuestion = asks.reduce((last, id, k) => (id ? k : last), -1);
  let questionSeen = false;
  paragraphs.forEach((p, k) => {
    if (marked) return;
    // Unmarked, a paragraph in capitals is an answer only under the questions, not the remiss's
    // own "VIKTIGT" or its marker in capitals above them; a short one only right under its question.
    if (!questionSeen) p.own = false;
    else if (!p.own && asks[k] === undefined && asks[k - 1] !== undefined && inCapitals(p.text, MIN_SHORT_CAPS_LETTERS)) p.own = true;
    // The remiss lists its questions one after the other: text between an answer written under one
    // and the next question is the answer's too ("Svar: …" / "Förlängda öppettider …" / "2. …").
    else if (!p.own && asks[k] === undefined && k < lastQuestion && paragraphs[k - 1]?.own) p.own = true;
    questionSeen ||= asks[k] !== undefined;
  });
  paragraphs.forEach((p, k) => {
    let question: string | null = null;
    let heading: string | null = null;
    if (p.own) {
      question = asked?.id ?? null;
      heading = asked?.text ?? null;
    } else {
      const id = asks[k];
      asked = id ? { id, text: p.text.replace(/\s+/gu, ' ') } : undefined;
    }
    if (run && run.own === p.own && run.question === question) {
      run.to = p.to;
      return;
    }
    flush();
    run = { own: p.own, question, heading, from: p.from, to: p.to };
  });
  flush();
  return segments;
}
