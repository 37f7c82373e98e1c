/**
 * An answer judging the candidates in a table of verdicts (src/extract/verdicts.ts): the bodies it
 * prefers in the verdict's rank, those it rules out — rows and answers written for this test.
 */
import { describe, expect, it } from 'vitest';
import { verdictRows } from '../../src/extract/verdicts.js';
import { loadCues } from '../../src/extract/lexicon.js';
import { tabulate } from '../../src/analyze/tabulate.js';
import { buildRound } from '../../src/round.js';
import { linesOf } from '../helpers.js';

const QUESTIONS = ['Hur ser ni på förslaget?', 'Vilken nämnd bör samordna arbetet?'];

describe('a row of a table of verdicts', () => {
  it.each([
    ['Kommunstyrelsen         | Förordas', 1],
    ['| Tekniska nämnden | Kan vara ett alternativ |', 2],
    ['Ett av stadens bolag\tInte lämpligt', 0],
    ['Fritidsnämnden          Nej', 0],
    ['Kulturnämnden   |   I andra hand.', 2],
  ])('%j → rank %i', (line, rank) => {
    expect(verdictRows(linesOf(line), loadCues()).map((r) => r.rank)).toEqual([rank]);
  });

  it.each([
    'Kommunstyrelsen bör samordna arbetet.',
    'Alternativ | Vår bedömning',
    'Kommunstyrelsen | Förordas eftersom nämnden har mandat att styra de andra nämnderna',
    'Tekniska nämnden | Bra',
  ])('%j is none', (line) => {
    expect(verdictRows(linesOf(line), loadCues())).toEqual([]);
  });
});

async function rowOf(answer: string[]) {
  const text = ['Grundskolenämnden', '', 'Fråga 1', 'Förslaget är bra.', '', 'Fråga 2', ...answer, ''].join('\n');
  const t = tabulate(await buildRound([{ path: 'grn.txt', bytes: Buffer.from(text) }], { questions: QUESTIONS }));
  return t.rows.find((r) => r.respondent === 'GRN')!;
}

describe('an answer that gives its proposal as a table of verdicts', () => {
  it('ranks the bodies it prefers, and says where it read them', async () => {
    const r = await rowOf([
      'Nämnden har vägt alternativen mot varandra.', '',
      'Alternativ              | Vår bedömning', 'Kommunstyrelsen         | Förordas', 'Tekniska nämnden        | Kan vara ett alternativ', 'Ett av stadens bolag    | Inte lämpligt',
    ]);
    expect(r.choices).toEqual(['KS', 'TN']);
    expect(r.ranked).toBe(true);
    expect(r.review.join(' ')).toContain('tabell med bedömningar');
  });

  it('leaves a proposal in words as it is', async () => {
    const r = await rowOf(['Nämnden föreslår att fritidsnämnden samordnar arbetet.', '', 'Kommunstyrelsen   | Inte lämpligt', 'Tekniska nämnden  | Möjligt']);
    expect(r.choices).toEqual(['FRN']);
  });
});
