/**
 * Topical headings, as many as the round has questions, taking them in turn: where some headings'
 * words fit their turn's question and none clearly names another, each answers its turn — the
 * signature below ("För Kulturnämnden" / "Anna Berg, ordförande") answers nothing; and sibling
 * chapters ("2.1", "2.2") before one that answers a question take the questions below it in order.
 * Written here.
 */
import { describe, expect, it } from 'vitest';
import { roundFromText } from '../helpers.js';
import { COMPOUND_PART_LIKENESS, DISTINCTIVE, MIN_COMPOUND_PART } from '../../src/segment/questions.js';

const QUESTIONS = [
  'Hur ser ni på förslaget om mötesplatser för unga i stadsdelarna?',
  'Vilka pågående samarbeten och nätverk bör arbetet bygga vidare på?',
  'Vilken nämnd eller vilket bolag bör ha det samordnande ansvaret?',
  'Vilka resurser i form av personal, lokaler eller pengar kan ni bidra med?',
];

function answer(headings: string[], signature: string[] = ['För Kulturnämnden', '', 'Anna Berg, ordförande'], opening: string[] = []): string {
  const intro = ['Remissen ställde fyra frågor:', '', ...QUESTIONS.map((q, i) => `${i + 1}. ${q}`), ''];
  const body = headings.flatMap((h, i) => [h, `Svarstext ${i + 1}: nämnden har tankar i den här delen.`, '']);
  const other = ['Servicenämnden', '', 'Fråga 1', 'Positivt.', '', 'Fråga 2', 'Nätverken.', '', 'Fråga 3', 'Stadskontoret.', '', 'Fråga 4', 'Lokaler.', ''];
  return [...intro, 'Kulturnämnden', 'Datum 2026-03-16', '', 'Yttrande om mötesplatser', '', ...opening, ...body, ...signature, '', ...other].join('\n');
}

async function sections(headings: string[], signature?: string[], opening?: string[]): Promise<Array<string | null>> {
  const round = await roundFromText(answer(headings, signature, opening));
  const id = round.respondents[0].id;
  return round.segments.filter((s) => s.respondent === id && /^Svarstext/.test(s.text)).map((s) => s.question);
}

describe('topical headings in turn', () => {
  it('four headings for four questions, two of them fitting their turn, answer the questions in order', async () => {
    expect(await sections(['Om mötesplatserna', 'Bibliotekens närvaro i stadsdelarna', 'Samordningsansvaret', 'Lokaler och frivilliga'])).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
  });

  it('a signer named with a role ends the headings, with or without a lead-in', async () => {
    expect(await sections(['Om mötesplatserna', 'Bibliotekens närvaro i stadsdelarna', 'Samordningsansvaret', 'Lokaler och frivilliga'], ['Anna Berg, ordförande'])).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
  });

  it("a tjänsteskrivelse's standard parts around the answer's headings take no turn", async () => {
    const intro = ['Remissen ställde fyra frågor:', '', ...QUESTIONS.map((q, i) => `${i + 1}. ${q}`), ''];
    const body = ['Om mötesplatserna', 'Svarstext 1: förvaltningen ser positivt på förslaget.', '', 'Bibliotekens närvaro i stadsdelarna', 'Svarstext 2: biblioteken samverkar med skolorna.', '', 'Samordningsansvaret', 'Svarstext 3: fritidsnämnden bör samordna.', '', 'Lokaler och frivilliga', 'Svarstext 4: lokaler finns.', ''];
    const text = [
      ...intro, 'Kulturnämnden', 'Datum 2026-03-16', '', 'Remiss från kommunstyrelsen – mötesplatser för unga i stadsdelarna', 'KN-2026-412', '',
      'Förslag till beslut', 'Kulturnämnden föreslås besluta att överlämna yttrandet.', '', 'Beslutsplanering', 'Kulturnämnden 2026-03-19', '',
      'Förvaltningens synpunkter', '', ...body, 'Ansvariga', 'Anna Berg Kulturdirektör', '',
      'Servicenämnden', '', 'Fråga 1', 'Positivt.', '', 'Fråga 2', 'Nätverken.', '', 'Fråga 3', 'Stadskontoret.', '', 'Fråga 4', 'Lokaler.', '',
    ].join('\n');
    const round = await roundFromText(text);
    const got = round.segments.filter((s) => s.respondent === 'KN' && /^Svarstext/.test(s.text)).map((s) => s.question);
    expect(got).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
  });

  it.each([
    ['Nämnden lämnar synpunkter på frågorna 1, 2 och 4 och avstår från att besvara fråga 3.', ['Q1', 'Q2', 'Q4']],
    ['Kulturnämnden besvarar endast frågorna 1, 3 och 4.', ['Q1', 'Q3', 'Q4']],
    ['Fråga 2 besvaras inte, eftersom den inte berör nämnden.', ['Q1', 'Q3', 'Q4']],
    ['Nämnden yttrar sig över frågorna 1–3.', ['Q1', 'Q2', 'Q3']],
  ])('fewer headings than questions take the questions the answer says it answers: %j', async (declaration, expected) => {
    const headings = { Q1: 'Om mötesplatserna', Q2: 'Bibliotekens närvaro i stadsdelarna', Q3: 'Samordningsansvaret', Q4: 'Lokaler och frivilliga' } as Record<string, string>;
    const intro = ['Remissen ställde fyra frågor:', '', ...QUESTIONS.map((q, i) => `${i + 1}. ${q}`), ''];
    const body = expected.flatMap((q, i) => [headings[q], `Svarstext ${i + 1}: nämnden har tankar i den här delen.`, '']);
    const other = ['Servicenämnden', '', 'Fråga 1', 'Positivt.', '', 'Fråga 2', 'Nätverken.', '', 'Fråga 3', 'Stadskontoret.', '', 'Fråga 4', 'Lokaler.', ''];
    const text = [...intro, 'Kulturnämnden', 'Datum 2026-03-16', '', declaration, '', ...body, 'För Kulturnämnden', '', 'Anna Berg, ordförande', '', ...other].join('\n');
    const round = await roundFromText(text);
    expect(round.segments.filter((s) => s.respondent === 'KN' && /^Svarstext/.test(s.text)).map((s) => s.question)).toEqual(expected);
  });

  it('not as many headings as questions: no turns are taken', async () => {
    const got = await sections(['Om mötesplatserna', 'Bibliotekens närvaro i stadsdelarna', 'Samordningsansvaret']);
    expect(got[1]).not.toBe('Q2');
  });
});

describe('a heading read by its place between two questions', () => {
  const PARK = ['Delar ni förslagets bild av läget i stadens parker, och vad bör prioriteras?', 'Vilka pågående insatser bör samordnas med förslaget?', 'Vilken nämnd eller vilket bolag bör leda och samordna parkvärdarna?', 'Hur bör arbetet följas upp?'];
  const letter = (third: string): string =>
    [
      'Synpunkter på förslaget om parkvärdar', 'Från: Grannsamverkan i Husie', 'Till: stadskontoret, Malmö stad',
      'Grannsamverkan är ett nätverk av boende i Husie. Tack för att vi fick tycka till! Här kommer våra svar.',
      'Delar ni bilden av läget i parkerna, och vad bör prioriteras?', 'Ja, till stor del. Parkerna är öde på kvällarna.', 'Det viktigaste för oss är:', '• belysning,\n• fler vuxna ute.',
      'Vilka pågående insatser bör samordnas med förslaget?', 'Våra nattvandringar, förstås.',
      third, 'Vi tycker att servicenämnden ska leda arbetet.',
      'Uppföljning av arbetet', 'Fråga oss som är ute i parkerna varje helg.',
      'Med vänlig hälsning', 'Eva Lund, samordnare',
    ].join('\n\n');
  const questionOf = async (third: string, text: string): Promise<string | null | undefined> => {
    const round = await roundFromText(letter(third), 'svar.txt', PARK);
    return round.segments.find((s) => s.text.includes(text))?.question;
  };

  it('one question left between the headings around it, the one its words come nearest, is its', async () => {
    // Between question 2's heading and question 4's, asking question 3 in words of its own.
    expect(await questionOf('Vem ska hålla i parkvärdarna?', 'servicenämnden ska leda')).toBe('Q3');
    expect(await questionOf('Vem ska hålla i parkvärdarna?', 'Fråga oss som är ute')).toBe('Q4');
  });

  it('a heading whose words meet no question is not taken by its place', async () => {
    expect(await questionOf('Övrigt från oss', 'servicenämnden ska leda')).not.toBe('Q3');
  });
});

describe('the last heading of an answer, its words nearer a question answered above it', () => {
  // Question 3 asks which ongoing work should "samordnas"; question 4, who should "samordna".
  const Q = [
    'Vilka juridiska förutsättningar och hinder ser ni för programmet?',
    'Hur bör programmets insatser finansieras och hur bör kostnaderna fördelas mellan nämnder och bolag?',
    'Vilka pågående insatser och samverkansformer inom ert ansvarsområde bör ingå i eller samordnas med programmet?',
    'Vilken nämnd eller vilket bolag bör ges det samordnande ansvaret för programmets genomförande och uppföljning?',
  ];
  const letter = (headings: string[]): string =>
    [
      'Remissen ställde fyra frågor:', '', ...Q.map((q, i) => `${i + 1}. ${q}`), '',
      'Kulturnämnden', 'Yttrande', '', 'Kulturnämnden lämnar följande synpunkter på förslaget.', '',
      ...headings.flatMap((h, i) => [h, ['Nämnden är positiv till förslaget.', 'Inom befintliga ramar.', 'Biblioteken har öppet på kvällarna.', 'Nämnden föreslår att fritidsnämnden ges ansvaret.'][4 - headings.length + i], '']),
      'Kulturnämnden', 'Anna Andersson, ordförande',
    ].join('\n');

  it.each([
    [['Juridiska frågor', 'Finansiering', 'Samverkan', 'Samordning']],
    [['Informationsutbyte', 'Samverkan', 'Samordning']],
  ])('%j: the last takes the question left, not the one answered above', async (headings) => {
    const round = await roundFromText(letter(headings), 'svar.txt', Q);
    expect(round.segments.find((s) => s.text.includes('föreslår att fritidsnämnden'))?.question).toBe('Q4');
  });
});

describe('chapters numbered as siblings, as many as the questions', () => {
  const letter = (chapters: Array<[string, string]>): string =>
    [
      'Remissen ställde fyra frågor:', '', ...QUESTIONS.map((q, i) => `${i + 1}. ${q}`), '',
      'Kulturnämnden', 'Datum 2026-03-16', '', '1 Bakgrund', 'Nämnden har behandlat remissen.', '', '2 Svar på remissfrågorna', '',
      ...chapters.flatMap(([h, body]) => [h, '', body, '']), '3 Beslut', 'Nämnden beslutar att anta yttrandet.', '',
      'Servicenämnden', '', 'Fråga 1', 'Positivt.', '', 'Fråga 2', 'Nätverken.', '', 'Fråga 3', 'Stadskontoret.', '', 'Fråga 4', 'Lokaler.', '',
    ].join('\n');

  it('the one left over answers the question left over; a chapter heading may end in "på"', async () => {
    const round = await roundFromText(
      letter([
        ['2.1 Pågående samarbeten att bygga vidare på', 'Svarstext A: nätverken i stadsdelarna.'],
        ['2.2 Mötesplatserna för unga', 'Svarstext B: förslaget om mötesplatser är bra.'],
        ['2.3 Personal, lokaler och pengar', 'Svarstext C: lokaler och personal.'],
        ['2.4 Vem håller i det', 'Svarstext D: fritidsnämnden bör samordna.'],
      ]),
    );
    const q = (start: string): string | null | undefined => round.segments.find((s) => s.respondent === 'KN' && s.text.startsWith(start))?.question;
    expect(q('Svarstext A')).toBe('Q2');
    expect(q('Svarstext C')).toBe('Q4');
    expect(q('Svarstext D')).toBe('Q3');
  });
});

/** The question each heading's text ("Svarstext k: …") is read under, by heading. */
async function questionOfEach(headings: string[]): Promise<Array<string | null | undefined>> {
  const round = await roundFromText(answer(headings));
  const id = round.respondents[0].id;
  const mine = round.segments.filter((s) => s.respondent === id);
  return headings.map((_h, k) => mine.find((s) => s.text.includes(`Svarstext ${k + 1}:`))?.question);
}

describe('sibling chapters before one that answers a question', () => {
  it.each([
    [['1. Inledning', '2. Synpunkter i sak', '2.1 Övergripande', '2.2 Biblioteken som arena', '2.3 Vem bör samordna arbetet?', '3. Resurser i form av personal, lokaler eller pengar'], [null, null, 'Q1', 'Q2', 'Q3', 'Q4']],
    [['3.1 Allmänt', '3.2 Vårt arbete i dag', '3.3 Samordningsansvaret och nämnderna', '3.4 Resurser: personal och lokaler'], ['Q1', 'Q2', 'Q3', 'Q4']],
    [['Sammanfattning', '4.1 Inledande synpunkter', '4.2 Vad som redan görs', '4.3 Vilken nämnd bör ha det samordnande ansvaret', '4.4 Resurser i form av personal och lokaler'], [null, 'Q1', 'Q2', 'Q3', 'Q4']],
  ])('%j take the questions below it in order', async (headings, expected) => {
    expect(await questionOfEach(headings)).toEqual(expected);
  });

  it('not when fewer questions below it are left open than there are chapters before it', async () => {
    // Question 1 answered under its own heading: two chapters, one question (2) left below question 3.
    const got = await questionOfEach(['Fråga 1', '2.1 Övergripande', '2.2 Biblioteken som arena', '2.3 Vem bör samordna arbetet?']);
    expect(got[0]).toBe('Q1');
    expect(got.slice(1, 3)).not.toEqual(['Q1', 'Q2']);
    expect(got[3]).toBe('Q3');
  });
});

describe('topical headings before the one that names its question', () => {
  // Fewer headings than questions, and a signature the turns do not end at: only the headings
  // below the answer's first prose and before the named one are counted.
  const loose = ['Med vänliga hälsningar', '', 'Anna Berg'];
  const opening = ['Kulturnämnden har behandlat remissen och besvarar frågorna under följande rubriker.', ''];

  it.each([
    [['Administration av mötesplatserna', 'Bibliotekens bidrag', 'Samordningsansvar'], ['Q1', 'Q2', 'Q3']],
    [['Våra utgångspunkter', 'Om nätverken', 'Vem ska samordna?'], ['Q1', 'Q2', 'Q3']],
  ])('%j take the questions before it in order', async (headings, want) => {
    expect(await sections(headings as string[], loose, opening)).toEqual(want);
  });

  it('above the answer’s first prose (its head) they take no turn', async () => {
    expect(await sections(['Administration av mötesplatserna', 'Bibliotekens bidrag', 'Samordningsansvar'], loose)).toEqual(['Q3']);
  });
});

describe('a compound heading names its question in one word', () => {
  it.each([
    ['Samordningsansvar', 'Q3'],
    ['Resursfrågor', 'Q4'],
    ['Nätverkssamarbeten', 'Q2'],
  ])('%j answers %s', async (heading, q) => {
    const round = await roundFromText(answer(['Inledning', heading]));
    const id = round.respondents[0].id;
    expect(round.segments.find((s) => s.respondent === id && s.heading === heading)?.question).toBe(q);
  });

  it('the parts of a compound are at least MIN_COMPOUND_PART letters, as like a question word as DISTINCTIVE asks: pinned', () => {
    expect({ MIN_COMPOUND_PART, COMPOUND_PART_LIKENESS, DISTINCTIVE }).toEqual({ MIN_COMPOUND_PART: 4, COMPOUND_PART_LIKENESS: 0.6, DISTINCTIVE: 0.6 });
  });
});
