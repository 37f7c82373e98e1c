/**
 * The coordinator table of the 2023 round against the gold file: every row's choices (members
 * and generic wording), stance and condition, from the text and from the PDF; every quote of the
 * evidence occurs in the source.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tabulate, type Table } from '../../src/analyze/tabulate.js';
import { execFileSync } from 'node:child_process';
import { CORPUS, collapse, gold, roundOf } from '../helpers.js';

const G = gold();

function compare(t: Table): string[] {
  const problems: string[] = [];
  for (const [id, g] of Object.entries<any>(G.coordinator_table)) {
    const row = t.rows.find((r) => r.respondent === id);
    if (!row) {
      problems.push(`${id}: no row`);
      continue;
    }
    const mine = row.choices.map((cid) => t.columns.find((c) => c.id === cid)!);
    const expected = g.choices as Array<{ members: string[]; generic_any?: string[] }>;
    if (mine.length !== expected.length) problems.push(`${id}: ${mine.length} choices, expected ${expected.length}`);
    for (const e of expected) {
      const hit = mine.find(
        (c) =>
          [...c.members].sort().join('+') === [...e.members].sort().join('+') &&
          (e.generic_any ? c.generic !== null && e.generic_any.some((w) => c.generic!.toLowerCase().includes(w)) : c.generic === null),
      );
      if (!hit) problems.push(`${id}: missing ${e.members.join('+')}${e.generic_any ? ' (generic)' : ''}`);
    }
    if (g.stance && row.stance !== g.stance) problems.push(`${id}: stance ${row.stance}, expected ${g.stance}`);
    if (!g.stance && expected.length > 0 && row.stance !== 'proposes') problems.push(`${id}: stance ${row.stance}`);
    if ((g.conditional ?? false) !== row.conditional) problems.push(`${id}: conditional ${row.conditional}`);
  }
  return problems;
}

describe('the 2023 coordinator table', () => {
  it('from the text: all 15 rows as published', async () => {
    const t = tabulate(await roundOf(CORPUS.text));
    expect(t.question?.id).toBe('Q4');
    expect(t.rows.map((r) => r.respondent)).toEqual(G.respondents.map((r: { id: string }) => r.id));
    expect(compare(t)).toEqual([]);
  });

  it('the columns are the published ones, in the published order', async () => {
    const t = tabulate(await roundOf(CORPUS.text));
    expect(t.columns.map((c) => c.label)).toEqual(G.published_columns);
  });

  it('from the PDF: the same, with pages in the evidence', async () => {
    const t = tabulate(await roundOf(CORPUS.pdf));
    expect(compare(t)).toEqual([]);
    for (const r of t.rows) for (const e of r.evidence) expect(e.page).toBeGreaterThan(0);
  });

  it('every proposing row has evidence, and every quote occurs in the source', async () => {
    const source = collapse(readFileSync(CORPUS.text, 'utf8'));
    const t = tabulate(await roundOf(CORPUS.text));
    for (const r of t.rows) {
      if (r.stance !== 'no-proposal') expect(r.evidence.length, r.respondent).toBeGreaterThan(0);
      for (const c of r.choices) expect(r.evidence.some((e) => e.choice === c), `${r.respondent} ${c}`).toBe(true);
      for (const e of r.evidence) expect(source.includes(collapse(e.quote)), e.quote).toBe(true);
    }
  });

  it('the PDF quotes occur in the PDF text', async () => {
    let pdfText: string;
    try {
      pdfText = execFileSync('pdftotext', ['-layout', CORPUS.pdf, '-'], { encoding: 'utf8' });
    } catch {
      const round = await roundOf(CORPUS.pdf);
      pdfText = round.segments.map((s) => s.text).join('\n');
    }
    const round = await roundOf(CORPUS.pdf);
    const all = collapse(round.segments.flatMap((s) => s.lines.map((l) => l.text)).join(' '));
    const t = tabulate(round);
    for (const r of t.rows) for (const e of r.evidence) expect(all.includes(collapse(e.quote)), e.quote).toBe(true);
    expect(pdfText.length).toBeGreaterThan(0);
  });
});
