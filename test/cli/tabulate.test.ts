/** `remiss tabulate` end to end: the main job on the embedded round, and its formats. */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { cli, gold } from '../helpers.js';

const IDS: string[] = gold().respondents.map((r: { id: string }) => r.id);

describe('remiss tabulate', () => {
  it('prints the table of the embedded round with all 15 respondents', async () => {
    const res = await cli(['tabulate']);
    expect(res.code).toBe(0);
    expect(res.stderr).toBe('');
    const lines = res.stdout.split('\n');
    for (const id of IDS) expect(lines.some((l) => l.startsWith(`${id} `))).toBe(true);
    expect(res.stdout).toMatch(/Nämnd med stadsutvecklingsuppdrag/);
    expect(res.stdout).not.toMatch(/\u001b\[/);
  });

  it('colours the marks on a terminal unless NO_COLOR is set', async () => {
    expect((await cli(['tabulate'], { tty: true })).stdout).toMatch(/\u001b\[/);
    expect((await cli(['tabulate'], { tty: true, env: { NO_COLOR: '' } })).stdout).not.toMatch(/\u001b\[/);
  });

  it('JSON has the contract fields', async () => {
    const json = JSON.parse((await cli(['tabulate', '-f', 'json'])).stdout);
    expect(json.respondents).toHaveLength(15);
    expect(json.columns[0]).toEqual({ id: 'KS', label: 'KS', members: ['KS'], generic: null });
    const fsn = json.rows.find((r: { respondent: string }) => r.respondent === 'FSN');
    expect(fsn).toMatchObject({ stance: 'proposes', choices: ['MKB', 'MKB+KS'], conditional: false });
    expect(fsn.evidence[0]).toEqual(expect.objectContaining({ quote: expect.any(String), page: null, line: expect.any(Number) }));
    expect(json.columns.find((c: { id: string }) => c.id === 'nämnd-med-stadsutvecklingsuppdrag').generic).toMatch(/teknisk nämnd/);
  });

  it('CSV has the published layout: respondent, one column per proposal with X, comment', async () => {
    const rows: string[][] = parse((await cli(['tabulate', '-f', 'csv'])).stdout);
    expect(rows[0][0]).toBe('Remissinstans');
    expect(rows[0][rows[0].length - 1]).toBe('Kommentar');
    expect(rows).toHaveLength(16);
    const frn = rows.find((r) => r[0] === 'FRN')!;
    expect(frn[rows[0].indexOf('FRN')]).toBe('X');
  });

  it('Markdown has the table and the quotes behind the marks', async () => {
    const md = (await cli(['tabulate', '-f', 'md'])).stdout;
    expect(md).toMatch(/^\| Remissinstans \| KS \| FRN \|/m);
    expect(md).toMatch(/### Underlag/);
    expect(md).toMatch(/”Bolaget anser att det bör vara stadskontoret som ska ha den centralt samordnade rollen\.” \(rad \d+\)/);
  });
});
