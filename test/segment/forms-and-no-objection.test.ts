/**
 * Response forms: an empty field ("–", "Inget svar"), a pointer to another answer ("Se svar på
 * fråga 1", read where it points when it is the coordinator question's whole answer), a label before a reference ("Svar: Angående fråga 3: …"); and bodies whose whole
 * answer is that they have nothing to say. Forms and answers written for the test.
 */
import { describe, expect, it } from 'vitest';
import { roundFromText, cli } from '../helpers.js';
import { tabulate } from '../../src/analyze/tabulate.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const QUESTIONS = ['Vilka nätverk deltar ni i?', 'Vem bör leda arbetet?', 'Hur bör arbetet följas upp?'];
const form = (answers: string[], other = '') =>
  [
    'Remissinstans: Servicenämnden',
    'Datum: 2026-03-01',
    '',
    ...answers.flatMap((a, i) => [`Fråga ${i + 1}`, QUESTIONS[i], `Svar: ${a}`, '']),
    ...(other ? ['Övriga synpunkter', `Svar: ${other}`] : []),
  ].join('\n');

describe('response forms', () => {
  it.each([['–'], ['Inget svar'], ['-'], ['Ingen kommentar.']])('"%s" answers nothing: kept, marked, and the grid says unanswered', async (empty) => {
    const round = await roundFromText(form(['Vi deltar i två nätverk.', empty, 'Årligen, i en rapport till nämnden.']), 'svar_01.txt', QUESTIONS);
    const q2 = round.segments.filter((s) => s.respondent === 'SN' && s.question === 'Q2');
    expect(q2.length).toBeGreaterThan(0);
    expect(q2.every((s) => s.noAnswer)).toBe(true);
    expect(round.segments.find((s) => s.question === 'Q1' && /två nätverk/.test(s.text))?.noAnswer).toBeUndefined();
  });

  it('"Se svar på fråga 1" points to that answer', async () => {
    const round = await roundFromText(form(['Vi deltar i två nätverk.', 'Stadskontoret bör leda.', 'Se svar på fråga 1.']), 'svar_02.txt', QUESTIONS);
    const q3 = round.segments.find((s) => s.respondent === 'SN' && s.question === 'Q3' && s.text !== '');
    expect(q3?.refersTo).toBe('Q1');
  });

  it.each([
    'Se svar på fråga 1.', 'Se fråga 1.', 'Se svaret under fråga 1.', 'Se ovan under fråga 1.', 'Se vårt svar på fråga 1.',
    'Vi hänvisar till vårt svar på fråga 1.', 'Nämnden hänvisar till svaret under fråga 1.', 'Hänvisar till fråga 1.', 'Se vad vi skrev under fråga 1.', 'Jfr nämndens svar på fråga 1.',
  ])(
    'the coordinator answer "%s" is read where it points, and flagged',
    async (pointer) => {
      const round = await roundFromText(form(['Vi deltar i två nätverk. Tekniska nämnden bör leda arbetet.', pointer, 'Årligen.']), 'svar_04.txt', QUESTIONS);
      const row = tabulate(round).rows.find((r) => r.respondent === 'SN');
      expect(row?.choices).toEqual(['TN']);
      expect(row?.review.join(' ')).toContain('hänvisar till svaret på fråga 1');
    },
  );

  it.each(['Se även stadskontorets svar på fråga 1.', 'Vi hänvisar till kommunstyrelsens beslut.', 'Se bilaga 1.'])('"%s" points to no answer of its own', async (pointer) => {
    const round = await roundFromText(form(['Vi deltar i två nätverk.', pointer, 'Årligen.']), 'svar_06.txt', QUESTIONS);
    const q2 = round.segments.find((s) => s.respondent === 'SN' && s.question === 'Q2' && s.text !== '');
    expect(q2?.refersTo).toBeUndefined();
  });

  it('a pointer beside an answer of its own is no referral: the answer is read', async () => {
    const round = await roundFromText(form(['Vi deltar i två nätverk. Tekniska nämnden bör leda arbetet.', 'Stadskontoret bör leda. Se även fråga 1.', 'Årligen.']), 'svar_05.txt', QUESTIONS);
    const row = tabulate(round).rows.find((r) => r.respondent === 'SN');
    expect(row?.choices).toEqual(['KS']);
    expect(row?.review.join(' ')).not.toContain('hänvisar');
  });

  it('"Svar: Angående fråga 2: …" in another field answers question 2', async () => {
    const round = await roundFromText(form(['Vi deltar i två nätverk.', '–', 'Årligen.'], 'Angående fråga 2: nämnden föreslår att fritidsnämnden leder arbetet.'), 'svar_03.txt', QUESTIONS);
    const q2 = round.segments.filter((s) => s.respondent === 'SN' && s.question === 'Q2' && !s.noAnswer);
    expect(q2.map((s) => s.text).join(' ')).toContain('fritidsnämnden leder arbetet');
  });
});

describe('nothing to say on the matter', () => {
  const compilation = (answers: Array<[string, string]>) =>
    ['Remissfrågor', '', ...QUESTIONS.map((q) => `• ${q}`), '', ...answers.flatMap(([b, a]) => ['', b, '', 'Yttrande', '', a])].join('\n');

  it.each([
    ['Fritidsnämnden har inget att erinra mot förslaget.'],
    ['Bolaget lämnar inga synpunkter på remissen.'],
    ['Nämnden har tagit del av handlingsplanen och har ingenting att tillägga.'],
  ])('"%s" answers no question, and the grid names the body once', async (answer) => {
    const text = compilation([
      ['Kulturnämnden', 'Kulturnämnden deltar i två nätverk och tycker att stadskontoret bör leda arbetet, som följs upp årligen.'],
      ['Fritidsnämnden', answer],
    ]);
    const round = await roundFromText(text);
    expect(round.respondents.find((r) => r.id === 'FRN')?.noObjection).toBe(true);
    expect(round.respondents.find((r) => r.id === 'KN')?.noObjection).toBeUndefined();
    const dir = mkdtempSync(path.join(tmpdir(), 'remiss-quiet-'));
    const file = path.join(dir, 'runda.txt');
    writeFileSync(file, text);
    const grid = await cli(['segments', file, '--no-cache'], { env: { COLUMNS: '200' } });
    expect(grid.stdout).toMatch(/Har inget att erinra och svarar därför på ingen fråga: FRN\./);
    expect(grid.stdout).not.toMatch(/FRN Q1/);
  });

  it('"inga synpunkter utöver att …" has a point, and is not marked', async () => {
    const round = await roundFromText(compilation([['Fritidsnämnden', 'Nämnden har inga synpunkter utöver att arbetet bör följas upp årligen.'], ['Kulturnämnden', 'Kulturnämnden tillstyrker.']]));
    expect(round.respondents.find((r) => r.id === 'FRN')?.noObjection).toBeUndefined();
  });

  it('a long answer that also says it has no objections is not marked', async () => {
    const long = `Fritidsnämnden har inget att erinra mot förslagets inriktning. ${'Nämnden vill ändå utveckla sin syn på mötesplatserna. '.repeat(12)}`;
    const round = await roundFromText(compilation([['Fritidsnämnden', long], ['Kulturnämnden', 'Kulturnämnden tillstyrker.']]));
    expect(round.respondents.find((r) => r.id === 'FRN')?.noObjection).toBeUndefined();
  });
});

describe('a form read from a PDF text layer, with no blank lines', () => {
  const headingsOf = async (text: string): Promise<string[]> => {
    const { findHeadings } = await import('../../src/segment/headings.js');
    const { linesOf } = await import('../helpers.js');
    return findHeadings(linesOf(text, 1)).map((h) => h.text);
  };

  it.each([
    ['Svar: –', 'Fråga 3'],
    ['Svar:', 'Fråga 3'],
    ['Kommentar: -', 'Övriga synpunkter'],
    ['(ej besvarad)', 'Fråga 3'],
    ['se fråga 2', '3. Vem bör leda arbetet?'],
    ['Se ovan', 'Fråga 3'],
  ])('after an empty field (%s) the next label is a heading: %s', async (field, label) => {
    const heads = await headingsOf(['Fråga 2', 'Hur ser ni på förslaget?', field, label, 'Nämnden har inget att tillägga.'].join('\n'));
    expect(heads).toContain(label);
  });

  it.each([
    ['Hur förhåller sig arbetet till samverkansformer, såsom', 'SSPF, CTC och BID?'],
    ['Vilka aktörer bör ingå, exempelvis', 'Polisen och MKB?'],
  ])('a question whose line ends on "%s" runs on to "%s"', async (first, second) => {
    const heads = await headingsOf(['Fråga 3', first, second, 'Svar: Nämnden deltar i flera.'].join('\n'));
    expect(heads).toContain(`${first} ${second}`);
  });

  it('prose broken before a name stays prose', async () => {
    const heads = await headingsOf(['Fråga 1     Ett tjugotal av medlemmarna deltar i', 'BID-samarbeten i Malmö, bl.a. i Sofielund.'].join('\n'));
    expect(heads.some((h) => h.includes('BID-samarbeten'))).toBe(false);
  });
});
