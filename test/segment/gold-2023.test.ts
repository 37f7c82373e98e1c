/**
 * The 2023 round against the gold file: 15 respondents with registry ids, and every probe in
 * its own (respondent, question) segment and in no other question's segment — from the text,
 * from the 82-page PDF, and from the embedded default round. The OCR appendix splits into the
 * same 15 respondents.
 */
import { describe, expect, it } from 'vitest';
import type { Round } from '../../src/model.js';
import { CORPUS, cli, collapse, gold, roundOf } from '../helpers.js';

const G = gold();
const IDS = G.respondents.map((r: { id: string }) => r.id);

function probeFailures(round: Round): string[] {
  const failures: string[] = [];
  for (const r of G.respondents) {
    for (const [q, g] of Object.entries<{ probe: string }>(r.questions)) {
      const probe = collapse(g.probe);
      const own = round.segments.filter((s) => s.respondent === r.id && s.question === q && collapse(s.text).includes(probe));
      const other = round.segments.filter((s) => s.question !== null && s.question !== q && collapse(s.text).includes(probe));
      if (own.length === 0 || other.length > 0) failures.push(`${r.id} ${q}: own ${own.length}, other ${other.map((s) => `${s.respondent}/${s.question}`).join(',')}`);
    }
  }
  return failures;
}

describe('the 2023 round', () => {
  it('from the text: 15 respondents, 4 questions, all 60 probes in place', async () => {
    const round = await roundOf(CORPUS.text);
    expect(round.respondents.map((r) => r.id)).toEqual(IDS);
    expect(round.respondents.every((r) => r.known)).toBe(true);
    expect(round.respondents.map((r) => r.name)).toEqual(G.respondents.map((r: { name: string }) => r.name));
    expect(round.questions.map((q) => q.id)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(probeFailures(round)).toEqual([]);
    // Segments carry their line; text input has no pages.
    for (const s of round.segments) {
      expect(s.line).toBeGreaterThan(0);
      expect(s.page).toBeNull();
    }
  });

  it('the question segments start at the gold heading lines', async () => {
    const round = await roundOf(CORPUS.text);
    for (const r of G.respondents) {
      for (const [q, g] of Object.entries<{ heading_line: number }>(r.questions)) {
        const seg = round.segments.find((s) => s.respondent === r.id && s.question === q);
        expect(seg?.line, `${r.id} ${q}`).toBe(g.heading_line);
      }
    }
  });

  it('from the PDF: the same, with pages', async () => {
    const round = await roundOf(CORPUS.pdf);
    expect(round.respondents.map((r) => r.id)).toEqual(IDS);
    expect(probeFailures(round)).toEqual([]);
    expect(round.sources[0].pages).toBe(82);
    for (const s of round.segments) {
      expect(s.page).toBeGreaterThanOrEqual(1);
      expect(s.page).toBeLessThanOrEqual(82);
    }
    // No page furniture in the text of any segment.
    expect(round.segments.some((s) => /Malmö stad \d+ \(82\)/.test(s.text))).toBe(false);
  });

  it('from the embedded default round (no input)', async () => {
    const res = await cli(['segments', '--format', 'json']);
    expect(res.code).toBe(0);
    const round = JSON.parse(res.stdout);
    expect(round.respondents.map((r: { id: string }) => r.id)).toEqual(IDS);
    expect(probeFailures(round)).toEqual([]);
  });

  it('the OCR appendix splits into its 15 respondents, all answering Q1', async () => {
    const round = await roundOf(CORPUS.ocr);
    expect(round.respondents.map((r) => r.id)).toEqual(IDS);
    expect(round.questions).toHaveLength(1);
    const answers = round.segments.filter((s) => s.respondent !== null);
    const byRespondent = new Set(answers.map((s) => s.respondent));
    expect([...byRespondent]).toEqual(IDS);
    expect(answers.every((s) => s.question === 'Q1')).toBe(true);
    // Names damaged by OCR are given as the registry spells them.
    expect(round.respondents.find((r) => r.id === 'FSKN')!.name).toBe('Förskolenämnden');
    // Page furniture of the scan ("Malmao stad", "5 (31)") is gone.
    expect(round.segments.some((s) => /^(Malmao stad|\d+ \(31\))$/m.test(s.text))).toBe(false);
    // The closing section of the appendix belongs to no respondent.
    expect(round.segments.some((s) => s.respondent !== null && /Tillvaxtkommissionens slutrapport/.test(s.text))).toBe(false);
  });
});
