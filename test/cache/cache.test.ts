/**
 * The analysis cache: results are identical with and without it, an entry is reused for the same
 * inputs and options, missed for changed ones, and a damaged entry is analysed again.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, writeFileSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { CORPUS, ROOT, cli, fixture } from '../helpers.js';

const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'remiss-cache-'));

describe('the analysis cache', () => {
  for (const argv of [['tabulate', '-f', 'json'], ['xref', '-f', 'json'], ['segments', '-f', 'json'], ['tabulate', '-f', 'csv', fixture('rounds', 'reordered-paraphrased.txt')]]) {
    it(`gives the same ${argv.join(' ')} with and without it`, async () => {
      const dir = tmp();
      const env = { REMISS_CACHE_DIR: dir };
      const fresh = await cli([...argv, '--no-cache'], { env });
      const miss = await cli(argv, { env });
      const hit = await cli(argv, { env });
      expect(miss.stdout).toBe(fresh.stdout);
      expect(hit.stdout).toBe(fresh.stdout);
      expect(hit.code).toBe(0);
    });
  }

  it('reuses an entry for the same inputs, and misses when the input or an option changes', async () => {
    const dir = tmp();
    const env = { REMISS_CACHE_DIR: dir };
    const work = tmp();
    const file = path.join(work, 'round.txt');
    copyFileSync(fixture('rounds', 'reordered-paraphrased.txt'), file);
    await cli(['tabulate', '-f', 'json', file], { env });
    const first = readdirSync(dir).sort();
    await cli(['tabulate', '-f', 'json', file], { env });
    expect(readdirSync(dir).sort()).toEqual(first);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Kulturnämnden föreslår att stadskontoret', 'Kulturnämnden föreslår att Fritidsnämnden'));
    const changed = JSON.parse((await cli(['tabulate', '-f', 'json', file], { env })).stdout);
    expect(readdirSync(dir).length).toBeGreaterThan(first.length);
    expect(changed.rows.find((r: { respondent: string }) => r.respondent === 'KN').choices).toEqual(['FRN']);
    await cli(['tabulate', '-f', 'json', '--questions', fixture('rounds', 'multi-file', 'questions.txt'), file], { env });
    expect(readdirSync(dir).length).toBeGreaterThan(first.length + 2);
  });

  it('analyses again when an entry is damaged', async () => {
    const dir = tmp();
    const env = { REMISS_CACHE_DIR: dir };
    const good = await cli(['tabulate', '-f', 'json', fixture('rounds', 'reordered-paraphrased.txt')], { env });
    for (const f of readdirSync(dir)) writeFileSync(path.join(dir, f), '{ not json');
    const again = await cli(['tabulate', '-f', 'json', fixture('rounds', 'reordered-paraphrased.txt')], { env });
    expect(again.stdout).toBe(good.stdout);
  });

  it('the built program answers from the seed shipped with the build exactly as it analyses', () => {
    const bin = path.join(ROOT, 'bin', 'remiss.js');
    const run = (args: string[], env: Record<string, string>) =>
      execFileSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
    const dir = tmp();
    for (const args of [['tabulate', '-f', 'json'], ['xref', '-f', 'md'], ['segments', '-f', 'csv']]) {
      expect(run(args, { REMISS_CACHE_DIR: dir }), args.join(' ')).toBe(run([...args, '--no-cache'], { REMISS_CACHE_DIR: dir }));
    }
    // The PDF read twice: the second time from the cache, the same.
    expect(run(['tabulate', '-f', 'json', CORPUS.pdf], { REMISS_CACHE_DIR: dir })).toBe(run(['tabulate', '-f', 'json', CORPUS.pdf], { REMISS_CACHE_DIR: dir }));
  });
});
