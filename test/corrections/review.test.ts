/**
 * remiss review at unit level: the rows a table flags (here flagged by hand, as the stance reading
 * flags uncertain rows) become entries to edit; a second run with the edited file lists none of
 * the decided ones and keeps every decision as written.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, roundOf } from '../helpers.js';
import { tabulate, type Table } from '../../src/analyze/tabulate.js';
import { buildReview } from '../../src/analyze/review.js';
import { correctTableOnly, parseCorrections, parseCorrectionsJson } from '../../src/analyze/corrections.js';
import { parseCorrectionsCsv } from '../../src/analyze/corrections-csv.js';
import { reviewCsv, reviewJson } from '../../src/export/review.js';
import { analyseRound } from '../../src/analyze/diff.js';
import { shippedDictionary } from '../../src/tag/dictionary.js';
import { roundReportHtml } from '../../src/export/report/round.js';
import { tabulateMarkdown } from '../../src/export/tabulate.js';

let table: Table;
beforeAll(async () => {
  const t = tabulate(await roundOf(fixture('corrections', 'round-parks.txt')));
  // The rows the tool is unsure of: a conditional it may have misread, an answer it found no proposal in.
  const flags: Record<string, string[]> = { TN: ['villkoret kan gälla något annat än förslaget'], GRN: ['förslag utan tydligt verb'] };
  table = { ...t, rows: t.rows.map((r) => ({ ...r, review: flags[r.respondent] ?? [] })) };
});

describe('remiss review', () => {
  it('lists exactly the flagged rows, undecided, with their reading, reasons and quotes', () => {
    const r = buildReview(table);
    expect(r.added.map((e) => e.respondent)).toEqual(['TN', 'GRN']);
    expect(r.open).toBe(2);
    expect(r.kept).toBe(0);
    const tn = r.added[0];
    expect(tn).toMatchObject({
      decided: false,
      name: 'Tekniska nämnden',
      stance: 'proposes',
      choices: [['SN']],
      conditional: true,
      reason: '',
      review: ['villkoret kan gälla något annat än förslaget'],
      reading: { stance: 'proposes', choices: [['SN']], conditional: true },
    });
    expect(tn.evidence[0].quote).toMatch(/^Tekniska nämnden anser att servicenämnden bör samordna/);
    expect(r.doc.format).toBe('remiss-corrections/1');
  });

  it('the file it writes is a corrections file whose undecided entries change nothing', () => {
    const c = parseCorrectionsJson(reviewJson(buildReview(table)), 'granskning.json');
    expect(c.warnings).toEqual([]);
    const { table: t, warnings } = correctTableOnly(table, c);
    expect(t.rows).toEqual(table.rows);
    expect(warnings).toEqual(['granskning.json: 2 rättelser är inte beslutade ("decided": false) och används inte']);
  });

  it('a second run with the edited file lists none of the decided rows and keeps the decisions as written', () => {
    const first = JSON.parse(reviewJson(buildReview(table)));
    // The analyst decides GRN (a proposal the tool missed) and leaves TN for later.
    const grn = first.corrections.find((e: { respondent: string }) => e.respondent === 'GRN');
    Object.assign(grn, { decided: true, stance: 'proposes', choices: [['SBN'], ['KS']], reason: 'Två förslag i samma mening.' });
    const edited = parseCorrections(first, 'granskning.json');
    const second = buildReview(table, edited);
    expect(second.added).toEqual([]);
    expect(second.open).toBe(1);
    expect(second.kept).toBe(1);
    expect(second.doc.corrections).toEqual(first.corrections);
    // Once TN is decided too, nothing is open.
    first.corrections.find((e: { respondent: string }) => e.respondent === 'TN').decided = true;
    const third = buildReview(table, parseCorrections(first, 'granskning.json'));
    expect([third.added.length, third.open, third.kept]).toEqual([0, 0, 2]);
  });

  it('a row flagged later is added after the analyst\'s entries', () => {
    const earlier = parseCorrections({ format: 'remiss-corrections/1', corrections: [{ respondent: 'Tekniska nämnden', conditional: false, reason: 'r' }] }, 'k.json');
    const r = buildReview(table, earlier);
    expect(r.added.map((e) => e.respondent)).toEqual(['GRN']);
    expect(r.doc.corrections[0]).toEqual({ respondent: 'Tekniska nämnden', conditional: false, reason: 'r' });
  });

  it('the CSV form lists the same rows for Excel and reads back to the same decisions', () => {
    const csv = reviewCsv(buildReview(table), table);
    expect(csv.startsWith('\uFEFFRemissinstans;Beslutad;Ställning;Förslag;Villkorat;')).toBe(true);
    expect(csv).toContain('\r\n');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^TN;nej;föreslår;SN;ja;;;;villkoret kan gälla/);
    const back = parseCorrectionsCsv(csv, 'granskning.csv');
    expect(back.warnings).toEqual([]);
    expect(back.entries.map((e) => [e.respondent, e.decided, e.stance, e.choices])).toEqual([
      ['TN', false, 'proposes', [['SN']]],
      ['GRN', false, 'proposes', [['SBN']]],
    ]);
    expect(buildReview(table, back).added).toEqual([]);
  });

  it('a reason Excel would take for a formula survives the round trip', () => {
    const r = buildReview(table);
    (r.doc.corrections[0] as { reason: string }).reason = '-villkoret gäller finansieringen';
    const csv = reviewCsv(r, table);
    expect(csv).toContain(";'-villkoret gäller finansieringen;");
    expect(parseCorrectionsCsv(csv, 'g.csv').entries[0].reason).toBe('-villkoret gäller finansieringen');
  });
});

describe('the audit lists what is still to review', () => {
  it('the report names the flagged rows no analyst has corrected, with their reasons', async () => {
    const a = analyseRound(await roundOf(fixture('corrections', 'round-parks.txt')), shippedDictionary());
    const decided = parseCorrections({ format: 'remiss-corrections/1', corrections: [{ respondent: 'GRN', choices: [['SBN'], ['KS']], reason: 'r' }] }, 'k.json');
    const html = roundReportHtml({ ...a, table: correctTableOnly(table, decided).table });
    const audit = html.slice(html.indexOf('<h2>Granskade och rättade rader</h2>'));
    expect(audit).toMatch(/<h3>Att granska \(ej rättade\)<\/h3><ul class="flagged"><li><strong>TN<\/strong>: villkoret kan gälla något annat än förslaget<\/li><\/ul>/);
    expect(audit).toMatch(/<tr data-respondent="GRN">/);
    expect(tabulateMarkdown(correctTableOnly(table, decided).table)).toMatch(/\| GRN \| SBN \| SBN; KS \| r \|/);
  });
});
