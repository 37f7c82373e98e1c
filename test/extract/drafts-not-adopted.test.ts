/**
 * A draft the body never adopted, sent "för kännedom" (src/extract/preferences.ts, coordination.json
 * notAdopted): it proposes nothing for the body, and the review says what it held — letters of our own.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { tabulate } from '../../src/analyze/tabulate.js';

const QUESTIONS = ['Hur ser ni på förslaget?', 'Vilken nämnd bör samordna arbetet?'];
const file = (path: string, lines: string[]) => ({ path, bytes: Buffer.from(lines.join('\n')) });
/** One letter per file, as a registrar saves them: the draft sent on, and another body's answer. */
const round = (note: string) =>
  buildRound(
    [
      file('GRN.txt', ['Grundskolenämnden', '', note, '', 'Bilaga – Förslag till yttrande (grundskoleförvaltningen 2026-03-27)', '', 'Svar på fråga 1', 'Förslaget är bra.', '', 'Svar på fråga 2', 'Nämnden föreslår att fritidsnämnden samordnar arbetet.', '']),
      file('KN.txt', ['Kulturnämnden', '', 'Svar på fråga 1', 'Bra.', '', 'Svar på fråga 2', 'Kulturnämnden föreslår kommunstyrelsen.', '']),
    ],
    { questions: QUESTIONS },
  );

describe('a draft not adopted', () => {
  it.each([
    'Observera att förslaget inte har antagits av nämnden och inte utgör nämndens ställningstagande.',
    'Förvaltningen sänder förslaget för kännedom; det utgör inte nämndens ställningstagande.',
  ])('%j: no proposal, and the review says what the draft held', async (note) => {
    const t = tabulate(await round(note));
    const row = t.rows.find((r) => r.respondent === 'GRN')!;
    expect(row.choices).toEqual([]);
    expect(row.review.join(' ')).toContain('inte antagits (FRN)');
  });

  it('an answer decided on delegation ("Yttrandet har inte behandlats av nämnden") is the body\'s', async () => {
    const t = tabulate(await round('Yttrandet har inte behandlats av nämnden utan beslutats av förvaltningsdirektören på delegation.'));
    const row = t.rows.find((r) => r.respondent === 'GRN')!;
    expect(row.choices.length).toBe(1);
  });
});
