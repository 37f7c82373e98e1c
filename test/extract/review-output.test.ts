/**
 * What to check reaches the analyst in every format: the terminal table marks the row and lists
 * the reasons under it, CSV puts them after the comment (the published layout stays), Markdown has
 * a column, JSON has `review` and `ranked` on every row.
 */
import { describe, expect, it } from 'vitest';
import { tabulateCsv, tabulateJson, tabulateMarkdown, tabulateTable } from '../../src/export/tabulate.js';
import { table } from './support.js';

const plain = (s: string): string => s;
const styles = { header: plain, mark: plain, dim: plain };

async function sample() {
  return table([
    { name: 'Kulturnämnden', answer: 'Nämnden föreslår att fritidsnämnden får den samordnande rollen.' },
    { name: 'Miljönämnden' },
    { name: 'Servicenämnden', answer: 'I första hand bör fritidsnämnden få rollen, i andra hand stadskontoret.' },
  ]);
}

describe('review in every format', () => {
  it('JSON: every row has review and ranked', async () => {
    const json = tabulateJson(await sample()) as { rows: Array<{ respondent: string; review: string[]; ranked: boolean }> };
    expect(json.rows.every((r) => Array.isArray(r.review) && typeof r.ranked === 'boolean')).toBe(true);
    expect(json.rows.find((r) => r.respondent === 'KN')!.review).toEqual([]);
    expect(json.rows.find((r) => r.respondent === 'MN')!.review.length).toBeGreaterThan(0);
    expect(json.rows.find((r) => r.respondent === 'SN')!.ranked).toBe(true);
  });

  it('terminal: the row is marked and the reasons are listed under the table', async () => {
    const out = tabulateTable(await sample(), styles);
    expect(out).toMatch(/^MN !/m);
    expect(out).not.toMatch(/^KN !/m);
    expect(out).toMatch(/Rader att kontrollera/);
    expect(out).toMatch(/^ {2}MN: svaret på frågan hittades inte$/m);
    // Ranked choices show their rank instead of X (columns KS, FRN: stadskontoret second, fritidsnämnden first).
    expect(out).toMatch(/^SN\s+2\s+1/m);
  });

  it('CSV: the reasons follow the comment, the layout stays', async () => {
    const csv = tabulateCsv(await sample());
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0].endsWith('Kommentar')).toBe(true);
    expect(lines.find((l) => l.startsWith('MN'))).toMatch(/Att kontrollera: svaret på frågan hittades inte/);
    expect(lines.find((l) => l.startsWith('KN'))).not.toMatch(/Att kontrollera/);
  });

  it('Markdown: a column of what to check', async () => {
    const md = tabulateMarkdown(await sample());
    expect(md).toMatch(/\| Kommentar \| Att kontrollera \|/);
  });
});
