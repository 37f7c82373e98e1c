/**
 * Counted Swedish nouns with the right number: "1 remissinstans", "2 remissinstanser". The forms
 * are data (data/lexicon/report.json, "words"); a noun missing there is a bug in the data.
 */
import { loadData } from '../data.js';

type Forms = Record<string, [singular: string, plural: string]>;

const forms = (): Forms => loadData<{ words: Forms }>('lexicon/report.json').words;

/** The noun in the number `n` asks for: singular for 1 (and -1), plural otherwise (0 included). */
export function noun(n: number, word: string): string {
  const f = forms()[word];
  if (!f) throw new Error(`data/lexicon/report.json: no forms for "${word}"`);
  return Math.abs(n) === 1 ? f[0] : f[1];
}

/** "1 remissinstans", "15 remissinstanser". */
export function count(n: number, word: string): string {
  return `${n} ${noun(n, word)}`;
}
