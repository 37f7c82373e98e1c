/**
 * An answer judging the candidates in a table of verdicts (src/extract/verdicts.ts): the bodies it
 * prefers in the verdict's rank, those it rules out — rows and answers written for this test.
 */
import { describe, expect, it } from 'vitest';
import { MIN_RANK_ROWS, verdictRows } from '../../src/extract/verdicts.js';
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

  it('words that choose a body the table prefers: the table still gives the one it offers second', async () => {
    const r = await rowOf(['Nämnden förordar kommunstyrelsen.', '', 'Kommunstyrelsen   | Förordas', 'Tekniska nämnden  | Möjligt']);
    expect(r.choices).toEqual(['KS', 'TN']);
  });

  it('leaves a proposal in words as it is', async () => {
    const r = await rowOf(['Nämnden föreslår att fritidsnämnden samordnar arbetet.', '', 'Kommunstyrelsen   | Inte lämpligt', 'Tekniska nämnden  | Möjligt']);
    expect(r.choices).toEqual(['FRN']);
  });
});

describe('a table of ranks, as a remiss that asks for a ranking sends out', () => {
  const table = (rows: string[], sep: string): string[] => ['Nämnden har fyllt i tabellen.', '', `Alternativ${sep}Rangordning (1–3)`, ...rows.map((r) => r.replace('|', sep))];

  it.each([
    ['tabs', '\t'],
    ['spaces', '      '],
    ['bars', ' | '],
  ])('its ranks order the bodies (cells set apart by %s)', async (_what, sep) => {
    const r = await rowOf(table(['Kommunstyrelsen|2', 'Fritidsnämnden|1', 'Tekniska nämnden|3', 'Annan, nämligen: …|'], sep));
    expect(r.choices).toEqual(['FRN', 'KS', 'TN']);
    expect(r.ranked).toBe(true);
    expect(r.review.join(' ')).toContain('tabell med bedömningar');
  });

  it('a mark chooses, a dash or a blank does not; the rows name no respondent', async () => {
    const text = ['Grundskolenämnden', '', 'Fråga 1', 'Förslaget är bra.', '', 'Fråga 2', 'Alternativ\tRangordning', 'Kommunstyrelsen\t', 'Fritidsnämnden\tX', 'Tekniska nämnden\t–', ''].join('\n');
    const round = await buildRound([{ path: 'grn.txt', bytes: Buffer.from(text) }], { questions: QUESTIONS });
    expect(round.respondents.map((x) => x.id)).toEqual(['GRN']);
    expect(tabulate(round).rows[0].choices).toEqual(['FRN']);
  });

  it('the same rank twice is one place shared; a row written in names its bodies together', async () => {
    const tie = await rowOf(table(['Kommunstyrelsen|1', 'Fritidsnämnden|1', 'Tekniska nämnden|2'], '\t'));
    expect(tie.choices).toEqual(['FRN+KS', 'TN'].map((c) => c)); // columns: the joint one's id, then TN
  });

  it.each([
    // A tie the words make a shared lead; the rank after it stays second.
    [['Kommunstyrelsen|1', 'Fritidsnämnden|1', 'Tekniska nämnden|2'], 'Nämnden anser att ansvaret bör delas mellan kommunstyrelsen, som styr, och fritidsnämnden, som har verksamheten.', ['FRN+KS', 'TN']],
    // A row written in, the words naming the same two bodies in one word.
    [['Kommunstyrelsen|2', 'Fritidsnämnden|', 'Annan, nämligen: kulturnämnden och fritidsnämnden gemensamt|1'], 'Ett delat ansvar för kultur- och fritidsnämnderna vore bäst.', ['FRN+KN', 'KS']],
    // Words that choose the body ranked first: the table still gives the second.
    [['Kommunstyrelsen|1', 'Tekniska nämnden|2'], 'Vi förordar kommunstyrelsen.', ['KS', 'TN']],
  ])('the table gives the order and the ties where the words choose only bodies it ranks: %j', async (rows, words, want) => {
    const r = await rowOf([...table(rows, '\t'), '', words]);
    expect(r.choices).toEqual(want);
    expect(r.ranked).toBe(true);
  });

  it('words that choose a body the table does not rank keep their reading', async () => {
    const r = await rowOf([...table(['Kommunstyrelsen|1', 'Tekniska nämnden|2'], '\t'), '', 'Vi förordar ändå miljönämnden.']);
    expect(r.choices).toEqual(['MN']);
  });

  it('a PDF that closed the gap to one space: rows beside each other still rank', async () => {
    const r = await rowOf(['Alternativ Rangordning (1–3)', 'Kommunstyrelsen 2', 'Fritidsnämnden 1', 'Tekniska nämnden 3']);
    expect(r.choices).toEqual(['FRN', 'KS', 'TN']);
  });

  it.each([
    // One line alone ending in a number is a sentence's, not a table's.
    ['Nämnden anser att fråga 2', 'Kommunstyrelsen 2'],
  ])('not: %j', async (...answer) => {
    const r = await rowOf(answer);
    expect(r.choices).toEqual([]);
  });

  it('a table of ranks has two rows at least: pinned', () => {
    expect(MIN_RANK_ROWS).toBe(2);
  });
});
