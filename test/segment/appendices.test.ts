/**
 * A tjänsteskrivelse that carries the answers as its appendices, written here: an overview that
 * lists the respondents one per line ("Kulturnämnden – 3") opens no answer, and an appendix that
 * is an outside body's letter, its head naming no body the registry knows, answers as its first
 * sentence says.
 */
import { describe, expect, it } from 'vitest';
import { MIN_NAME_LIST } from '../../src/segment/senders.js';
import { buildRound } from '../../src/round.js';
import { tabulate } from '../../src/analyze/tabulate.js';

const QUESTIONS = ['Hur ser ni på förslaget om parkvärdar?', 'Vem bör samordna parkvärdarna?'];

function skrivelse(overview: string[], appendices: string[][]): string {
  return [
    'Tjänsteskrivelse', '', 'Remissvar om parkvärdar', '',
    'Sammanfattning', 'Stadskontoret har remitterat förslaget om parkvärdar. Remissvaren finns i bilagorna.', '',
    'Inkomna remissvar', '', 'Remissinstans – Bilaga nr', ...overview, '',
    'Stadskontoret konstaterar att flera instanser föreslår att tekniska nämnden samordnar arbetet.', '',
    ...appendices.flatMap((a) => ['\f', ...a, '']),
  ].join('\n');
}

const LETTER = (n: number, body: string, text: string): string[] => [`Bilaga ${n}`, '', body, 'Datum 2026-04-01', '', 'Till Kommunstyrelsen', '', 'Fråga 1', `${body} är positiv till förslaget.`, '', 'Fråga 2', text];

describe('appendices of a tjänsteskrivelse', () => {
  it('the limit is pinned', () => {
    expect(MIN_NAME_LIST).toBe(4);
  });

  it('an overview of the respondents one per line opens no answer: the compiler\'s text after it is no one\'s', async () => {
    const text = skrivelse(
      ['Kulturnämnden – 1', 'Fritidsnämnden – 2', 'Miljönämnden – 3', 'Servicenämnden – 4'],
      [
        LETTER(1, 'Kulturnämnden', 'Kulturnämnden anser att fritidsnämnden bör samordna parkvärdarna.'),
        LETTER(2, 'Fritidsnämnden', 'Fritidsnämnden åtar sig gärna att samordna parkvärdarna.'),
        LETTER(3, 'Miljönämnden', 'Miljönämnden har inga synpunkter på vem som samordnar.'),
        LETTER(4, 'Servicenämnden', 'Servicenämnden föreslår att fritidsnämnden samordnar parkvärdarna.'),
      ],
    );
    const round = await buildRound([{ path: 'tjskr.txt', bytes: Buffer.from(text) }], { questions: QUESTIONS });
    const t = tabulate(round);
    const mn = t.rows.find((r) => r.respondent === 'MN')!;
    expect(mn.choices).toEqual([]);
    expect(round.segments.some((s) => s.respondent !== null && s.text.includes('Stadskontoret konstaterar'))).toBe(false);
  });

  it.each([
    ['Polisområde Norr har beretts tillfälle att yttra sig över förslaget.', 'Polisområde Norr'],
    ['Torgföreningen Väster är ett samarbete mellan handlare och fastighetsägare.', 'Torgföreningen Väster'],
  ])('an appendix that is an outside body\'s letter answers as its first sentence says: %j', async (opening, name) => {
    const outside = [
      'Bilaga 2', '', 'MYNDIGHETEN', 'Avdelning Norr', '', 'YTTRANDE', 'Datum 2026-04-10', 'Er referens KS-2026-77', '',
      'Malmö stad', 'Kommunstyrelsen', '205 80 Malmö', '', 'Yttrande över förslaget om parkvärdar', '',
      opening, '', 'Samordning', `${name.split(' ')[0]} förordar att tekniska nämnden samordnar parkvärdarna.`,
    ];
    const text = skrivelse(['Kulturnämnden – 1', 'Se bilagorna'], [LETTER(1, 'Kulturnämnden', 'Kulturnämnden anser att fritidsnämnden bör samordna parkvärdarna.'), outside]);
    const round = await buildRound([{ path: 'tjskr.txt', bytes: Buffer.from(text) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.name)).toContain(name);
    expect(round.segments.some((s) => s.respondent === round.respondents.find((r) => r.name === name)?.id && s.text.includes('förordar att tekniska nämnden'))).toBe(true);
  });
});

describe('names stacked between two answers are no list', () => {
  // A compilation pasting each answer under a numbered heading: one answer's signature, then the
  // next heading, its letterhead and its title, blank lines between — four names of two bodies.
  const compiled = (between: string[]) =>
    [
      'Sammanställning av remissvar', '', 'Remissfrågor:', '1. Hur ser ni på förslaget om parkvärdar?', '2. Vem bör samordna parkvärdarna?', '',
      '2.1 Kulturnämnden', '', 'Fråga 1', 'Kulturnämnden är positiv till förslaget.', '', 'Fråga 2', 'Kulturnämnden anser att fritidsnämnden bör samordna parkvärdarna.', '',
      ...between.flatMap((b) => [b, '']),
      'Till fråga 1: Miljöförvaltningen bedriver inga egna processer här.', '', 'Till fråga 2: Miljönämnden föreslår att tekniska nämnden samordnar parkvärdarna.',
    ].join('\n');

  it.each([
    [['Kulturnämnden, 2026-04-29', '2.2 Miljönämnden', 'Miljöförvaltningen', 'Yttrande, Miljönämnden 2026-04-29']],
    [['Kulturnämnden', '2.2 Miljönämnden', 'Miljöförvaltningen', 'Miljönämndens yttrande']],
  ])('%j: the second answer is its own', async (between) => {
    const round = await buildRound([{ path: 'r.txt', bytes: Buffer.from(compiled(between)) }]);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'MN']);
    expect(round.segments.some((s) => s.respondent === 'MN' && s.text.includes('tekniska nämnden samordnar'))).toBe(true);
  });

  it('four names of four bodies in a row are a list', async () => {
    const round = await buildRound([{ path: 'r.txt', bytes: Buffer.from(compiled(['Servicenämnden', 'Fritidsnämnden', 'Miljönämnden', 'Tekniska nämnden'])) }]);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN']);
  });
});
