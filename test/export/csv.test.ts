/**
 * Every command's CSV parses back to the same cells: RFC 4180 in UTF-8, and with --excel (or
 * --locale sv) what Swedish Excel opens correctly — a UTF-8 BOM, ";" between fields, CRLF after
 * every record — with å/ä/ö, quotes, semicolons and line breaks inside fields intact.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, fixture } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'remiss-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A round written for this test: fields with a quote, a semicolon, a comma and line breaks.
const QUOTING = path.join(dir, 'citat-och-semikolon.txt');
writeFileSync(
  QUOTING,
  `Sammanställning av remissvar

Remissen gällande ”Ökad trygghet på torg och i parker” skickades till nämnderna. Remissinstanserna ombads besvara följande remissfrågor:

1. Vilka pågående processer passar in i arbetet med trygghet på torgen?
2. Vilken nämnd eller vilket bolag bör få den samordnande rollen för arbetet?

Inkomna remissvar

Kulturnämnden

Yttrande
Kulturnämnden kallar biblioteken för "stadens vardagsrum"; de är öppna alla dagar.
Nämnden deltar i Örat mot marken, i Växa tryggt och i CTC.

Vilken nämnd eller vilket bolag bör få den samordnande rollen?
Kulturnämnden föreslår att fritidsnämnden får den samordnande rollen, under förutsättning att
uppdraget får en egen budget; det är avgörande.

Fritidsnämnden

Yttrande
Fritidsnämnden deltar i Örat mot marken och i CTC, på Möllevångstorget och i Rosengård.
`,
);

const ROUNDS = { 'the 2025 fixture': fixture('diff', 'round-2025-reworded.txt'), 'quotes and semicolons': QUOTING };
const COMMANDS = ['segments', 'xref', 'tabulate'];

async function csvOf(command: string, input: string, extra: string[] = []): Promise<string> {
  const res = await cli([command, input, '-f', 'csv', ...extra]);
  expect(res.stderr).toBe('');
  expect(res.code).toBe(0);
  return res.stdout;
}

describe.each(Object.entries(ROUNDS))('CSV of %s', (_name, input) => {
  it.each(COMMANDS)('%s: RFC 4180 (",", LF) and --excel (BOM, ";", CRLF) parse back to the same cells', async (command) => {
    const plain = await csvOf(command, input);
    const excel = await csvOf(command, input, ['--excel']);
    const rows: string[][] = parse(plain);
    expect(rows.length).toBeGreaterThan(1);
    expect(plain.charCodeAt(0)).not.toBe(0xfeff);
    expect(plain).not.toMatch(/\r/);

    expect(excel.charCodeAt(0)).toBe(0xfeff);
    const back: string[][] = parse(excel, { bom: true, delimiter: ';', record_delimiter: '\r\n' });
    expect(back).toEqual(rows);
    // Every record ends in CRLF; a line break inside a field stays inside its quotes.
    expect(excel.endsWith('\r\n')).toBe(true);
    expect(excel.split('\r\n').length - 1).toBe(rows.length);
    expect(excel.slice(1, excel.indexOf('\r\n'))).toBe(rows[0].map((c) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';'));
    // --locale sv is the same as --excel.
    expect(await csvOf(command, input, ['--locale', 'sv'])).toBe(excel);
  });
});

describe('the cells are the product, intact', () => {
  it('segments: the text column is the segment text, line breaks, quotes and å/ä/ö included', async () => {
    const json = JSON.parse((await cli(['segments', QUOTING, '-f', 'json'])).stdout);
    for (const excel of [false, true]) {
      const csv = await csvOf('segments', QUOTING, excel ? ['--excel'] : []);
      const rows: string[][] = parse(csv, excel ? { bom: true, delimiter: ';' } : {});
      const header = rows[0];
      const texts = rows.slice(1).map((r) => r[header.indexOf('Text')]);
      expect(texts).toEqual(json.segments.map((s: { text: string }) => s.text));
      expect(texts.join('\n')).toContain('"stadens vardagsrum"; de är öppna');
      expect(texts.some((t) => t.includes('\n'))).toBe(true);
      expect(rows.slice(1).map((r) => r[header.indexOf('Namn')])).toContain('Kulturnämnden');
    }
  });

  it('xref: process names with Ö and ä, counts per respondent', async () => {
    const rows: string[][] = parse(await csvOf('xref', QUOTING, ['--excel']), { bom: true, delimiter: ';' });
    expect(rows[0]).toEqual(['Process-id', 'Process', 'Antal remissinstanser', 'Delad', 'KN', 'FRN']);
    expect(rows.find((r) => r[0] === 'orat-mot-marken')).toEqual(['orat-mot-marken', 'Örat mot marken', '2', 'X', '1', '1']);
    expect(rows.find((r) => r[0] === 'vaxa-tryggt')?.[1]).toBe('Växa tryggt');
  });

  it('tabulate: the published layout, X marks and the comment with the condition', async () => {
    const rows: string[][] = parse(await csvOf('tabulate', QUOTING, ['--excel']), { bom: true, delimiter: ';' });
    expect(rows[0]).toEqual(['Remissinstans', 'FRN', 'Kommentar']);
    expect(rows[1][0]).toBe('KN');
    expect(rows[1][1]).toBe('X');
    expect(rows[1][2]).toMatch(/^Villkorat: under förutsättning att uppdraget får en egen budget/);
  });

  it('-o writes the Excel CSV with the BOM as its first bytes', async () => {
    const out = path.join(dir, 'tabell.csv');
    expect((await cli(['tabulate', '-f', 'csv', '--excel', '-o', out])).code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes, { bom: true, delimiter: ';' });
    expect(rows).toHaveLength(16);
    expect(rows.map((r) => r[0])).toContain('PÖMAB');
  });
});
