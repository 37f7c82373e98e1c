/**
 * A coordinator question asked as yes or no on the remiss's own proposal (found on the blind round
 * ja-nej-med-motivering), on answers of our own in several wordings: a yes, or sharing the proposal
 * without naming anyone, proposes the body the question names, and the row says so; a no, or a body
 * named, is read as written; an ordinary question gives a yes nothing to propose.
 */
import { describe, expect, it } from 'vitest';
import { choices, row, table } from './support.js';
import { MAX_YES_LABEL_WORDS, questionProposal } from '../../src/extract/yes-to-question.js';
import { findMentions } from '../../src/extract/mentions.js';
import { loadCues } from '../../src/extract/lexicon.js';
import { fold } from '../../src/normalize/fold.js';

const YES_NO = 'Delar ni förslaget att arbetsmarknads- och socialnämnden ska ha det samordnande ansvaret? Om nej, vilken nämnd bör i stället ha det?';

async function read(answer: string, question = YES_NO): Promise<{ choices: string[]; conditional: boolean; review: string }> {
  const t = await table([{ name: 'Kulturnämnden', answer }], question);
  const r = row(t, 'KN');
  return { choices: choices(t, 'KN'), conditional: r.conditional, review: r.review.join(' | ') };
}

describe('the threshold of this rule', () => {
  it('is pinned', () => {
    expect(MAX_YES_LABEL_WORDS).toBe(8);
  });
});

describe("the question's proposal", () => {
  const proposal = (q: string) => questionProposal(q, loadCues(), (text) => findMentions(text, fold(text), null));
  it.each([
    [YES_NO, ['ASN']],
    ['Instämmer ni i att kommunstyrelsen bör samordna arbetet?', ['KS']],
    ['Ställer ni er bakom förslaget att fritidsnämnden och kulturnämnden gemensamt leder arbetet? Motivera gärna.', ['FRN', 'KN']],
    ['Håller ni med om att servicenämnden ska hålla ihop planen?', ['SN']],
  ])('%j → %j', (q, expected) => {
    expect(proposal(q)).toEqual(expected);
  });

  it.each(['Vilken nämnd bör samordna arbetet?', 'Delar ni förslagets beskrivning av problemen?', 'Har ni synpunkter på att kommunstyrelsen samordnar?'])('none: %j', (q) => {
    expect(proposal(q)).toBeUndefined();
  });
});

describe('a yes proposes the body the question names', () => {
  it.each([
    ['Ja.', ['ASN'], false],
    ['Ja, nämnden delar förslaget.', ['ASN'], false],
    ['Beträffande remissfråga 3 om samordnande ansvar: Ja.', ['ASN'], false],
    ['Nämnden delar i huvudsak förslaget i denna del.', ['ASN'], false],
    ['Ja, men endast under förutsättning att uppdraget följs av en förstärkt budgetram.', ['ASN'], true],
  ])('%j → %j', async (answer, expected, conditional) => {
    const r = await read(answer);
    expect(r.choices).toEqual(expected);
    expect(r.conditional).toBe(conditional);
    expect(r.review).toContain('säger ja till frågans förslag');
  });

  it.each([
    ['Nej. Nämnden anser att kommunstyrelsen bör samordna arbetet.', ['KS']],
    ['Nej.', []],
    ['Ja. Nämnden föreslår dock att ansvaret delas mellan arbetsmarknads- och socialnämnden och fritidsnämnden.', ['ASN+FRN']],
    ['Nämnden delar inte förslaget.', []],
  ])('a no, or a body named, is read as written: %j', async (answer, expected) => {
    expect((await read(answer)).choices).toEqual(expected);
  });

  it('an ordinary question gives a yes nothing to propose', async () => {
    expect((await read('Ja.', 'Vilken nämnd bör samordna arbetet?')).choices).toEqual([]);
  });
});
