/**
 * How the command-line program starts (src/boot.ts): its V8 flags, and the one-file build with
 * its code cache (scripts/bundle.mjs) — which must answer exactly as the modules of dist/ do, and
 * load each lazily loaded package (Word, Excel, PDF) as they do.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { current } from '../../src/boot.js';
import { CORPUS, ROOT } from '../helpers.js';

const BIN = path.join(ROOT, 'bin', 'remiss.js');

function remiss(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const cache = mkdtempSync(path.join(tmpdir(), 'remiss-boot-'));
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, REMISS_CACHE_DIR: cache, NO_COLOR: '1', ...env }, maxBuffer: 1 << 26 });
}

describe('the command-line entry', () => {
  it('loads the program through src/boot.ts', () => {
    const bin = readFileSync(BIN, 'utf8');
    expect(bin).toMatch(/loadProgram\(\)/);
    expect(bin).not.toMatch(/from '\.\.\/dist\/cli\/main\.js'/);
  });
  it('sets no V8 flag while V8 runs: that crashed about one run in 200 (src/boot.ts)', () => {
    const files = [BIN, ...readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join(ROOT, 'src', f))];
    for (const f of files) expect(readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, ''), f).not.toMatch(/setFlagsFromString/);
  });
});

describe('the one-file build', () => {
  it('is built, for the program and for pdf-parse, and V8 takes each code cache on this Node', () => {
    for (const name of ['remiss.cjs', 'pdf-parse.cjs']) {
      expect(statSync(path.join(ROOT, 'dist', name)).size).toBeGreaterThan(0);
      expect(statSync(path.join(ROOT, 'dist', `${name}.v8-cache`)).size).toBeGreaterThan(0);
    }
    const script = [
      'const b = await import(process.argv[1]);',
      "const used = ['program', 'pdf-parse'].map((k) => b.compileOneFile(b.ONE_FILES[k], { useCache: true }).cacheUsed);",
      'console.log(used.join(" "));',
    ].join(' ');
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, path.join(ROOT, 'dist', 'boot.js')], { encoding: 'utf8' });
    expect(out.trim()).toBe('true true');
  });

  it('is used only when it is no older than the modules (a bare tsc leaves it behind)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'remiss-boot-'));
    const one = { file: path.join(dir, 'remiss.cjs'), codeCache: path.join(dir, 'remiss.cjs.v8-cache') };
    const modules = path.join(dir, 'main.js');
    writeFileSync(one.file, '');
    writeFileSync(modules, '');
    const at = (file: string, seconds: number): void => utimesSync(file, seconds, seconds);
    const cases: Array<[number, number, boolean]> = [
      [2000, 1000, true], // built after tsc, as npm run build does
      [1000, 1000, true], // an unpacked package: every file the same time
      [1000, 2000, false], // tsc again without the bundle
    ];
    for (const [oneTime, modulesTime, used] of cases) {
      at(one.file, oneTime);
      at(modules, modulesTime);
      expect(current(one, modules)).toBe(used);
    }
    expect(current({ ...one, file: path.join(dir, 'saknas.cjs') }, modules)).toBe(false);
  });

  it('answers exactly as the modules of dist/ do (REMISS_NO_BUNDLE=1)', () => {
    for (const args of [['tabulate', '--no-cache', '-f', 'json'], ['xref', '--no-cache', '-f', 'csv'], ['segments', '--no-cache', '-f', 'json']]) {
      const one = remiss(args);
      const modules = remiss(args, { REMISS_NO_BUNDLE: '1' });
      expect(one.status, one.stderr).toBe(0);
      expect(modules.status, modules.stderr).toBe(0);
      expect(one.stdout).toBe(modules.stdout);
      expect(one.stdout.length).toBeGreaterThan(100);
    }
  });

  it('loads the packages of one kind of file when asked: Word in, Excel and Word out, PDF', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'remiss-boot-'));
    const letter = path.join(dir, 'svar.docx');
    const paragraphs = ['Yttrande från Fritidsnämnden', 'Fråga 1. Vem bör samordna arbetet?', 'Fritidsnämnden anser att stadskontoret bör samordna arbetet.'];
    writeFileSync(letter, await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] })));
    const word = remiss(['segments', '-f', 'json', letter]);
    expect(word.status, word.stderr).toBe(0);
    expect(word.stdout).toContain('stadskontoret bör samordna');
    for (const format of ['xlsx', 'docx']) {
      const file = path.join(dir, `tabell.${format}`);
      const r = remiss(['tabulate', '--no-cache', '-f', format, '-o', file]);
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK'); // a zip, as both formats are
    }
    const pdf = remiss(['segments', '--no-cache', '-f', 'csv', CORPUS.pdf]);
    expect(pdf.status, pdf.stderr).toBe(0);
    expect(pdf.stdout.split('\n').length).toBeGreaterThan(60);
  });

  it('renders a scanned page for OCR through the one-file pdf.js exactly as through the modules', () => {
    const scan = path.join(ROOT, 'test', 'rounds', 'blind', 'brev-per-fil-2026', 'scan_0042.pdf');
    const one = remiss(['segments', '--ocr', '-f', 'json', scan]);
    const modules = remiss(['segments', '--ocr', '-f', 'json', scan], { REMISS_NO_BUNDLE: '1' });
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout).toBe(modules.stdout);
    expect(one.stdout).toContain('Fritidsnämnden');
  }, 60_000);
});
