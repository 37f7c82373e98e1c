/**
 * Answers that name their question by number, respondents known only from the round's own
 * layout, the compiler's letterhead, and text of no respondent — each on rounds written here.
 */
import { describe, expect, it } from 'vitest';
import { numberedStarts } from '../../src/segment/numbered.js';
import { MIN_PATTERN_EXAMPLES, SPOIL_RATIO } from '../../src/segment/senders.js';
import { PREAMBLE_PROSE_LINES } from '../../src/segment/segment.js';
import { isAddressee, isPerson } from '../../src/segment/furniture-lines.js';
import { linesOf, roundFromText } from '../helpers.js';

const starts = (text: string, count = 4) => numberedStarts(linesOf(text), 0, linesOf(text).length, count).map((s) => [s.number, s.explicit]);

describe('paragraphs that name their question by its letter (a remiss that letters its questions)', () => {
  it.each([
    ['a label and the letter', 'Fråga A: Nämnden deltar i CTC.\n\nFråga B: Lokalerna räcker inte.', [[1, true], [2, true]]],
    ['an opener, a label and the letter', 'Vad gäller fråga A vill nämnden lyfta biblioteken.\n\nSvar på fråga C – fritidsnämnden bör samordna.', [[1, true], [3, true]]],
    ['capitals alone on their lines, a numbered list inside one', 'A.\nNämnden deltar i SSPF.\n\nB.\nNämnden delar utgångspunkten.\n\nC.\nFöljande bör gälla:\n1. Fritidsnämnden samordnar.\n2. Stadskontoret följer upp.', [[1, false], [2, false], [3, false]]],
  ])('%s', (_what, text, want) => {
    expect(starts(text)).toEqual(want);
  });

  it.each([
    ['small letters: a list of points', 'Nämnden vill framhålla:\n\na)\nLås och larm.\n\nb)\nStädning.'],
    ['a small letter after the label is a word', 'Svar på frågan å ena sidan är ja.\n\nFrågan a priori gäller inte.'],
    ['a letter beyond the questions', 'F.\nNågot annat.\n\nG.\nÄnnu mer.'],
  ])('%s: no start', (_what, text) => {
    expect(starts(text)).toEqual([]);
  });
});

describe('paragraphs that name their question by number', () => {
  it.each([
    ['Fråga 2: Nämnden ser gärna att parkerna prioriteras.', [[2, true]]],
    ['Svar på fråga 3. Uppföljningen bör ske årligen.', [[3, true]]],
    ['Vad gäller fråga 1 deltar nämnden i flera nätverk.', [[1, true]]],
    ['Beträffande remissfråga 4 anser styrelsen att frågan bör utredas.', [[4, true]]],
    ['När det gäller fråga 2 vill vi lyfta fram Sorgenfri.', [[2, true]]],
    ['Angående fråga nr 3 har bolaget inga synpunkter.', [[3, true]]],
    ['I fråga 1 hänvisar nämnden till sitt tidigare yttrande.', [[1, true]]],
    // A short lead-in ending in a colon that names the question makes it the topic of what follows.
    ['Om fråga 3 som vi hoppade över: vi vill att stadskontoret leder arbetet.', [[3, true]]],
    ['Och om vem som ska leda (fråga 3): vi föreslår fritidsnämnden.', [[3, true]]],
    ['Till sist något om uppföljningen i fråga 2: den bör ske varje år.', [[2, true]]],
    // An adverb first, a comma after the number; a question named by its ordinal.
    ['Slutligen, angående fråga 4, anser styrelsen att frågan bör utredas.', [[4, true]]],
    ['Avslutningsvis vad gäller fråga 3 vill vi peka på kostnaderna.', [[3, true]]],
    ['Beträffande den tredje frågan, om finansiering, anser nämnden att potten är för liten.', [[3, true]]],
    ['När det gäller andra frågan vill bolaget lyfta fram Sorgenfri.', [[2, true]]],
    ['Till den tredje frågan: nämnden anser att fritidsnämnden bör samordna.', [[3, true]]],
    ['Till fråga 2 vill bolaget foga ett par synpunkter.', [[2, true]]],
    // A supplement's word for what it changes ("Komplettering avseende fråga 3").
    ['Ändrat ställningstagande avseende fråga 4 – Samordnande ansvar Vid närmare överväganden föreslår nämnden fritidsnämnden.', [[4, true]]],
    ['Komplettering avseende fråga 3: nämnden har nu underlag om budgeten.', [[3, true]]],
    ['Tillägg beträffande fråga 2. Nämnden deltar även i SSPF.', [[2, true]]],
    // Right under the rule of a table's header row, the row opens its question.
    ['---------- ------------------------------\nFråga 1 Förvaltningen deltar i BID-samarbetet i', [[1, true]]],
  ])('explicit: %s', (text, want) => {
    expect(starts(text)).toEqual(want);
  });

  it.each([
    // A question the round does not have, a number inside running text, a year, a section number.
    ['Fråga 7: Det finns ingen sådan fråga.', []],
    ['Nämnden har behandlat fråga 2 vid sitt senaste sammanträde.', []],
    ['2026 blir ett viktigt år för arbetet.', []],
    ['Fråga 2.3 i utredningen behandlar finansieringen.', []],
    ['Den andra frågan i utredningen gäller finansieringen.', []],
    ['Slutligen anser nämnden att fråga 2 är viktigast.', []],
    // Named in passing, with no colon making it the topic; a colon too far on.
    ['Se även vårt svar på fråga 2, som gäller samma sak.', []],
    ['Nämnden hänvisar till fråga 3 och anser att ansvaret är tydligt i förslaget som helhet: det räcker.', []],
  ])('not a reference: %s', (text, want) => {
    expect(starts(text)).toEqual(want);
  });

  // The last sentence of a paragraph, ending in a colon, introduces the next paragraph as the question's answer.
  it.each([
    ['Vi skickade fel text förra veckan. Vårt svar på fråga 3 är därför följande:\n\nFritidsnämnden bör leda arbetet.', [[3, true]]],
    ['Tyvärr saknades en del av svaret. Här kommer det som gäller fråga 2:\n\nUppföljningen bör ske varje år.', [[2, true]]],
    ['Bolaget har läst förslaget noga och vill, när det gäller remissfråga 1, säga följande:\n\n- Nätverket i Hyllie bör kopplas in.', [[1, true]]],
  ])('a closing lead-in: %j', (text, want) => {
    expect(starts(text)).toEqual(want);
  });

  it.each([
    // No colon at the end, the colon inside the paragraph, or the question named in an earlier sentence.
    'Vårt svar på fråga 3 kommer senare.\n\nFritidsnämnden bör leda arbetet.',
    'Vi har inget mer att tillägga. Nämnden hänvisar till fråga 2: den är besvarad.\n\nFritidsnämnden bör leda arbetet.',
    'Fråga 3 har vi besvarat tidigare. Här följer resten av yttrandet:\n\nFritidsnämnden bör leda arbetet.',
  ])('not a closing lead-in: %j', (text) => {
    expect(starts(text).filter(([, explicit]) => explicit)).toEqual(text.startsWith('Fråga 3') ? [[3, true]] : []);
  });

  it('bare numbers count as a run in order, not alone or out of order', () => {
    expect(starts('1. Nämnden deltar i nätverket.\n\n2) Vi prioriterar skolvägarna.\n\n3. Uppföljningen är bra.')).toEqual([
      [1, false],
      [2, false],
      [3, false],
    ]);
    expect(starts('3. Endast en numrerad punkt här.')).toEqual([]);
    expect(starts('2. Först den andra.\n\n1. Sedan den första.')).toEqual([]);
    // Numbers beyond the round's questions: a list of something else.
    expect(starts('1. Ett.\n\n2. Två.\n\n5. Fem.', 4)).toEqual([]);
  });

  it('a numbered paragraph opens its question inside a respondent answer', async () => {
    const round = await roundFromText(
      [
        'Remissfrågor',
        '',
        '• Vilka nätverk deltar ni i?',
        '• Vilka platser bör prioriteras?',
        '• Vem bör leda arbetet?',
        '',
        'Servicenämnden',
        '',
        'Yttrande',
        '',
        'Nämnden lämnar följande svar.',
        '',
        'Fråga 1: Vi deltar i två lokala nätverk i Oxie.',
        '',
        'Fråga 3: Arbetet bör ledas av stadskontoret.',
        '',
        'Vad gäller fråga 2 vill nämnden lyfta fram torget i Husie.',
      ].join('\n'),
    );
    const seg = (q: string) => round.segments.find((s) => s.respondent === 'SN' && s.question === q)?.text ?? '';
    expect(seg('Q1')).toContain('två lokala nätverk');
    expect(seg('Q2')).toContain('torget i Husie');
    expect(seg('Q3')).toContain('ledas av stadskontoret');
  });

  it('an answer of exactly one paragraph per question is split in order; another count is not', async () => {
    const questions = ['Vilka nätverk deltar ni i?', 'Vilka platser bör prioriteras?', 'Vem bör leda arbetet?'];
    const three = await roundFromText('Miljönämnden\n\nYttrande\n\nVi deltar i bullernätverket.\n\nLängs Ystadvägen.\n\nStadskontoret bör leda.', 'r.txt', questions);
    expect(three.segments.filter((s) => s.respondent === 'MN').map((s) => s.question)).toEqual([null, 'Q1', 'Q2', 'Q3']);
    const two = await roundFromText('Miljönämnden\n\nYttrande\n\nVi deltar i bullernätverket.\n\nStadskontoret bör leda.', 'r.txt', questions);
    expect(two.segments.filter((s) => s.respondent === 'MN').map((s) => s.question)).toEqual([null]);
  });
});

describe("respondents from the round's own layout", () => {
  it('the thresholds are pinned', () => {
    expect(MIN_PATTERN_EXAMPLES).toBe(2);
    expect(SPOIL_RATIO).toBe(4);
    expect(PREAMBLE_PROSE_LINES).toBe(6);
  });

  const compilation = (names: string[]) =>
    [
      'Sammanställning av remissvar',
      '',
      ...names.flatMap((n) => ['', '', n, '', 'Yttrande', '', `${n} har tagit del av förslaget och är positiv till det.`]),
    ].join('\n');

  it('names with no organisation word, laid out like the known respondents, are respondents', async () => {
    const round = await roundFromText(compilation(['Kulturnämnden', 'Seniorrådet i Fosie', 'Fritidsnämnden', 'Boendenätverket Lindängen', 'Miljönämnden']));
    expect(round.respondents.map((r) => r.name)).toEqual(['Kulturnämnden', 'Seniorrådet i Fosie', 'Fritidsnämnden', 'Boendenätverket Lindängen', 'Miljönämnden']);
    expect(round.respondents.filter((r) => !r.known).map((r) => r.id)).toEqual(['seniorradet-i-fosie', 'boendenatverket-lindangen']);
  });

  it('a person signing, a party member and the addressee are never respondents', async () => {
    expect(isPerson('Tobias Ekström (V)', '')).toBe(true);
    expect(isPerson('Anna Berg', 'Ordförande')).toBe(true);
    expect(isPerson('Kulturnämnden', 'Yttrande')).toBe(false);
    // The title after a comma on the same line.
    expect(isPerson('Helena Sjöberg, utvecklingssekreterare, stadskontoret', '')).toBe(true);
    expect(isPerson('Jonas Ek, ordförande', '')).toBe(true);
    expect(isPerson('Karin Lind-Ås, nämndsekreterare', '')).toBe(true);
    expect(isPerson('Tekniska nämnden, Malmö stad', '')).toBe(false);
    expect(isPerson('Anna Berg, Per Holm', '')).toBe(false);
    expect(isAddressee('Till Kommunstyrelsen')).toBe(true);
    expect(isAddressee('Till: Stadskontoret')).toBe(true);
    expect(isAddressee('Tillväxtnämnden')).toBe(false);
    const round = await roundFromText(
      compilation(['Kulturnämnden', 'Fritidsnämnden', 'Miljönämnden']) + '\n\n\nKarin Lund\n\nOrdförande\n',
    );
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'FRN', 'MN']);
  });

  it("the compiling office in the letterhead is not a respondent; a letter's sender is", async () => {
    const compiled = await roundFromText(['Malmö stad', 'Stadskontoret', '', compilation(['Kulturnämnden', 'Fritidsnämnden', 'Miljönämnden'])].join('\n'));
    expect(compiled.respondents.map((r) => r.id)).toEqual(['KN', 'FRN', 'MN']);
    expect(compiled.segments.find((s) => s.respondent === null)?.part).toBe('preamble');
    const letter = await roundFromText('Kulturförvaltningen\n2026-03-02\n\nTill Kommunstyrelsen\n\nYttrande\n\nNämnden är positiv till förslaget i sin helhet.', 'scan_0042.txt');
    expect(letter.respondents.map((r) => r.id)).toEqual(['KN']);
  });
});

describe('letters: the sender, never the addressee', () => {
  it('an address block below the letterhead is the addressee, with or without "Till"', async () => {
    for (const addressee of ['Kommunstyrelsen\nc/o Stadskontoret\n205 80 Malmö', 'Stadskontoret\nAugust Palms plats 1\n211 54 Malmö']) {
      const round = await roundFromText(`Miljöförvaltningen\n\n2026-02-11\n\n${addressee}\n\nYttrande\n\nNämnden har inget att erinra mot förslaget.`, 'scan_0007.txt');
      expect(round.respondents.map((r) => r.id)).toEqual(['MN']);
    }
  });

  it('a first line the letter repeats names its sender; one it never repeats does not', async () => {
    const named = await roundFromText('GRANNSAMVERKAN HOLMA\nKontakt: Per Ek\n\nGrannsamverkan Holma har läst förslaget och lämnar här sina synpunkter.', 'dnr-2026-0042.txt');
    expect(named.respondents.map((r) => [r.id, r.name])).toEqual([['grannsamverkan-holma', 'Grannsamverkan Holma']]);
    const banner = await roundFromText('Skannad handling\n\nVi har läst förslaget och lämnar här våra synpunkter på det.', 'scan_0099.txt');
    expect(banner.respondents.map((r) => r.id)).not.toContain('skannad-handling');
  });
});

describe('nothing lost', () => {
  it('text between answers that no heading places is kept and named in a warning', async () => {
    const round = await roundFromText(
      ['Kulturnämnden', '', 'Yttrande', '', 'Nämnden är positiv.', '', 'Tabell över svaren', '', 'Här följer kompilatorns tabell.'].join('\n'),
    );
    const loose = round.segments.filter((s) => s.respondent === null);
    expect(loose.map((s) => [s.part, s.text])).toEqual([['compilation', 'Tabell över svaren\n\nHär följer kompilatorns tabell.']]);
  });
});

describe('what names a body without starting an answer', () => {
  const round = (): Promise<import('../../src/model.js').Round> =>
    roundFromText(
      [
        'Sammanställning av remissvar',
        '',
        'Remissinstanserna ombads besvara följande frågor:',
        '1. Hur ser ni på förslaget?',
        '2. Vem bör leda arbetet?',
        '',
        'Stadskontoret',
        'Lena Berg',
        'Utredare',
        '',
        '',
        'Rådet för seniorfrågor',
        'Sammanträdesdatum 2026-04-02',
        '',
        'Rådets yttrande',
        'Rådet ser positivt på förslaget och vill delta i arbetet.',
        '',
        'Styrelsens svar',
        'Rådet anser att servicenämnden bör leda arbetet.',
        '',
        'Justeringens plats och tid',
        'Stadshuset, 2026-04-03',
        '',
        'Styrelsen',
        'Sammanträdesdatum 2026-04-02',
        '',
        '',
        'Fritidsnämnden',
        'Sammanträdesdatum 2026-04-09',
        '',
        'Nämnden välkomnar förslaget.',
        'Nämnden anser att kommunstyrelsen bör leda arbetet.',
      ].join('\n'),
    );

  it('"Rådets yttrande", "Styrelsens svar", "Styrelsen", "Justeringens plats och tid": the body\'s own parts and organs, never a respondent', async () => {
    const r = await round();
    expect(r.respondents.map((x) => x.name)).toEqual(['Rådet för seniorfrågor', 'Fritidsnämnden']);
  });

  it('a body\'s name above a person and a signing role is a signature', async () => {
    const r = await round();
    expect(r.respondents.some((x) => x.id === 'KS')).toBe(false);
  });
});

describe('a paragraph that opens by naming its topic', () => {
  it('the longest topic is pinned', async () => {
    const { MAX_TOPIC_WORDS } = await import('../../src/segment/numbered.js');
    expect(MAX_TOPIC_WORDS).toBe(4);
  });

  const QS = ['Vilka insatser pågår i er verksamhet?', 'Vilka stadsdelar bör prioriteras?', 'Vem bör samordna arbetet?', 'Hur bör arbetet följas upp?'];
  const partsOf = async (paragraphs: string[]): Promise<Array<[string | null, string]>> => {
    const text = ['Remissinstanserna ombads besvara följande frågor:', ...QS.map((q) => `• ${q}`), '', 'Servicenämnden', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
    const r = await roundFromText(text);
    return r.segments.filter((s) => s.respondent === 'SN').map((s) => [s.question, s.text.split(' ').slice(0, 3).join(' ')]);
  };

  it.each([
    ['När det gäller uppföljningen föreslår nämnden en årlig rapport.', 'Q4'],
    ['Beträffande samordningen anser nämnden att kommunstyrelsen bör ha den.', 'Q3'],
    ['Slutligen, vad gäller prioriteringen av stadsdelar, vill nämnden lyfta Holma.', 'Q2'],
    ['När det slutligen gäller frågan om samordning anser nämnden att kommunstyrelsen bör ha den.', 'Q3'],
  ])('%s → %s', async (paragraph, question) => {
    const parts = await partsOf(['Nämnden har läst förslaget och är i stort positiv.', paragraph]);
    expect(parts[parts.length - 1][0]).toBe(question);
  });

  it.each([
    'När det gäller Holma har nämnden många verksamheter där.',
    'Angående förslaget i stort har nämnden inget att invända.',
  ])('a topic no question has opens nothing: %s', async (paragraph) => {
    const parts = await partsOf(['Nämnden har läst förslaget och är i stort positiv.', paragraph]);
    expect(parts.every(([q]) => q === null)).toBe(true);
  });
});

describe('respondents numbered in a chapter, and chapters at another depth (senders.ts followNumbering)', () => {
  const text = (between: string) =>
    [
      'Sammanställning av remissvar',
      '',
      'Remissinstanserna ombads svara på frågan:',
      '1. Vilken nämnd bör samordna parkvärdarna?',
      '',
      between,
      '',
      'Här beskrivs hur workshopen och remissen gick till.',
      '',
      '3.1 Miljönämnden',
      'Miljönämnden föreslår att fritidsnämnden samordnar.',
      '',
      '3.2 Kulturnämnden',
      'Kulturnämnden föreslår att servicenämnden samordnar.',
      '',
      '3.3 Servicenämnden',
      'Servicenämnden föreslår att stadskontoret samordnar.',
    ].join('\n');

  it.each(['2 Upplägg', '2. Deltagare', '2 Metod och genomförande'])('%j before them, at another depth, is no respondent', async (chapter) => {
    const round = await roundFromText(text(chapter), 'sammanstallning.txt');
    expect(round.respondents.map((r) => r.id).sort()).toEqual(['KN', 'MN', 'SN']);
  });

  it('a body named at another depth still is one ("2 Region Skåne")', async () => {
    const round = await roundFromText(text('2 Region Skåne'), 'sammanstallning.txt');
    expect(round.respondents.map((r) => r.name)).toContain('Region Skåne');
  });
});
