/**
 * Finding the processes of a dictionary in a text. Each process is compiled once into regular
 * expressions over the folded text (see pattern.ts; a second set for OCR-read text, with OCR's
 * letter confusions); a match is kept unless
 * - it is an acronym written with lower-case letters ("bid" is not BID; "CTC", "CTC:s",
 *   "CTC-arbetet", "ctc-arbetet" — the first part of a compound — and an OCR'd "B1D" are), or
 * - the name is also an idiom (`idiom: true`, "örat mot marken" = an ear to the ground, with any
 *   verb) and the text does not mark it as a name: capitalised ("Örat mot marken"), after one
 *   of the process's `nameMarks` ("i", "inom", "genom"), in quotes, or as the first part of a
 *   compound ("örat mot marken-grupperna"); or
 * - it lies inside one of the process's exclusions, unless the text capitalises a word of the
 *   name where the exclusion writes it in lower case.
 */
import type { ProcessEntry } from './dictionary.js';
import { fold } from '../normalize/fold.js';
import { AFTER, BEFORE, phrasePattern } from './pattern.js';
import { letterRegExp } from '../normalize/letters.js';

/** A genitive or a plural s may follow a name or an acronym ("Trygga barnets", "CTCs"). */
const SUFFIX = '(?:s)?';

interface CompiledPhrase {
  regex: RegExp;
  /** The same phrase for OCR-read text. */
  ocrRegex: RegExp;
  /** The words of the phrase as written, one per capturing group. */
  words: string[];
  acronym: boolean;
}

export interface CompiledProcess {
  entry: ProcessEntry;
  phrases: CompiledPhrase[];
  exclusions: CompiledPhrase[];
  /** Folded words before a name that mark it as the name (for idioms). */
  nameMarks: Set<string>;
}

export interface ProcessMatch {
  process: string;
  /** Range in the (flat) text. */
  start: number;
  end: number;
}

function compilePhrase(phrase: string, acronym: boolean): CompiledPhrase {
  const p = phrasePattern(phrase);
  const o = phrasePattern(phrase, { ocr: true });
  // "d": the indices of each word group, to check how the text writes it.
  return {
    regex: letterRegExp(`${BEFORE}(?:${p.source})${SUFFIX}${AFTER}`, 'gud'),
    ocrRegex: letterRegExp(`${BEFORE}(?:${o.source})${SUFFIX}${AFTER}`, 'gud'),
    words: p.words,
    acronym,
  };
}

export function compileProcess(entry: ProcessEntry): CompiledProcess {
  return {
    entry,
    phrases: [
      ...entry.forms.map((f) => compilePhrase(f, false)),
      ...entry.spelledOut.map((f) => compilePhrase(f, false)),
      ...entry.acronyms.map((a) => compilePhrase(a, true)),
    ],
    exclusions: entry.exclusions.map((x) => compilePhrase(x, false)),
    nameMarks: new Set((entry.nameMarks ?? []).map((w) => fold(w))),
  };
}

/** Compiled dictionaries, once per dictionary object. */
const compiled = new WeakMap<ProcessEntry[], CompiledProcess[]>();

export function compileDictionary(entries: ProcessEntry[]): CompiledProcess[] {
  let c = compiled.get(entries);
  if (!c) compiled.set(entries, (c = entries.map(compileProcess)));
  return c;
}

interface Hit {
  start: number;
  end: number;
  /** [start, end) of each word group. */
  words: Array<[number, number]>;
}

function hits(phrase: CompiledPhrase, folded: string, ocr: boolean): Hit[] {
  const out: Hit[] = [];
  const regex = ocr ? phrase.ocrRegex : phrase.regex;
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = regex.exec(folded)) !== null) {
    const idx = m.indices!;
    // Every capturing group is a word of the phrase (the "…" gap is not captured), so group g
    // is word g - 1; a group that took no part would be an empty range.
    const words: Array<[number, number]> = [];
    for (let g = 1; g < idx.length; g++) words.push((idx[g] as [number, number] | undefined) ?? [m.index, m.index]);
    out.push({ start: m.index, end: m.index + m[0].length, words });
  }
  return out;
}

const isUpper = (c: string | undefined): boolean => c !== undefined && /\p{Lu}/u.test(c);
const isLower = (c: string | undefined): boolean => c !== undefined && /\p{Ll}/u.test(c);

/**
 * An acronym counts only as written in capitals: each letter the dictionary writes in upper case
 * is not lower case in the text (a digit is OCR for a letter and passes).
 */
function writtenAsAcronym(phrase: CompiledPhrase, hit: Hit, text: string): boolean {
  // "ctc-arbetet", "sspf-gruppen": the first part of a compound is the acronym, however written.
  const [, last] = hit.words[hit.words.length - 1] ?? [0, 0];
  if (hit.words.length === 1 && text[last] === '-' && /\p{L}/u.test(text[last + 1] ?? '')) return true;
  return hit.words.every(([s, e], i) => {
    const written = phrase.words[i];
    const actual = text.slice(s, e);
    if (actual.length !== written.length) return ![...written].some(isLower) ? ![...actual].some(isLower) : true;
    return [...written].every((c, j) => !isUpper(c) || !isLower(actual[j]));
  });
}

/** "Örat", not "ÖRAT": a text in capitals marks no name. */
const capitalised = (word: string): boolean => isUpper(word[0]) && (word.length === 1 || [...word.slice(1)].some(isLower));

/** Whether an exclusion hit covers the match, and the text does not mark the name with a capital. */
function excludedBy(exclusion: CompiledPhrase, x: Hit, match: Hit, text: string): boolean {
  if (x.start > match.start || x.end < match.end) return false;
  const marksName = x.words.some(
    ([s, e], i) => s < match.end && e > match.start && isLower(exclusion.words[i][0]) && capitalised(text.slice(s, e)),
  );
  return !marksName;
}

const QUOTES = /["”“«»'’]/u;

/**
 * A name that is also an idiom counts only where the text marks it as a name: a capital where the
 * dictionary writes one (not a text in capitals), a name mark before it ("i", "inom", "genom"),
 * quotes around it, or a compound after it ("örat mot marken-grupperna").
 */
function markedAsName(p: CompiledProcess, phrase: CompiledPhrase, h: Hit, text: string, folded: string): boolean {
  const [s, e] = h.words[0] ?? [h.start, h.end];
  if (isUpper(phrase.words[0]?.[0]) && capitalised(text.slice(s, e))) return true;
  const before = folded.slice(Math.max(0, h.start - 40), h.start);
  if (QUOTES.test(before.slice(-1)) || /^-\p{L}/u.test(folded.slice(h.end)) || QUOTES.test(folded[h.end] ?? '')) return true;
  const prev = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u.exec(before)?.[1];
  return prev !== undefined && p.nameMarks.has(prev);
}

/**
 * The process matches in a text: `folded` is fold(text) (same length); `ocr` when the text was
 * read by OCR. Overlapping matches of one process (an acronym inside its spelled-out name) are all
 * returned; callers group them.
 */
export function matchProcesses(processes: CompiledProcess[], text: string, folded: string, ocr = false): ProcessMatch[] {
  const out: ProcessMatch[] = [];
  for (const p of processes) {
    const excluded = p.exclusions.map((x) => ({ x, hits: hits(x, folded, ocr) }));
    for (const phrase of p.phrases) {
      for (const h of hits(phrase, folded, ocr)) {
        if (phrase.acronym && !writtenAsAcronym(phrase, h, text)) continue;
        if (p.entry.idiom && !phrase.acronym && !markedAsName(p, phrase, h, text, folded)) continue;
        if (excluded.some(({ x, hits: xs }) => xs.some((xh) => excludedBy(x, xh, h, text)))) continue;
        out.push({ process: p.entry.id, start: h.start, end: h.end });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
