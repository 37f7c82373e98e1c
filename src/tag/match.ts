/**
 * Finding the processes of a dictionary in a text. Each process is compiled once into regular
 * expressions over the folded text (see pattern.ts); a match is kept unless
 * - it is an acronym written with lower-case letters ("bid" is not BID; "CTC", "CTC:s",
 *   "CTC-arbetet" and an OCR'd "B1D" are), or
 * - it lies inside one of the process's exclusions ("har örat mot marken" is the idiom), unless
 *   the text capitalises a word of the name where the exclusion writes it in lower case
 *   ("vi har Örat mot marken som forum": the capital marks the name).
 */
import type { ProcessEntry } from './dictionary.js';
import { AFTER, BEFORE, phrasePattern } from './pattern.js';

/** A genitive or a plural s may follow a name or an acronym ("Trygga barnets", "CTCs"). */
const SUFFIX = '(?:s)?';

interface CompiledPhrase {
  regex: RegExp;
  /** The words of the phrase as written, one per capturing group. */
  words: string[];
  acronym: boolean;
}

export interface CompiledProcess {
  entry: ProcessEntry;
  phrases: CompiledPhrase[];
  exclusions: CompiledPhrase[];
}

export interface ProcessMatch {
  process: string;
  /** Range in the (flat) text. */
  start: number;
  end: number;
}

function compilePhrase(phrase: string, acronym: boolean): CompiledPhrase {
  const p = phrasePattern(phrase);
  // "d": the indices of each word group, to check how the text writes it.
  return { regex: new RegExp(`${BEFORE}(?:${p.source})${SUFFIX}${AFTER}`, 'gud'), words: p.words, acronym };
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
  };
}

export function compileDictionary(entries: ProcessEntry[]): CompiledProcess[] {
  return entries.map(compileProcess);
}

interface Hit {
  start: number;
  end: number;
  /** [start, end) of each word group. */
  words: Array<[number, number]>;
}

function hits(phrase: CompiledPhrase, folded: string): Hit[] {
  const out: Hit[] = [];
  phrase.regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = phrase.regex.exec(folded)) !== null) {
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

/**
 * The process matches in a text: `folded` is fold(text) (same length). Overlapping matches of
 * one process (an acronym inside its spelled-out name) are all returned; callers group them.
 */
export function matchProcesses(processes: CompiledProcess[], text: string, folded: string): ProcessMatch[] {
  const out: ProcessMatch[] = [];
  for (const p of processes) {
    const excluded = p.exclusions.map((x) => ({ x, hits: hits(x, folded) }));
    for (const phrase of p.phrases) {
      for (const h of hits(phrase, folded)) {
        if (phrase.acronym && !writtenAsAcronym(phrase, h, text)) continue;
        if (excluded.some(({ x, hits: xs }) => xs.some((xh) => excludedBy(x, xh, h, text)))) continue;
        out.push({ process: p.entry.id, start: h.start, end: h.end });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
