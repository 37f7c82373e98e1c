/**
 * A records system's print of a case (ärendeutdrag, diarieutskrift): the case's documents one after
 * another, each under its record of labelled fields ("Handling 7" / "Inkom: 2026-03-18" /
 * "Avsändare: Fritidsförvaltningen" / "Dokumenttyp: Inkommande remissvar" / "Rubrik: …") and
 * then its text. Each document is one sender's, whatever other bodies its letterhead, addressee
 * and text name: an answer when its type or title says it is one, the case's own paper when they
 * say it is something else — the remiss sent out, a receipt, a reminder, a request for more time,
 * the case officer's note (the compiler's text, whatever answers it sums up) — and, when they say
 * neither, left unattributed for the analyst rather than guessed. The words are data
 * (data/lexicon/structure.json `filed`).
 */
import type { Line, Respondent } from '../model.js';
import { loadData } from '../data.js';
import { fold } from '../normalize/fold.js';
import { letterRegExp } from '../normalize/letters.js';
import { AFTER, BEFORE, phrasePattern } from '../tag/pattern.js';
import { fieldBlocks, recordRespondent, recordsOf, type Field } from './fields.js';
import type { Registry } from './registry.js';

/** A case print holds at least this many documents under records with a type. */
export const MIN_FILED_ENTRIES = 3;

/** At most this many lines above a record belong to it: its rule, its caption ("Handling 7"), its diary number. */
export const ENTRY_CAPTION_LINES = 3;

/** At most this many lines after a record's fields are still its own: a wrapped title, a rule, "[Fulltext]". */
export const RECORD_TAIL_LINES = 4;

export type FiledKind = 'answer' | 'other' | 'unknown';

export interface FiledEntry {
  /** The entry's first line: its rule or caption above the record. */
  start: number;
  /** Where the document's own text begins, after the record. */
  textStart: number;
  /** The line after the entry (the next entry's start, or the end of the source). */
  end: number;
  kind: FiledKind;
  /** Whom the record names as the document's sender. */
  sender?: Respondent;
}

interface FiledWords {
  typeLabels: string[];
  subjectLabels: string[];
  answerWords: string[];
  otherWords: string[];
}

let compiled: { types: Set<string>; subjects: Set<string>; answer: RegExp; other: RegExp } | undefined;
function words(): NonNullable<typeof compiled> {
  if (!compiled) {
    const w = loadData<{ filed: FiledWords }>('lexicon/structure.json').filed;
    const any = (phrases: string[]): RegExp =>
      letterRegExp(`${BEFORE}(?:${phrases.map((p) => phrasePattern(p, { capture: false }).source).join('|')})${AFTER}`, 'u');
    compiled = { types: new Set(w.typeLabels.map(fold)), subjects: new Set(w.subjectLabels.map(fold)), answer: any(w.answerWords), other: any(w.otherWords) };
  }
  return compiled;
}

/**
 * What a record says the document is: its type first ("Inkommande remissvar", "Utgående e-post"),
 * then, where the type says neither ("Inkommande e-post"), its title ("Begäran om anstånd",
 * "Yttrande från …"); within each, the case's own paper wins ("Anteckning om remissvar").
 */
export function filedKind(type: string, subject: string): FiledKind {
  const { answer, other } = words();
  for (const said of [fold(type), fold(subject)]) {
    if (other.test(said)) return 'other';
    if (answer.test(said)) return 'answer';
  }
  return 'unknown';
}

function typeOf(block: Field[]): string | undefined {
  return block.find((f) => words().types.has(f.label))?.value;
}

/**
 * The documents of a case print, in order, or undefined when the source is none: fewer than
 * MIN_FILED_ENTRIES records that give a document's type.
 */
export function filedEntries(lines: Line[], reg: Registry): FiledEntry[] | undefined {
  // Only a source with records of types is asked who sent each (cheap: a field line is rare).
  const records = recordsOf(fieldBlocks(lines)).filter((b) => typeOf(b) !== undefined);
  if (records.length < MIN_FILED_ENTRIES) return undefined;
  const entries: FiledEntry[] = [];
  let previousEnd = 0;
  for (const block of records) {
    const first = block[0].line;
    const last = block[block.length - 1].line;
    let start = first;
    while (start > previousEnd && first - start < ENTRY_CAPTION_LINES && lines[start - 1].text !== '') start--;
    let textStart = last + 1;
    for (let k = last + 1; k < Math.min(lines.length, last + 1 + RECORD_TAIL_LINES); k++) {
      if (lines[k].text === '') {
        textStart = k;
        break;
      }
    }
    const subject = block.find((f) => words().subjects.has(f.label))?.value ?? '';
    const sender = recordRespondent(block, reg);
    entries.push({ start, textStart, end: lines.length, kind: filedKind(typeOf(block) ?? '', subject), ...(sender ? { sender } : {}) });
    if (entries.length > 1) entries[entries.length - 2].end = start;
    previousEnd = textStart;
  }
  return entries;
}
