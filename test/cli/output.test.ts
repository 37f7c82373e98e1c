/**
 * -o onto what is not a plain new file: stdout ("-"), devices and FIFOs written through, an
 * input refused, the target's mode kept, symbolic and hard links written through, temporary
 * files exclusive and removed on SIGTERM.
 */
import { describe, expect, it } from 'vitest';
import { chmodSync, copyFileSync, createReadStream, existsSync, linkSync, lstatSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, cli, fixture } from '../helpers.js';

const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'remiss-out-'));
const ROUND = fixture('rounds', 'reordered-paraphrased.txt');
const env = { REMISS_NO_CACHE: '1' };

describe('-o', () => {
  it('"-" is standard output, not a file named "-"', async () => {
    const r = await cli(['tabulate', '-f', 'csv', '-o', '-', ROUND], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Remissinstans');
    expect(existsSync(path.join(process.cwd(), '-'))).toBe(false);
  });

  it('refuses to overwrite one of the inputs (exit 2), and leaves it as it was', async () => {
    const dir = tmp();
    const input = path.join(dir, 'round.txt');
    copyFileSync(ROUND, input);
    const before = readFileSync(input, 'utf8');
    const r = await cli(['tabulate', input, '-o', input], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`remiss: ${input}: resultatet skulle skriva över indatafilen ${input}; ange en annan fil med -o\n`);
    expect(readFileSync(input, 'utf8')).toBe(before);
    // Also through another name: a symbolic link to the input.
    symlinkSync(input, path.join(dir, 'alias.txt'));
    expect((await cli(['tabulate', input, '-o', path.join(dir, 'alias.txt')], { env })).code).toBe(2);
    expect(readFileSync(input, 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['alias.txt', 'round.txt']);
  });

  it('keeps the mode of an existing target', async () => {
    const out = path.join(tmp(), 'table.csv');
    writeFileSync(out, 'old');
    chmodSync(out, 0o600);
    expect((await cli(['tabulate', ROUND, '-o', out], { env })).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).toContain('Remissinstans');
  });

  it('writes through a symbolic link (the link stays a link) and through hard links', async () => {
    const dir = tmp();
    const real = path.join(dir, 'real.csv');
    writeFileSync(real, 'old');
    symlinkSync(real, path.join(dir, 'link.csv'));
    expect((await cli(['tabulate', ROUND, '-o', path.join(dir, 'link.csv')], { env })).code).toBe(0);
    expect(lstatSync(path.join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toContain('Remissinstans');

    const other = path.join(dir, 'other.csv');
    linkSync(real, other);
    writeFileSync(real, 'old');
    expect((await cli(['tabulate', ROUND, '-o', real], { env })).code).toBe(0);
    expect(readFileSync(other, 'utf8')).toBe(readFileSync(real, 'utf8'));
    expect(readFileSync(other, 'utf8')).toContain('Remissinstans');
    expect(readdirSync(dir).sort()).toEqual(['link.csv', 'other.csv', 'real.csv']);
  });

  // Not tried on /dev/null itself: run as root against a writer that replaces its target, the
  // test would turn the machine's /dev/null into a regular file. A FIFO takes the same path.
  it('writes into FIFOs (and devices) instead of replacing them, also through a link', async () => {
    const dir = tmp();
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const chunks: Buffer[] = [];
    const read = new Promise<string>((resolve, reject) => {
      createReadStream(fifo).on('data', (c) => chunks.push(c as Buffer)).on('end', () => resolve(Buffer.concat(chunks).toString('utf8'))).on('error', reject);
    });
    const r = await cli(['tabulate', '-f', 'csv', ROUND, '-o', fifo], { env });
    expect(r.code).toBe(0);
    expect(await read).toContain('Remissinstans');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    // Through a symbolic link, as /dev/stdout is one.
    symlinkSync(fifo, path.join(dir, 'stdout'));
    const again = new Promise<string>((resolve, reject) => {
      const parts: Buffer[] = [];
      createReadStream(fifo).on('data', (c) => parts.push(c as Buffer)).on('end', () => resolve(Buffer.concat(parts).toString('utf8'))).on('error', reject);
    });
    expect((await cli(['tabulate', '-f', 'csv', ROUND, '-o', path.join(dir, 'stdout')], { env })).code).toBe(0);
    expect(await again).toContain('Remissinstans');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['pipe', 'stdout']);
  });

  it('leaves no temporary file after a write, and removes it on SIGTERM', async () => {
    const dir = tmp();
    await cli(['tabulate', ROUND, '-o', path.join(dir, 'a.csv')], { env });
    expect(readdirSync(dir)).toEqual(['a.csv']);
    // A process killed while its temporary file exists: the file goes with it.
    const script = `
      import { createTemp } from ${JSON.stringify(path.join(ROOT, 'dist', 'cli', 'output.js'))};
      const t = await createTemp(${JSON.stringify(path.join(dir, 'b.csv'))});
      await t.handle.write('half a table');
      process.stdout.write(t.path);
      process.kill(process.pid, 'SIGTERM');
      setTimeout(() => {}, 5000);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.signal).toBe('SIGTERM');
    expect(path.basename(r.stdout)).toMatch(/^\.b\.csv\.[0-9a-f]{16}\.tmp$/);
    expect(readdirSync(dir)).toEqual(['a.csv']);
  });
});
