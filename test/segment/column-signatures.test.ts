/**
 * A compilation of answers quoted whole, each ending with its signature: names over their titles
 * set in two columns ("Anna Berg      Per Holm" / "ordförande      sekreterare") and a lead-in
 * naming the body in one word ("För stadsbyggnadsnämnden"). Neither is a respondent.
 */
import { describe, expect, it } from 'vitest';
import { roundFromText } from '../helpers.js';

const PREAMBLE = [
  'Sammanställning av remissvar',
  '',
  'Remissen ställde två frågor:',
  '1. Hur ser ni på förslaget?',
  '2. Vilken nämnd bör samordna arbetet?',
  '',
];

function answer(name: string, lines: string[]): string[] {
  return [name, '', 'Fråga 1', 'Nämnden ställer sig bakom förslaget i stort.', '', 'Fråga 2', 'Nämnden föreslår att kommunstyrelsen samordnar arbetet.', '', ...lines, ''];
}

describe('signatures in columns and one-word lead-ins are no respondents', () => {
  it.each([
    ['two names over two titles', ['Anna-Karin Ekberg                         Mikael Holm', 'ordförande                                sekreterare']],
    ['a name over a title, and another', ['Helena Strand                             Per Magnusson', 'ordförande                                stadsbyggnadsdirektör']],
    ['a lead-in naming the body in one word', ['För stadsbyggnadsnämnden', '', 'Helena Strand', 'ordförande']],
    ['a lead-in naming the board in one word', ['För kulturnämnden', '', 'Per Holm                                  Eva Lind', 'ordförande                                sekreterare']],
  ])('%s', async (_what, signature) => {
    const text = [...PREAMBLE, ...answer('Kulturnämnden', signature), ...answer('Fritidsnämnden', signature)].join('\n');
    const round = await roundFromText(text);
    expect(round.respondents.map((r) => r.id).sort()).toEqual(['FRN', 'KN']);
  });
});
