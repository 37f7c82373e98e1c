/**
 * --corrections end to end: a corrected table in every format (golden files), the audit in the
 * report, the commands that only check the file, errors, remiss review, and the 2023 round where
 * one corrected row changes that row only — in tabulate, diff and report.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { cli, CORPUS, fixture } from '../helpers.js';
import { docxTable, unzip } from '../support/unzip.js';

const ROUND = fixture('corrections', 'round-parks.txt');
const FIX = fixture('corrections', 'parks-corrections.json');
const MALFORMED = fixture('corrections', 'malformed-corrections.json');
const GOLDEN = (name: string) => fixture('corrections', 'golden', name);
const tmp = () => mkdtempSync(path.join(tmpdir(), 'remiss-corr-'));

/** Compare with a golden file; UPDATE_GOLDEN=1 writes it. */
function golden(name: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN(name), actual);
  expect(actual).toBe(readFileSync(GOLDEN(name), 'utf8'));
}

/** The report's coordinator table and its audit, the parts corrections change. */
function reportParts(html: string): string {
  const table = html.slice(html.indexOf('<table class="coordinator">'), html.indexOf('</table>', html.indexOf('<table class="coordinator">')) + 8);
  const audit = html.slice(html.indexOf('<h2>Granskade och rättade rader</h2>'), html.indexOf('</main>'));
  return `${table}\n${audit}`;
}

describe('a corrected table in every format', () => {
  for (const [format, ext] of [['table', 'txt'], ['csv', 'csv'], ['md', 'md'], ['json', 'json']]) {
    it(`tabulate --format ${format}`, async () => {
      const res = await cli(['tabulate', ROUND, '--corrections', FIX, '-f', format]);
      expect(res.stderr).toBe('');
      expect(res.code).toBe(0);
      golden(`tabulate.${ext}`, res.stdout);
    });
  }

  it('the HTML report marks the corrected cells and lists them under "Granskade och rättade rader"', async () => {
    const res = await cli(['report', ROUND, '--corrections', FIX]);
    expect(res.code).toBe(0);
    expect(res.stderr).toBe('');
    golden('report.html', reportParts(res.stdout));
    expect(res.stdout).toMatch(/<td class="corrected" data-count="0" title="BID nämns i bilagan[^"]*">†<\/td>/);
  });

  it('xref marks the processes an analyst added or removed', async () => {
    const res = await cli(['xref', ROUND, '--corrections', FIX, '-f', 'json']);
    expect(res.stderr).toBe('');
    const bid = JSON.parse(res.stdout).processes.find((p: { id: string }) => p.id === 'bid');
    expect(bid.respondents).toEqual(['KN', 'TN']);
    expect(bid.corrected).toEqual([{ respondent: 'KN', action: 'add', reason: expect.any(String), source: 'parks-corrections.json #4' }]);
    expect((await cli(['xref', ROUND, '--corrections', FIX])).stdout).toMatch(/^\* BID \(Boende, integration och dialog\)\s+2\s+0†\s+1/m);
  });

  it('xlsx and docx carry the same marked cells and comments as the CSV', async () => {
    const dir = tmp();
    const csv: string[][] = parse((await cli(['tabulate', ROUND, '--corrections', FIX, '-f', 'csv'])).stdout);
    for (const name of ['tabell.xlsx', 'tabell.docx']) {
      const res = await cli(['tabulate', ROUND, '--corrections', FIX, '-o', path.join(dir, name)]);
      expect(res.code, name).toBe(0);
      expect(res.stderr).toBe('');
    }
    expect(docxTable(unzip(readFileSync(path.join(dir, 'tabell.docx'))).get('word/document.xml')!.toString('utf8'))).toEqual(csv);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path.join(dir, 'tabell.xlsx')) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push(Array.from({ length: ws.columnCount }, (_, i) => String(row.getCell(i + 1).value ?? ''))));
    expect(rows).toEqual(csv);
  });

  it('the CSV for Swedish Excel has the marks and the reason in the comment', async () => {
    const res = await cli(['tabulate', ROUND, '--corrections', FIX, '-f', 'csv', '--excel']);
    expect(res.stdout).toContain('GRN;X†;;;X;;Rättad: Nämnden föreslår');
  });
});

describe('nothing silently ignored', () => {
  it('every problem of the file is a warning naming the entry; the table is the tool\'s', async () => {
    const plain = await cli(['tabulate', ROUND]);
    const res = await cli(['tabulate', ROUND, '--corrections', MALFORMED]);
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(plain.stdout);
    const lines = res.stderr.trim().split('\n');
    expect(lines.every((l) => l.startsWith('remiss: varning: ') && l.includes('malformed-corrections.json'))).toBe(true);
    for (const n of [1, 2, 4, 5, 6, 7, 8]) expect(res.stderr).toMatch(new RegExp(`rättelse ${n} \\(`));
    expect(res.stderr).toMatch(/1 rättelse är inte beslutad/);
  });

  it('xref names an unknown process id', async () => {
    const res = await cli(['xref', ROUND, '--corrections', MALFORMED]);
    expect(res.stderr).toMatch(/rättelse 3 \(KN\): okänd process "inte-en-process"/);
  });

  it('a file that is not a corrections file is an error (exit 2), with nothing on stdout', async () => {
    for (const cmd of ['tabulate', 'xref', 'segments', 'report', 'ingest', 'review']) {
      const res = await cli([cmd, ROUND, '--corrections', ROUND]);
      expect(res.code, cmd).toBe(2);
      expect(res.stdout).toBe('');
      expect(res.stderr).toMatch(/^remiss: .*round-parks\.txt: är ingen rättelsefil/);
      expect(res.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect((await cli(['diff', ROUND, ROUND, '--corrections-old', ROUND])).code).toBe(2);
  });

  it('ingest never writes corrections into the round file, and says so', async () => {
    const dir = tmp();
    const plain = await cli(['ingest', ROUND, '-o', path.join(dir, 'a.json')]);
    const res = await cli(['ingest', ROUND, '--corrections', FIX, '-o', path.join(dir, 'b.json')]);
    expect(plain.code).toBe(0);
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/rättelser skrivs aldrig in i omgångsfilen/);
    expect(readFileSync(path.join(dir, 'b.json'), 'utf8')).toBe(readFileSync(path.join(dir, 'a.json'), 'utf8'));
    // …and the commands that read the round file apply them.
    const t = await cli(['tabulate', path.join(dir, 'b.json'), '--corrections', FIX, '-f', 'json']);
    expect(JSON.parse(t.stdout).rows.find((r: { respondent: string }) => r.respondent === 'GRN').corrected).toBeDefined();
  });

  it('segments checks the file against the round', async () => {
    const res = await cli(['segments', ROUND, '--corrections', MALFORMED, '-f', 'json']);
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/rättelse 1 \(Räddningstjänsten Syd\): omgången har ingen remissinstans/);
    expect(res.stderr).toMatch(/segments visar texten som den står/);
  });
});

describe('remiss review', () => {
  it('writes every row the table flags, and keeps decisions on a second run', async () => {
    const dir = tmp();
    const out = path.join(dir, 'granskning.json');
    const flagged = JSON.parse((await cli(['tabulate', ROUND, '-f', 'json'])).stdout)
      .rows.filter((r: { review: string[] }) => r.review.length > 0)
      .map((r: { respondent: string }) => r.respondent);
    const first = await cli(['review', ROUND, '-o', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(/granskning\.json: \d+ rad(er)? att granska/);
    const doc = JSON.parse(readFileSync(out, 'utf8'));
    expect(doc.format).toBe('remiss-corrections/1');
    expect(doc.corrections.map((e: { respondent: string }) => e.respondent)).toEqual(flagged);
    // The analyst decides GRN (the review entry when the tool flags it, else a new one by hand); a
    // second run onto the same file keeps the decision and lists GRN no more.
    const decision = { respondent: 'GRN', decided: true, stance: 'proposes', choices: [['SBN'], ['KS']], reason: 'r' };
    const entry = doc.corrections.find((e: { respondent: string }) => e.respondent === 'GRN');
    if (entry) Object.assign(entry, decision);
    else doc.corrections.push(decision);
    writeFileSync(out, JSON.stringify(doc));
    const second = await cli(['review', ROUND, '-o', out]);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/behåller 1 beslut/);
    const open = flagged.filter((id: string) => id !== 'GRN').length;
    expect(second.stderr).toMatch(new RegExp(`granskning\\.json: ${open} rad(er)? att granska`));
    const again = JSON.parse(readFileSync(out, 'utf8'));
    expect(again.corrections).toEqual(doc.corrections);
    expect(again.corrections.filter((e: { respondent: string }) => e.respondent === 'GRN')).toHaveLength(1);
    // …and the decision is what tabulate shows.
    const t = JSON.parse((await cli(['tabulate', ROUND, '-f', 'json', '--corrections', out])).stdout);
    expect(t.rows.find((r: { respondent: string }) => r.respondent === 'GRN')).toMatchObject({ choices: ['SBN', 'KS'], review: [] });
  });

  it('never replaces a file that is not a corrections file', async () => {
    const dir = tmp();
    const out = path.join(dir, 'notes.json');
    writeFileSync(out, '{"mina": "anteckningar"}');
    const res = await cli(['review', ROUND, '-o', out]);
    expect(res.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('{"mina": "anteckningar"}');
  });

  it('writes CSV for Excel by the extension', async () => {
    const dir = tmp();
    const out = path.join(dir, 'granskning.csv');
    const res = await cli(['review', ROUND, '-o', out]);
    expect(res.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out, 'utf8').startsWith('\uFEFFRemissinstans;Beslutad;')).toBe(true);
    expect((await cli(['review', ROUND, '-o', out, '-f', 'json'])).code).toBe(2);
  });
});

describe('the 2023 round: one corrected row changes that row only', () => {
  const dir = tmp();
  const kn = path.join(dir, 'kn.json');
  writeFileSync(
    kn,
    JSON.stringify({
      format: 'remiss-corrections/1',
      corrections: [{ respondent: 'KN', stance: 'proposes', choices: [['FRN']], conditional: true, reason: 'Protokollet: nämnden föreslår fritidsnämnden.' }],
    }),
  );

  it('in tabulate', async () => {
    const before = JSON.parse((await cli(['tabulate', '-f', 'json'])).stdout);
    const res = await cli(['tabulate', '-f', 'json', '--corrections', kn]);
    expect(res.stderr).toBe('');
    const after = JSON.parse(res.stdout);
    expect(after.columns).toEqual(before.columns);
    after.rows.forEach((r: { respondent: string }, i: number) => {
      if (r.respondent !== 'KN') expect(r).toEqual(before.rows[i]);
    });
    const row = after.rows.find((r: { respondent: string }) => r.respondent === 'KN');
    expect(row).toMatchObject({ stance: 'proposes', choices: ['FRN'], conditional: true });
    expect(row.corrected.original).toEqual({ stance: 'declines', choices: [], conditional: false });
    expect(row.evidence).toEqual(before.rows.find((r: { respondent: string }) => r.respondent === 'KN').evidence);
  });

  it('in diff (--corrections-new)', async () => {
    const res = await cli(['diff', CORPUS.text, CORPUS.text, '-f', 'json', '--corrections-new', kn, '--exit-code']);
    expect(res.code).toBe(1);
    const d = JSON.parse(res.stdout);
    const changed = d.preferences.filter((p: { changed: boolean; stance: { changed: boolean } }) => p.changed || p.stance.changed);
    expect(changed.map((p: { respondent: { id: string } }) => p.respondent.id)).toEqual(['KN']);
    expect(changed[0]).toMatchObject({ old: [], new: ['FRN'], corrected: { old: false, new: true } });
    expect(d.processes).toEqual([]);
    // The same corrections on both sides: what the analysts decided is the same, so nothing differs.
    const same = await cli(['diff', CORPUS.text, CORPUS.text, '--corrections-old', kn, '--corrections-new', kn, '--exit-code']);
    expect(same.code).toBe(0);
  });

  it('in the report, whose audit lists it', async () => {
    const plain = await cli(['report']);
    const res = await cli(['report', '--corrections', kn]);
    expect(res.code).toBe(0);
    expect(res.stderr).toBe('');
    const rowOf = (html: string, id: string) => html.match(new RegExp(`<tr data-respondent="${id}"[^>]*>.*?</tr>`, 's'))![0];
    const coordinator = (html: string) => html.slice(html.indexOf('<table class="coordinator">'), html.indexOf('</table>', html.indexOf('<table class="coordinator">')));
    for (const id of ['ASN', 'FRN', 'FSN', 'GVN', 'MN', 'PÖMAB']) expect(rowOf(coordinator(res.stdout), id)).toBe(rowOf(coordinator(plain.stdout), id));
    expect(rowOf(coordinator(res.stdout), 'KN')).toMatch(/class="corrected-row"/);
    const audit = res.stdout.slice(res.stdout.indexOf('<h2>Granskade och rättade rader</h2>'));
    expect(audit).toMatch(/<tr data-respondent="KN"><th scope="row" title="Kulturnämnden">KN<\/th><td><del>avstår<\/del><\/td><td class="corrected"><ins>FRN\*<\/ins><\/td><td>Protokollet: nämnden föreslår fritidsnämnden\./);
    expect(plain.stdout).toMatch(/Inga rader är rättade\./);
  });
});
