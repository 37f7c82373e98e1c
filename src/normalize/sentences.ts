/**
 * Sentence spans in a flat text: a sentence ends at . ! ? followed by a capital, a digit, a quote
 * or a bullet, and at every "\n" (paragraph and heading breaks). Known abbreviations ("t.ex.",
 * "bl.a.") do not end sentences; the list is data (data/lexicon/abbreviations.json).
 */
import { loadData } from '../data.js';
import type { FlatText } from './flatten.js';

export interface Span {
  start: number;
  end: number;
}

let abbrevs: Set<string> | undefined;
function abbreviations(): Set<string> {
  if (!abbrevs) {
    const d = loadData<{ abbreviations: string[] }>('lexicon/abbreviations.json');
    abbrevs = new Set(d.abbreviations.map((a) => a.toLowerCase()));
  }
  return abbrevs;
}

const BOUNDARY = /([.!?])(["”’»)]*)(\s+)(?=[\p{Lu}\p{N}"”“«•–-])|\n+|\s*[•▪]\s+/gu;

export function sentences(flat: FlatText | string): Span[] {
  const text = typeof flat === 'string' ? flat : flat.text;
  const spans: Span[] = [];
  const abbr = abbreviations();
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY.exec(text)) !== null) {
    if (m[1] === '.') {
      // The word before the period: an abbreviation or a single letter does not end a sentence.
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index));
      if (before && abbr.has(before[1].toLowerCase())) continue;
    }
    const end = m[1] ? m.index + m[1].length + m[2].length : m.index;
    push(spans, text, start, end);
    start = m.index + m[0].length;
  }
  push(spans, text, start, text.length);
  return spans;
}

function push(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}
