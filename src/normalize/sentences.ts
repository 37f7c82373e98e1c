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

/** Whether a text ends on a known abbreviation ("… de närmaste åren, t.ex."), not a sentence. */
export function endsWithAbbreviation(text: string): boolean {
  const m = /(?:^|\s)([\p{L}.]+)\.$/u.exec(text.trim());
  return m !== null && abbreviations().has(m[1].toLowerCase());
}

const CLOSERS = new Set(['"', '”', '’', '»', ')']);
const OPENERS = /[\p{Lu}\p{N}"”“«•–-]/u;

/**
 * One pass over the text (a regex with look-ahead over a whole document was the slowest part of
 * reading large rounds).
 */
export function sentences(flat: FlatText | string): Span[] {
  const text = typeof flat === 'string' ? flat : flat.text;
  const spans: Span[] = [];
  const abbr = abbreviations();
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '\n') {
      push(spans, text, start, i);
      start = i + 1;
      continue;
    }
    if (c === '•' || c === '▪') {
      push(spans, text, start, i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let end = i + 1;
    while (end < n && CLOSERS.has(text[end])) end++;
    let next = end;
    while (next < n && (text[next] === ' ' || text[next] === '\t')) next++;
    if (next === end || next >= n || !OPENERS.test(text[next])) continue;
    if (c === '.') {
      // The word before the period: an abbreviation or a single letter does not end a sentence.
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i));
      if (before && abbr.has(before[1].toLowerCase())) continue;
    }
    push(spans, text, start, end);
    start = next;
    i = next - 1;
  }
  push(spans, text, start, n);
  return spans;
}

function push(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push({ start, end });
}
