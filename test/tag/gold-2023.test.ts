/**
 * The 2023 round against the analysts' gold: 5 processes × 15 respondents in the text of the
 * compilation, and in the OCR appendix with every answer to Q1 (where Stadsbyggnadsnämnden's
 * "har örat mot marken" is the idiom), and in the PDF rendering. Every quote occurs in its source.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { shippedDictionary } from '../../src/tag/dictionary.js';
import { tagRound, type Mention } from '../../src/tag/tag.js';
import { CORPUS, collapse, gold, roundOf } from '../helpers.js';

const PROCESSES = ['ctc', 'sspf', 'orat-mot-marken', 'bid', 'trygga-barnet'];

function cells(mentions: Mention[], expected: Record<string, string[]>, either: Record<string, string[]>): string[] {
  const wrong: string[] = [];
  for (const [respondent, processes] of Object.entries(expected)) {
    for (const p of PROCESSES) {
      if (either[respondent]?.includes(p)) continue;
      const got = mentions.some((m) => m.respondent === respondent && m.process === p);
      if (got !== processes.includes(p)) wrong.push(`${respondent} ${p}: expected ${processes.includes(p)}`);
    }
  }
  return wrong;
}

describe.each([
  ['the compilation (text)', CORPUS.text, (g: any) => g],
  ['the OCR appendix (Q1)', CORPUS.ocr, (g: any) => g.ocr_bilaga],
])('gold cells of %s', (_label, file, part) => {
  it('all 75 cells are exact, and every quote occurs in the source', async () => {
    const expected = part(gold());
    expect(Object.keys(expected.processes)).toHaveLength(15);
    const round = await roundOf(file);
    const mentions = tagRound(round, shippedDictionary());
    expect(cells(mentions, expected.processes, expected.processes_either)).toEqual([]);
    const source = collapse(readFileSync(file, 'utf8').normalize('NFC'));
    expect(mentions.filter((m) => !source.includes(collapse(m.quote))).map((m) => m.quote)).toEqual([]);
    for (const m of mentions) expect(m.line).toBeGreaterThan(0);
  });
});

it('the PDF rendering of the compilation gives the same 75 cells', async () => {
  const g = gold();
  const mentions = tagRound(await roundOf(CORPUS.pdf), shippedDictionary());
  expect(cells(mentions, g.processes, g.processes_either)).toEqual([]);
  expect(mentions.every((m) => typeof m.page === 'number' && m.page >= 1)).toBe(true);
});

it('in the OCR appendix, Stadsbyggnadsnämnden keeps its ear to the ground: not counted', async () => {
  const mentions = tagRound(await roundOf(CORPUS.ocr), shippedDictionary());
  expect(mentions.filter((m) => m.respondent === 'SBN' && m.process === 'orat-mot-marken')).toEqual([]);
});
