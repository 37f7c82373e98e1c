/**
 * Another respondent of the round quoted in an answer ("Kulturnämnden skriver att ”…”. Det håller
 * vi inte med om."): its view, not this body's choice — the bodies it names are for the analyst
 * to see, flagged. A body the round does not have as a respondent speaking is flagged as before.
 * Compilations written for this test.
 */
import { describe, expect, it } from 'vitest';
import { choices, row, table } from './support.js';

describe('a respondent quoted in another\'s answer', () => {
  it.each([
    'Kulturnämnden skriver att ”ett bolag med närvaro i varje område är bäst rustat att hålla ihop arbetet”. Det håller vi inte med om. Vi förordar kommunstyrelsen.',
    'Kulturnämnden menar att MKB bör leda arbetet. Vi förordar i stället kommunstyrelsen.',
    'Kulturnämnden föreslår att MKB ska samordna. Fritidsnämnden förordar kommunstyrelsen.',
  ])('%s → only its own choice', async (answer) => {
    const t = await table([
      { name: 'Kulturnämnden', answer: 'Kulturnämnden föreslår att MKB leder arbetet.' },
      { name: 'Fritidsnämnden', answer },
    ]);
    expect(choices(t, 'FRN')).toEqual(['KS']);
    expect(row(t, 'FRN').review.join(' ')).toMatch(/KN/);
    expect(choices(t, 'KN')).toEqual(['MKB']);
  });

  it('its own name speaking is its own choice', async () => {
    const t = await table([{ name: 'Fritidsnämnden', answer: 'Fritidsnämnden föreslår att MKB leder arbetet.' }]);
    expect(choices(t, 'FRN')).toEqual(['MKB']);
  });
});
