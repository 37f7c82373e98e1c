/**
 * The two columns of a page header, split into lines of their own — set far apart in a text
 * export, or joined with one space by a PDF reader — on header lines written for this test.
 */
import { describe, expect, it } from 'vitest';
import { COLUMN_GAP, FOOTER_LINES, HEADER_LINES, MAX_COLUMN_CHARS, TABLE_COLUMNS, columnsOf, joinedColumnsOf, splitHeaderColumns } from '../../src/normalize/columns.js';
import type { Line } from '../../src/model.js';

describe('header columns', () => {
  it('the limits are pinned', () => {
    expect([COLUMN_GAP, HEADER_LINES, FOOTER_LINES, MAX_COLUMN_CHARS]).toEqual([6, 5, 2, 70]);
  });

  it.each([
    ['Kulturnämnden                         Sammanträdesdatum 2026-03-12', ['Kulturnämnden', 'Sammanträdesdatum 2026-03-12']],
    ['LUNDS KOMMUN          PROTOKOLL', ['LUNDS KOMMUN', 'PROTOKOLL']],
    ['Servicenämnden\tDnr SN-2026-0042', ['Servicenämnden', 'Dnr SN-2026-0042']],
  ])('set far apart: %s', (line, want) => {
    expect(columnsOf(line)).toEqual(want);
  });

  it.each([
    'Kulturnämnden Sammanträdesdatum 2026-03-12',
    'Ett stycke text med  två mellanslag i sig.',
    'Namn      Roll      Telefon',
    // A mail's or a form's field: its label and value, set apart, are one line.
    'Från:     Johansson Maria <maria.johansson@malmo.se>',
    'Datum:          2026-08-21',
  ])('not two columns apart: %s', (line) => {
    expect(columnsOf(line)).toBeUndefined();
  });

  it.each([
    ['Kulturnämnden Sammanträdesdatum 2026-03-12', ['Kulturnämnden', 'Sammanträdesdatum 2026-03-12']],
    ['Miljöförvaltningen Datum 2026-05-02', ['Miljöförvaltningen', 'Datum 2026-05-02']],
    ['Stadsbyggnadskontoret Dnr SBN-2026-118', ['Stadsbyggnadskontoret', 'Dnr SBN-2026-118']],
    ['MALMÖ STAD PROTOKOLLSUTDRAG', ['MALMÖ STAD', 'PROTOKOLLSUTDRAG']],
    ['Servicebolaget AB PROTOKOLLSUTDRAG', ['Servicebolaget AB', 'PROTOKOLLSUTDRAG']],
    ['Kulturförvaltningen Tjänsteskrivelse', ['Kulturförvaltningen', 'Tjänsteskrivelse']],
    ['Servicebolaget AB Bilaga till § 12', ['Servicebolaget AB', 'Bilaga till § 12']],
    // A document's kind in capitals after the sender's name (structure.json answerTitle, documentKinds, titleQualifiers).
    ['VALLBY KOMMUN YTTRANDE', ['VALLBY KOMMUN', 'YTTRANDE']],
    ['Åsunda kommun SAMMANTRÄDESPROTOKOLL', ['Åsunda kommun', 'SAMMANTRÄDESPROTOKOLL']],
    ['TULLVERKET REMISSVAR', ['TULLVERKET', 'REMISSVAR']],
    ['Bergby kommun och Dalby kommun GEMENSAMT YTTRANDE', ['Bergby kommun och Dalby kommun', 'GEMENSAMT YTTRANDE']],
    // The page's number in words after the name (furniture.json pageNumber).
    ['GYMNASIE- OCH VUXENUTBILDNINGSNÄMNDEN Sida 1 (3)', ['GYMNASIE- OCH VUXENUTBILDNINGSNÄMNDEN', 'Sida 1 (3)']],
    ['Kulturförvaltningen Sida 2 av 4', ['Kulturförvaltningen', 'Sida 2 av 4']],
    ['Servicebolaget AB Page 3 of 5', ['Servicebolaget AB', 'Page 3 of 5']],
    // The reference word alone, its value on the line below.
    ['Fritidsnämnden Sammanträdesdatum', ['Fritidsnämnden', 'Sammanträdesdatum']],
    ['Tekniska nämnden Dnr:', ['Tekniska nämnden', 'Dnr:']],
    // A draft's kind in capitals (structure.json documentKinds).
    ['FRITIDSFÖRVALTNINGEN ARBETSMATERIAL', ['FRITIDSFÖRVALTNINGEN', 'ARBETSMATERIAL']],
  ])('joined by the reader: %s', (line, want) => {
    expect(joinedColumnsOf(line)).toEqual(want);
  });

  it.each([
    // One phrase: the date belongs to the organ named before the comma.
    'Direktionen, sammanträdesdatum 2026-04-24',
    'Nämnden behandlade ärendet den 2026-04-24',
    'Malmö stad',
    'Datum 2026-05-02',
    // A kind not in capitals is a word of a heading; a name does not end in a small word.
    'Kulturnämndens Yttrande',
    'YTTRANDE',
    'Förslag och SVAR',
    'Synpunkter i PROTOKOLL',
    // The compilation's own headings are one title.
    'INKOMNA REMISSVAR',
    'SAMMANSTÄLLNING AV INKOMNA REMISSVAR',
    'Inkomna svar YTTRANDEN',
    // Columns set apart by a rule are read whole, as a letterhead in columns (nameOfHeading).
    'Malmö stad | Fritidsnämnden',
    // A bare number may end a name; a page is named in words.
    'Kulturnämnden 2',
    'Område 3 Sida 2',
  ])('one column: %s', (line) => {
    expect(joinedColumnsOf(line)).toBeUndefined();
  });

  it('only a page\'s top and bottom lines are split, each part keeping the line\'s place', () => {
    const page = (sheet: number, body: string[]): Line[] =>
      ['Fritidsnämnden          Sammanträdesdatum 2026-09-17', ...body, 'Sida 1          av 2'].map((text, i) => ({ text, page: null, sheet, line: i + 1, source: 0 }));
    const body = ['Text', 'Text', 'Text', 'Text', 'Text', 'Mitt på sidan          en kolumn till', 'Text', 'Text'];
    const out = splitHeaderColumns([...page(1, body), ...page(2, body)]);
    expect(out.filter((l) => l.sheet === 1).map((l) => l.text)).toEqual([
      'Fritidsnämnden',
      'Sammanträdesdatum 2026-09-17',
      ...body,
      'Sida 1',
      'av 2',
    ]);
    expect(out.filter((l) => l.text === 'Sammanträdesdatum 2026-09-17').map((l) => l.line)).toEqual([1, 1]);
  });

  it.each([
    ['under a row of three columns: a table\'s row, not split', ['Kulturnämnden          Positiv.          Servicenämnden bör', 'föreningen Syd          lokaler behövs.'], false],
    ['under a row of three columns, a blank line between: not split', ['Servicenämnden          Inga synpunkter.          Avstår.', '', 'föreningen Syd          lokaler behövs.'], false],
    ['under prose: a footer, split', ['Nämnden anser att förslaget är bra.', 'Sida 1          av 2'], true],
  ])('a pair of columns at a page\'s bottom %s', (_what, tail, split) => {
    const lines: Line[] = ['Rubrik', 'Text', 'Text', 'Text', 'Text', 'Text', 'Text', ...tail].map((text, i) => ({ text, page: 1, line: i + 1, source: 0 }));
    expect(splitHeaderColumns(lines).length > lines.length).toBe(split);
    expect(TABLE_COLUMNS).toBe(3);
  });

  it("a text of no pages: its first lines are a page's top, its last no page's foot", () => {
    const lines: Line[] = ['GYMNASIE- OCH VUXENUTBILDNINGSNÄMNDEN                  Sida 1 (3)', 'Ordförandebeslut', '', 'Nämnden har läst förslaget.', 'Text', 'Text', 'Text', 'Mitt i texten          en kolumn till', 'Amir Haddad          Ordförande'].map((text, i) => ({ text, page: null, line: i + 1, source: 0 }));
    expect(splitHeaderColumns(lines).map((l) => l.text)).toEqual(['GYMNASIE- OCH VUXENUTBILDNINGSNÄMNDEN', 'Sida 1 (3)', ...lines.slice(1).map((l) => l.text)]);
  });

  it('a PDF of one page has its header split too', () => {
    const lines: Line[] = ['VALLBY KOMMUN YTTRANDE', 'Kommunstyrelsen Datum 2026-05-02', '', 'Kommunstyrelsen har beretts tillfälle att yttra sig.'].map((text, i) => ({ text, page: 1, line: i + 1, source: 0 }));
    expect(splitHeaderColumns(lines).map((l) => l.text)).toEqual(['VALLBY KOMMUN', 'YTTRANDE', 'Kommunstyrelsen', 'Datum 2026-05-02', '', 'Kommunstyrelsen har beretts tillfälle att yttra sig.']);
  });
});
