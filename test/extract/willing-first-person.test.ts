/**
 * A body offering to take the role, in the first person ("Vi åtar oss …") as in the third
 * ("Nämnden åtar sig …"): the reflexive follows the subject. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { roundFromText } from '../helpers.js';
import { tabulate } from '../../src/analyze/tabulate.js';

async function rowOf(sentence: string): Promise<{ stance?: string; choices?: string[] }> {
  const r = await roundFromText(
    ['Remissinstanserna ombads besvara följande frågor:', '• Hur ser ni på förslaget?', '• Vem bör samordna mötesplatserna?', '', 'Fritidsnämnden', '', 'Fråga 1', 'Nämnden är positiv.', '', 'Fråga 2', sentence].join('\n'),
  );
  const t = tabulate(r) as unknown as { rows: Array<{ respondent: string; stance: string; choices: string[] }> };
  return t.rows.find((x) => x.respondent === 'FRN') ?? {};
}

describe('an offer in the first person', () => {
  it.each([
    'Vi åtar oss gärna att samordna även mötesplatserna.',
    'Vi påtar oss samordningen av mötesplatserna.',
    'Fritidsnämnden har redan lokala samordnare. Vi åtar oss att samordna mötesplatserna, eftersom strukturen finns.',
    'Nämnden åtar sig gärna att samordna mötesplatserna.',
  ])('%s → the body itself', async (sentence) => {
    const row = await rowOf(sentence);
    expect(row.stance).toBe('proposes');
    expect(row.choices).toEqual(['FRN']);
  });

  it('declining in the first person is no offer', async () => {
    const row = await rowOf('Vi åtar oss inte att samordna mötesplatserna.');
    expect(row.choices ?? []).not.toContain('FRN');
  });
});

describe('a body that wants the role itself ("vill" and a role verb right after it)', () => {
  it.each([
    'Nämnden vill ta rollen.',
    'Fritidsnämnden vill gärna samordna mötesplatserna.',
    'Nämnden vill därför gärna leda arbetet med mötesplatserna.',
    'Vi vill samordna mötesplatserna.',
  ])('%s → the body itself', async (sentence) => {
    const row = await rowOf(sentence);
    expect(row.stance).toBe('proposes');
    expect(row.choices).toEqual(['FRN']);
  });

  it.each([
    // A wish for another body's role: that body.
    ['Nämnden vill att kulturnämnden samordnar mötesplatserna.', ['KN']],
    // "vill" as a verb of saying, and another subject's wish.
    ['Nämnden vill betona att samordningen är viktig.', []],
    ['Nämnden ser positivt på att staden vill samordna mötesplatserna.', []],
    ['Nämnden vill inte leda arbetet med mötesplatserna.', []],
  ])('%s → %j', async (sentence, choices) => {
    expect((await rowOf(sentence)).choices).toEqual(choices);
  });
});
