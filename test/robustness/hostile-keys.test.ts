/**
 * Keys that come from documents are kept in Maps (or objects without a prototype): respondents
 * and processes named "constructor", "__proto__" or "toString" are counted like any other, never
 * read as JavaScript's own properties ("function Object() { [native code] }1") or dropped.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli, fixture } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'remiss-keys-'));
const env = { REMISS_NO_CACHE: '1' };
const RENAMED: Record<string, { id: string; name: string }> = {
  FRN: { id: 'constructor', name: 'Constructor AB' },
  KN: { id: '__proto__', name: '__proto__' },
  TN: { id: 'toString', name: 'toString' },
};

async function hostileRound(): Promise<string> {
  const round = JSON.parse((await cli(['ingest', fixture('xref', 'round-with-shared-processes.txt')], { env })).stdout);
  const to = (id: string): string => (Object.prototype.hasOwnProperty.call(RENAMED, id) ? RENAMED[id].id : id);
  for (const r of round.respondents) {
    if (!Object.prototype.hasOwnProperty.call(RENAMED, r.id)) continue;
    Object.assign(r, RENAMED[r.id], { known: false });
  }
  for (const s of round.segments) s.respondent = to(s.respondent);
  const file = path.join(dir, 'round.json');
  writeFileSync(file, JSON.stringify(round));
  return file;
}

const DICTIONARY = path.join(dir, 'dictionary.json');
writeFileSync(
  DICTIONARY,
  JSON.stringify({ processes: [{ id: 'constructor', name: 'Constructor', forms: ['Läslyftet'] }, { id: 'toString', name: 'toString', forms: ['Örat mot marken'] }] }),
);

describe('respondents and processes named like JavaScript properties', () => {
  it('are counted in xref (json, csv, md, table)', async () => {
    const file = await hostileRound();
    const json = await cli(['xref', '-f', 'json', '--dictionary', DICTIONARY, '--min-respondents', '1', file], { env });
    expect(json.code, json.stderr).toBe(0);
    const x = JSON.parse(json.stdout);
    expect(x.respondents.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(['constructor', '__proto__', 'toString']));
    const byId = new Map<string, { respondents: string[] }>(x.processes.map((p: { id: string; respondents: string[] }) => [p.id, p]));
    expect(byId.get('constructor')!.respondents).toEqual(['__proto__', 'toString']);
    expect(byId.get('toString')!.respondents).toEqual(expect.arrayContaining(['constructor', '__proto__']));
    for (const format of ['csv', 'md', 'table']) {
      const out = (await cli(['xref', '-f', format, '--dictionary', DICTIONARY, '--min-respondents', '1', file], { env })).stdout;
      expect(out, format).not.toMatch(/function|native code|undefined|NaN/);
    }
  });

  it('are kept by tabulate, segments and the report', async () => {
    const file = await hostileRound();
    const t = JSON.parse((await cli(['tabulate', '-f', 'json', file], { env })).stdout);
    expect(t.rows.map((r: { respondent: string }) => r.respondent)).toEqual(expect.arrayContaining(['constructor', '__proto__', 'toString']));
    const s = JSON.parse((await cli(['segments', '-f', 'json', file], { env })).stdout);
    expect(new Set(s.segments.map((x: { respondent: string | null }) => x.respondent).filter((id: string | null) => id !== null))).toEqual(new Set(['constructor', '__proto__', 'toString']));
    const html = (await cli(['report', '--dictionary', DICTIONARY, '--min-respondents', '1', file], { env })).stdout;
    expect(html).not.toMatch(/function Object|native code|NaN/);
    // The heatmap has numbers for them.
    expect(html).toMatch(/data-count="[1-9]/);
  });
});
