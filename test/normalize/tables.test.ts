/**
 * Answers laid out as text tables are read row by row — '|'-separated and fixed-width, with
 * wrapped cells — from text and from a PDF's text layer. Tables written for the test.
 */
import { describe, expect, it } from 'vitest';
import { untable, MAX_LABEL_CHARS, MAX_TAB_LABEL_WORDS, MAX_VERDICT_WORDS, MIN_TABLE_ROWS } from '../../src/normalize/tables.js';
import { buildRound } from '../../src/round.js';
import { writePdf } from '../support/pdf-writer.js';
import type { Line } from '../../src/model.js';

const linesOf = (text: string, page: number | null = null): Line[] =>
  text.split('\n').map((raw, i) => {
    const indent = /^ +/.exec(raw)?.[0].length;
    return { text: raw.trim(), page, line: i + 1, source: 0, ...(indent && raw.trim() ? { indent } : {}) };
  });
const texts = (lines: Line[]) => lines.map((l) => l.text).filter((t) => t !== '');

const PIPES = [
  '| Fråga | Svar                                     |',
  '|-------|------------------------------------------|',
  '| 1     | Förvaltningen deltar i två nätverk och   |',
  '|       | i den lokala brottsförebyggande gruppen. |',
  '| 2     | Gamla staden bör prioriteras.            |',
].join('\n');

const WRAPPED_LABELS = [
  '| Fråga              | Styrelsens svar                 |',
  '|--------------------|---------------------------------|',
  '| Fråga 1. Pågående  | Bolaget har värdar i varje      |',
  '| arbete             | kvarter.                        |',
  '| Fråga 2.           | Söder och Hyllie.               |',
  '| Prioriterade       |                                 |',
  '| områden            |                                 |',
].join('\n');

const FIXED = [
  'Pågående     Nämnden driver tre',
  'insatser     mötesplatser för unga.',
  '',
  'Samordning   Ansvaret bör ligga hos',
  '             kommunstyrelsen.',
].join('\n');

describe('text tables, row by row', () => {
  it('the limits are pinned', () => {
    expect(MAX_LABEL_CHARS).toBe(28);
    expect(MIN_TABLE_ROWS).toBe(2);
  });

  it("'|' rows: a number label becomes 'Fråga N'; the answer cell's fragments follow in order; header and rule stay", () => {
    expect(texts(untable(linesOf(PIPES)))).toEqual([
      '| Fråga | Svar                                     |',
      '|-------|------------------------------------------|',
      'Fråga 1',
      'Förvaltningen deltar i två nätverk och',
      'i den lokala brottsförebyggande gruppen.',
      'Fråga 2',
      'Gamla staden bör prioriteras.',
    ]);
  });

  it('a label cell that wraps is joined into one heading', () => {
    expect(texts(untable(linesOf(WRAPPED_LABELS))).slice(2)).toEqual([
      'Fråga 1. Pågående arbete',
      'Bolaget har värdar i varje',
      'kvarter.',
      'Fråga 2. Prioriterade områden',
      'Söder och Hyllie.',
    ]);
  });

  it('fixed-width columns: a label that wraps, answers indented to their column', () => {
    expect(texts(untable(linesOf(FIXED)))).toEqual([
      'Pågående insatser',
      'Nämnden driver tre',
      'mötesplatser för unga.',
      'Samordning',
      'Ansvaret bör ligga hos',
      'kommunstyrelsen.',
    ]);
  });

  it('every fragment keeps the line it stands on', () => {
    const out = untable(linesOf(PIPES));
    expect(out.find((l) => l.text === 'i den lokala brottsförebyggande gruppen.')?.line).toBe(4);
  });

  it("a cell's fragments are marked, for a quote spanning them is given fragment by fragment", () => {
    const out = untable(linesOf(PIPES));
    expect(out.find((l) => l.text === 'i den lokala brottsförebyggande gruppen.')?.cell).toBe(true);
    expect(untable(linesOf(FIXED)).filter((l) => l.cell).length).toBeGreaterThan(0);
  });

  it("a mail's header with its values set apart is fields, not a table's rows ('Fråga 2:' still is a row)", () => {
    const header = ['Från:     Johansson Maria <maria.johansson@malmo.se>', 'Skickat:  den 27 augusti 2026 16:42', 'Till:     Stadskontoret Registrator', 'Ämne:     SV: Remiss KS-2026-0412'].join('\n');
    expect(untable(linesOf(header)).map((l) => l.text)).toEqual(header.split('\n'));
    const rows = ['Fråga 1:   Nämnden är positiv till planen.', 'Fråga 2:   Gamla staden bör prioriteras.'].join('\n');
    expect(texts(untable(linesOf(rows)))).toEqual(['Fråga 1:', 'Nämnden är positiv till planen.', 'Fråga 2:', 'Gamla staden bör prioriteras.']);
  });

  it('prose with wide spacing, or a single indented line, is no table', () => {
    const prose = 'Nämnden anser  att förslaget är bra och vill se det genomfört snarast.\nDet är viktigt.';
    expect(texts(untable(linesOf(prose)))).toEqual(texts(linesOf(prose)));
  });
});

describe('a round answered in tables, from text and from PDF', () => {
  const round = [
    'Remissfrågor',
    '',
    'Fråga 1 Vilka pågående insatser har ni i området?',
    'Fråga 2 Vilka platser bör prioriteras först?',
    '',
    '==========================================',
    '',
    'Servicenämnden',
    '',
    PIPES,
    '',
    '==========================================',
    '',
    'Miljönämnden',
    '',
    'Miljönämnden har inga synpunkter på förslaget.',
    '',
    '==========================================',
    '',
    'Grannskapsrådet Väster',
    '',
    'Fråga 1     Rådet ordnar kvällsvandringar',
    '            två gånger i månaden.',
    '',
    'Fråga 2     Parken vid skolan behöver ljus.',
  ].join('\n');

  const check = (r: Awaited<ReturnType<typeof buildRound>>) => {
    const seg = (name: string, q: string) => {
      const id = r.respondents.find((x) => x.name === name)?.id;
      return r.segments.filter((s) => s.respondent === id && s.question === q).map((s) => s.text.replace(/\s+/g, ' ')).join(' ');
    };
    // The rule above each name is the round's respondent layout: the council has no body word.
    expect(r.respondents.map((x) => x.name)).toEqual(['Servicenämnden', 'Miljönämnden', 'Grannskapsrådet Väster']);
    expect(seg('Servicenämnden', 'Q1')).toContain('den lokala brottsförebyggande gruppen');
    expect(seg('Servicenämnden', 'Q2')).toContain('Gamla staden bör prioriteras');
    expect(seg('Grannskapsrådet Väster', 'Q1')).toContain('kvällsvandringar två gånger');
    expect(seg('Grannskapsrådet Väster', 'Q2')).toContain('Parken vid skolan');
  };

  it('from text', async () => {
    check(await buildRound([{ path: 'tabeller.txt', bytes: Buffer.from(round) }]));
  });

  it("from a PDF's text layer ('|' tables; fixed-width rows by their 'Fråga N' label)", async () => {
    const pdf = writePdf([{ lines: round.split('\n'), size: 10 }]);
    check(await buildRound([{ path: 'tabeller.pdf', bytes: pdf }]));
  });
});

describe('a table copied out of a word processor: cells with a tab between them', () => {
  const read = async (text: string) =>
    buildRound([{ path: 'svar.txt', bytes: Buffer.from(text) }], {
      questions: ['Hur ser ni på förslaget om parkvärdar?', 'Vilka pågående insatser bör samordnas med förslaget?', 'Vem bör samordna parkvärdarna?'],
    });
  const letter = (rows: string[]): string =>
    ['Kulturnämnden', '', 'Kulturnämnden tackar för remissen och lämnar följande svar.', '', ...rows, '', 'För Kulturnämnden', '', 'Eva Lund, ordförande', ''].join('\n');

  it('reads each row as a labelled answer, the question named by number or in a few words', async () => {
    for (const rows of [
      ['Fråga\tSvar', 'Fråga 1\tNämnden ser positivt på parkvärdar.', 'Fråga 2\tNämnden driver kulturstråket i Möllan.', 'Fråga 3\tServicenämnden bör samordna parkvärdarna.'],
      ['Synen på parkvärdar\tNämnden ser positivt på parkvärdar.', 'Pågående insatser\tNämnden driver kulturstråket i Möllan.', 'Vem som bör samordna\tServicenämnden bör samordna parkvärdarna.'],
    ]) {
      const round = await read(letter(rows));
      const q = (n: string) => round.segments.find((s) => s.respondent === 'KN' && s.question === n)?.text ?? '';
      expect(q('Q1')).toContain('ser positivt på parkvärdar');
      expect(q('Q2')).toContain('kulturstråket i Möllan');
      expect(q('Q3')).toContain('Servicenämnden bör samordna');
    }
  });

  it('a header row names the columns one by one: a body\'s "svar" in it is that body, not the row joined', async () => {
    for (const header of ['Remissfråga\tKulturnämndens svar', 'Fråga\tKulturnämndens yttrande', 'Frågeställning\tSvar från Kulturnämnden']) {
      const text = ['Yttrande över remissen om parkvärdar', '', header, 'Fråga 1\tNämnden ser positivt på parkvärdar.', 'Fråga 2\tNämnden driver kulturstråket i Möllan.', 'Fråga 3\tServicenämnden bör samordna parkvärdarna.', '', 'Eva Lund, ordförande', ''].join('\n');
      const round = await read(text);
      expect(round.respondents.map((r) => r.id), header).toEqual(['KN']);
      expect(round.segments.find((s) => s.respondent === 'KN' && s.question === 'Q3')?.text ?? '', header).toContain('Servicenämnden bör samordna');
    }
  });

  it('leaves fields and list items set off by a tab as they are', () => {
    const rows = ['Remissinstans:\tKulturnämnden', 'Datum:\t2026-03-01', '', '–\tEn punkt i en lista.', '–\tEn punkt till.', '', '1.\tFörsta stycket.', '2.\tAndra stycket.'];
    const lines = rows.map((raw, i) => {
      const cells = raw.split('\t');
      return { text: raw.replace(/\t/g, ' '), page: null, line: i + 1, source: 0, ...(cells.length === 2 ? { cells } : {}) } as Line;
    });
    expect(texts(untable(lines))).toEqual(texts(lines));
    expect(MAX_TAB_LABEL_WORDS).toBe(12);
  });
});

describe('a table of verdicts inside an answer', () => {
  it('is at most this many words a row: pinned', () => {
    expect(MAX_VERDICT_WORDS).toBe(4);
  });

  it.each([
    [['Alternativ              | Vår bedömning', 'Kommunstyrelsen         | Förordas', 'Tekniska nämnden        | Kan vara ett alternativ', 'Ett av stadens bolag    | Inte lämpligt']],
    [['Kommunstyrelsen      Förordas', 'Tekniska nämnden     Möjligt', 'Fritidsnämnden       Nej']],
    [['| Aktör | Bedömning |', '|---|---|', '| Kommunstyrelsen | Förordas |', '| Tekniska nämnden | I andra hand |']],
  ])('is kept as written, its labels no headings: %j', (rows) => {
    const lines = linesOf(rows.join('\n'));
    expect(texts(untable(lines))).toEqual(rows);
  });

  it('answers in rows, however short, under question labels are still rows', () => {
    expect(texts(untable(linesOf(['Fråga 1     Ja.', 'Fråga 2     Söder och Hyllie', 'Fråga 3     Kommunstyrelsen'].join('\n'))))).toEqual([
      'Fråga 1', 'Ja.', 'Fråga 2', 'Söder och Hyllie', 'Fråga 3', 'Kommunstyrelsen',
    ]);
  });

  it('in a round, the bodies a table judges open no answer of their own', async () => {
    const letter = [
      'Grundskolenämnden', '', 'Yttrande över förslaget', '', 'Svar på fråga 1', 'Nämnden ser positivt på förslaget.', '',
      'Svar på fråga 2', 'Nämnden har vägt alternativen.', '',
      'Alternativ              | Vår bedömning', 'Kommunstyrelsen         | Förordas', 'Tekniska nämnden        | Kan vara ett alternativ', '',
      'Oavsett vilken nämnd som får uppdraget ska skolan ha en plats i arbetet.', '',
    ].join('\n');
    const round = await buildRound([{ path: 'grn.txt', bytes: Buffer.from(letter) }], { questions: ['Hur ser ni på förslaget?', 'Vilken nämnd bör samordna arbetet?'] });
    expect(round.respondents.map((r) => r.id)).toEqual(['GRN']);
    expect(round.segments.find((s) => s.text.includes('Oavsett vilken nämnd'))?.respondent).toBe('GRN');
  });
});
