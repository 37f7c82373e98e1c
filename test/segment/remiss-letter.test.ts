/**
 * The remiss itself among the files of a round (src/segment/remiss-letter.ts): its letterhead's
 * sender is no respondent and its text is the round's preamble — rounds written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { isRemissLetterHead, MAX_MARK_CHARS, REMISS_HEAD_LINES } from '../../src/segment/remiss-letter.js';

const QUESTIONS = [
  'Hur ser ni på förslaget till parkvärdar i stort?',
  'Vilka lokaler eller insatser kan er verksamhet bidra med, och vad krävs för det?',
  'Vilken nämnd eller vilket bolag bör samordna arbetet med parkvärdarna?',
];

/** The remiss letter: `head` lines, background, the numbered questions (the second wrapped), a distribution list. */
const remiss = (head: string[]): string =>
  [
    ...head,
    '',
    'Remiss: Parkvärdar i stadens parker',
    '',
    'Bakgrund',
    'Stadskontoret har tagit fram ett förslag om parkvärdar i sex parker. Förslaget bifogas.',
    '',
    'Remissfrågor',
    'Remissinstanserna ombeds besvara följande frågor:',
    `1. ${QUESTIONS[0]}`,
    '2. Vilka lokaler eller insatser kan er verksamhet bidra med,',
    'och vad krävs för det?',
    `3. ${QUESTIONS[2]}`,
    '',
    'Svaren ska ha kommit in senast den 30 april 2026.',
    '',
    'Sändlista',
    // A sändlista as long as a remiss's is: every line of it a recipient, none a respondent.
    ...['Kulturnämnden', 'Fritidsnämnden', 'Tekniska nämnden', 'Miljönämnden', 'Servicenämnden', 'Grundskolenämnden', 'Förskolenämnden', 'Stadsbyggnadsnämnden', 'Arbetsmarknads- och socialnämnden', 'MKB Fastighet AB', 'Parkering Malmö', 'Vallby vatten AB', 'Föreningen Parkens vänner'],
  ].join('\n');

const answer = (body: string, proposal: string): string =>
  [body, '', 'Datum 2026-04-20', '', 'Till Kommunstyrelsen', '', 'Yttrande', '', '1. Förslaget är bra.', '', '2. Vi kan bidra med lokaler.', '', `3. ${proposal}`].join('\n');

async function round(remissText: string): Promise<Awaited<ReturnType<typeof buildRound>>> {
  return buildRound([
    { path: 'remiss.txt', bytes: Buffer.from(remissText) },
    { path: 'svar-1.txt', bytes: Buffer.from(answer('Kulturnämnden', 'Fritidsnämnden bör samordna arbetet.')) },
    { path: 'svar-2.txt', bytes: Buffer.from(answer('Fritidsnämnden', 'Nämnden åtar sig gärna samordningen.')) },
  ]);
}

describe('the remiss letter among the answers', () => {
  it.each([
    [['Malmö stad', 'Stadskontoret', '', 'REMISS', 'Datum 2026-03-02']],
    [['Vallby kommun', 'Kommunledningskontoret', '', 'Remiss', '', 'Enligt sändlista']],
    [['Stadskontoret', 'Datum 2026-03-02', 'Dnr KS-2026-0101', '', 'Enligt sändlista']],
  ])('under %j: no respondent, all of it preamble, its questions the round\'s', async (head) => {
    const r = await round(remiss(head));
    expect(r.respondents.map((x) => x.id)).toEqual(['KN', 'FRN']);
    expect(r.questions.map((q) => q.text)).toEqual(QUESTIONS);
    const own = r.segments.filter((s) => s.lines[0]?.source === 0);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((s) => s.respondent === null && s.part === 'preamble')).toBe(true);
  });

  it('a compilation that opens like the remiss goes on with the answers: they stay', async () => {
    const text = [remiss(['Malmö stad', 'Stadskontoret', '', 'REMISS']), '', 'Inkomna svar', '', answer('Servicenämnden', 'Servicenämnden bör samordna arbetet.')].join('\n');
    const r = await buildRound([{ path: 'sammanstallning.txt', bytes: Buffer.from(text) }]);
    expect(r.respondents.map((x) => x.id)).toContain('SN');
  });

  it('a letter that quotes the questions without the mark is an answer', async () => {
    const text = ['Servicenämnden', '', 'Remissinstanserna ombeds besvara följande frågor:', ...QUESTIONS.map((q, i) => `${i + 1}. ${q}`), '', 'Nämnden svarar att tekniska nämnden bör samordna arbetet.'].join('\n');
    const r = await buildRound([{ path: 'sn.txt', bytes: Buffer.from(text) }]);
    expect(r.respondents.map((x) => x.id)).toEqual(['SN']);
  });

  it.each([
    ['REMISS', true],
    ['Remiss:', true],
    ['Enligt sändlista', true],
    ['Remiss: Parkvärdar i stadens parker', false],
    ['Remissvar', false],
    ['Yttrande över remiss', false],
  ])('%j alone on its line is the mark: %s', (line, mark) => {
    expect(isRemissLetterHead(line)).toBe(mark);
  });

  it('is looked for in the first lines of the file', () => {
    expect(REMISS_HEAD_LINES).toBe(15);
  });

  it(`is a line of ${MAX_MARK_CHARS} characters at most`, () => {
    expect(MAX_MARK_CHARS).toBe(60);
    expect(isRemissLetterHead(`REMISS${' '.repeat(40)}`)).toBe(true);
    expect(isRemissLetterHead(`REMISS${' '.repeat(80)}`)).toBe(false);
  });
});
