/**
 * The office files read back: the xlsx workbooks of tabulate, segments and xref (exceljs reads
 * them as Excel would: sheets, typed cells, frozen headers, widths) and the Word document of
 * tabulate (its XML unzipped: the questions, then the table in the published layout).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS, cli, gold } from '../helpers.js';
import { docxParagraphs, docxTable, unzip } from '../support/unzip.js';

const dir = mkdtempSync(path.join(tmpdir(), 'remiss-office-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run a command with -o FILE (the format from the extension) and return the file. */
async function written(name: string, args: string[]): Promise<Buffer> {
  const file = path.join(dir, name);
  const res = await cli([...args, '-o', file]);
  expect(res.stderr).toBe('');
  expect(res.code).toBe(0);
  return readFileSync(file);
}

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** A sheet's rows as plain values (null for an empty cell). */
function values(ws: ExcelJS.Worksheet): Array<Array<string | number | null>> {
  const out: Array<Array<string | number | null>> = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: Array<string | number | null> = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = row.getCell(c).value;
      cells.push(v === null || v === undefined ? null : (v as string | number));
    }
    out.push(cells);
  });
  return out;
}

// A round written for this test: text that Excel would take for a formula or a number.
const TRAPS = path.join(dir, 'formler-och-nummer.txt');
writeFileSync(
  TRAPS,
  `Sammanställning av remissvar

Remissen gällande trygghet på torgen skickades till nämnderna. Remissinstanserna ombads besvara följande remissfrågor:

1. Vilka pågående processer passar in i arbetet med trygghet på torgen?
2. Vilken nämnd eller vilket bolag bör få den samordnande rollen för arbetet?

Inkomna remissvar

Kulturnämnden

Yttrande
=SUMMA(A1:A9) var summan nämnden räknade med; ring 0046 40 34 10 00 för frågor.
Nämnden deltar i CTC på Möllevångstorget.

Vilken nämnd eller vilket bolag bör få den samordnande rollen?
Kulturnämnden föreslår att fritidsnämnden får den samordnande rollen.
`,
);

describe('remiss tabulate -o tabell.xlsx', () => {
  it('is a workbook: the table as published, the evidence, the grid, the processes, the questions', async () => {
    const wb = await workbook(await written('tabell.xlsx', ['tabulate']));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Samordning', 'Underlag', 'Besvarade frågor', 'Processer', 'Citat om processer', 'Remissfrågor']);
    // The coordinator sheet has the cells of the published CSV layout.
    const csv: string[][] = parse((await cli(['tabulate', '-f', 'csv'])).stdout);
    const sheet = values(wb.getWorksheet('Samordning')!).map((r) => r.map((c) => (c === null ? '' : String(c))));
    expect(sheet).toEqual(csv);
    expect(sheet.map((r) => r[0]).slice(1)).toEqual(gold().respondents.map((r: { id: string }) => r.id));
  });

  it('freezes the header, sizes the columns and filters', async () => {
    const wb = await workbook(await written('tabell2.xlsx', ['tabulate']));
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).font?.bold).toBe(true);
      expect(ws.autoFilter).toBeTruthy();
      for (let c = 1; c <= ws.columnCount; c++) expect(ws.getColumn(c).width).toBeGreaterThanOrEqual(6);
    }
    // The comment column is wide enough to read, and wraps beyond that.
    const coordinator = wb.getWorksheet('Samordning')!;
    expect(coordinator.getColumn(coordinator.columnCount).width).toBeGreaterThan(30);
  });

  it('gives every quote its page and line on the page, as numbers (from the PDF)', async () => {
    const wb = await workbook(await written('pdf.xlsx', ['tabulate', CORPUS.pdf]));
    const rows = values(wb.getWorksheet('Underlag')!);
    expect(rows[0]).toEqual(['Remissinstans', 'Namn', 'Förslag', 'Citat', 'Sida', 'Rad']);
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows.slice(1)) {
      expect(typeof r[3]).toBe('string');
      expect(r[4]).toEqual(expect.any(Number));
      expect(r[5]).toEqual(expect.any(Number));
    }
    const json = JSON.parse((await cli(['tabulate', CORPUS.pdf, '-f', 'json'])).stdout);
    const first = json.rows.flatMap((r: { evidence: Array<{ quote: string; page: number; line: number }> }) => r.evidence)[0];
    expect(rows.slice(1).some((r) => r[3] === first.quote && r[4] === first.page && r[5] === first.line)).toBe(true);
  });

  it('types text as text: a cell that starts with "=" is no formula, "0046 …" no number', async () => {
    const wb = await workbook(await written('fallor.xlsx', ['segments', TRAPS]));
    const ws = wb.getWorksheet('Segment')!;
    const texts: ExcelJS.Cell[] = [];
    ws.eachRow((row, n) => {
      if (n > 1) texts.push(row.getCell(8));
    });
    const trap = texts.find((c) => String(c.value).startsWith('=SUMMA'))!;
    expect(trap.type).toBe(ExcelJS.ValueType.String);
    expect(trap.numFmt).toBe('@');
    expect(trap.formula).toBeUndefined();
    expect(String(trap.value)).toContain('0046 40 34 10 00');
    // And in the raw XML: no formula element anywhere.
    const zip = unzip(readFileSync(path.join(dir, 'fallor.xlsx')));
    for (const [name, data] of zip) if (name.startsWith('xl/worksheets/')) expect(data.toString('utf8')).not.toContain('<f>');
  });
});

describe('remiss segments -o x.xlsx and remiss xref -o x.xlsx', () => {
  it('segments: the completeness grid, every segment, the questions', async () => {
    const wb = await workbook(await written('segment.xlsx', ['segments']));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Besvarade frågor', 'Segment', 'Remissfrågor']);
    const grid = values(wb.getWorksheet('Besvarade frågor')!);
    expect(grid[0]).toEqual(['Remissinstans', 'Namn', 'Q1', 'Q2', 'Q3', 'Q4', 'övrigt']);
    expect(grid).toHaveLength(16);
    expect(grid[1].slice(2).every((c) => typeof c === 'number' || c === '–')).toBe(true);
    const segments = values(wb.getWorksheet('Segment')!);
    expect(segments[0]).toEqual(['Remissinstans', 'Namn', 'Fråga', 'Rubrik', 'Sida', 'Rad', 'Ord', 'Text']);
    expect(segments.length - 1).toBe(JSON.parse((await cli(['segments', '-f', 'json'])).stdout).segments.length);
  });

  it('xref: processes × respondents and every sentence naming a process, with its line', async () => {
    const wb = await workbook(await written('processer.xlsx', ['xref']));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Processer', 'Citat om processer']);
    const grid = values(wb.getWorksheet('Processer')!);
    expect(grid[0].slice(0, 5)).toEqual(['Process-id', 'Process', 'Antal remissinstanser', 'Delad', 'ASN']);
    const ctc = grid.find((r) => r[0] === 'ctc')!;
    expect(ctc[2]).toBe(11);
    const quotes = values(wb.getWorksheet('Citat om processer')!);
    expect(quotes[0]).toEqual(['Process', 'Remissinstans', 'Namn', 'Fråga', 'Citat', 'Sida', 'Rad']);
    expect(quotes.slice(1).every((r) => typeof r[6] === 'number')).toBe(true);
  });
});

describe('remiss tabulate -o tabell.docx', () => {
  it('is a Word document: the remissfrågor, then the table in the published layout, on A4 landscape', async () => {
    const zip = unzip(await written('tabell.docx', ['tabulate']));
    expect([...zip.keys()]).toContain('word/document.xml');
    const xml = zip.get('word/document.xml')!.toString('utf8');
    const paragraphs = docxParagraphs(xml.slice(0, xml.indexOf('<w:tbl>')));
    const round = JSON.parse((await cli(['segments', '-f', 'json'])).stdout);
    for (const q of round.questions) expect(paragraphs.some((p) => p.includes(q.text))).toBe(true);
    // The table: the CSV's cells, respondent, an X per proposal, the comment with its conditions.
    const csv: string[][] = parse((await cli(['tabulate', '-f', 'csv'])).stdout);
    expect(docxTable(xml)).toEqual(csv);
    expect(csv.find((r) => r[0] === 'FRN')!.at(-1)).toMatch(/^Villkorat: /);
    // A header row that repeats on every page, and a landscape page.
    expect(xml).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(?:1|true)"\/>/);
    expect(xml).toMatch(/w:orient="landscape"/);
  });
});
