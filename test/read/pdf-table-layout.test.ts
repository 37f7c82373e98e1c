/**
 * A PDF page holding a table is laid out in columns (src/read/pdf-table-layout.ts): its items in
 * reading order, each row a fixed-width line. Items are built here by hand, as pdf.js gives them
 * (a transform [size, 0, 0, size, x, y], a width), so the order a word processor wrote them in can
 * be chosen.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  CELL_GAP,
  CHAR_WIDTH,
  LAYOUT_SPACE,
  MIN_CELL_SPACES,
  ROW_TOLERANCE,
  TABLE_MIN_CELLS,
  TABLE_MIN_ROWS,
  layOutTablePage,
  type LayoutItem,
} from '../../src/read/pdf-table-layout.js';
import { readSource } from '../../src/read/source.js';
import { buildRound } from '../../src/round.js';
import { tabulate } from '../../src/analyze/tabulate.js';
import { writePdf } from '../support/pdf-writer.js';
import { SPACED_MATRIX } from '../support/spaced-matrix.js';

const SIZE = 10;
/** An item of text at character column `col` of row `row` (rows 14 pt apart, from the top). */
const at = (str: string, col: number, row: number, size = SIZE): LayoutItem => ({
  str,
  transform: [size, 0, 0, size, 56 + col * CHAR_WIDTH * size, 770 - row * 14],
  width: str.length * CHAR_WIDTH * size,
  height: size,
  hasEOL: false,
});
const written = (items: LayoutItem[]): string[] => items.map((i) => i.str!.replaceAll(LAYOUT_SPACE, ' '));

/** A matrix of three columns (name, question 1, question 2), written cell by cell: each column's lines, then the next column's. */
const CELL_BY_CELL: LayoutItem[] = [
  at('Instans', 0, 0), at('Kulturnämnden', 0, 2), at('Servicenämnden', 0, 5), at('MKB', 0, 7),
  at('Fråga 1 – Synen', 20, 0), at('Positiv. Vill att', 20, 2), at('biblioteken ingår.', 20, 3), at('Inga synpunkter.', 20, 5), at('Positiv.', 20, 7),
  at('Fråga 2 – Samordning', 44, 0), at('Servicenämnden bör', 44, 2), at('samordna arbetet.', 44, 3), at('Avstår.', 44, 5), at('Vi tar gärna rollen.', 44, 7),
];

describe('a PDF page that holds a table', () => {
  it('thresholds stay as set', () => {
    expect({ TABLE_MIN_CELLS, TABLE_MIN_ROWS, CELL_GAP, ROW_TOLERANCE, CHAR_WIDTH, MIN_CELL_SPACES }).toEqual({
      TABLE_MIN_CELLS: 3,
      TABLE_MIN_ROWS: 4,
      CELL_GAP: 1,
      ROW_TOLERANCE: 0.5,
      CHAR_WIDTH: 0.5,
      MIN_CELL_SPACES: 2,
    });
  });

  it('is read row by row, each cell at its column, whatever order its cells were written in', () => {
    expect(written(layOutTablePage(CELL_BY_CELL))).toEqual([
      'Instans             Fråga 1 – Synen         Fråga 2 – Samordning',
      'Kulturnämnden       Positiv. Vill att       Servicenämnden bör',
      '                    biblioteken ingår.      samordna arbetet.',
      'Servicenämnden      Inga synpunkter.        Avstår.',
      'MKB                 Positiv.                Vi tar gärna rollen.',
    ]);
    // Each row ends its line; its indent is layout, not text (the reader makes it the line's indent).
    const rows = layOutTablePage(CELL_BY_CELL);
    expect(rows.every((r) => r.hasEOL)).toBe(true);
    expect(rows[2].str!.startsWith(LAYOUT_SPACE.repeat(20))).toBe(true);
  });

  it('keeps two cells apart even when the first has more characters than its place holds (a narrow font)', () => {
    const narrow = { ...at('iiiiiiiiiiiiiiiiiiiiiiiiii', 0, 9), width: 26 * 0.25 * SIZE };
    const rows = written(layOutTablePage([...CELL_BY_CELL, narrow, at('Nästa', 20, 9), at('Sista', 44, 9)]));
    expect(rows[rows.length - 1]).toMatch(/^i{26} {2}Nästa/);
  });

  it('words of one cell split into items (a change of font) stay one cell', () => {
    const split = CELL_BY_CELL.flatMap((it) => (it.str === 'Positiv. Vill att' ? [at('Positiv.', 20, 2), at('Vill att', 29, 2)] : [it]));
    expect(written(layOutTablePage(split))[1]).toBe('Kulturnämnden       Positiv. Vill att       Servicenämnden bör');
  });

  it.each([
    ['a letterhead in three columns on two rows', [at('Malmö stad', 0, 0), at('Datum', 30, 0), at('Dnr', 50, 0), at('Kulturförvaltningen', 0, 1), at('2026-03-01', 30, 1), at('KN-2026-1', 50, 1), at('Yttrande', 0, 3), at('Nämnden anser att förslaget är bra.', 0, 4)]],
    ['prose in two columns', Array.from({ length: 8 }, (_, r) => [at(`Vänster spalt rad ${r} med text.`, 0, r), at(`Höger spalt rad ${r} med text.`, 40, r)]).flat()],
    ['a page of prose', Array.from({ length: 8 }, (_, r) => at(`Rad ${r} av brödtexten i yttrandet, utan kolumner.`, 0, r))],
  ])('%s is left as pdf.js gives it', (_what, items) => {
    expect(layOutTablePage(items)).toBe(items);
  });

  const PAGE = [
    'Sammanställning av remissvar',
    '',
    'Remissinstanserna ombads besvara följande frågor:',
    '1. Hur ser ni på förslaget?',
    '2. Vem bör samordna arbetet?',
    '',
    ...SPACED_MATRIX,
    '',
    'Servicenämnden      Inga synpunkter.            Avstår.',
  ];

  it('read from a PDF, the matrix gives each respondent its answers and its choice, as from text', async () => {
    const bytes = writePdf([{ lines: PAGE, size: 8, columnGap: 3 }]);
    const doc = await readSource({ path: 'matris.pdf', bytes }, 0);
    // The rows' indents are read back: a cell in a later column, the earlier ones empty.
    expect(doc.lines.find((l) => l.text.startsWith('biblioteken'))).toBeUndefined();
    const round = await buildRound([{ path: 'matris.pdf', bytes }]);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'hyresgastforeningen-syd', 'SN']);
    const t = tabulate(round);
    const choice = (id: string) => t.rows.find((r) => r.respondent === id)!.choices.map((c) => [...t.columns.find((x) => x.id === c)!.members].join('+'));
    expect(choice('KN')).toEqual(['SN']);
    expect(choice('hyresgastforeningen-syd')).toEqual(['MKB']);
  });

  it('the 2023 round\'s PDF has no page taken for a table', async () => {
    const { CORPUS } = await import('../helpers.js');
    const doc = await readSource({ path: CORPUS.pdf, bytes: readFileSync(CORPUS.pdf) }, 0);
    expect(doc.lines.filter((l) => l.indent !== undefined)).toEqual([]);
  });
});
