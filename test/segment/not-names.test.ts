/**
 * Headings laid out like the respondents' that are no respondent: the chapter that lists the
 * questions ("2 Remissfrågorna" among "3.1 Kulturnämnden" …) and a labelled field whose value is a
 * body ("Förslag på samordnande nämnd: Kulturnämnden") — a compilation written for the test.
 */
import { describe, expect, it } from 'vitest';
import { roundFromText } from '../helpers.js';
import { isFieldLine, MAX_FIELD_LABEL_CHARS } from '../../src/segment/respondents.js';

describe('headings that name no respondent', () => {
  const answer = (n: string, name: string, extra: string[] = []): string[] => [`3.${n} ${name}`, '', `${name} har läst förslaget och är positiv.`, '', 'Fråga 2', 'Fritidsnämnden bör samordna arbetet.', ...extra, ''];
  const text = [
    'Sammanställning av remissvar', '', '1 Inledning', '', 'Förslaget skickades på remiss i mars.', '',
    '2 Remissfrågorna', '', '1. Hur ser ni på förslaget?', '2. Vilken nämnd bör samordna arbetet?', '', '3 Inkomna svar', '',
    ...answer('1', 'Kulturnämnden'), ...answer('2', 'Miljönämnden', ['', 'Förslag på samordnande nämnd: Fritidsnämnden']), ...answer('3', 'Servicenämnden'),
  ].join('\n');

  it('the questions\' chapter and a field naming a body are no respondents', async () => {
    const round = await roundFromText(text);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'MN', 'SN']);
  });

  it.each([
    ['Förslag på samordnande nämnd: Kulturnämnden', true],
    ['Kontaktperson: Anna Berg', true],
    ['Kulturnämnden', false],
    ['Synpunkter på förslaget om parkvärdar i stadens parker och torg: en sammanfattning', false],
  ])('%j is a field: %s', (line, field) => {
    expect(isFieldLine(line)).toBe(field);
    expect(MAX_FIELD_LABEL_CHARS).toBe(40);
  });
});
