/**
 * A letter from an administration the registry does not know answers for the committee it is
 * named after, when its text names that committee (src/segment/administration.ts) — letters
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { COMMITTEE_SEARCH_LINES, committeeName } from '../../src/segment/administration.js';
import { roundFromText } from '../helpers.js';

const QUESTIONS = ['Hur ser ni på förslaget?', 'Vem bör samordna arbetet?'];

describe('the committee an administration is named after', () => {
  it(`is looked for within ${COMMITTEE_SEARCH_LINES} lines`, () => expect(COMMITTEE_SEARCH_LINES).toBe(80));

  it.each([
    ['Stadsdelsförvaltning Öster', 'Stadsdelsnämnd Öster'],
    ['STADSDELSFÖRVALTNING ÖSTER', 'Stadsdelsnämnd Öster'],
    ['Sociala resursförvaltningen', 'Sociala resursnämnden'],
    ['Kultur- och fritidsförvaltningen', 'Kultur- och fritidsnämnden'],
    ['Förvaltningen', undefined],
    ['Stadsdelsnämnd Öster', undefined],
  ])('%j → %j', (administration, committee) => {
    expect(committeeName(administration)).toBe(committee);
  });
});

describe('a letter from an administration the registry does not know', () => {
  // A compilation's page for the letter, as the letters of a compilation open theirs.
  const letter = (head: string, body: string): string =>
    [
      ['Sammanställning av remissvar', '', 'Remissinstanserna ombeds svara på följande frågor:', ...QUESTIONS.map((q, i) => `${i + 1}. ${q}`), '', 'Sida 1 av 2'].join('\n'),
      [head, '', 'Yttrande', 'Datum: 2016-09-29', 'Dnr: SDN-2016-2041', 'Mottagare: Kommunstyrelsen', '', body, '', 'Svar på fråga 1', 'Bra.', '', 'Svar på fråga 2', 'Nämnden föreslår att kommunstyrelsen samordnar arbetet.', '', 'Sida 2 av 2'].join('\n'),
    ].join('\n\f');

  it.each([
    ['Stadsdelsförvaltning Öster', 'Stadsdelsnämnd Öster har vid sitt sammanträde beslutat att avge följande yttrande.', 'Stadsdelsnämnd Öster'],
    ['Hamnförvaltningen Väst', 'Hamnnämnden Väst tackar för remissen.', 'Hamnnämnden Väst'],
    // The committee is never named: the administration stays the sender.
    ['Stadsdelsförvaltning Öster', 'Förvaltningen lämnar följande synpunkter.', 'Stadsdelsförvaltning Öster'],
  ])('%j, opening %j, answers for %j', async (head, body, name) => {
    const round = await roundFromText(letter(head, body));
    expect(round.respondents.map((r) => r.name)).toEqual([name]);
  });
});
