/**
 * Round files are checked field by field by the round schema (the one the cache uses too): a file
 * of the wrong shape is an input error (exit 2) naming the file and the field, never "internal
 * error" and never a silent exit 0.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'remiss-roundfile-'));
const env = { REMISS_NO_CACHE: '1' };

async function roundFile(): Promise<any> {
  const r = await cli(['ingest'], { env });
  return JSON.parse(r.stdout);
}

describe('round files of the wrong shape', () => {
  const cases: Array<[string, (r: any) => unknown, RegExp]> = [
    ['a list', () => [1, 2, 3], /ingen omgångsfil .*fick en lista/],
    ['no title', (r) => ({ ...r, title: undefined }), /fältet title saknas/],
    ['questions not a list', (r) => ({ ...r, questions: 'Q1' }), /fältet questions ska vara en lista, inte en text/],
    ['a page that is text', (r) => { r.segments[3].page = 'sex'; return r; }, /fältet segments\[3\]\.page ska vara ett heltal eller null|fältet segments\[3\]\.page ska vara ett heltal, inte en text/],
    ['a line of a segment without text', (r) => { delete r.segments[2].lines[0].text; return r; }, /fältet segments\[2\]\.lines\[0\]\.text saknas/],
    ['a respondent id that is a number', (r) => { r.respondents[1].id = 7; return r; }, /fältet respondents\[1\]\.id ska vara en text, inte ett tal/],
    ['two respondents with one id', (r) => { r.respondents[1].id = r.respondents[0].id; return r; }, /fältet respondents\[1\]\.id "ASN" förekommer två gånger/],
  ];
  for (const [name, damage, message] of cases) {
    it(`${name}: exit 2 naming the file and the field`, async () => {
      const file = path.join(dir, `${name.replace(/\W+/g, '-')}.json`);
      writeFileSync(file, JSON.stringify(damage(await roundFile())));
      for (const command of ['tabulate', 'segments', 'xref']) {
        const r = await cli([command, file], { env });
        expect(r.code, `${command}: ${r.stderr}`).toBe(2);
        expect(r.stderr).toContain(file);
        expect(r.stderr).toMatch(message);
        expect(r.stderr).not.toMatch(/internt fel/);
      }
    });
  }

  it('a sound round file still reads', async () => {
    const file = path.join(dir, 'sound.json');
    writeFileSync(file, JSON.stringify(await roundFile()));
    const r = await cli(['tabulate', '-f', 'json', file], { env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rows.length).toBe(15);
    expect(readFileSync(file, 'utf8').length).toBeGreaterThan(0);
  });
});
