/**
 * Tick boxes of a response form, as text: "☐ Kommunstyrelsen/stadskontoret  ☒ Fritidsnämnden",
 * "[X] Instämmer helt  [ ] Instämmer inte", or a scanned paper form read by OCR ("X Ja  _ Nej").
 * A line with two boxes or more is a line of options (a line with one box that goes on from such
 * a line is one too); each option is the text after its box, up to the next box. The marks are
 * data (data/lexicon/structure.json, tickBoxes).
 */
import { loadData } from '../data.js';
import { escapeClass, escapeRegex } from './ocr.js';
import { letterRegExp } from './letters.js';

export interface TickOption {
  /** The option's words, as written ("Annan, nämligen: Servicenämnden"). */
  label: string;
  ticked: boolean;
  /** Where the option's box stands in the line. */
  start: number;
  /** The box is a mark the reader could not read ("?" where a PDF's font had no glyph for it): ticked or not is unknown. */
  unreadable?: true;
}

interface TickMarks {
  ticked: string[];
  empty: string[];
  ocrTicked: string[];
  ocrEmpty: string[];
  unreadable?: string[];
}

interface Compiled {
  box: RegExp;
  /** A cheap first look, from the same marks: a line with none of their first characters has no box (most lines of a round). */
  maybe: RegExp;
  ticked: Set<string>;
  unreadable: Set<string>;
}

let compiled: Compiled | undefined;

function marks(): Compiled {
  if (!compiled) {
    const m = loadData<{ tickBoxes: TickMarks }>('lexicon/structure.json').tickBoxes;
    const symbols = [...m.ticked, ...m.empty].sort((a, b) => b.length - a.length);
    // A lone OCR mark ("X", "_") or unreadable mark ("?") counts as a box only standing alone before an option's word.
    const ocr = [...m.ocrTicked, ...m.ocrEmpty, ...(m.unreadable ?? [])].map(escapeRegex);
    const firsts = [...new Set(symbols.map((x) => [...x][0]))].map(escapeClass).join('');
    compiled = {
      box: letterRegExp(`(?:${symbols.map(escapeRegex).join('|')})|(?<=^|\\s)(?:${ocr.join('|')})(?=\\s+\\S)`, 'gu'),
      maybe: letterRegExp(`[${firsts}]|(?:^|\\s)(?:${ocr.join('|')})(?=\\s)`, 'u'),
      ticked: new Set([...m.ticked, ...m.ocrTicked]),
      unreadable: new Set(m.unreadable ?? []),
    };
  }
  return compiled;
}

/** The options of one line, or undefined when it has no box (or, alone, fewer than `least`). */
export function tickOptions(text: string, least = 2): TickOption[] | undefined {
  const { box, maybe, ticked, unreadable } = marks();
  if (!maybe.test(text)) return undefined;
  const found = [...text.matchAll(box)];
  if (found.length < least) return undefined;
  // The OCR marks alone ("X", "_") make a line of boxes only with a symbol or another OCR mark each.
  return found.map((m, k) => {
    const end = k + 1 < found.length ? found[k + 1].index : text.length;
    const option: TickOption = { label: text.slice(m.index + m[0].length, end).trim(), ticked: ticked.has(m[0]), start: m.index };
    if (unreadable.has(m[0])) option.unreadable = true;
    return option;
  });
}

/** Whether a line is a line of boxes (two or more). */
export function isTickLine(text: string): boolean {
  return tickOptions(text) !== undefined;
}
