/**
 * Letters pasted into one compilation, each on a page of its own: a page that opens with a
 * letterhead and a letter's furniture (date, diary line, addressee, postal address, title) opens
 * the letter of the body the letterhead names — bodies the registry does not know included — and
 * the addressee's block in such a letter ("Malmö stad / Stadskontoret / Att: …") is no section of
 * the compiling office. Written here, in layouts of our own.
 */
import { describe, expect, it } from 'vitest';
import { LETTER_TOP_LINES, MIN_LETTER_SIGNS, nameFromCapitals } from '../../src/segment/page-letters.js';
import { roundFromText } from '../helpers.js';

const FOOTER = (n: number): string => `Remissvar i ärende KS-2026-999, sida ${n}`;

function compilation(pages: string[][]): string {
  const intro = [
    'Malmö stad',
    'Stadskontoret',
    '',
    'SAMMANSTÄLLNING AV REMISSVAR',
    '',
    'Remissen ställde dessa frågor:',
    '',
    '1. Hur ser ni på förslaget om parkvärdar?',
    '2. Vem bör samordna parkvärdarna?',
    '',
    'Varje svar börjar på en ny sida.',
  ];
  return [intro, ...pages].map((p, i) => [...p, '', FOOTER(i + 1)].join('\n')).join('\n\f');
}

const LETTERS = [
  ['HAMNVERKET', 'Region Öresund', '', 'Datum 2026-02-02', 'Dnr HV 2026/77', '', 'Malmö stad', 'Kommunstyrelsen', '205 80 Malmö', '', 'Yttrande om parkvärdar', '',
    'Hamnverket har tagit del av förslaget.', '', 'Fråga 1', 'Vi ser positivt på parkvärdar i hamnområdet.', '', 'Fråga 2', 'Hamnverket anser att fritidsnämnden bör samordna parkvärdarna.'],
  ['Föreningen Grönt Kvarter', 'Box 120', '211 20 Malmö', '', 'Malmö den 3 mars 2026', '', 'Till', 'Malmö stad, Stadskontoret', '',
    'Fråga 1', 'Föreningen välkomnar parkvärdar i kvarteren.', '', 'Fråga 2', 'Vi föreslår att servicenämnden samordnar arbetet.'],
  ['Grönt Kvarter – forts.', '', 'Föreningen vill också peka på behovet av belysning i parkerna.'],
  ['STIFTELSEN LJUSGÅRDEN', '', 'YTTRANDE', '2026-03-09', '', 'Malmö stad', 'Stadskontoret', 'Att: Sara Holm', '205 80 Malmö', '',
    'Fråga 1', 'Stiftelsen är tveksam till förslaget.', '', 'Fråga 2', 'Stiftelsen anser att kulturnämnden bör samordna parkvärdarna.'],
];

describe('letters that each open a page of a compilation', () => {
  it('each letterhead names its sender; a continued page and an addressee name no one', async () => {
    const round = await roundFromText(compilation(LETTERS));
    const names = round.respondents.map((r) => r.name);
    expect(names).toEqual(['Hamnverket', 'Föreningen Grönt Kvarter', 'Stiftelsen Ljusgården']);
    // The addressee's block is neither a respondent nor the office's own text: the answers run on under it.
    const ljus = round.segments.filter((s) => s.respondent === round.respondents[2].id);
    expect(ljus.find((s) => s.question === 'Q2')?.text).toContain('kulturnämnden bör samordna');
    // The continued page stays with the letter before it.
    expect(round.segments.some((s) => s.respondent === round.respondents[1].id && s.text.includes('belysning i parkerna'))).toBe(true);
  });

  it('a page without a letter\'s furniture is no letter', async () => {
    const pages = [LETTERS[0], ['Ett tillägg', '', 'Hamnverket vill också nämna att kajerna behöver belysning.'], LETTERS[1]];
    const round = await roundFromText(compilation(pages));
    expect(round.respondents.map((r) => r.name)).toEqual(['Hamnverket', 'Föreningen Grönt Kvarter']);
    expect(round.segments.some((s) => s.respondent === 'hamnverket' && s.text.includes('kajerna behöver belysning'))).toBe(true);
  });

  it("an addressee line naming the compiling office ('Till: Kommunstyrelsen, stadskontoret') does not end the letter", async () => {
    const addressed = ['Malmö stad', 'Förskoleförvaltningen', '', 'Förskolenämnden', 'Datum 2026-03-02', 'Dnr FSKN-2026-1', '', 'Till: Kommunstyrelsen, stadskontoret', '',
      'Vad gäller fråga 1 ser nämnden positivt på parkvärdar vid förskolorna.', '', 'Vad gäller fråga 2 föreslår nämnden att servicenämnden samordnar.'];
    const round = await roundFromText(compilation([LETTERS[0], addressed, LETTERS[1]]));
    const q2 = round.segments.find((s) => s.respondent === 'FSKN' && s.question === 'Q2');
    expect(q2?.text).toContain('servicenämnden samordnar');
  });

  it.each([
    ['Bilaga 1 till § 45'],
    ['Bilaga 2'],
    ['Bilaga till protokoll § 7'],
  ])('a page opening with an appendix heading (%j) above a letterhead names no "Bilaga" sender', async (appendix) => {
    const sent = [appendix, '', 'Hamnverket', 'Datum 2026-02-02', 'Dnr HV 2026/77', '', 'Till Kommunstyrelsen', '205 80 Malmö', '',
      'Hamnverket har tagit del av förslaget.', '', 'Fråga 2', 'Hamnverket anser att fritidsnämnden bör samordna parkvärdarna.'];
    const round = await roundFromText(compilation([LETTERS[1], sent]));
    expect(round.respondents.map((r) => r.name).some((n) => /bilaga/iu.test(n))).toBe(false);
  });

  it.each([['REMISSVAR'], ['Yttrande'], ['PROTOKOLLSUTDRAG']])('a page of a letter opening with its kind of document (%j) names no sender of that name', async (kind) => {
    // The letter's second page: its running header's right column, then a date and an addressee.
    const second = [kind, 'Datum 2026-03-03', 'Dnr HV 2026/77', '', 'Till Kommunstyrelsen', '205 80 Malmö', '', 'Hamnverket vill också peka på behovet av belysning.'];
    const round = await roundFromText(compilation([LETTERS[0], second, LETTERS[1]]));
    expect(round.respondents.map((r) => r.name.toLowerCase())).not.toContain(kind.toLowerCase());
  });

  it('thresholds and the written form of a name in capitals', () => {
    expect(LETTER_TOP_LINES).toBe(14);
    expect(MIN_LETTER_SIGNS).toBe(2);
    expect(nameFromCapitals('HAMNVERKET')).toBe('Hamnverket');
    expect(nameFromCapitals('STIFTELSEN LJUSGÅRDEN')).toBe('Stiftelsen Ljusgården');
    // Abbreviations alone stay as they are.
    expect(nameFromCapitals('VA SYD')).toBe('VA SYD');
    expect(nameFromCapitals('SKR')).toBe('SKR');
    expect(nameFromCapitals('Föreningen Grönt Kvarter')).toBe('Föreningen Grönt Kvarter');
  });
});

describe('a letter whose first line adds the kind of answer to the name', () => {
  it('is its sender\'s, named without the note ("Grannrådet Öst – yttrande")', async () => {
    const pages = [
      ['Grannrådet Öst – yttrande', '', 'Malmö stad', 'Grannrådet Öst', 'Datum 2026-02-02', 'Dnr GÖ 2026/7', '', 'Till Kommunstyrelsen', 'Stadskontoret', '205 80 Malmö', '',
        'Fråga 1', 'Rådet välkomnar parkvärdar.', '', 'Fråga 2', 'Grannrådet Öst åtar sig gärna att samordna parkvärdarna.'],
      ['Hamnrådet Väst – remissvar', '', 'Malmö stad', 'Hamnrådet Väst', 'Datum 2026-02-03', 'Dnr HV 2026/8', '', 'Till Kommunstyrelsen', 'Stadskontoret', '205 80 Malmö', '',
        'Fråga 1', 'Bra.', '', 'Fråga 2', 'Rådet föreslår att fritidsnämnden samordnar parkvärdarna.'],
    ];
    const round = await roundFromText(compilation(pages));
    expect(round.respondents.map((r) => r.name)).toEqual(['Grannrådet Öst', 'Hamnrådet Väst']);
  });
});
