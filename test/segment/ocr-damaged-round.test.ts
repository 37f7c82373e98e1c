/**
 * OCR-damaged answers: the 2023 text with å/ä/ö replaced the way OCR replaces them (ä → a, i, d,
 * 4; å → a, é; ö → o, é, 6), at random with a fixed seed — harsher than the real OCR appendix,
 * since some letters survive and others do not. The segmentation must keep the same structure
 * and the coordinator table the same rows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tabulate } from '../../src/analyze/tabulate.js';
import { CORPUS, roundFromText, roundOf } from '../helpers.js';

const READINGS: Record<string, string[]> = {
  'ä': ['a', 'a', 'i', 'd', '4', 'ä', 'ä'],
  'å': ['a', 'a', 'é', 'å', 'å'],
  'ö': ['o', 'o', 'é', '6', 'ö', 'ö'],
  'Ä': ['A', 'A'],
  'Å': ['A'],
  'Ö': ['O', '6', 'O'],
};

/** A small deterministic PRNG (mulberry32), so each seed damages the text the same way every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function damage(text: string, seed: number): string {
  const rnd = prng(seed);
  return [...text].map((c) => (READINGS[c] ? READINGS[c][Math.floor(rnd() * READINGS[c].length)] : c)).join('');
}

const shape = (segments: Array<{ respondent: string; question: string | null; line: number }>): string[] =>
  segments.map((s) => `${s.respondent} ${s.question} ${s.line}`);

describe('an OCR-damaged round', () => {
  const clean = readFileSync(CORPUS.text, 'utf8');
  for (const seed of [11, 23, 47]) {
    it(`keeps its segments and its coordinator table (seed ${seed})`, async () => {
      const reference = await roundOf(CORPUS.text);
      const damaged = await roundFromText(damage(clean, seed), 'ocr.txt');
      expect(damaged.respondents.map((r) => r.id)).toEqual(reference.respondents.map((r) => r.id));
      expect(shape(damaged.segments)).toEqual(shape(reference.segments));
      const a = tabulate(reference);
      const b = tabulate(damaged);
      const rows = (t: typeof a) =>
        t.rows.map((r) => `${r.respondent} ${r.stance} ${r.conditional} ${r.choices.map((id) => t.columns.find((c) => c.id === id)!.members.join('+')).join(',')}`);
      expect(rows(b)).toEqual(rows(a));
    });
  }
});
