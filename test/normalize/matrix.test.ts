/**
 * Answers condensed in a matrix — a row per respondent, a column per question, cells wrapped over
 * lines, the header repeated on each page — read as the compilation they condense. Tables written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { SPACED_MATRIX } from '../support/spaced-matrix.js';
import { COLUMN_SLACK, MAX_HEADER_LINES_PER_PAGE, MIN_MATRIX_ROWS, MIN_QUESTION_COLUMNS, unmatrix } from '../../src/normalize/matrix.js';
import { tabulate } from '../../src/analyze/tabulate.js';
import { roundFromText } from '../helpers.js';
import type { Line } from '../../src/model.js';

const linesOf = (text: string, sheet?: number): Line[] => text.split('\n').map((raw, i) => ({ text: raw.trim(), page: null, line: i + 1, source: 0, ...(sheet ? { sheet } : {}) }));
const texts = (lines: Line[]) => lines.map((l) => l.text).filter((t) => t !== '');

const HEADER = [
  'Instans           | Fråga 1: Synen på      | Fråga 2: Vem bör         ',
  '                  | förslaget              | samordna?                ',
  '==================+========================+==========================',
];
const ROWS = [
  'Kulturnämnden     | Positiv. Vill att      | Anser att servicenämnden ',
  '                  | biblioteken ingår.     | bör samordna arbetet.    ',
  '------------------+------------------------+--------------------------',
  'Hyresgäst-        | –                      | ”Vi förordar MKB.”       ',
  'föreningen Syd    |                        |                          ',
  '------------------+------------------------+--------------------------',
];

/** Kulturnämnden's row as both layouts read it: its name, then each question and its cell. */
const KULTURNAMNDEN_READ = ['Kulturnämnden', 'Fråga 1', 'Positiv. Vill att biblioteken ingår.', 'Fråga 2', 'Anser att servicenämnden bör samordna arbetet.'];

describe('a matrix of answers', () => {
  it('is known by at least this many columns naming a question', () => {
    expect(MIN_QUESTION_COLUMNS).toBe(2);
    expect(MAX_HEADER_LINES_PER_PAGE).toBe(8);
    expect(MIN_MATRIX_ROWS).toBe(2);
    expect(COLUMN_SLACK).toBe(2);
  });

  it('becomes each row\'s name, then each question\'s heading and the cell\'s words on one line at its first line', () => {
    const { lines, furniture } = unmatrix(linesOf([...HEADER, ...ROWS].join('\n')));
    expect(texts(lines)).toEqual([
      ...KULTURNAMNDEN_READ,
      'Hyresgästföreningen Syd',
      'Fråga 1',
      '–',
      'Fråga 2',
      '”Vi förordar MKB.”',
    ]);
    expect(lines.find((l) => l.text.startsWith('Anser att'))!.line).toBe(4);
    // The header, its rule and the row rules are the table's furniture: nothing read is lost.
    expect(furniture.map((l) => l.line)).toEqual([1, 2, 3, 6, 9]);
  });

  it('a row runs on over a page break; the header repeated on the new page is furniture', () => {
    const text = [...HEADER, ROWS[0], '', 'Sida 1 av 2', '', ...HEADER, '                  |                        | Med stöd av MKB.         ', ROWS[2]].join('\n');
    const { lines } = unmatrix(linesOf(text).filter((l) => l.text !== 'Sida 1 av 2'));
    expect(texts(lines)).toEqual(['Kulturnämnden', 'Fråga 1', 'Positiv. Vill att', 'Fråga 2', 'Anser att servicenämnden Med stöd av MKB.']);
  });

  it('a header taken for page furniture (repeated on every page) is found above its rule', () => {
    const all = linesOf([...HEADER, ...ROWS].join('\n'), 1);
    const { lines } = unmatrix(all.slice(2), all.slice(0, 2));
    expect(texts(lines).slice(0, 3)).toEqual(['Kulturnämnden', 'Fråga 1', 'Positiv. Vill att biblioteken ingår.']);
  });

  it('so is one whose first line went to the furniture and whose wrapped line stayed, down to its rule', () => {
    const all = linesOf([...HEADER, ...ROWS].join('\n'), 1);
    const { lines, furniture } = unmatrix(all.slice(1), all.slice(0, 1));
    expect(texts(lines).slice(0, 3)).toEqual(['Kulturnämnden', 'Fråga 1', 'Positiv. Vill att biblioteken ingår.']);
    expect(furniture.map((l) => l.line)).toContain(2);
  });

  it.each([
    ['a two-column table of questions and answers', ['Fråga | Svar', '------+------', '1     | Ja.', '2     | Nej.']],
    ['a header naming one question only', ['Instans | Fråga 1: Synen | Kommentar', '========+================+==========', 'MKB     | Positiv.       | –']],
    ['columns with no question named', ['Instans | Synen    | Samordning', '========+==========+===========', 'MKB     | Positiv. | Ingen.']],
  ])('%s is no matrix', (_what, table) => {
    const input = linesOf(table.join('\n'));
    expect(unmatrix(input).lines).toEqual(input);
  });

  it('read through, the matrix gives each respondent its answers and its choice', async () => {
    const more = ['Servicenämnden    | Inga synpunkter.       | Avstår från att svara.   ', '------------------+------------------------+--------------------------'];
    const text = ['Sammanställning av remissvar', '', 'Remissinstanserna ombads besvara följande frågor:', '1. Hur ser ni på förslaget?', '2. Vem bör samordna arbetet?', '', ...HEADER, ...ROWS, ...more].join('\n');
    const round = await roundFromText(text, 'matris.txt');
    // The unknown body among the registry's, each row's first cell a name: read by the pattern the rows share.
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'hyresgastforeningen-syd', 'SN']);
    expect(round.segments.filter((s) => s.respondent === 'KN').map((s) => s.question)).toEqual(['Q1', 'Q2']);
    const t = tabulate(round);
    const choice = (id: string) => t.rows.find((r) => r.respondent === id)!.choices.map((c) => [...t.columns.find((x) => x.id === c)!.members].join('+'));
    expect(choice('KN')).toEqual(['SN']);
    expect(choice('hyresgastforeningen-syd')).toEqual(['MKB']);
  });
});

/** Lines of text input as the reader gives them: the indent apart, the text trimmed. */
const indented = (text: string): Line[] =>
  text.split('\n').map((raw, i) => {
    const indent = /^ +/.exec(raw)?.[0].length;
    return { text: raw.trim(), page: null, line: i + 1, source: 0, ...(indent && raw.trim() ? { indent } : {}) };
  });

const SPACED = [
  ...SPACED_MATRIX,
  '',
  '                    Även kvällstid.',
  '',
  'Servicenämnden      –                           Avstår.',
].join('\n');

describe('a matrix set in columns by spaces alone (text input)', () => {
  it('is read by its header\'s columns; a row runs on over a blank line inside a long cell', () => {
    const { lines, furniture } = unmatrix(indented(SPACED));
    expect(texts(lines)).toEqual([
      ...KULTURNAMNDEN_READ,
      'Hyresgästföreningen Syd',
      'Fråga 1',
      'Behöver lokaler för läxhjälp och möten. Även kvällstid.',
      'Fråga 2',
      '”Vi förordar MKB.”',
      'Servicenämnden',
      'Fråga 1',
      '–',
      'Fråga 2',
      'Avstår.',
    ]);
    expect(furniture.map((l) => l.line)).toEqual([1, 2]);
  });

  it.each([
    ['prose with wide spaces', ['Vi ser   fram emot   arbetet.', '', 'Nämnden   anser att   MKB bör leda.']],
    ['columns naming no questions', ['Instans             Synen                       Samordning', '', 'MKB                 Positiv.                    Ingen.', '', 'SN                  Bra.                        MKB.']],
  ])('%s is no matrix', (_what, table) => {
    const input = indented(table.join('\n'));
    expect(unmatrix(input).lines).toEqual(input);
  });
});

describe('a Markdown table of answers (a wiki list exported)', () => {
  const TABLE = [
    '| Remissinstans | Synen på förslaget | Vem bör samordna? | Kommentar |',
    '| --- | :---: | --- | --- |',
    '| Kulturnämnden | **Positiv.** Vill att biblioteken ingår.<br>Även kvällstid. | Anser att servicenämnden bör samordna arbetet. | Stämmer med KN:s förra svar? Fritidsnämnden borde nog ta det. |',
    '| ASN | Inga synpunkter \\| oklart. | – | Sent inkommet. |',
  ];

  it.each([
    ['topics in the header: the columns after who answers, in the questions\' order', TABLE],
    ['numbers in the header', [TABLE[0].replace('Synen på förslaget', 'Fråga 1').replace('Vem bör samordna?', 'Fråga 2'), ...TABLE.slice(1)]],
    ['no outer bars', TABLE.map((l) => l.replace(/^\| | \|$/gu, ''))],
  ])('%s: each row its name, each question its cell; the compiler\'s column kept apart', (_what, table) => {
    const { lines, furniture } = unmatrix(linesOf(table.join('\n')));
    expect(texts(lines)).toEqual([
      'Kulturnämnden', 'Fråga 1', '**Positiv.** Vill att biblioteken ingår. Även kvällstid.', 'Fråga 2', 'Anser att servicenämnden bör samordna arbetet.',
      'ASN', 'Fråga 1', 'Inga synpunkter \\| oklart.', 'Fråga 2', '–',
    ]);
    expect(furniture.map((l) => l.text)).toContain('Stämmer med KN:s förra svar? Fritidsnämnden borde nog ta det.');
  });

  it('a table of other things (no column of who answers, no numbered questions) is left as it is', () => {
    const other = ['| Datum | Möte | Plats |', '| --- | --- | --- |', '| 3 mars | Dialogmöte | Rosengård |'];
    expect(texts(unmatrix(linesOf(other.join('\n'))).lines)).toEqual(other);
  });

  it('read through: the analyst\'s comment proposes no one for the respondent', async () => {
    const text = ['# Remissvar', '', 'Remissinstanserna ombads besvara följande frågor:', '1. Hur ser ni på förslaget?', '2. Vem bör samordna arbetet?', '', ...TABLE].join('\n');
    const t = tabulate(await roundFromText(text, 'remissvar_export.txt'));
    const kn = t.rows.find((r) => r.respondent === 'KN')!;
    expect(kn.choices.map((c) => t.columns.find((x) => x.id === c)!.members.join('+'))).toEqual(['SN']);
  });
});
