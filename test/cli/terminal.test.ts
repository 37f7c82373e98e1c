/**
 * Tables on a terminal: they fit its width (COLUMNS, the tty's columns, else 100 when piped),
 * the comment column wraps, names stand where derived ids stood, the counts say what they count,
 * and colour follows --color, NO_COLOR, FORCE_COLOR and TERM=dumb.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS, cli, fixture } from '../helpers.js';
import { fitWidths, renderTable, wrapText } from '../../src/export/table.js';
import { run } from '../../src/cli/main.js';

const dir = mkdtempSync(path.join(tmpdir(), 'remiss-terminal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NEW = fixture('diff', 'round-2025-reworded.txt');
const ESC = /\u001b\[/;

const longest = (s: string): number => Math.max(...s.split('\n').map((l) => [...l].length));

describe('wrapping and fitting', () => {
  it('wraps at spaces and cuts only a word longer than the width', () => {
    expect(wrapText('Avstår från att föreslå samordnande aktör', 16)).toEqual(['Avstår från att', 'föreslå', 'samordnande', 'aktör']);
    expect(wrapText('samverkansplattformen', 10)).toEqual(['samverkans', 'plattforme', 'n']);
    expect(wrapText('', 10)).toEqual(['']);
  });

  it.each([
    [[13, 3, 60], 80, [2], [13, 3, 60]],
    [[13, 3, 90], 80, [2], [13, 3, 60]],
    [[13, 40, 90], 80, [1, 2], [13, 31, 32]],
    [[13, 3, 90], 20, [2], [13, 3, 16]],
  ])('fitWidths(%j, %i, wrap %j) = %j', (natural, max, wrap, expected) => {
    expect(fitWidths(natural, max, wrap)).toEqual(expected);
  });

  it('a wrapped cell makes a row of several lines, the rule as wide as the columns', () => {
    const table = renderTable(['A', 'Kommentar'], [['FRN', 'ett två tre fyra fem sex sju åtta nio tio elva tolv']], { maxWidth: 24 });
    expect(table.split('\n')).toEqual(['A    Kommentar', '───  ───────────────────', 'FRN  ett två tre fyra', '     fem sex sju åtta', '     nio tio elva tolv', '']);
  });
});

describe('every table fits the terminal', () => {
  it.each([80, 100, 120])('tabulate, segments and diff at COLUMNS=%i', async (columns) => {
    for (const args of [['tabulate'], ['segments'], ['diff', CORPUS.text, NEW]]) {
      const res = await cli(args, { env: { COLUMNS: String(columns) } });
      expect(res.code).toBe(0);
      expect(longest(res.stdout), args.join(' ')).toBeLessThanOrEqual(columns);
    }
  });

  it('the header rule of tabulate is no wider than the terminal (it was padded to 245)', async () => {
    for (const columns of [80, 120]) {
      const rule = (await cli(['tabulate'], { env: { COLUMNS: String(columns) } })).stdout.split('\n')[1];
      expect(rule).toMatch(/^[─ ]+$/);
      expect([...rule].length).toBeLessThanOrEqual(columns);
    }
  });

  it('the comment column wraps: a long comment goes on under itself, nothing is lost', async () => {
    const res = await cli(['tabulate'], { env: { COLUMNS: '80' } });
    const lines = res.stdout.split('\n');
    const frn = lines.findIndex((l) => l.startsWith('FRN '));
    const start = lines[frn].indexOf('Villkorat');
    expect(start).toBeGreaterThan(0);
    expect(lines[frn + 1].slice(0, start).trim()).toBe('');
    const comment = JSON.parse((await cli(['tabulate', '-f', 'json'])).stdout).rows.find((r: { respondent: string }) => r.respondent === 'FRN').comment;
    const shown = lines.slice(frn, frn + 12).map((l) => l.slice(start)).join(' ');
    expect(shown.replace(/\s+/g, ' ')).toContain(comment.replace(/\s+/g, ' '));
  });

  it('piped output is 100 wide; a terminal uses its own width', async () => {
    expect(longest((await cli(['tabulate'])).stdout)).toBeLessThanOrEqual(100);
    let stdout = '';
    const io = {
      stdout: { write: (c: string | Uint8Array) => (stdout += String(c)) },
      stderr: { write: () => true },
      env: { NO_COLOR: '1' },
      stdoutIsTTY: true,
      columns: 72,
      readStdin: async () => new Uint8Array(),
    };
    expect(await run(['tabulate'], io)).toBe(0);
    expect(longest(stdout)).toBeLessThanOrEqual(72);
  });
});

describe('names, not ids; counts that say what they count', () => {
  it('xref and diff name an unknown body by its name, processes by theirs', async () => {
    const diff = (await cli(['diff', CORPUS.text, NEW], { env: { COLUMNS: '200' } })).stdout;
    expect(diff).toContain('Räddningstjänsten Syd');
    expect(diff).not.toMatch(/raddningstjansten-syd|orat-mot-marken|trygga-barnet/);
    const xref = (await cli(['xref', NEW], { env: { COLUMNS: '300' } })).stdout;
    expect(xref.split('\n')[0]).toContain('Räddningstjänsten Syd');
    expect(xref).not.toMatch(/raddningstjansten-syd|orat-mot-marken/);
    expect(xref).toContain('Örat mot marken');
  });

  it('"N processer nämns av M remissinstanser" counts only respondents that name one', async () => {
    const json = JSON.parse((await cli(['xref', '-f', 'json'])).stdout);
    const named = json.processes.filter((p: { respondents: string[] }) => p.respondents.length > 0);
    const naming = new Set(named.flatMap((p: { respondents: string[] }) => p.respondents)).size;
    expect(naming).toBeLessThan(json.respondents.length);
    const table = (await cli(['xref'])).stdout;
    expect(table.replace(/\s+/g, ' ')).toContain(`${named.length} processer nämns av ${naming} remissinstanser (de som nämner någon process)`);
  });

  it('one of each is singular: "1 remissinstans, 1 fråga", "1 process nämns av 1 remissinstans"', async () => {
    const one = path.join(dir, 'en.txt');
    writeFileSync(
      one,
      'Sammanställning av remissvar\n\nRemissinstanserna ombads besvara följande remissfrågor:\n\n1. Vilka pågående processer passar in i arbetet?\n\nInkomna remissvar\n\nKulturnämnden\n\nYttrande\nNämnden deltar i CTC i flera stadsdelar.\n',
    );
    const grid = await cli(['segments', one]);
    expect(grid.stdout).toMatch(/^1 remissinstans, 1 fråga; obesvarade: /m);
    const xref = await cli(['xref', one]);
    expect(xref.stdout).toMatch(/^1 process nämns av 1 remissinstans /m);
    const out = path.join(dir, 'en.json');
    const ingest = await cli(['ingest', one, '-o', out]);
    expect(ingest.stderr).toMatch(/^remiss: .*en\.json: 1 remissinstans, 1 remissfråga, \d+ segment\n$/);
  });
});

describe('colour', () => {
  const coloured = async (args: string[], env: Record<string, string>, tty: boolean): Promise<boolean> =>
    ESC.test((await cli(args, { env, tty })).stdout);

  it.each([
    ['a terminal', [], {}, true, true],
    ['a pipe', [], {}, false, false],
    ['NO_COLOR on a terminal', [], { NO_COLOR: '1' }, true, false],
    ['NO_COLOR empty', [], { NO_COLOR: '' }, true, false],
    ['TERM=dumb', [], { TERM: 'dumb' }, true, false],
    ['FORCE_COLOR in a pipe', [], { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR=0 on a terminal', [], { FORCE_COLOR: '0' }, true, false],
    ['--color always in a pipe', ['--color', 'always'], {}, false, true],
    ['--color always over NO_COLOR', ['--color', 'always'], { NO_COLOR: '1' }, false, true],
    ['--color never on a terminal', ['--color', 'never'], { FORCE_COLOR: '1' }, true, false],
    ['--color auto', ['--color', 'auto'], {}, true, true],
  ])('%s', async (_name, flags, env, tty, expected) => {
    for (const command of ['tabulate', 'segments', 'xref']) expect(await coloured([command, ...(flags as string[])], env as Record<string, string>, tty as boolean)).toBe(expected);
  });

  it('diff takes --color too; a wrong value is a usage error', async () => {
    expect(await coloured(['diff', CORPUS.text, NEW, '--color', 'always'], {}, false)).toBe(true);
    const bad = await cli(['tabulate', '--color', 'ibland']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^remiss: flaggan '--color <när>': 'ibland' är inget giltigt val; välj bland auto, always, never/);
  });
});
