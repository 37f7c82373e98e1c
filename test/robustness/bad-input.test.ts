/**
 * Bad input, end to end through the CLI: each case gives one line on stderr naming the file and
 * the problem, exit 2, no stack trace, nothing on stdout, and no -o file (nor a temporary one)
 * left behind. Plus the cases that must not be errors: a Windows-1252 twin, a closed pipe.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import iconv from 'iconv-lite';
import { CORPUS, ROOT, cli, fixture } from '../helpers.js';
import { writePdf } from '../support/pdf-writer.js';
import { buildRound } from '../../src/round.js';

const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'remiss-bad-'));

/** Deterministic "random" bytes (a linear congruential generator): the same file every run. */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

interface Case {
  name: string;
  /** Makes the input in dir and returns its path. */
  input: (dir: string) => string;
  message: RegExp;
}

const corpusPdf = readFileSync(CORPUS.pdf);

const CASES: Case[] = [
  {
    name: 'an empty file',
    input: (d) => write(d, 'tom.txt', ''),
    message: /tom\.txt: tom fil$/,
  },
  {
    name: 'random bytes named .txt',
    input: (d) => write(d, 'slump.txt', noise(8192, 1)),
    message: /slump\.txt: (binär data, inte text( \(NUL-byte\))?|okänd teckenkodning: varken UTF-8 eller Windows-1252)$/,
  },
  {
    name: 'random bytes named .pdf',
    input: (d) => write(d, 'slump.pdf', noise(8192, 2)),
    message: /slump\.pdf: inte en PDF-fil \(inget %PDF-huvud\)$/,
  },
  {
    name: 'a truncated PDF',
    input: (d) => write(d, 'avbruten.pdf', corpusPdf.subarray(0, Math.floor(corpusPdf.length * 0.6))),
    message: /avbruten\.pdf: avkortad PDF: filen slutar utan %%EOF \(en ofullständig nedladdning eller kopia\?\)$/,
  },
  {
    name: 'a PDF truncated inside its trailer',
    input: (d) => write(d, 'nästan.pdf', corpusPdf.subarray(0, corpusPdf.length - 8)),
    message: /nästan\.pdf: avkortad PDF: filen slutar utan %%EOF \(en ofullständig nedladdning eller kopia\?\)$/,
  },
  {
    name: 'a password-protected PDF',
    input: (d) =>
      write(d, 'låst.pdf', writePdf([{ lines: ['Kulturnämnden', '', 'Yttrande', 'Nämnden är positiv.'] }], { encrypt: { user: 'hemligt', owner: 'agare' } })),
    message: /låst\.pdf: PDF-filen är lösenordsskyddad; ta bort lösenordet och försök igen$/,
  },
  {
    name: 'a text with no recognisable respondent',
    input: (d) =>
      write(d, 'anteckningar.txt', 'det här är bara några anteckningar från mötet i tisdags.\nvi ses igen nästa vecka och tar upp frågan då.\n'),
    message: /anteckningar\.txt: ingen remissinstans känns igen \(ingen rubrik med en nämnd, ett bolag eller en organisation, och filnamnet namnger ingen\)$/,
  },
  {
    name: 'a directory with no round files',
    input: (d) => {
      mkdirSync(path.join(d, 'mapp'));
      return path.join(d, 'mapp');
    },
    message: /mapp: mappen innehåller inga filer att läsa/,
  },
  {
    name: 'a missing path',
    input: (d) => path.join(d, 'finns-inte.pdf'),
    message: /finns-inte\.pdf: filen finns inte$/,
  },
  {
    name: 'a path through a file',
    input: (d) => path.join(write(d, 'fil.txt', 'Kulturnämnden'), 'yttrande.txt'),
    message: /fil\.txt\/yttrande\.txt: filen finns inte \(en del av sökvägen är ingen mapp\)$/,
  },
];

function write(dir: string, name: string, data: string | Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, data);
  return p;
}

function expectOneLineError(res: { code: number; stdout: string; stderr: string }, message: RegExp): void {
  expect(res.code).toBe(2);
  expect(res.stdout).toBe('');
  const lines = res.stderr.split('\n').filter(Boolean);
  expect(lines, res.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^remiss: /);
  expect(lines[0]).toMatch(message);
  expect(res.stderr).not.toMatch(/\n\s+at |internt fel/);
}

describe('bad input: one line naming the file and the problem, exit 2, no stack trace, no output file', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const dir = tmp();
      const input = c.input(dir);
      const before = readdirSync(dir).sort();
      const out = path.join(dir, 'ut.json');
      const res = await cli(['segments', '-f', 'json', '-o', out, input]);
      expectOneLineError(res, c.message);
      expect(readdirSync(dir).sort()).toEqual(before);
    });
  }

  it('--verbose adds the stack trace', async () => {
    const res = await cli(['--verbose', 'segments', path.join(tmp(), 'finns-inte.txt')]);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^remiss: .*finns-inte\.txt: filen finns inte\n/);
    expect(res.stderr).toMatch(/\n\s+at /);
  });

  it('the installed program prints no stack trace either', () => {
    const dir = tmp();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'remiss.js'), 'segments', write(dir, 'slump.pdf', noise(4096, 3))], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^remiss: .*slump\.pdf: inte en PDF-fil \(inget %PDF-huvud\)\n$/);
  });
});

describe('an unwritable -o target', () => {
  const input = fixture('rounds', 'reordered-paraphrased.txt');

  it('a path under a regular file (ENOTDIR, which holds even for root): one line, exit 2', async () => {
    const dir = tmp();
    const file = write(dir, 'fil.txt', 'x');
    const out = path.join(file, 'ut.json');
    const res = await cli(['segments', '-f', 'json', '-o', out, input]);
    expectOneLineError(res, /fil\.txt\/ut\.json: resultatet kan inte skrivas \(en del av sökvägen är ingen mapp\)$/);
    expect(readdirSync(dir)).toEqual(['fil.txt']);
  });

  it('a directory that does not exist, checked before the input is read', async () => {
    const dir = tmp();
    // The input is missing too: the output is checked first, so a slow OCR run is not wasted on a typo.
    const res = await cli(['segments', '-o', path.join(dir, 'saknas', 'ut.txt'), path.join(dir, 'finns-inte.pdf')]);
    expectOneLineError(res, /saknas\/ut\.txt: resultatet kan inte skrivas \(mappen finns inte\)$/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a target that is a directory', async () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'ut'));
    const res = await cli(['segments', '-o', path.join(dir, 'ut'), input]);
    expectOneLineError(res, /ut: resultatet kan inte skrivas \(det är en mapp\)$/);
    expect(readdirSync(dir)).toEqual(['ut']);
    expect(readdirSync(path.join(dir, 'ut'))).toEqual([]);
  });

  it('an existing -o file is replaced whole on success and untouched on an input error', async () => {
    const dir = tmp();
    const out = write(dir, 'ut.json', 'old');
    const bad = await cli(['segments', '-f', 'json', '-o', out, path.join(dir, 'finns-inte.txt')]);
    expect(bad.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old');
    const good = await cli(['segments', '-f', 'json', '-o', out, input]);
    expect(good.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).respondents).toHaveLength(3);
    expect(readdirSync(dir)).toEqual(['ut.json']);
  });
});

describe('a text with no respondent heading is still read when its file or its round names the respondent', () => {
  const prose = 'Vi har inga synpunkter på förslaget men deltar gärna i arbetet kring våra anläggningar.\n';
  const build = (files: Array<[string, string]>) => buildRound(files.map(([p, t]) => ({ path: p, bytes: Buffer.from(t) })));

  it('a file named after a registry body', async () => {
    const round = await build([['kulturnamnden.txt', prose]]);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN']);
    expect(round.warnings).toEqual([]);
  });

  it('a file named like a body the registry does not know', async () => {
    const round = await build([['hamnbolaget.txt', prose]]);
    expect(round.respondents.map((r) => r.name)).toEqual(['hamnbolaget']);
  });

  it('a file in a round whose other files name their respondents, with a warning', async () => {
    const round = await build([['a.txt', 'Kulturnämnden\n\nYttrande\nNämnden är positiv.\n'], ['svar2.txt', prose]]);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'svar2']);
    expect(round.warnings).toEqual([`svar2.txt: ingen rubrik namnger remissinstansen och filnamnet namnger ingen; texten tillskrivs "svar2"`]);
  });

  it('a file with structure of its own (headings), with a warning', async () => {
    const round = await build([['svar.txt', 'Yttrande\nVi är positiva till förslaget.\n\nEkonomiska konsekvenser\nInga.\n']]);
    expect(round.respondents.map((r) => r.id)).toEqual(['svar']);
    expect(round.warnings).toHaveLength(1);
  });
});

describe('the same round in another encoding', () => {
  it('a Windows-1252 file with CRLF gives the same output as its UTF-8 twin', async () => {
    const dir = tmp();
    const text = readFileSync(fixture('rounds', 'reordered-paraphrased.txt'), 'utf8');
    const utf8 = write(dir, 'utf8.txt', text);
    const win = write(dir, 'win.txt', iconv.encode(text.replace(/\n/g, '\r\n'), 'windows-1252'));
    const a = await cli(['segments', '-f', 'json', utf8]);
    const b = await cli(['segments', '-f', 'json', win]);
    expect(b.code).toBe(0);
    expect(b.stderr).toBe('');
    expect(JSON.parse(b.stdout)).toEqual(JSON.parse(a.stdout));
  });
});

describe('a closed pipe', () => {
  it('remiss segments -f csv | head -1 exits quietly with status 0', () => {
    const bin = path.join(ROOT, 'bin', 'remiss.js');
    // The embedded round's CSV is far larger than a pipe buffer, so head closes the pipe mid-write.
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" segments -f csv 2>"$ERR" | head -1; echo "status=\${PIPESTATUS[0]}"; cat "$ERR"`], {
      encoding: 'utf8',
      env: { ...process.env, ERR: path.join(tmp(), 'stderr.txt') },
    });
    const [first, status, ...rest] = r.stdout.split('\n');
    expect(first).toBe('Remissinstans,Namn,Fråga,Rubrik,Sida,Rad,Ord,Text');
    expect(status).toBe('status=0');
    expect(rest.join('\n').trim()).toBe('');
  });
});
