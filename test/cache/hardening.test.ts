/**
 * The cache cannot be used against its user: a private directory (a shared or foreign one is not
 * used), entries 0600 written and read without following links, each entry checked before use,
 * the OCR engine in the key, --no-cache refreshing, a size cap, `remiss cache info|clear`, and a
 * cache directory under /proc that fails fast instead of spinning.
 */
import { describe, expect, it } from 'vitest';
import { chmodSync, chownSync, mkdtempSync, rmSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { run } from '../../src/cli/main.js';
import type { IO } from '../../src/cli/io.js';
import type { OcrEngine } from '../../src/read/ocr.js';
import { CORPUS, cli, fixture } from '../helpers.js';

const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'remiss-cache-'));
const ROUND = fixture('rounds', 'reordered-paraphrased.txt');
const entries = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

describe('the cache directory', () => {
  it('is created private, with private entries', async () => {
    const dir = path.join(tmp(), 'cache');
    expect((await cli(['tabulate', ROUND], { env: { REMISS_CACHE_DIR: dir } })).code).toBe(0);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(entries(dir).length).toBe(2);
    for (const f of entries(dir)) expect(statSync(path.join(dir, f)).mode & 0o777).toBe(0o600);
  });

  it('is not used when others can write to it: one warning, the right result, nothing written', async () => {
    const dir = tmp();
    chmodSync(dir, 0o777);
    const fresh = await cli(['tabulate', '-f', 'json', ROUND, '--no-cache'], { env: { REMISS_NO_CACHE: '1' } });
    const r = await cli(['tabulate', '-f', 'json', ROUND], { env: { REMISS_CACHE_DIR: dir } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(fresh.stdout);
    expect(r.stderr.match(/cachekatalogen .* används inte \(andra användare kan skriva i den\)/g)).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is not used when someone else owns it (checked where the tests run as root)', async () => {
    if (process.getuid?.() !== 0) return;
    const dir = tmp();
    chownSync(dir, 65534, 65534);
    const r = await cli(['tabulate', ROUND], { env: { REMISS_CACHE_DIR: dir } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/ägs av en annan användare/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('under /proc fails fast instead of spinning', async () => {
    const t = Date.now();
    const r = await cli(['tabulate', ROUND], { env: { REMISS_CACHE_DIR: '/proc/remiss-cache-test/deeper' } });
    expect(r.code).toBe(0);
    expect(Date.now() - t).toBeLessThan(5000);
    expect(r.stderr).toMatch(/används inte/);
  });
});

describe('cache entries', () => {
  it('never follow a planted symbolic link, for reading or writing', async () => {
    const dir = tmp();
    const env = { REMISS_CACHE_DIR: dir };
    const good = await cli(['tabulate', '-f', 'json', ROUND], { env });
    const victim = path.join(tmp(), 'victim.txt');
    writeFileSync(victim, 'precious');
    for (const f of entries(dir)) {
      const file = path.join(dir, f);
      rmSync(file);
      symlinkSync(victim, file);
    }
    const again = await cli(['tabulate', '-f', 'json', ROUND], { env });
    expect(again.stdout).toBe(good.stdout);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    for (const f of entries(dir)) expect(lstatSync(path.join(dir, f)).isSymbolicLink()).toBe(false);
  });

  it('of the wrong shape are deleted and recomputed (a forged table is never printed)', async () => {
    const dir = tmp();
    const env = { REMISS_CACHE_DIR: dir };
    const good = await cli(['tabulate', '-f', 'json', ROUND], { env });
    for (const f of entries(dir)) {
      const file = path.join(dir, f);
      const [header] = readFileSync(file, 'utf8').split('\n');
      // An old-style entry (plain JSON), a well-formed header with a forged body, a round of the wrong shape.
      writeFileSync(file, `${header}\n{"value":{"rows":[]},"warnings":[]}`);
    }
    expect((await cli(['tabulate', '-f', 'json', ROUND], { env })).stdout).toBe(good.stdout);
    // A checksum that fits, over a round of the wrong shape: the schema catches it.
    const roundFile = entries(dir).find((f) => f.startsWith('round-'))!;
    const forged = JSON.stringify({ format: 'remiss-round/1', title: 'x', respondents: 'none' });
    const header = JSON.parse(readFileSync(path.join(dir, roundFile), 'utf8').split('\n')[0]);
    header.sha256 = createHash('sha256').update(forged).digest('hex');
    writeFileSync(path.join(dir, roundFile), `${JSON.stringify(header)}\n${forged}`);
    for (const f of entries(dir)) if (!f.startsWith('round-')) rmSync(path.join(dir, f));
    const again = await cli(['tabulate', '-f', 'json', ROUND], { env });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(good.stdout);
  });

  it('--no-cache reads nothing but writes the fresh result', async () => {
    const dir = tmp();
    const env = { REMISS_CACHE_DIR: dir };
    await cli(['tabulate', '-f', 'json', ROUND], { env });
    const before = Object.fromEntries(entries(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
    for (const f of entries(dir)) writeFileSync(path.join(dir, f), 'stale');
    const r = await cli(['tabulate', '-f', 'json', ROUND, '--no-cache'], { env });
    expect(r.code).toBe(0);
    for (const f of entries(dir)) expect(readFileSync(path.join(dir, f), 'utf8')).toBe(before[f]);
  });

  it('are keyed by the OCR engine: a PDF read without OCR is read again once an engine is there', async () => {
    const dir = tmp();
    const io = (ocr: OcrEngine): IO => ({
      stdout: { write: () => true },
      stderr: { write: () => true },
      env: { REMISS_CACHE_DIR: dir },
      stdoutIsTTY: false,
      readStdin: async () => new Uint8Array(),
      ocr,
    });
    const none: OcrEngine = { availability: async () => ({ problem: 'no engine' }), readPage: async () => '' };
    const v1 = { ...none, availability: async () => ({ problem: null }), id: () => 'fake-ocr 1.0' } as OcrEngine;
    const v2 = { ...v1, id: () => 'fake-ocr 2.0' } as OcrEngine;
    await run(['segments', '-f', 'json', CORPUS.pdf], io(none));
    const first = entries(dir);
    await run(['segments', '-f', 'json', CORPUS.pdf], io(none));
    expect(entries(dir)).toEqual(first);
    await run(['segments', '-f', 'json', CORPUS.pdf], io(v1));
    expect(entries(dir).length).toBe(first.length + 1);
    await run(['segments', '-f', 'json', CORPUS.pdf], io(v2));
    expect(entries(dir).length).toBe(first.length + 2);
  });

  it('are held under the size cap, the least recently used pruned first', async () => {
    const dir = tmp();
    const env = { REMISS_CACHE_DIR: dir, REMISS_CACHE_MAX_MB: '0.1' };
    await cli(['xref', '-f', 'json', ROUND], { env });
    await cli(['tabulate', '-f', 'json', fixture('rounds', 'short-topical-headings.txt')], { env });
    const total = entries(dir).reduce((s, f) => s + statSync(path.join(dir, f)).size, 0);
    expect(total).toBeLessThanOrEqual(0.1 * 1024 * 1024);
    expect(entries(dir).some((f) => f.startsWith('tabulate-'))).toBe(true);
  });
});

describe('remiss cache info|clear', () => {
  it('tells where the cache is and how large, and empties it (in Swedish)', async () => {
    const dir = tmp();
    const env = { REMISS_CACHE_DIR: dir };
    await cli(['tabulate', ROUND], { env });
    const info = await cli(['cache', 'info'], { env });
    expect(info.code).toBe(0);
    expect(info.stdout).toContain(`Cachekatalog: ${dir}`);
    expect(info.stdout).toMatch(/Innehåll: 2 poster, \d+,\d MB \(högst 256,0 MB\)/);
    const clear = await cli(['cache', 'clear'], { env });
    expect(clear.stdout).toMatch(/Tömde .*: 2 poster borttagna/);
    expect(entries(dir)).toEqual([]);
    expect((await cli(['cache', 'info'], { env })).stdout).toMatch(/Innehåll: 0 poster/);
  });
});


describe('the size ledger', () => {
  const ledger = (dir: string): { bytes: number; at: number } => JSON.parse(readFileSync(path.join(dir, '.usage'), 'utf8'));
  const size = (dir: string): number => entries(dir).reduce((s, f) => s + statSync(path.join(dir, f)).size, 0);

  it('keeps the running total, so a write under the cap scans nothing', async () => {
    const dir = tmp();
    await cli(['tabulate', ROUND], { env: { REMISS_CACHE_DIR: dir } });
    expect(ledger(dir).bytes).toBe(size(dir));
    expect(statSync(path.join(dir, '.usage')).mode & 0o777).toBe(0o600);
    // A trusted ledger is added to, not checked: the planted total survives the next write.
    const before = size(dir);
    writeFileSync(path.join(dir, '.usage'), JSON.stringify({ bytes: 1000, at: Date.now() }));
    await cli(['tabulate', '--no-cache', fixture('rounds', 'short-topical-headings.txt')], { env: { REMISS_CACHE_DIR: dir } });
    expect(ledger(dir).bytes).toBe(1000 + size(dir) - before);
  });

  it('counts an entry written again once: --no-cache on the same input leaves the total as it was', async () => {
    const dir = tmp();
    const env = { REMISS_CACHE_DIR: dir };
    const input = fixture('rounds', 'short-topical-headings.txt');
    await cli(['tabulate', '--no-cache', input], { env });
    const once = ledger(dir).bytes;
    for (let i = 0; i < 3; i++) await cli(['tabulate', '--no-cache', input], { env });
    expect(ledger(dir).bytes).toBe(once);
    expect(once).toBe(size(dir));
  });

  it('is set right by a scan when it is stale, damaged or says the cap may be passed', async () => {
    for (const planted of [JSON.stringify({ bytes: 5, at: 0 }), 'not json', JSON.stringify({ bytes: 1e12, at: Date.now() })]) {
      const dir = tmp();
      await cli(['tabulate', ROUND], { env: { REMISS_CACHE_DIR: dir } });
      writeFileSync(path.join(dir, '.usage'), planted);
      await cli(['tabulate', '--no-cache', fixture('rounds', 'short-topical-headings.txt')], { env: { REMISS_CACHE_DIR: dir } });
      expect(ledger(dir).bytes).toBe(size(dir));
    }
  });

  it('prunes below the cap when it prunes, so the next writes find room', async () => {
    const dir = tmp();
    const env = { REMISS_CACHE_DIR: dir, REMISS_CACHE_MAX_MB: '0.1' };
    await cli(['xref', '-f', 'json', ROUND], { env });
    await cli(['tabulate', '-f', 'json', fixture('rounds', 'short-topical-headings.txt')], { env });
    expect(size(dir)).toBeLessThanOrEqual(0.9 * 0.1 * 1024 * 1024);
    expect(ledger(dir).bytes).toBe(size(dir));
  });
});
