/**
 * A decision's att-sats is the body's own word even where it only sums up, as a minutes extract's
 * "Beslut" above the tjänsteskrivelse it sends: "att framföra att ansvaret bör ges till X" is read
 * with every proposal cue, not only the strong ones a summary is held to. Where it names a body
 * the answer does not choose, the row says so. Minutes of our own, in several wordings.
 */
import { describe, expect, it } from 'vitest';
import { minutesRow } from './support.js';

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

const row = (text: string) => minutesRow(text, QUESTIONS);

const ANSWER_FRN = 'Förvaltningen anser att fritidsnämnden bör ges ansvaret, eftersom den har erfarenhet av verksamhet i parkerna.';

describe("a decision's att-sats is read as the body's word", () => {
  it.each([
    ['att framföra att samordningsansvaret i första hand bör ges till fritidsnämnden och i andra hand till kulturnämnden,', ['FRN', 'KN']],
    ['att meddela att det samordnande ansvaret bör ligga hos kulturnämnden,', ['FRN', 'KN']],
    ['att som sin uppfattning framföra att kulturnämnden bör samordna parkvärdarna,', ['FRN', 'KN']],
  ])('%j', async (decision, expected) => {
    const r = await row(extract(decision, ANSWER_FRN));
    expect([...r.choices].sort()).toEqual(expected);
    // A body the answer does not choose: the analyst looks.
    expect(r.review).toMatch(/sammanfattningen föreslår annat än svaret|utan rangordning/);
  });

  it.each([
    // The att-sats after the one that sends the tjänsteskrivelse, joined by ", samt".
    'Servicenämnden beslutar\natt överlämna tjänsteskrivelsen som nämndens yttrande, samt\natt framföra att kulturnämnden bör samordna parkvärdarna.',
    'Servicenämnden beslutar att överlämna tjänsteskrivelsen; att framföra att kulturnämnden bör samordna parkvärdarna.',
  ])('with no answer of its own: %j', async (decision) => {
    const text = ['Servicenämnden', '', '§ 23 Remiss om parkvärdar', '', 'Beslut', decision, '', 'Fråga 1. Hur ser ni på förslaget om parkvärdar?', 'Nämnden ser positivt på parkvärdar.', ''].join('\n');
    expect((await row(text)).choices).toEqual(['KN']);
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

describe('a choice read from a summary while the answer names its body for another function', () => {
  it('is flagged: which of the two is the answer, the analyst decides', async () => {
    const text = [
      'Servicenämnden', '', '§ 23 Remiss om parkvärdar', '',
      'Sammanfattning', 'Förvaltningen föreslår att nämnden förklarar sig beredd att åta sig samordningen av parkvärdarna.', '',
      'Fråga 1. Hur ser ni på förslaget om parkvärdar?', 'Nämnden ser positivt på parkvärdar.', '',
      'Fråga 2. Vilken nämnd bör ha det samordnande ansvaret för parkvärdarna?',
      'Servicenämnden är beredd att ta på sig ansvaret för Trygga parker 2027, under förutsättning att medel tillförs.', '',
    ].join('\n');
    const r = await row(text);
    expect(r.choices).toEqual(['SN']);
    expect(r.review).toMatch(/förslaget är läst utanför svaret på frågan/);
  });
});
