/**
 * A survey tool's CSV export read as the forms its rows are (src/read/csv.ts), on exports written
 * here: quoting as Excel writes it, the separator found, a test row, line numbers kept.
 */
import { describe, expect, it } from 'vitest';
import { MIN_CSV_COLUMNS, MIN_QUESTION_COLUMNS, csvSeparator, parseCsv } from '../../src/read/csv.js';
import { readSource } from '../../src/read/source.js';
import { buildRound } from '../../src/round.js';
import { tabulate } from '../../src/analyze/tabulate.js';

describe('parsing a CSV export', () => {
  it('thresholds stay as set', () => {
    expect({ MIN_CSV_COLUMNS, MIN_QUESTION_COLUMNS }).toEqual({ MIN_CSV_COLUMNS: 3, MIN_QUESTION_COLUMNS: 2 });
  });

  it('undoes quoting: the separator, doubled quotes and line breaks inside a quoted field; each field keeps its line', () => {
    const records = parseCsv('a;b;c\r\n1;"x; y";"han sa ""ja""\r\nrad två"\r\n2;;z\r\n', ';');
    expect(records.map((r) => r.map((f) => f.text))).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x; y', 'han sa "ja"\nrad två'],
      ['2', '', 'z'],
    ]);
    expect(records[2].map((f) => f.line)).toEqual([4, 4, 4]);
    expect(records[1][2].line).toBe(2);
  });

  it.each([
    [';', '"Organisation";"Hur ser ni på A?";"Vem bör leda B?"\nMKB;Bra.;Stadskontoret.\n'],
    [',', 'Organisation,Hur ser ni på A?,Vem bör leda B?\nMKB,Bra.,Stadskontoret.\nSN,"Ja, bra.",-\n'],
    ['\t', 'Organisation\tHur ser ni på A?\tVem bör leda B?\nMKB\tBra.\tStadskontoret.\n'],
  ])('its separator %j is found', (sep, text) => {
    expect(csvSeparator(text)).toBe(sep);
  });

  it.each([
    ['prose with semicolons', 'Nämnden anser; att det är bra; och vill leda?\nMen inte ensam; utan med MKB?\n'],
    ['a table asking nothing', 'Namn;Roll;Telefon\nAnna;Chef;123\nPer;Handläggare;456\n'],
    ['one question column', 'Organisation;Datum;Vem bör leda?\nMKB;2026-03-01;KS\n'],
  ])('%s is no export of answers', (_what, text) => {
    expect(csvSeparator(text)).toBeUndefined();
  });
});

const EXPORT = [
  '\uFEFF"Id";"Tid";"Organisation";"Kontakt";"Hur berör förslaget om lokala trygghetsråd er verksamhet?";"Vilken nämnd eller vilket bolag bör samordna trygghetsråden?";"Övriga synpunkter"',
  '7;2026-04-01 10:00;Stadskontoret;TEST – ta bort;test;Kommunstyrelsen;',
  '8;2026-04-02 11:30;Kulturnämnden;Eva Ek;"Biblioteken deltar i Örat mot marken.',
  '',
  'Vi vill också nämna läxhjälpen.";"Kulturnämnden anser att fritidsnämnden bör samordna råden.";',
  '9;2026-04-03 09:15;Servicenämnden;Ola Ny;-;"Servicenämnden föreslår att MKB samordnar råden; bolaget har lokalerna.";Inga.',
].join('\r\n');

describe('a CSV export read as a round', () => {
  it('each row is its organisation\'s answer under the header\'s questions; a test row and the metadata are furniture', async () => {
    const bytes = Buffer.from(EXPORT, 'utf8');
    const doc = await readSource({ path: 'export.csv', bytes }, 0);
    expect(doc.furniture.map((l) => l.text)).toEqual(expect.arrayContaining(['Eva Ek', '2026-04-02 11:30', 'TEST – ta bort']));
    // A cell's second paragraph stands at the file's line it is written on.
    expect(doc.lines.find((l) => l.text === 'Vi vill också nämna läxhjälpen.')?.line).toBe(5);
    const round = await buildRound([{ path: 'export.csv', bytes }]);
    expect(round.questions.map((q) => q.text)).toEqual(['Hur berör förslaget om lokala trygghetsråd er verksamhet?', 'Vilken nämnd eller vilket bolag bör samordna trygghetsråden?']);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'SN']);
    const t = tabulate(round);
    const choice = (id: string) => t.rows.find((r) => r.respondent === id)!.choices.map((c) => [...t.columns.find((x) => x.id === c)!.members].join('+'));
    expect(choice('KN')).toEqual(['FRN']);
    expect(choice('SN')).toEqual(['MKB']);
    expect(round.segments.find((s) => s.respondent === 'KN' && s.question === 'Q1')?.text).toContain('läxhjälpen');
  });
});

/** An export in long form: a row per answer to one question, as written here. */
const LONG = [
  'Svars-ID;Inskickat;Organisation;Frågenummer;Fråga;Svar',
  '71;2026-03-02;Kulturnämnden;2;Vem bör samordna arbetet?;"Nämnden föreslår att fritidsnämnden samordnar arbetet.\nDet ger en tydlig ingång."',
  '71;2026-03-02;Kulturnämnden;1;Hur ser ni på förslaget?;Nämnden ser positivt på förslaget.',
  '72;2026-03-04;MKB Fastighet AB;1;Hur ser ni på förslaget?;Bolaget stöder inriktningen.',
  '72;2026-03-04;MKB Fastighet AB;2;Vem bör samordna arbetet?;Stadskontoret bör ha det samordnande ansvaret.',
  '',
].join('\r\n');

describe('a CSV export in long form (a row per answer to one question)', () => {
  it('its separator is found by its columns for the body, the question and the answer', () => {
    expect(csvSeparator(LONG)).toBe(';');
    expect(csvSeparator(LONG.replaceAll(';', '\t'))).toBe('\t');
    // Without a column for the answer, no export of answers.
    expect(csvSeparator('Organisation;Fråga;Datum\nMKB;Hur?;2026-03-01\nKN;Vem?;2026-03-02\n')).toBeUndefined();
  });

  it('the questions come in their numbers\' order, each body\'s answers under them, whatever the rows\' order', async () => {
    const round = await buildRound([{ path: 'export.csv', bytes: Buffer.from(LONG) }], {});
    expect(round.questions.map((q) => q.text)).toEqual(['Hur ser ni på förslaget?', 'Vem bör samordna arbetet?']);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'MKB']);
    const answer = (id: string, q: string): string | undefined => round.segments.find((s) => s.respondent === id && s.question === q)?.text;
    expect(answer('KN', 'Q2')).toBe('Nämnden föreslår att fritidsnämnden samordnar arbetet.\nDet ger en tydlig ingång.');
    expect(answer('KN', 'Q1')).toBe('Nämnden ser positivt på förslaget.');
    // A quote is found where the analyst looks: the line of the file its text stands on.
    expect(round.segments.find((s) => s.respondent === 'KN' && s.question === 'Q2')?.lines[1].line).toBe(3);
    const table = tabulate(round);
    expect(table.rows.map((r) => [r.respondent, r.choices])).toEqual([
      ['KN', ['FRN']],
      ['MKB', ['KS']],
    ]);
  });

  it('rows without a number keep the order the questions first come in; a body that sent twice is read twice', async () => {
    const text = ['Organisation;Fråga;Svar', 'MKB;Hur ser ni på förslaget?;Bra.', 'MKB;Vem bör samordna arbetet?;Stadskontoret bör samordna arbetet.', 'Kulturnämnden;Vem bör samordna arbetet?;Fritidsnämnden bör samordna arbetet.', ''].join('\n');
    const round = await buildRound([{ path: 'export.csv', bytes: Buffer.from(text) }], {});
    expect(round.questions.map((q) => q.text)).toEqual(['Hur ser ni på förslaget?', 'Vem bör samordna arbetet?']);
    expect(round.respondents.map((r) => r.id)).toEqual(['MKB', 'KN']);
  });
});
