/**
 * A respondent that sends its answer again, saying that the later one corrects the first
 * ("Rättelse", "vårt korrigerade svar", "ersätter vårt tidigare yttrande"): the later answer is
 * read and the earlier one superseded, and the row is flagged so the analyst sees it happened.
 * Without such words two answers both count, as before. Sentences of our own, several wordings.
 */
import { describe, expect, it } from 'vitest';
import { tabulate } from '../../src/analyze/tabulate.js';
import { CORRECTION_REACH, correctedFrom } from '../../src/extract/preferences.js';
import type { Segment } from '../../src/model.js';
import { buildRound } from '../../src/round.js';
import { QUESTION } from './support.js';

const QUESTIONS = ['Hur ser ni på förslaget i stort?', QUESTION];

/** Kulturnämnden answers in a letter, then writes a second letter; Servicenämnden answers once. */
function twice(first: string, between: string, second: string): Array<{ path: string; bytes: Buffer }> {
  const letter = (name: string, opening: string, answer: string): string =>
    [name, '', opening, '', 'Fråga 1', `${name} ser positivt på förslaget i stort.`, '', 'Fråga 2', answer, ''].join('\n');
  return [
    { path: 'kulturnamnden-1.txt', bytes: Buffer.from(letter('Kulturnämnden', 'Yttrande över förslaget om trygghet i stadsdelarna.', first)) },
    { path: 'kulturnamnden-2.txt', bytes: Buffer.from(['Kulturnämnden', '', between, '', 'Fråga 2', second, ''].join('\n')) },
    { path: 'servicenamnden.txt', bytes: Buffer.from(letter('Servicenämnden', 'Yttrande över förslaget.', 'Servicenämnden föreslår stadskontoret.')) },
  ];
}

async function kn(inputs: Array<{ path: string; bytes: Buffer }>) {
  const t = tabulate(await buildRound(inputs, { questions: QUESTIONS }));
  const r = t.rows.find((x) => x.respondent === 'KN')!;
  return { choices: r.choices.map((id) => t.columns.find((c) => c.id === id)!.members.join('+')), review: r.review };
}

describe('a later answer that says it corrects the first', () => {
  it.each([
    'Rättelse av vårt yttrande den 3 maj.',
    'Vi har tyvärr skickat ett felaktigt svar. Här följer nämndens korrigerade svar.',
    'Detta yttrande ersätter vårt tidigare yttrande i ärendet.',
    'Nämnden har reviderat svar efter sammanträdet; det nya gäller i stället.',
  ])('%j', async (between) => {
    const r = await kn(twice('Nämnden föreslår att fritidsnämnden får rollen.', between, 'Nämnden föreslår att servicenämnden får rollen.'));
    expect(r.choices).toEqual(['SN']);
    expect(r.review.some((x) => x.startsWith('ett tidigare svar på frågan ersätts av en rättelse'))).toBe(true);
  });

  it('the correction may open the later answer itself', async () => {
    const r = await kn(twice('Fritidsnämnden bör leda arbetet.', 'Ett kompletterande brev.', 'Korrigering: servicenämnden bör leda arbetet.'));
    expect(r.choices).toEqual(['SN']);
  });
});

describe('two answers without a correction both count, unflagged', () => {
  it.each([
    'Nämnden vill komplettera sitt yttrande.',
    'Här följer ett tillägg från presidiet.',
  ])('%j', async (between) => {
    const r = await kn(twice('Nämnden föreslår att fritidsnämnden får rollen.', between, 'Även servicenämnden bör ha en roll i samordningen.'));
    expect(r.choices).toContain('FRN');
    expect(r.review.some((x) => x.includes('rättelse'))).toBe(false);
  });
});

describe('correctedFrom, on segments', () => {
  const seg = (question: string | null, text: string): Segment => ({ respondent: 'X', question, heading: null, text, lines: [] }) as unknown as Segment;

  it('reads the answers after the last correction; contiguous parts of one answer are never corrections', () => {
    const a1 = seg('Q3', 'Fritidsnämnden bör leda.');
    const mid = seg(null, 'RÄTTELSE');
    const a2 = seg('Q3', 'Servicenämnden bör leda.');
    expect(correctedFrom([a1, mid, a2], [a1, a2])).toEqual({ from: 1, quote: 'RÄTTELSE' });
    const b1 = seg('Q3', 'Fritidsnämnden bör leda.');
    const b2 = seg('Q3', 'Rättelse: det var fel.');
    expect(correctedFrom([b1, b2], [b1, b2])).toEqual({ from: 0 });
  });

  it(`looks ${CORRECTION_REACH} characters into the later answer, not further`, () => {
    const a1 = seg('Q3', 'Fritidsnämnden bör leda.');
    const mid = seg(null, 'Ett brev till.');
    const far = seg('Q3', `${'Servicenämnden bör leda arbetet. '.repeat(12)}Rättelse.`);
    expect(CORRECTION_REACH).toBe(300);
    expect(correctedFrom([a1, mid, far], [a1, far]).from).toBe(0);
  });
});
