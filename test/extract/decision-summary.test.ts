/**
 * A decision's att-sats that puts bodies in the role with only a role predicate ("att framföra att
 * ansvaret bör ges till X") is too weak to be a choice outside the answer — a summary restates, and
 * a preamble describes — but where it names a body the answer does not choose, the row says so:
 * the answer may have been read short. Minutes of our own, in several wordings.
 */
import { describe, expect, it } from 'vitest';
import { tabulate } from '../../src/analyze/tabulate.js';
import { buildRound } from '../../src/round.js';

const QUESTIONS = ['Hur ser ni på förslaget om parkvärdar?', 'Vilken nämnd bör ha det samordnande ansvaret för parkvärdarna?'];

/** A minutes extract: the decision in att-satser, then the answer under the questions. */
function extract(decision: string, answer: string): string {
  return [
    'Servicenämnden',
    '',
    '§ 23 Remiss om parkvärdar',
    '',
    'Beslut',
    'Servicenämnden beslutar',
    'att tillstyrka förslaget,',
    decision,
    'att överlämna tjänsteskrivelsen som nämndens yttrande.',
    '',
    'Fråga 1. Hur ser ni på förslaget om parkvärdar?',
    'Nämnden ser positivt på parkvärdar i de större parkerna.',
    '',
    'Fråga 2. Vilken nämnd bör ha det samordnande ansvaret för parkvärdarna?',
    answer,
    '',
  ].join('\n');
}

async function row(text: string) {
  const t = tabulate(await buildRound([{ path: 'utdrag.txt', bytes: Buffer.from(text) }], { questions: QUESTIONS }));
  const r = t.rows.find((x) => x.respondent === 'SN')!;
  return { choices: r.choices.map((id) => [...t.columns.find((c) => c.id === id)!.members].sort().join('+')), review: r.review.join(' | ') };
}

const ANSWER_FRN = 'Förvaltningen anser att fritidsnämnden bör ges ansvaret, eftersom den har erfarenhet av verksamhet i parkerna.';

describe("a decision naming a body the answer does not choose is a reason to look", () => {
  it.each([
    'att framföra att samordningsansvaret i första hand bör ges till fritidsnämnden och i andra hand till kulturnämnden,',
    'att meddela att det samordnande ansvaret bör ligga hos kulturnämnden,',
    'att som sin uppfattning framföra att kulturnämnden bör samordna parkvärdarna,',
  ])('%j', async (decision) => {
    const r = await row(extract(decision, ANSWER_FRN));
    // The answer's own choice stands; the decision's other body is not added to it.
    expect(r.choices).toEqual(['FRN']);
    expect(r.review).toMatch(/sammanfattningen föreslår annat än svaret/);
  });
});

describe('a decision that agrees with the answer, or names no one for the role, adds no note', () => {
  it.each([
    'att framföra att samordningsansvaret bör ges till fritidsnämnden,',
    'att framföra att samordningsansvaret inte bör ges till kulturnämnden,',
    'att uppdra åt kulturnämnden att delta i uppföljningen,',
  ])('%j', async (decision) => {
    const r = await row(extract(decision, ANSWER_FRN));
    expect(r.choices).toEqual(['FRN']);
    expect(r.review).not.toMatch(/sammanfattningen föreslår annat än svaret/);
  });

  it('a summary that is no decision describes, and is not compared', async () => {
    const text = extract('att framföra att samordningsansvaret bör ges till fritidsnämnden,', ANSWER_FRN).replace(
      'Beslut\n',
      'Sammanfattning\nKulturnämnden bedöms kunna samordna stadens evenemang i parkerna.\n\nBeslut\n',
    );
    const r = await row(text);
    expect(r.choices).toEqual(['FRN']);
    expect(r.review).not.toMatch(/sammanfattningen föreslår annat än svaret/);
  });
});
