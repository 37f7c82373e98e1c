/**
 * A decision that adopts a draft answer with a change (coordination.json amendment): the wording
 * it quotes is the committee's answer where it speaks of the role, the draft's proposal is not,
 * and the row says so. A change elsewhere leaves the draft's proposal. Minutes of our own.
 */
import { describe, expect, it } from 'vitest';
import { minutesRow } from './support.js';
import { AMENDMENT_QUOTE_GAP, MAX_AMENDMENT_CHARS, MAX_PART_NAME_CHARS } from '../../src/extract/amendments.js';

const QUESTIONS = ['Hur ser ni på förslaget om parkvärdar?', 'Vilken nämnd bör samordna parkvärdarna?'];

/** A minutes extract: the decision, then the adopted draft as its appendix. */
function extract(decision: string, draftProposal: string): string {
  return [
    'Servicenämnden',
    '',
    '§ 23 Remiss om parkvärdar',
    '',
    'Beslut',
    '',
    decision,
    '',
    'Bilaga 1 till § 23',
    '',
    'Förslag till yttrande',
    '',
    '1. Synen på parkvärdar',
    'Nämnden ser positivt på parkvärdar i de större parkerna.',
    '',
    '2. Samordning',
    draftProposal,
    '',
  ].join('\n');
}

const row = (text: string) => minutesRow(text, QUESTIONS);

const DRAFT = 'Nämnden föreslår att tekniska nämnden får det samordnande ansvaret för parkvärdarna.';

describe('the decision\'s wording replaces the draft\'s where it speaks of the role', () => {
  it.each([
    ['Servicenämnden beslutar att anta förslaget till yttrande med den ändringen att stycket under rubriken ”2. Samordning” ska ha följande lydelse: ”Nämnden föreslår att kulturnämnden får det samordnande ansvaret.”', ['KN']],
    ['Nämnden beslutar att översända förvaltningens förslag, med följande ändring under punkt 2: ”Servicenämnden anser att fritidsnämnden bör samordna parkvärdarna tillsammans med kulturnämnden.”', ['FRN+KN']],
    ['Nämnden beslutar att avge yttrandet med den ändringen att svaret på fråga 2 ges följande lydelse: ”Nämnden avstår från att föreslå vem som ska samordna parkvärdarna.”', []],
  ])('%j', async (decision, expected) => {
    const r = await row(extract(decision, DRAFT));
    expect(r.choices).toEqual(expected);
    expect(r.review).toMatch(/beslutet ändrar förslaget till yttrande/);
  });

  it('a further change after the wording does not hide it', async () => {
    const r = await row(extract('Nämnden beslutar att anta förslaget med den ändringen att stycket under rubriken ”2. Samordning” ska ha följande lydelse: ”Nämnden föreslår att kulturnämnden får det samordnande ansvaret.” samt med det tillägget att nämnden vill delta i uppföljningen.', DRAFT));
    expect(r.choices).toEqual(['KN']);
    expect(r.review).toMatch(/beslutet ändrar förslaget till yttrande/);
  });

  it('a change of another part leaves the draft\'s proposal', async () => {
    const r = await row(extract('Nämnden beslutar att anta förslaget med den ändringen att första stycket ska ha följande lydelse: ”Nämnden ser mycket positivt på parkvärdar i alla parker.”', DRAFT));
    expect(r.choices).toEqual(['TN']);
    expect(r.review).not.toMatch(/beslutet ändrar/);
  });

  it('without an amendment the draft is the answer', async () => {
    const r = await row(extract('Nämnden beslutar att anta förslaget till yttrande som sitt eget.', DRAFT));
    expect(r.choices).toEqual(['TN']);
  });

  it('the reach of the quoted wording is pinned', () => {
    expect(AMENDMENT_QUOTE_GAP).toBe(300);
    expect(MAX_AMENDMENT_CHARS).toBe(2000);
    expect(MAX_PART_NAME_CHARS).toBe(80);
  });
});

describe('an addition in the decision, unquoted: the clause after "att" is the wording', () => {
  it.each([
    ['Servicenämnden beslutar\n\natt som sitt yttrande översända förvaltningens förslag med tillägget att nämnden anser att kulturnämnden bör få det samordnande ansvaret,\n\natt yttrandet skickas till kommunstyrelsen.', ['KN']],
    ['Nämnden beslutar att översända förslaget till yttrande med det tillägget att fritidsnämnden och kulturnämnden gemensamt bör samordna parkvärdarna.', ['FRN+KN']],
    ['Servicenämnden beslutar att som sitt yttrande överlämna förvaltningens förslag, med den ändringen att kulturnämnden i stället bör samordna arbetet.', ['KN']],
  ])('%j', async (decision, expected) => {
    const r = await row(extract(decision, DRAFT));
    expect(r.choices).toEqual(expected);
    expect(r.review).toMatch(/beslutet ändrar förslaget till yttrande/);
  });

  it('an addition on something else leaves the draft\'s proposal', async () => {
    const r = await row(extract('Nämnden beslutar att översända förvaltningens förslag med tillägget att nämnden vill delta i uppföljningen av parkvärdarna.', DRAFT));
    expect(r.choices).toEqual(['TN']);
    expect(r.review).not.toMatch(/beslutet ändrar/);
  });

  it('outside a decision, "med den ändringen att …" is read as any sentence, not as a decision\'s change', async () => {
    const text = ['Servicenämnden', '', 'Fråga 2', 'Med den ändringen att ansvaret läggs på kulturnämnden i stället för på tekniska nämnden tillstyrker nämnden förslaget.', ''].join('\n');
    const r = await row(text);
    expect(r.review).not.toMatch(/beslutet ändrar/);
  });
});
