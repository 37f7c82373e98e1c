/**
 * What -o and --format write: the format from the file name (CONTRACT.md, "Output files"),
 * contradictions as usage errors on one Swedish line, binary files never to a terminal.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS, cli, fixture } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'remiss-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const out = (name: string): string => path.join(dir, name);

async function ok(args: string[]): Promise<void> {
  const res = await cli(args);
  expect(res.stderr).toBe('');
  expect(res.code).toBe(0);
}

/** A usage error: exit 2, nothing on stdout, one line on stderr, no file left. */
async function refused(args: string[], message: RegExp, file?: string): Promise<void> {
  const res = await cli(args);
  expect(res.code).toBe(2);
  expect(res.stdout).toBe('');
  expect(res.stderr).toMatch(/^remiss: [^\n]+\n$/);
  expect(res.stderr).toMatch(message);
  if (file) expect(existsSync(file)).toBe(false);
}

const isZip = (file: string): boolean => readFileSync(file).subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

describe('-o FILE picks the format from the extension when --format is not given', () => {
  it.each([
    ['tabulate', 'tabell.csv', (s: string) => s.startsWith('Remissinstans,KS,FRN,')],
    ['tabulate', 'tabell.json', (s: string) => Array.isArray(JSON.parse(s).rows)],
    ['tabulate', 'tabell.md', (s: string) => s.includes('| Remissinstans | KS | FRN |')],
    ['tabulate', 'tabell.txt', (s: string) => /^Remissinstans\s+KS\s+FRN/.test(s)],
    ['tabulate', 'TABELL.CSV', (s: string) => s.startsWith('Remissinstans,')],
    ['segments', 'segment.csv', (s: string) => s.startsWith('Remissinstans,Namn,Fråga,')],
    ['xref', 'processer.md', (s: string) => s.startsWith('# Processer och remissinstanser')],
  ])('%s -o %s', async (command, name, check) => {
    await ok([command, '-o', out(name)]);
    expect(check(readFileSync(out(name), 'utf8'))).toBe(true);
  });

  it('diff -o x.html writes the HTML comparison', async () => {
    await ok(['diff', CORPUS.text, fixture('diff', 'round-2025-reworded.txt'), '-o', out('jamforelse.html')]);
    expect(readFileSync(out('jamforelse.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it.each([
    ['tabulate', 'tabell.xlsx'],
    ['tabulate', 'tabell.docx'],
    ['segments', 'segment.xlsx'],
    ['xref', 'processer.xlsx'],
  ])('%s -o %s writes a real office file (a ZIP), not text', async (command, name) => {
    await ok([command, '-o', out(name)]);
    expect(isZip(out(name))).toBe(true);
  });

  it('an explicit --format that agrees with the name, or a name without a known extension, is fine', async () => {
    await ok(['tabulate', '-f', 'csv', '-o', out('a.csv')]);
    await ok(['tabulate', '-f', 'csv', '-o', out('utan-andelse')]);
    expect(readFileSync(out('utan-andelse'), 'utf8')).toMatch(/^Remissinstans,/);
    await ok(['tabulate', '-o', out('utan-andelse-2')]);
    expect(readFileSync(out('utan-andelse-2'), 'utf8')).toMatch(/^Remissinstans\s+KS/);
  });

  it('--excel alone means CSV for Swedish Excel', async () => {
    const res = await cli(['tabulate', '--excel']);
    expect(res.code).toBe(0);
    expect(res.stdout.startsWith('\uFEFFRemissinstans;KS;')).toBe(true);
    await ok(['tabulate', '--excel', '-o', out('excel.csv')]);
    expect(readFileSync(out('excel.csv'), 'utf8').startsWith('\uFEFFRemissinstans;')).toBe(true);
  });
});

describe('contradictions are usage errors (exit 2, one Swedish line, no file)', () => {
  it('--format against the extension', async () => {
    await refused(['tabulate', '-f', 'json', '-o', out('x.csv')], /x\.csv: filändelsen \.csv passar inte --format json/, out('x.csv'));
    await refused(['tabulate', '-f', 'table', '-o', out('x.xlsx')], /filändelsen \.xlsx passar inte --format table/, out('x.xlsx'));
    await refused(['xref', '-f', 'csv', '-o', out('x.md')], /passar inte/, out('x.md'));
  });

  it('--excel with anything but CSV', async () => {
    await refused(['tabulate', '--excel', '-f', 'json'], /--excel gäller CSV, inte formatet json/);
    await refused(['tabulate', '--excel', '-o', out('y.xlsx')], /--excel gäller CSV, inte formatet xlsx/, out('y.xlsx'));
    await refused(['segments', '--excel', '-o', out('y.txt')], /--excel gäller CSV/, out('y.txt'));
  });

  it('a file name whose format the command does not write', async () => {
    await refused(['xref', '-o', out('x.docx')], /xref kan inte skriva \.docx-filer/, out('x.docx'));
    await refused(['segments', '-o', out('x.html')], /segments kan inte skriva \.html-filer/, out('x.html'));
    await refused(['diff', CORPUS.text, CORPUS.text, '-o', out('x.xlsx')], /diff kan inte skriva \.xlsx-filer/, out('x.xlsx'));
    await refused(['report', '-o', out('rapport.csv')], /report skriver html, inte \.csv/, out('rapport.csv'));
    await refused(['ingest', '-o', out('omgang.csv')], /ingest skriver json, inte \.csv/, out('omgang.csv'));
  });

  it('a binary format is never written to a terminal', async () => {
    const res = await cli(['tabulate', '-f', 'xlsx'], { tty: true });
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/^remiss: resultatet är en binär fil/);
  });
});
