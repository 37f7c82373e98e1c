/**
 * `remiss segments` end to end, and the input errors every command shares: one line on stderr,
 * exit 2, no stack trace, nothing on stdout.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { CORPUS, ROOT, cli, fixture, gold } from '../helpers.js';

const IDS: string[] = gold().respondents.map((r: { id: string }) => r.id);
const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'remiss-test-'));

describe('remiss segments', () => {
  it('the table is a completeness grid naming all 15 respondents of the embedded round', async () => {
    const res = await cli(['segments']);
    expect(res.code).toBe(0);
    expect(res.stderr).toBe('');
    const rows = res.stdout.split('\n');
    for (const id of IDS) expect(rows.some((r) => r.startsWith(`${id} `))).toBe(true);
    expect(rows[0]).toMatch(/^\s+Remissinstans\s+Q1\s+Q2\s+Q3\s+Q4\s+övrigt$/);
    expect(res.stdout).toMatch(/^15 remissinstanser, 4 frågor; obesvarade: /m);
    // No colour when stdout is not a terminal.
    expect(res.stdout).not.toMatch(/\u001b\[/);
  });

  it('colours only on a terminal, and never with NO_COLOR', async () => {
    expect((await cli(['segments'], { tty: true })).stdout).toMatch(/\u001b\[/);
    expect((await cli(['segments'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
  });

  it('JSON has the contract fields', async () => {
    const res = await cli(['segments', '-f', 'json', fixture('rounds', 'reordered-paraphrased.txt')]);
    const json = JSON.parse(res.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['questions', 'respondents', 'segments']));
    expect(json.respondents[0]).toEqual({ id: 'KN', name: 'Kulturnämnden' });
    expect(Object.keys(json.segments[0]).sort()).toEqual(['heading', 'line', 'page', 'question', 'respondent', 'text']);
  });

  it('CSV has a header and one row per segment', async () => {
    const res = await cli(['segments', '-f', 'csv', fixture('rounds', 'reordered-paraphrased.txt')]);
    expect(res.stdout.split('\n')[0]).toBe('Remissinstans,Namn,Fråga,Rubrik,Sida,Rad,Ord,Text');
  });

  it('reads a round from stdin with "-"', async () => {
    const res = await cli(['segments', '-f', 'json', '-'], { stdin: readFileSync(fixture('rounds', 'reordered-paraphrased.txt')) });
    expect(JSON.parse(res.stdout).respondents).toHaveLength(3);
  });

  it('--questions FILE sets the questions', async () => {
    const d = fixture('rounds', 'multi-file');
    const res = await cli(['segments', '-f', 'json', '--questions', path.join(d, 'questions.txt'), path.join(d, '02-yttrande.txt')]);
    const json = JSON.parse(res.stdout);
    expect(json.questions).toHaveLength(3);
    expect(json.segments.map((s: { question: string }) => s.question)).toEqual(['Q1', 'Q2']);
  });

  it('-o writes the product to a file, atomically', async () => {
    const dir = tmp();
    const out = path.join(dir, 'grid.json');
    const res = await cli(['segments', '-f', 'json', '-o', out, fixture('rounds', 'reordered-paraphrased.txt')]);
    expect(res.code).toBe(0);
    expect(res.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).respondents).toHaveLength(3);
    expect(readdirSync(dir)).toEqual(['grid.json']);
  });
});

describe('bad input: one line, exit 2, no stack trace, no output', () => {
  const dir = tmp();
  const empty = path.join(dir, 'tom.txt');
  writeFileSync(empty, '');
  const garbage = path.join(dir, 'skräp.txt');
  writeFileSync(garbage, Uint8Array.from([0x41, 0x81, 0x8d, 0x42, 0xff, 0xfe, 0x90]));
  const cases: Array<[string, string[], RegExp]> = [
    ['a missing file', ['segments', path.join(dir, 'finns-inte.txt')], /finns-inte\.txt: filen finns inte\n$/],
    // A directory is read as the round's files (test/read/docx.test.ts); one with nothing to read is an error.
    ['a directory with nothing to read', ['segments', mkdtempSync(path.join(tmpdir(), 'remiss-tom-mapp-'))], /inga filer att läsa/],
    ['an empty file', ['segments', empty], /tom\.txt: tom fil\n$/],
    ['undecodable bytes', ['segments', garbage], /skräp\.txt: okänd teckenkodning: varken UTF-8 eller Windows-1252\n$/],
    ['an unknown format', ['segments', '-f', 'xml'], /xml/],
    ['an unknown command', ['frobnicate'], /okänt kommando 'frobnicate'/],
  ];
  for (const [name, argv, message] of cases) {
    it(name, async () => {
      const res = await cli(argv);
      expect(res.code).toBe(2);
      expect(res.stdout).toBe('');
      expect(res.stderr).toMatch(message);
      expect(res.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('leaves no -o file behind on an input error', async () => {
    const out = path.join(dir, 'ut.json');
    const res = await cli(['segments', '-f', 'json', '-o', out, path.join(dir, 'finns-inte.txt')]);
    expect(res.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});

describe('the installed program', () => {
  it('prints only the product on stdout, even with a .env in the working directory', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, '.env'), 'REMISS_TEST=1\n');
    const out = execFileSync(process.execPath, [path.join(ROOT, 'bin', 'remiss.js'), 'segments', '-f', 'json'], { cwd: dir, encoding: 'utf8' });
    expect(() => JSON.parse(out)).not.toThrow();
    expect(out.startsWith('{')).toBe(true);
  });

  it('exits 2 with one line for a missing file', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'remiss.js'), 'segments', 'saknas.pdf'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('reads the PDF', () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'bin', 'remiss.js'), 'segments', '-f', 'csv', CORPUS.pdf], { encoding: 'utf8' });
    expect(out.split('\n')[1]).toMatch(/^ASN,/);
  });
});
