/**
 * Notes of a consultation meeting: a list of participants says whom each person speaks for, the
 * discussion goes question by question as speakers' turns, and letters that came after the meeting
 * follow. Notes written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tabulate } from '../../src/analyze/tabulate.js';
import { MIN_PARTICIPANTS, participantOf, participantsOf } from '../../src/segment/participants.js';
import { roundFromText, linesOf } from '../helpers.js';

describe('a list of participants', () => {
  it('is at least this many persons', () => {
    expect(MIN_PARTICIPANTS).toBe(3);
  });

  it.each([
    ['Karin Lund, fritidsförvaltningen (fritidsnämnden)', ['Karin Lund', 'fritidsnämnden']],
    ['Per Ek, Region Skåne, barnhälsovården', ['Per Ek', 'Region Skåne']],
    ['Eva Berg, Grannar i Norr', ['Eva Berg', 'Grannar i Norr']],
    ['Omar Ali, stadskontoret, mötesledare', ['Omar Ali', 'stadskontoret']],
    ['Kulturnämnden, två ledamöter', undefined], // no person
    ['Karin Lund', undefined], // no body
  ])('%j', (line, expected) => {
    expect(participantOf(line)).toEqual(expected);
  });

  it('under "Närvarande:" or "Deltagare:", each person and the body', () => {
    const lines = linesOf(['Deltagare:', 'Karin Lund, fritidsförvaltningen (fritidsnämnden)', 'Per Ek, Region Skåne', 'Eva Berg, Grannar i Norr', '', 'Karl Ek, MKB'].join('\n'));
    expect([...participantsOf(lines)]).toEqual([
      ['karin lund', 'fritidsnämnden'],
      ['per ek', 'Region Skåne'],
      ['eva berg', 'Grannar i Norr'],
    ]);
  });
});

const NOTES = [
  'Minnesanteckningar från dialogmöte om programmet för levande torg',
  '',
  'Närvarande:',
  'Omar Ali, stadskontoret, mötesledare',
  'Karin Lund, fritidsförvaltningen (fritidsnämnden)',
  'Per Ek, Region Skåne, barnhälsovården',
  'Eva Berg, Grannar i Norr',
  'Sara Holm, kulturförvaltningen (kulturnämnden)',
  '',
  'Frågor som diskuterades:',
  '1. Hur ser ni på programmets mål för torgen?',
  '2. Vem bör samordna arbetet med torgen?',
  '',
  '1. Programmets mål för torgen',
  '',
  'Omar Ali hälsade välkomna och gick igenom programmet.',
  '',
  'Karin Lund (fritidsförvaltningen): Målen är bra men saknar kvällarna.',
  '',
  'Representanten för Region Skåne menade att de minsta barnen glöms bort.',
  '',
  'Eva Berg sa att föreningarna behöver lokaler på torgen.',
  '',
  'Sara Holm pekade på biblioteken, som redan är mötesplatser.',
  '',
  '2. Vem bör samordna arbetet?',
  '',
  'Karin Lund (fritidsförvaltningen): Fritidsnämnden bör samordna arbetet med torgen, förutsatt att medel tillförs.',
  '',
  'Per Ek menade att kulturnämnden bör leda arbetet. Regionen kan inte själv ta ledningsansvar.',
  '',
  'Eva Berg sa att fritidsnämnden bör leda arbetet.',
  '',
  'Sara Holm framhöll att kulturnämnden inte bör leda arbetet utan fritidsnämnden.',
  '',
  'Omar Ali tackade för synpunkterna.',
  '',
].join('\n');

describe('the notes of a consultation meeting', () => {
  it('each speaker\'s turn is the answer of the body the participant speaks for, under the question discussed', async () => {
    const round = await roundFromText(NOTES, 'anteckningar.txt');
    expect(round.respondents.map((r) => r.id).sort()).toEqual(['FRN', 'KN', 'grannar-i-norr', 'region-skane']);
    const q2 = (id: string) => round.segments.filter((s) => s.respondent === id && s.question === 'Q2').map((s) => s.text).join(' ');
    expect(q2('region-skane')).toContain('kulturnämnden bör leda');
    // The chair speaks for no body: the office that keeps the notes.
    expect(round.segments.some((s) => s.respondent !== null && s.text.includes('hälsade välkomna'))).toBe(false);
    const t = tabulate(round);
    const choice = (id: string) => t.rows.find((r) => r.respondent === id)!.choices.map((c) => [...t.columns.find((x) => x.id === c)!.members].join('+'));
    expect(choice('FRN')).toEqual(['FRN']);
    // "Regionen" is Region Skåne itself, and "inte själv" with no partner after it refuses the role.
    expect(choice('region-skane')).toEqual(['KN']);
    expect(choice('grannar-i-norr')).toEqual(['FRN']);
    expect(choice('KN')).toEqual(['FRN']);
  });

  it('a letter after the meeting, answering a question again by its number, is no part of the notes\' questions', async () => {
    const letter = ['Bilaga: skrivelse som kom in efter mötet', '', 'Servicenämnden', '', 'Datum 2027-04-28', 'Dnr SN-2027-0417', '', 'Att: Omar Ali', '', 'Svar på fråga 2 efter dialogmötet', '', 'Servicenämnden anser att kulturnämnden bör samordna arbetet med torgen.', ''].join('\n');
    const round = await roundFromText(`${NOTES}\n${letter}`, 'anteckningar.txt');
    // The letter's sender above its date lines is no address: the addressee's "Att:" follows them.
    expect(round.respondents.map((r) => r.id)).toContain('SN');
    expect(round.respondents.map((r) => r.id)).toContain('FRN');
  });
});
