/**
 * Readings taken from the blind rounds of interview notes and Roman-numbered compilations, each on
 * sentences of our own: a choice made before a second one is the first; "if the body chosen
 * fails, Y" is Y in second place; a question puts no one forward; what holds "whoever gets the
 * role" is no condition; names alone under a heading that asks whom answer it.
 */
import { describe, expect, it } from 'vitest';
import { row, table } from './support.js';
import { MAX_SAID_WORDS } from '../../src/extract/preferences.js';

/** Kulturnämnden's row, its choices in order (members joined), when it answers with `answer`. */
async function read(answer: string) {
  const t = await table([{ name: 'Kulturnämnden', answer }]);
  const r = row(t, 'KN');
  const ordered = r.choices.map((id) => [...t.columns.find((c) => c.id === id)!.members].sort().join('+'));
  return { ordered, ranked: r.ranked, conditional: r.conditional, stance: r.stance, review: r.review.join(' | ') };
}

describe('a choice made before a second one is the first', () => {
  it.each([
    ['Nämnden förordar att kommunstyrelsen ges samordningsansvaret. I andra hand är fritidsnämnden ett lämpligt alternativ.', ['KS', 'FRN']],
    ['Tekniska nämnden bör leda arbetet. I andra hand kan MKB ta rollen.', ['TN', 'MKB']],
    ['Vi vill att stadskontoret samordnar. Fritidsnämnden är i andra hand ett möjligt alternativ.', ['KS', 'FRN']],
  ])('%j → %j, ranked', async (answer, want) => {
    const r = await read(answer);
    expect(r.ordered).toEqual(want);
    expect(r.ranked).toBe(true);
  });
});

describe('"if the body chosen fails, Y": Y comes second, on no condition', () => {
  it.each([
    ['Nämnden förordar i första hand att kommunstyrelsen ges ansvaret. Skulle kommunstyrelsen inte vilja ta på sig rollen ser nämnden fritidsnämnden som ett lämpligt alternativ.', ['KS', 'FRN']],
    ['Fritidsnämnden bör samordna. Om fritidsnämnden inte kan ta uppdraget bör tekniska nämnden göra det.', ['FRN', 'TN']],
    ['Vi föreslår MKB. Om MKB inte vill ser vi gärna att stadskontoret tar rollen.', ['MKB', 'KS']],
  ])('%j → %j', async (answer, want) => {
    const r = await read(answer);
    expect(r.ordered).toEqual(want);
    expect(r.conditional).toBe(false);
  });
});

describe('a question puts no one forward', () => {
  it.each([
    ['Har ni funderat på att tekniska nämnden skulle ta rollen? Nej, vi anser att fritidsnämnden ska samordna.', ['FRN']],
    ['Kan MKB verkligen leda något sådant? Kommunstyrelsen bör ha ansvaret.', ['KS']],
    ['Varför skulle servicenämnden samordna detta? Nämnden förordar stadskontoret.', ['KS']],
  ])('%j → %j', async (answer, want) => {
    expect((await read(answer)).ordered).toEqual(want);
  });

  // Even one that answers itself ("Borde inte …?"): a glance, not a silent choice.
  it.each([
    ['Borde inte fritidsnämnden leda arbetet? Det vore naturligt.', 'FRN'],
    ['Borde inte kommunstyrelsen ha det samordnande ansvaret? Nämnden lämnar frågan öppen.', 'KS'],
  ])('%j: no choice, %s flagged', async (answer, id) => {
    const r = await read(answer);
    expect(r.ordered).toEqual([]);
    expect(r.review).toContain(id);
  });
});

describe('what holds whoever gets the role is no condition', () => {
  it.each([
    ['Nämnden förordar att fritidsnämnden samordnar. Oavsett val av huvudman förutsätter nämnden att skolans ansvar består.', false],
    ['Kommunstyrelsen bör ha ansvaret. Vilken nämnd som än väljs förutsätter arbetet en egen budget.', false],
    // Without it, the requirement conditions the proposal before it.
    ['Nämnden förordar att fritidsnämnden samordnar. Det förutsätter att resurser tillförs.', true],
  ])('%j → conditional %s', async (answer, conditional) => {
    expect((await read(answer)).conditional).toBe(conditional);
  });
});

describe('names alone under a heading that asks whom', () => {
  it.each([
    ['JE: Vem bör ha det samordnande ansvaret för arbetet?\n\n– I första hand fritidsnämnden. De har redan arbetet i områdena.', ['FRN']],
    ['Vem bör samordna arbetet?\n\nStadskontoret.', ['KS']],
  ])('%j → %j', async (answer, want) => {
    expect((await read(answer)).ordered).toEqual(want);
  });

  it('a heading that asks something else leaves names alone unread as the choice', async () => {
    const r = await read('Nämnden har tagit del av förslaget.\n\nVilka nätverk deltar ni i?\n\nFritidsnämnden. Vi träffas varje månad.');
    expect(r.ordered).toEqual([]);
  });
});

describe('a condition opening what a verb of saying introduces', () => {
  it.each([
    ['Nämnden menar att om fritidsnämnden inte kan ta uppdraget bör kommunstyrelsen samordna arbetet.', ['KS'], true],
    ['Vi tycker att om resurser tillförs bör tekniska nämnden leda arbetet.', ['TN'], true],
    // After a first choice, the case that it fails: the second.
    ['Fritidsnämnden bör samordna. Vi anser att om fritidsnämnden inte vill bör stadskontoret ta rollen.', ['FRN', 'KS'], false],
  ])('%j → %j, conditional %s', async (answer, want, conditional) => {
    const r = await read(answer as string);
    expect(r.ordered).toEqual(want);
    expect(r.conditional).toBe(conditional);
  });

  it('the words between the verb and "att om" are few: pinned', () => {
    expect(MAX_SAID_WORDS).toBe(3);
  });
});

describe('a contrast that denies the role itself', () => {
  it.each([
    'Nämnden är utförare, inte den som ska samordna arbetet.',
    'Vi är en part bland andra och inte den som bör leda arbetet.',
    'Kulturnämnden bidrar med lokaler, inte det organ som ska hålla ihop programmet.',
  ])('%j puts the speaker forward for nothing', async (answer) => {
    const r = await read(answer);
    expect(r.ordered).toEqual([]);
    expect(r.stance).not.toBe('proposes');
  });

  it.each([
    // A body after the contrast: the contrast sets that body aside, the role is the others'.
    ['Fritidsnämnden, inte kulturnämnden, bör samordna arbetet.', ['FRN']],
    ['Fritidsnämnden och inte MKB bör leda arbetet.', ['FRN']],
    // A role given before the contrast stands.
    ['Stadskontoret bör samordna, inte den nämnd som har flest verksamheter.', ['KS']],
  ])('%j keeps its reading', async (answer, want) => {
    expect((await read(answer)).ordered).toEqual(want);
  });
});

describe('a rank after the role verb is no task of the role', () => {
  it.each([
    ['Nämnden förordar kommunstyrelsen. Om kommunstyrelsen inte vill bör fritidsnämnden samordna i andra hand.', ['KS', 'FRN']],
    ['I första hand kommunstyrelsen. Om det inte blir kommunstyrelsen, bör tekniska nämnden leda arbetet i andra hand.', ['KS', 'TN']],
  ])('%s', async (answer, want) => {
    const r = await read(answer);
    expect(r.ordered).toEqual(want);
    expect(r.ranked).toBe(true);
  });

  it('read, and flagged where no rank ties it to the body', async () => {
    const r = await read('Nämnden förordar kommunstyrelsen. Fritidsnämnden bör samordna i andra hand.');
    expect(r.ordered).toEqual(['KS', 'FRN']);
    expect(r.review).not.toBe('');
  });
});
