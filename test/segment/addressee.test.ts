/**
 * The addressee of a letter without "Till": a body right under the letter's date and diary lines,
 * in its head, with the sender named above it (src/segment/senders.ts dropAddresseeBelowDates), in
 * a file of one letter or of several — letters written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { LETTERHEAD_GAP, MAX_KIND_LINE_WORDS } from '../../src/segment/senders.js';
import { roundFromText } from '../helpers.js';

const QUESTIONS = ['Hur ser ni på förslaget?', 'Vilken nämnd bör samordna arbetet?'];

async function respondents(...files: string[]): Promise<string[]> {
  const round = await buildRound(files.map((text, i) => ({ path: `brev-${i}.txt`, bytes: Buffer.from(text) })), { questions: QUESTIONS });
  return round.respondents.map((r) => r.id);
}

describe('the addressee under the date lines', () => {
  it.each([
    ['Malmö stad | Miljönämnden', 'YTTRANDE', 'Datum 2026-03-16', 'Dnr MN-2026-211', '', 'Kommunstyrelsen', '', 'Yttrande över förslaget om parkvärdar'],
    ['Miljöförvaltningen', 'Malmö stad', '', 'Datum 2026-04-07', 'Diarienummer MN-2026-00958', '', 'Kommunstyrelsen', '', 'Miljönämndens yttrande över remissen om parkvärdar'],
    ['Miljönämnden', '2026-03-16', 'MN-2026-211', '', 'Stadskontoret', '', 'Remissvar om parkvärdar'],
  ])('is no respondent: %j', async (...head) => {
    const letter = [...head, '', 'Miljönämnden har läst förslaget och ser positivt på det.', '', 'Fråga 2', 'Nämnden föreslår att fritidsnämnden samordnar arbetet.'].join('\n');
    expect(await respondents(letter)).toEqual(['MN']);
  });

  it('a compilation\'s next answer after a dated line of the one before is an answer', async () => {
    const text = [
      'Kulturnämnden', '', 'Nämnden tycker att förslaget är bra och att fritidsnämnden bör samordna.', '', 'Malmö 2026-03-12', '',
      'Fritidsnämnden', '', 'Nämnden tycker att förslaget är bra och tar gärna ansvaret för samordningen.',
    ].join('\n');
    expect(await respondents(text)).toEqual(['KN', 'FRN']);
  });

  it('is no respondent in each letter of a file that holds several, with its address line stacked under it', async () => {
    const letter = (sender: string, date: string, who: string): string[] => [
      '==========', `${date}   Inkommande handling   Avsändare: ${sender}`, '----------', '',
      sender.toUpperCase(), 'Malmö stad', '', `Datum ${date}`, 'Dnr X-2026-12', '', 'Kommunstyrelsen', 'Stadskontoret', '', 'Yttrande över förslaget om parkvärdar', '',
      `${who} har läst förslaget och ser positivt på det.`, '', 'Fråga 2', `${who} föreslår att tekniska nämnden samordnar arbetet.`, '',
    ];
    const text = [...letter('Miljöförvaltningen', '2026-03-16', 'Miljönämnden'), ...letter('Kulturförvaltningen', '2026-03-20', 'Kulturnämnden')].join('\n');
    expect(await respondents(text)).toEqual(['MN', 'KN']);
  });

  it.each([
    ['Grundskoleförvaltningen', '2026-03-02', 'Handläggare: Maja Tran, utvecklingsstrateg', '', 'Förslag till yttrande', 'Kommunstyrelsen'],
    ['Grundskoleförvaltningen', 'Datum 2026-03-02', '', 'Tjänsteskrivelse', '', 'Kommunstyrelsen'],
    ['Grundskoleförvaltningen', 'Dnr GRN-2026-101', 'Vår referens: Per Ek', 'YTTRANDE', 'Kommunstyrelsen'],
  ])("under the date lines, past the document's kind and its reference fields, is no respondent: %j", async (...head) => {
    const letter = [...head, '', 'Yttrande över förslaget om parkvärdar', '', 'Grundskolenämnden har läst förslaget och ser positivt på det.', '', 'Fråga 2', 'Nämnden föreslår att fritidsnämnden samordnar arbetet.'].join('\n');
    expect(await respondents(letter)).toEqual(['GRN']);
  });

  it.each([
    ['Miljöförvaltningen', 'Malmö stad', '', 'Kommunstyrelsen', '', 'Yttrande', 'Datum: 2026-04-20', 'Dnr: MN-2026-2210'],
    ['Miljöförvaltningen', '', 'Tekniska nämnden', '', 'Remissvar', 'Datum 2026-04-20'],
    ['Miljönämnden', 'Malmö stad', '', 'Kommunstyrelsen', '', 'YTTRANDE', '2026-04-20', 'MN-2026-77'],
    ['Miljöförvaltningen', '', 'Stadskontoret', '', 'Datum: 2026-04-20'],
  ])('between the letterhead and the date lines is no respondent: %j', async (...head) => {
    const letter = [...head, '', 'Miljönämndens svar på remissen om parkvärdar', '', 'Miljönämnden har läst förslaget och ser positivt på det.', '', 'Fråga 2', 'Nämnden föreslår att fritidsnämnden samordnar arbetet.'].join('\n');
    expect(await respondents(letter)).toEqual(['MN']);
  });

  it.each([
    // Too far below the letterhead (more than LETTERHEAD_GAP lines): another answer's head.
    [['Kulturnämnden', 'Malmö stad', 'Kulturförvaltningen', 'Avdelningen för kultur', '', 'Fritidsnämnden', 'Datum 2026-03-12', '', 'Nämnden tycker att förslaget är bra och tar gärna ansvaret för samordningen.']],
  ])('a body in the head farther below the opening letterhead stays a respondent: %j', async (lines) => {
    const text = lines.join('\n');
    expect((await respondents(text)).includes('FRN')).toBe(true);
  });

  it('the letterhead\'s gap to its addressee is short: pinned', () => {
    expect(LETTERHEAD_GAP).toBe(3);
  });

  it('a line giving the document\'s kind is short: pinned', () => {
    expect(MAX_KIND_LINE_WORDS).toBe(4);
  });

  it('a distribution list whose label stands a blank line above it names no respondent', async () => {
    const letter = ['Fritidsnämnden', '', 'Fritidsnämnden har läst förslaget och ser positivt på det.', '', 'Fråga 2', 'Nämnden föreslår att tekniska nämnden samordnar arbetet.', '', 'Beslutet skickas till', '', 'Kommunstyrelsen', 'Fritidsförvaltningen, akten', '', 'Vid protokollet', 'Hanna Sjöberg'].join('\n');
    expect(await respondents(letter)).toEqual(['FRN']);
  });

  it("a body under the previous answer's own dated closing line opens the next answer", async () => {
    const text = [
      // The next answer on a page of its own (two names stacked on one page are one heading).
      'Kulturnämnden', '', 'Nämnden tycker att förslaget är bra och att fritidsnämnden bör samordna.', '', 'Kulturnämnden, 2026-03-12', '\f',
      'Fritidsnämnden', '', 'Utdrag ur protokoll, sammanträde 2026-03-10, § 12', '', 'Nämnden tycker att förslaget är bra och tar gärna ansvaret för samordningen.',
    ].join('\n');
    expect(await respondents(text)).toEqual(['KN', 'FRN']);
  });
});

describe("the addressees in a compilation of letters stay addressees", () => {
  // The registrar's appendix: each letter under a heading of its own, its head as the body set it.
  const letter = (heading: string, office: string, body: string, addressee: string[]): string[] => [
    heading, '', 'Malmö stad', office, '', 'YTTRANDE', '2026-04-24', `Dnr ${body}-2026-0907`, '', ...addressee, '',
    'Remissvar: Program för trygga platser', '', `${heading} har läst förslaget och ser positivt på det.`, '',
    'Nämnden föreslår att fritidsnämnden samordnar arbetet.', '', 'Bilaga 2 – Inkomna remissvar   sida 2 av 9', '',
  ];
  const compilation = (addressee: string[], cover: string[] = []): string =>
    [
      ...cover, 'BILAGA 2 till tjänsteskrivelse', 'Inkomna remissvar', '', 'Här följer de remissvar som kommit in, i den ordning de kom.', '',
      ...letter('Servicenämnden', 'Serviceförvaltningen', 'SN', addressee),
      ...letter('Kulturnämnden', 'Kulturförvaltningen', 'KN', addressee),
      ...letter('Miljönämnden', 'Miljöförvaltningen', 'MN', addressee),
      ...letter('Fritidsnämnden', 'Fritidsförvaltningen', 'FRN', addressee),
    ].join('\n');

  it.each([
    [['Kommunstyrelsen'], []],
    [['Kommunstyrelsen', 'Stadskontoret'], []],
    // The compiling office's letterhead on the cover: the addressee's second line names it too.
    [['Kommunstyrelsen', 'Stadskontoret'], ['Stadskontoret', 'Avdelningen för kansli och juridik', '']],
  ])(
    'named in the same layout by every letter, %j is found again as no respondent, nor taken for the compiling office',
    async (addressee, cover) => {
      const round = await buildRound([{ path: 'bilaga.txt', bytes: Buffer.from(compilation(addressee, cover)) }], { questions: QUESTIONS });
      expect(round.respondents.map((r) => r.id)).toEqual(['SN', 'KN', 'MN', 'FRN']);
      // Each letter's answer runs past its addressee to its proposal.
      for (const id of ['SN', 'KN', 'MN', 'FRN']) {
        expect(round.segments.some((s) => s.respondent === id && s.text.includes('fritidsnämnden samordnar'))).toBe(true);
      }
    },
  );
});

describe("the organisation's name above the sender and its own address", () => {
  it.each([
    ['MALMÖ STAD', 'Kulturförvaltningen', 'Box 7040, 200 42 Malmö', '', 'Kommunstyrelsen', '205 80 Malmö', '', 'Datum: 2026-04-10'],
    ['Malmö stad', 'Kulturförvaltningen', 'Kulturhuset, Box 112', '211 20 Malmö', '', 'Till Kommunstyrelsen', '', 'Datum 2026-04-10'],
    ['MALMÖ STAD', 'Kulturnämnden', 'Box 7040', '200 42 Malmö', '', 'Stadskontoret', '205 80 Malmö'],
  ])('is the letterhead: the sender under it answers, %j', async (...head) => {
    const letter = [...head, '', 'Remissvar om parkvärdar', '', 'Kulturnämnden har läst förslaget och ser positivt på det.', '', 'Fråga 2', 'Nämnden föreslår att fritidsnämnden samordnar arbetet.'].join('\n');
    expect(await respondents(letter)).toEqual(['KN']);
  });

  it('a body with its address under a letterhead of its own is still the addressee', async () => {
    const letter = ['Kulturförvaltningen', 'Malmö stad', '', 'Tekniska nämnden', 'Box 12', '205 80 Malmö', '', 'Remissvar om parkvärdar', '', 'Kulturnämnden har läst förslaget.', '', 'Fråga 2', 'Nämnden föreslår att fritidsnämnden samordnar arbetet.'].join('\n');
    expect(await respondents(letter)).toEqual(['KN']);
  });
});

describe("a body's name alone in a letter's head answers no question, whatever words it shares with one", () => {
  it('the addressee "Kommunstyrelsen" is no heading of a question about other "kommuner"', async () => {
    const questions = ['Vilka insatser bör ingå?', 'Vilken nämnd bör samordna arbetet?', 'Har ni synpunkter på hur andra kommuner organiserat arbetet?'];
    const letter = [
      'Förskoleförvaltningen', 'Malmö stad', '', 'Kommunstyrelsen', '205 80 Malmö', '', '2026-04-15', '', 'Förskolenämndens yttrande över remissen', '',
      '1) Förskolan arbetar främjande och tidigt förebyggande.', '', '2) Förskolenämnden föreslår att kommunstyrelsen samordnar arbetet.', '', '3) Inga ytterligare synpunkter.',
    ].join('\n');
    const round = await buildRound([{ path: 'FSKN-yttrande.txt', bytes: Buffer.from(letter) }], { questions });
    const answered = round.segments.filter((s) => s.question !== null).map((s) => [s.question, s.text.slice(0, 2)]);
    expect(answered).toEqual([['Q1', '1)'], ['Q2', '2)'], ['Q3', '3)']]);
  });
});

describe('an addressee under the organisation\'s name, below reference fields with a date', () => {
  const rule = '='.repeat(60);
  const compilation = (head: string[]) => [
    'MALMÖ STAD', 'Stadskontoret', 'Avdelningen för social hållbarhet', '', 'SAMMANSTÄLLNING AV REMISSVAR', '',
    'Remissinstanserna ombads besvara följande frågor:', '', '  1. Hur ser ni på förslaget?', '  2. Vilken nämnd bör samordna arbetet?', '',
    ...['Kulturnämnden', 'Tekniska nämnden'].flatMap((b) => [rule, b.toUpperCase(), `Dnr X-2026-1`, rule, '', 'Fråga 1', `${b} är positiv.`, '', 'Fråga 2', `${b} föreslår fritidsnämnden.`, '']),
    rule, 'POLISMYNDIGHETEN, LOKALPOLISOMRÅDE MALMÖ CENTRUM', 'Polisens dnr A214.553/2026', rule, '',
    ...head,
    '', 'Yttrande över förslaget', '', 'Fråga 1', 'Polisen är positiv.', '', 'Fråga 2', 'Polismyndigheten tillstyrker att fritidsnämnden samordnar.', '',
  ].join('\n');

  it.each([
    [['POLISMYNDIGHETEN', 'Polisregion Syd', '', 'Ert diarienummer: KS-2026-1740', 'Datum: 2026-06-11', '', 'Malmö stad', 'Kommunstyrelsen']],
    [['POLISMYNDIGHETEN', '', 'Datum 2026-06-11', 'Vår referens: A214.553/2026', '', 'Malmö stad', 'Kommunstyrelsen', 'Stadskontoret']],
  ])('%j: the letter is the police\'s, named once, and no answer of the kommunstyrelse', async (head) => {
    const r = await roundFromText(compilation(head));
    expect(r.respondents.map((x) => x.id)).toEqual(['KN', 'TN', 'polismyndigheten-lokalpolisomrade-malmo-centrum']);
    expect(r.segments.find((s) => s.text.includes('tillstyrker att fritidsnämnden'))).toMatchObject({ respondent: 'polismyndigheten-lokalpolisomrade-malmo-centrum', question: 'Q2' });
  });
});
