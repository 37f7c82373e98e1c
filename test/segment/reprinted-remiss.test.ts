/**
 * A compilation that reprints the remiss ahead of the answers, with a running header on every
 * page: the remiss's sender is no respondent, the compilation's headings are no names, and an
 * answer's closing name does not swallow the next answer's opening on a new page — a compilation
 * written for the test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { addressesRecipients } from '../../src/segment/remiss-letter.js';

const HEADER = ['Vallby stad', 'Sammanställning av remissvar – KS-2026-0099', ''];
let pageNo = 0;
const page = (lines: string[]): string => [...HEADER, ...lines, '', `Sida ${++pageNo} av 7`].join('\n');

const pages = [
  page(['SAMMANSTÄLLNING AV INKOMNA REMISSVAR', '', 'Plan för svala parker', 'Dnr KS-2026-0099']),
  page([
    'REMISSBREV', '', 'Malmö stad', 'Stadskontoret', 'Datum 2026-01-12', '', 'Till remissinstanserna enligt sändlista', '',
    'Stadskontoret översänder förslaget till plan för svala parker på remiss.', '',
    'Remissinstanserna ombeds besvara följande frågor:', '1. Hur ser ni på planens mål?', '2. Vilken nämnd bör samordna arbetet?', '',
    'Sändlista', 'Kulturnämnden', 'Servicenämnden', '', 'Kontaktperson', 'Lena Strand, utredare, stadskontoret',
  ]),
  page(['INKOMNA REMISSVAR', '', 'Kulturnämnden', '', 'Fråga 1', 'Målen är tydliga.', '', 'Fråga 2', 'Nämnden föreslår att fritidsnämnden samordnar arbetet.', '', 'Vallby den 3 mars 2026', 'Kulturnämnden']),
  ...['Miljönämnden', 'Fritidsnämnden', 'Tekniska nämnden'].map((name) => page([name, '', 'Remissyttrande, Dnr 2026-0042', '', '1. Målen är bra.', '', '2. Nämnden har inget förslag.', '', 'Vallby den 4 mars 2026', name])),
  page(['Servicenämnden', '', 'Yttrande till kommunstyrelsen', '', 'Vad gäller fråga 1 delar nämnden planens mål.', '', 'Fråga 2: Arbetet bör samordnas av tekniska nämnden.', '', 'Servicenämnden', 'Per Holm, ordförande']),
];

describe('a compilation reprinting the remiss', () => {
  it('reads the remiss as its preamble and each answer as its own', async () => {
    const round = await buildRound([{ path: 'sammanstallning.txt', bytes: Buffer.from(pages.join('\f')) }]);
    expect(round.questions.map((q) => q.text)).toEqual(['Hur ser ni på planens mål?', 'Vilken nämnd bör samordna arbetet?']);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'MN', 'FRN', 'TN', 'SN']);
    const q2 = (id: string) => round.segments.find((s) => s.respondent === id && s.question === 'Q2')?.text ?? '';
    expect(q2('KN')).toContain('fritidsnämnden');
    expect(q2('SN')).toContain('tekniska nämnden');
    expect(q2('KN')).not.toContain('tekniska nämnden');
  });

  it.each([
    ['Till remissinstanserna enligt sändlista', true],
    ['Till remissinstanser enligt bilaga', true],
    ['Enligt sändlistan', true],
    ['Till Kommunstyrelsen', false],
    ['Remissinstansernas svar sammanställs nedan', false],
  ])('the remiss\'s addressee: %j → %s', (line, want) => {
    expect(addressesRecipients(line)).toBe(want);
  });
});

describe('an answer that opens a new page after one that closes with its name', () => {
  // Found by a blind round (test/rounds/blind/alternativ-att-valja-2026): "Hälsa-, vård- och
  // omsorgsnämnden" closing one answer and "Stadsbyggnadsnämnden" opening the next had only the
  // page's furniture between them, and were read as one body's stacked name.
  it('is its own respondent\'s', async () => {
    const path = 'test/rounds/blind/alternativ-att-valja-2026/sammanstallning_KS-2026-0412.txt';
    const round = await buildRound([{ path, bytes: readFileSync(path) }]);
    const ids = round.respondents.map((r) => r.id);
    for (const id of ['HVON', 'SBN', 'FSN', 'GRN']) expect(ids).toContain(id);
    const sbn = round.segments.filter((s) => s.respondent === 'SBN').map((s) => s.text).join('\n');
    expect(sbn).toContain('Inget av alternativen är lämpligt');
  });
});

describe('a name at the foot of a page and another at the top of the next', () => {
  const compilation = (closing: string): string => {
    pageNo = 0;
    return [
      page(['SAMMANSTÄLLNING AV INKOMNA REMISSVAR', '', 'Remissinstanserna ombeds besvara följande frågor:', '1. Hur ser ni på planens mål?', '2. Vilken nämnd bör samordna arbetet?', '', 'Svaren ska ha kommit in senast den 30 april.', '', closing]),
      page(['2.1 KULTURNÄMNDEN', '', 'Fråga 1', 'Målen är tydliga.', '', 'Fråga 2', 'Nämnden föreslår att fritidsnämnden samordnar arbetet.']),
      page(['2.2 SERVICENÄMNDEN', '', 'Fråga 1', 'Målen är bra.', '', 'Fråga 2', 'Arbetet bör samordnas av tekniska nämnden.']),
    ].join('\n\f');
  };

  it.each(['Stadskontoret', 'Kommunstyrelsen', 'Miljönämnden'])('the first (%j) signs what comes before it and answers nothing', async (closing) => {
    const round = await buildRound([{ path: 'sammanstallning.txt', bytes: Buffer.from(compilation(closing)) }]);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'SN']);
  });
});
