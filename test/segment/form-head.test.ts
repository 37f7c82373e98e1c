/**
 * A response form's own head (the letterhead above its "Remissinstans:" field) sent the form out
 * and answers nothing — but it stands on the form's first page: the answers on the pages before
 * it in a compilation are not its head. Texts of our own, pages set apart by form feeds.
 */
import { describe, expect, it } from 'vitest';
import { roundFromText } from '../helpers.js';

const QUESTIONS = ['Hur ser ni på förslaget om öppna skolgårdar?', 'Vilken nämnd bör samordna arbetet med skolgårdarna?'];

function compilation(form: string[]): string {
  return [
    'Sammanställning av remissvar – öppna skolgårdar',
    '',
    'Remissinstanserna ombads att besvara följande frågor:',
    ...QUESTIONS.map((q, i) => `${i + 1}. ${q}`),
    '',
    '2.1 Kulturnämnden (inkom 2027-03-01)',
    '',
    'Fråga 1: Bra förslag som vi stöder.',
    'Fråga 2: Fritidsnämnden',
    '',
    '\f2.2 Servicenämnden (inkom 2027-03-02)',
    '',
    'Servicenämnden ser positivt på förslaget och vill att fritidsnämnden samordnar arbetet.',
    '',
    '2.3 Miljönämnden (inkom 2027-03-03)',
    '',
    'Miljönämnden delar förvaltningens bedömning att tekniska nämnden bör samordna arbetet.',
    '',
    ...form,
  ].join('\n');
}

describe("a form's head", () => {
  it('is on its own page: the answers on the pages before it keep their respondents', async () => {
    const round = await roundFromText(
      compilation(['\f2.4 Tekniska nämnden (inkom 2027-03-04)', '', 'SVARSMALL – öppna skolgårdar', '', 'Remissinstans: Tekniska nämnden', 'Kontaktperson: Eva Lind', 'Datum: 2027-03-04', '', 'Svar: Vi stöder förslaget.', '']),
      'sammanstallning.txt',
      QUESTIONS,
    );
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'SN', 'MN', 'TN']);
  });

  it('on the same page as the answers before it, those answers are told apart by their questions only (as before)', async () => {
    const round = await roundFromText(
      compilation(['SVARSMALL – öppna skolgårdar', '', 'Remissinstans: Tekniska nämnden', 'Kontaktperson: Eva Lind', 'Datum: 2027-03-04', '', 'Svar: Vi stöder förslaget.', '']),
      'sammanstallning.txt',
      QUESTIONS,
    );
    expect(round.respondents.map((r) => r.id)).toContain('TN');
    expect(round.respondents.map((r) => r.id)).toContain('KN');
  });
});
