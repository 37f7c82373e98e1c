/**
 * Heading candidates: short runs of lines that start after a sentence or paragraph ended, begin
 * with a capital, carry no sentence-final period, and are followed by a new block. This is the
 * document's structure as far as plain text shows it; it works with blank lines (text files,
 * OCR) and without them (PDF text layers). Which candidates are respondents, questions or
 * sub-headings is decided later.
 */
import type { Line } from '../model.js';
import { loadData } from '../data.js';
import { fold } from '../normalize/fold.js';
import { loadStructure } from '../normalize/structure.js';
import { letterRegExp } from '../normalize/letters.js';
import { escapeRegex } from '../normalize/ocr.js';
import { noAnswerCues, romanNumber } from './questions.js';

export interface HeadingBlock {
  /** Index of the first line (in the line array given). */
  start: number;
  /** Index after the last line. */
  end: number;
  text: string;
}

const ENDS_SENTENCE = /[.!?:;]["”’»)]*$/u;
const STARTS_HEADING = /^["”“'’«(]?[\p{Lu}\p{N}]/u;
const BULLET = /^[•▪●◦·*]\s|^[-–]\s/u;

const MAX_LINES = 5;
/** A labelled field with no answer in it: "Svar:", "Svar: –", "Kommentar: -". */
const EMPTY_FIELD = /^\p{L}{2,20}:\s*[–—-]?$/u;

/**
 * A form's answer that answers nothing, on a line of its own: "(ej besvarad)", "Inget svar", "se
 * fråga 2", "Se ovan" (data: sections.json noAnswer). It ends its block as an empty field does.
 */
function isNoAnswerLine(text: string): boolean {
  if (text.length > 40) return false;
  const { empty, reference } = noAnswerCues();
  // Also as a numbered item of its own ("4. –", "3) Inget svar"): the question left unanswered.
  const t = fold(text.trim()).replace(/^\d{1,2}[.)]\s+/u, '').replace(/^[(]|[).]$/gu, '').trim();
  return empty.has(t) || reference.test(t);
}
/** A line drawn across the page to set sections apart. */
export const RULE_LINE = /^(?:[=_*~#-]\s?){5,}$/u;
/**
 * A caption set in a rule on its own line ("----- Svar 3 av 9 -----", "=== Bilaga 2 ==="): a rule
 * too. In rules of two marks only a capital opens it (a form export's "-- Remissinstans --"; "--
 * kort --" is text).
 */
export const FRAMED_CAPTION = /^(?:(?:[=_*~#-]\s?){3,}\s*[\p{L}\p{N}]|(?:[=_*~#-]\s?){2}\s*\p{Lu})[^=_*~#]{0,58}?\s*(?:[=_*~#-]\s?){2,}$/u;

/** Whether a line sets what follows apart as a blank line does: a rule, or a caption set in one. */
export function isRule(text: string): boolean {
  return RULE_LINE.test(text) || FRAMED_CAPTION.test(text);
}
/**
 * A question's number alone on its line, bare or with its part's letter ("1", "2a", "3 b)"), the
 * answer's text right under it: the heading of that part of the answer. "2)" or "2." alone is left
 * to the numbered paragraphs it stands among ("1) …" / "2)" / "- a list" / "3) …").
 */
export const QUESTION_MARK_LINE = /^(\d{1,2})(?:\s?[a-h][.):]?)?$/u;

/** A numbering in front of a heading: "1.", "2)", "2.1", "Fråga 3.", "Bilaga 1:". */
export const NUMBERING = /^(?:\p{L}+\s+)?\d{1,2}(?:\.\d{1,2})*[.:)]?\s+/u;
const MAX_CHARS = 280;

const blank = (l: Line | undefined): boolean => l === undefined || l.text === '';
/** A line that continues the one before: lower case, or punctuation no heading follows with ("(Communities That Care)."). */
const startsLower = (t: string): boolean => /^[\p{Ll}]/u.test(t) || /^["”“(]\p{Ll}/u.test(t) || /^[(),;.]/u.test(t);

let proseVerbs: Set<string> | undefined;
export function isProseVerb(word: string): boolean {
  proseVerbs ??= new Set(loadData<{ proseVerbs: string[] }>('lexicon/sections.json').proseVerbs.map(fold));
  return proseVerbs.has(word);
}

import { bodyWidth } from '../normalize/paragraphs.js';
import { CELL_MARKS } from '../normalize/tables.js';

export { bodyWidth };

/**
 * A row of a small table of ranks or marks: a bar row ("| Kommunstyrelsen | 1 |"), a row of cells as
 * a word processor gives them whose last is a rank, a mark or nothing ("Kommunstyrelsen⇥2",
 * "Fritidsnämnden⇥"), or a short label and a rank or a mark after it ("Kommunstyrelsen      2",
 * "Tekniska nämnden –", as a PDF closes the gap to one space). A form's fields
 * ("Remissinstans:⇥Fritidsnämnden", "Svar: –") are rows of no such table: their labels head what
 * they name.
 */
export const RANKED_ROW = letterRegExp(`^([^.!?:;]{1,59}[^\\s.!?:;])\\s+([1-9]|[${CELL_MARKS}]|[–—-])$`, 'u');
/** A cell of a table of ranks: a rank (group 1), a mark for the one chosen (group 2), a dash or nothing. */
export const RANK_OR_MARK = letterRegExp(`^(?:\\(?([1-9])[.)]?\\)?|([${CELL_MARKS}])|[–—-])?$`, 'u');
const BAR_ROW = /^\|.*\|$/u;
/** A row of a table set by bars without the outer ones ("Aktör | Ansvarar (A) | Utför (U)", "-----|-----|----"). */
const INNER_BARS = /^[^|]+\|[^|]*\|/u;

export function isTableRow(line: Line | undefined): boolean {
  if (!line || blank(line)) return false;
  const t = line.text.trim();
  const cells = line.cells;
  if (cells !== undefined && cells.length >= 2 && cells.join(' ').trim() === t) return RANK_OR_MARK.test(cells[cells.length - 1]);
  return BAR_ROW.test(t) || INNER_BARS.test(t) || RANKED_ROW.test(t);
}

/** Whether a line ends with a word no heading ends with ("och", "såsom", "för"). */
function endsDangling(t: string): boolean {
  return dangles(/(\p{L}+)$/u.exec(t)?.[1]);
}

/**
 * Whether a word, as written, leaves its line unfinished ("och", "för", "i"). A capital Roman
 * numeral does not: "Fråga I" numbers its question, and the small "i" is the preposition.
 */
function dangles(word: string | undefined): boolean {
  return word !== undefined && romanNumber(word) === undefined && loadStructure().dangling.has(word.toLowerCase());
}

/** A question mark at the end, also before a form's label colon ("Fråga 2 – Vilka …?:"). */
export function endsQuestion(t: string): boolean {
  return /\?["”’»)]*:?$/u.test(t);
}

let questionLabel: RegExp | null | undefined;
/**
 * A form's label of a numbered question ("Fråga 3 – Vilken nämnd …? Motivera gärna.:"): the
 * question words of structure.json listMarks and a number at the start, and a question mark.
 */
function isQuestionLabel(t: string): boolean {
  if (questionLabel === undefined) {
    const words = loadData<{ listMarks: { words?: string[] } }>('lexicon/structure.json').listMarks.words ?? [];
    questionLabel = words.length > 0 ? letterRegExp(`^(?:${words.map(escapeRegex).join('|')})\\s+\\d{1,2}(?![\\p{N}])`, 'iu') : null;
  }
  // It asks: an inline answer after its number ("Fråga 3: Nämnden delar … enligt följande:") does not.
  return questionLabel !== null && t.includes('?') && questionLabel.test(t);
}

/** The heading block starting at line i, if there is one. */
/** A chapter's number of two levels or more before a capital: "2.2 Befintliga …", "4.1.3 Ansvar". */
const CHAPTER_NUMBER = /^\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\s+\p{Lu}/u;

export function headingAt(lines: Line[], i: number, afterHeading = false, width = 80): HeadingBlock | undefined {
  const first = lines[i];
  if (blank(first)) return undefined;
  // A row of a small table beside another ("Alternativ⇥Rangordning" / "Kommunstyrelsen⇥2" /
  // "Fritidsnämnden⇥1"): part of the answer, no heading, whatever body it names.
  if (isTableRow(first) && (isTableRow(lines[i - 1]) || isTableRow(lines[i + 1]))) return undefined;
  const prev = lines[i - 1];
  // A new page of a PDF may start a heading as a blank line does: the extract of minutes, the letter,
  // the chapter that begins on a page of its own (short lines only: a long one continues a sentence).
  const newPage = prev !== undefined && prev.page !== null && first.page !== prev.page && first.text.length <= 60;
  // A rule drawn across the page ("=====", "-----", "----- Svar 2 av 9 -----") sets a section apart as a blank line does.
  const afterRule = prev !== undefined && isRule(prev.text);
  // A form's empty field ("Svar: –", "Svar:") ends its block as a blank line does: a PDF text layer
  // has no blank lines, and the next question's label follows right under it.
  const afterEmptyField = prev !== undefined && (EMPTY_FIELD.test(prev.text) || isNoAnswerLine(prev.text));
  if (!(i === 0 || blank(prev) || afterHeading || newPage || afterRule || afterEmptyField || ENDS_SENTENCE.test(prev.text))) return undefined;
  // A caption the compiler frames in rules ("-----" / "hyresgästföreningen lindängen / Mona" /
  // "(inkom 2026-02-19)" / "-----") heads what follows as written, in lower case too.
  const framed = afterRule && ruleBelow(lines, i + 1);
  if (!(STARTS_HEADING.test(first.text) || framed) || BULLET.test(first.text)) return undefined;
  let j = i;
  for (;;) {
    const t = lines[j].text;
    if (/[.;,]$/u.test(t) && !/\b(?:t\.ex|bl\.a|m\.m|s\.k)\.$/u.test(t)) return undefined;
    // A sentence that ends inside the line makes it prose — unless it is a numbering ("Fråga 1. Hur …").
    if (/[.!]\s+["”]?\p{Lu}/u.test(t.replace(NUMBERING, ''))) return undefined;
    const next = lines[j + 1];
    if (blank(next)) break;
    if (endsQuestion(t)) {
      // "…insatserna? Hur kan … bidra?" — a second question sentence belongs to the heading; a
      // numbered one ("4. Vilken nämnd …?") is the next item of a list.
      if (endsQuestion(next.text) && next.text.length <= 100 && !NUMBERING.test(next.text) && j + 1 - i < MAX_LINES) {
        j++;
        continue;
      }
      break;
    }
    // A question that cannot end its line ("… samverkansformer, såsom" / "SSPF, CTC och BID?") runs
    // on, even before a capital: the name or acronym ends the question. (Prose that breaks before a
    // name, "… deltar i" / "BID-samarbeten i Malmö", is no heading and stays prose.)
    if ((startsLower(next.text) || (endsDangling(t) && endsQuestion(next.text))) && j + 1 - i < MAX_LINES) {
      j++;
      continue;
    }
    if (startsLower(next.text)) return undefined; // runs on: a paragraph, not a heading
    break;
  }
  const text = lines.slice(i, j + 1).map((l) => l.text).join(' ').replace(/\s+/g, ' ').trim();
  // "2a" / the answer to question 2's part a: a number alone heads only the text right under it.
  if (i === j && QUESTION_MARK_LINE.test(text)) return blank(lines[j + 1]) ? undefined : { start: i, end: j + 1, text };
  if (text.length > MAX_CHARS || !/\p{L}{2}/u.test(text)) return undefined;
  const last = lines[j].text;
  // Brackets open and close in a heading — the numbering's own ("3) Samordnande ansvar") aside.
  const words = text.replace(NUMBERING, '');
  if ((words.match(/\(/g) ?? []).length !== (words.match(/\)/g) ?? []).length) return undefined;
  // A form's label of a question ("Fråga 3 – Vem …? Motivera gärna.:") is one, as a question is.
  if (!endsQuestion(last) && !isQuestionLabel(text)) {
    // A long line ending in a colon introduces what follows ("… enligt följande:").
    if (/:$/u.test(last) && text.split(/\s+/).length > 4) return undefined;
    // Full-width lines with a finite verb: a paragraph wrapped before a capital, not a heading.
    const full = lines.slice(i, Math.max(j, i + 1)).every((l) => l.text.length >= 0.85 * width);
    if (full && fold(text).split(/[^\p{L}]+/u).some(isProseVerb)) return undefined;
    const lastWord = /(\p{L}+)["”’»)]*$/u.exec(last)?.[1];
    // A chapter numbered "2.2" alone on its line, a blank line after it, is a heading whatever word
    // ends it ("2.2 Befintliga arbetssätt att bygga vidare på").
    const chapter = i === j && CHAPTER_NUMBER.test(first.text) && blank(lines[j + 1]);
    // A quotation closed at the line's end is finished, whatever word it ends with
    // ("Fritidsnämnden: ”Vi tar gärna rollen – om resurserna följer med”").
    const quoted = /[”"»]$/u.test(last) && /[“”"«]/u.test(text.slice(0, -1));
    if (/[-–]$/u.test(last) || (!chapter && !quoted && dangles(lastWord))) return undefined;
  }
  return { start: i, end: j + 1, text };
}

/** At most this many lines of a caption stand between the rules that frame it. */
export const FRAME_LINES = 2;

/** Whether a heading is a caption framed in rules: a rule right above it and one closing below. */
export function isFramed(h: { start: number; end: number }, lines: Line[]): boolean {
  return h.start > 0 && isRule(lines[h.start - 1].text) && ruleBelow(lines, h.end - 1);
}

/** Whether a rule closes a frame within FRAME_LINES lines from `from` (no blank line before it). */
function ruleBelow(lines: Line[], from: number): boolean {
  for (let k = from; k < Math.min(lines.length, from + FRAME_LINES); k++) {
    if (blank(lines[k])) return false;
    if (isRule(lines[k].text)) return true;
  }
  return false;
}

/** All heading candidates of a line array, in order; stacked headings are found one by one. */
export function findHeadings(lines: Line[]): HeadingBlock[] {
  const out: HeadingBlock[] = [];
  const width = bodyWidth(lines);
  let afterHeading = false;
  for (let i = 0; i < lines.length; ) {
    const h = headingAt(lines, i, afterHeading, width);
    if (h) {
      out.push(h);
      i = h.end;
      afterHeading = true;
    } else {
      afterHeading = false;
      i++;
    }
  }
  return out;
}
