/**
 * `remiss xref` end to end: the contract's JSON, the grid as table, CSV and Markdown, the
 * --min-respondents and --dictionary flags, and one-line errors.
 */
import { describe, expect, it } from 'vitest';
import { cli, fixture, gold } from '../helpers.js';

const ROUND = fixture('xref', 'round-with-shared-processes.txt');
const ANALYST_DICTIONARY = fixture('xref', 'dictionary-adding-a-process.json');

describe('remiss xref', () => {
  it('JSON has the contract fields, and stdout holds only the product', async () => {
    const res = await cli(['xref', '-f', 'json', ROUND]);
    expect(res.code).toBe(0);
    expect(res.stderr).toBe('');
    const json = JSON.parse(res.stdout);
    expect(json.respondents).toEqual([
      { id: 'FRN', name: 'Fritidsnämnden' },
      { id: 'KN', name: 'Kulturnämnden' },
      { id: 'TN', name: 'Tekniska nämnden' },
    ]);
    const ctc = json.processes[0];
    expect(ctc).toMatchObject({ id: 'ctc', name: 'Communities That Care', respondents: ['FRN', 'KN'] });
    expect(ctc.mentions[0]).toMatchObject({ respondent: 'FRN', question: 'Q1', page: null, line: 11 });
    expect(ctc.mentions[0].quote).toMatch(/^Fritidsförvaltningen deltar i Communities That Care/);
    expect(json.processes.map((p: { id: string }) => p.id)).toEqual(expect.arrayContaining(['ctc', 'sspf', 'orat-mot-marken', 'bid', 'trygga-barnet']));
  });

  it('finds the process, not the idiom or the prose', async () => {
    const json = JSON.parse((await cli(['xref', '-f', 'json', ROUND])).stdout);
    const who = (id: string): string[] => json.processes.find((p: { id: string }) => p.id === id).respondents;
    expect(who('orat-mot-marken')).toEqual(['KN']); // FRN's staff "har örat mot marken"
    expect(who('bid')).toEqual(['TN']);
    expect(who('malmo-tillsammans')).toEqual([]); // "Parkering Malmö tillsammans med …"
  });

  it('a process from --dictionary FILE appears, with no code change', async () => {
    const without = JSON.parse((await cli(['xref', '-f', 'json', ROUND])).stdout);
    expect(without.processes.some((p: { id: string }) => p.id === 'laslyftet')).toBe(false);
    const res = await cli(['xref', '-f', 'json', '--dictionary', ANALYST_DICTIONARY, ROUND]);
    expect(res.code).toBe(0);
    const p = JSON.parse(res.stdout).processes.find((x: { id: string }) => x.id === 'laslyftet');
    expect(p).toMatchObject({ name: 'Läslyftet (läxhjälp)', respondents: ['KN', 'TN'], shared: true });
    const table = (await cli(['xref', '--dictionary', ANALYST_DICTIONARY, ROUND])).stdout;
    expect(table).toMatch(/^\* Läslyftet \(läxhjälp\)\s+2\s+·\s+1\s+1$/m);
  });

  it('--min-respondents N decides what is shared', async () => {
    const two = (await cli(['xref', ROUND])).stdout;
    expect(two).toMatch(/^\* Communities That Care/m);
    const three = (await cli(['xref', '--min-respondents', '3', ROUND])).stdout;
    expect(three).toMatch(/^Communities That Care\s+2/m);
    expect(three).toContain('minst 3');
    const bad = await cli(['xref', '--min-respondents', '0', ROUND]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('the table is a grid of counts, shared processes first, no colour when piped', async () => {
    const res = await cli(['xref', ROUND]);
    const rows = res.stdout.split('\n');
    expect(rows[0]).toMatch(/^Process\s+Antal\s+FRN\s+KN\s+TN$/);
    expect(rows[2]).toMatch(/^\* Communities That Care\s+2\s+1\s+1\s+·$/);
    expect(res.stdout).not.toMatch(/\u001b\[/);
  });

  it('CSV: one row per process named, a column per respondent; --excel for Swedish Excel', async () => {
    const csv = (await cli(['xref', '-f', 'csv', ROUND])).stdout.split('\n');
    expect(csv[0]).toBe('Process-id,Process,Antal remissinstanser,Delad,FRN,KN,TN');
    expect(csv[1]).toBe('ctc,Communities That Care,2,X,1,1,');
    const excel = (await cli(['xref', '-f', 'csv', '--excel', ROUND])).stdout;
    expect(excel.startsWith('\uFEFFProcess-id;Process;Antal remissinstanser;Delad;FRN;KN;TN\r\n')).toBe(true);
  });

  it('Markdown: the grid, then the quotes per process', async () => {
    const md = (await cli(['xref', '-f', 'md', ROUND])).stdout;
    expect(md).toContain('| Process | Instanser | FRN | KN | TN |');
    expect(md).toContain('## Communities That Care (ctc)');
    expect(md).toMatch(/- \*\*KN\*\* \(Q1, rad \d+\): ”Biblioteken ingår i Örat mot marken/);
  });

  it('a bad dictionary file is a one-line input error, exit 2, nothing on stdout', async () => {
    for (const file of [fixture('xref', 'dictionary-with-a-misspelt-field.json'), fixture('xref', 'no-such-dictionary.json')]) {
      const res = await cli(['xref', '--dictionary', file, ROUND]);
      expect(res.code).toBe(2);
      expect(res.stdout).toBe('');
      expect(res.stderr.trim().split('\n')).toHaveLength(1);
      expect(res.stderr).toContain(file);
    }
  });

  it('with no input, the embedded 2023 round gives the analysts\' 75 cells', async () => {
    const res = await cli(['xref', '-f', 'json']);
    expect(res.code).toBe(0);
    const json = JSON.parse(res.stdout);
    const g = gold();
    for (const [respondent, processes] of Object.entries(g.processes as Record<string, string[]>)) {
      for (const id of ['ctc', 'sspf', 'orat-mot-marken', 'bid', 'trygga-barnet']) {
        if (g.processes_either[respondent]?.includes(id)) continue;
        const got = json.processes.find((p: { id: string }) => p.id === id).respondents.includes(respondent);
        expect([respondent, id, got]).toEqual([respondent, id, processes.includes(id)]);
      }
    }
  });
});
