/**
 * A body the registry does not know, named with a qualifier after a comma ("Polismyndigheten,
 * lokalpolisområde Malmö Centrum"), is confirmed as a respondent when its text opens with the
 * name's first part, as an unqualified name is by its text opening with it (src/segment/respondents.ts)
 * — compilations written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { MIN_NAME_HEAD_CHARS } from '../../src/segment/respondents.js';

const QUESTIONS = ['Hur ser ni på förslaget?', 'Vem bör samordna arbetet?'];

function compilation(name: string, opening: string): string {
  return [
    'Sammanställning av remissvar', '',
    'Kulturnämnden', '', 'Fråga 1', 'Nämnden ser positivt på förslaget.', '', 'Fråga 2', 'Nämnden föreslår fritidsnämnden.', '',
    name, '', opening, '', 'Samordning och ansvar', 'Det är kommunen som bör samordna, helst kommunstyrelsen.',
  ].join('\n');
}

describe('a qualified name of a body the registry does not know', () => {
  it.each([
    ['Polismyndigheten, lokalpolisområde Malmö Centrum', 'Polismyndigheten har inte besvarat frågorna var för sig.'],
    ['Idrottsalliansen Malmö, styrelsen', 'Idrottsalliansen Malmö välkomnar förslaget och lämnar följande synpunkter.'],
    ['Seniornätverket Limhamn, arbetsgruppen för trygghet', 'Seniornätverket Limhamn har tagit del av remissen.'],
  ])('is a respondent when its text opens with the name\'s first part: %s', async (name, opening) => {
    const round = await buildRound([{ path: 'sammanstallning.txt', bytes: Buffer.from(compilation(name, opening)) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.name)).toEqual(['Kulturnämnden', name]);
  });

  it('a name whose text opens otherwise is not confirmed by its first part', async () => {
    const round = await buildRound([{ path: 'sammanstallning.txt', bytes: Buffer.from(compilation('Trygghetsvandringar, Kroksbäck och Holma', 'Under hösten genomfördes fyra vandringar.')) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.name)).toEqual(['Kulturnämnden']);
  });

  it('a first part stands for the name from MIN_NAME_HEAD_CHARS characters: pinned', () => {
    expect(MIN_NAME_HEAD_CHARS).toBe(6);
  });
});
