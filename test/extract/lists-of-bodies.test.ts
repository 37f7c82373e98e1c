/**
 * Answers full of lists of bodies, of which one or two are put forward — sentences of our own, in
 * several wordings: "med X som sammanhållande" after a list of those worked with, names that are
 * the subject of a sentence going on after an aside, a condition cue ending a relative clause, what
 * the work needs, and a proposal announced with a colon over a numbered list.
 */
import { describe, expect, it } from 'vitest';
import { readAnswer } from './support.js';

const read = readAnswer;

describe('"med X som <roll>": the body set in the role as a noun', () => {
  it.each([
    ['Stadens insatser bör genomföras i samverkan med grundskolenämnden, kulturnämnden och fritidsnämnden, men med kommunstyrelsen som sammanhållande.', ['KS']],
    ['Arbetet bör bedrivas med kommunstyrelsen som samordnare.', ['KS']],
    ['Insatserna kan genomföras i samverkan med kulturnämnden, med fritidsnämnden som sammankallande part.', ['FRN']],
    ['Nätverket ska byggas upp tillsammans med skolorna och med tekniska nämnden som huvudman.', ['TN']],
  ])('%j → %j', async (answer, want) => {
    expect((await read(answer)).choices).toEqual(want);
  });

  it.each([
    // Today's order, no modal: not put forward.
    'Arbetet bedrivs i dag med fritidsnämnden som samordnare och det fungerar väl.',
    // "med X som" and something other than the role: X goes along.
    'Arbetet bör bedrivas i samverkan med kulturnämnden, med fritidsnämnden som en aktiv part.',
  ])('%j puts no body in the role', async (answer) => {
    expect((await read(answer)).choices).toEqual([]);
  });
});

describe('names that are the subject of a sentence going on after an aside', () => {
  it.each([
    'Kommunstyrelsen, fritidsnämnden och tekniska nämnden – dock inte kulturnämnden – har alla de kontaktytor som uppdraget kräver.',
    'Kommunstyrelsen och tekniska nämnden (men inte kulturnämnden) har kontakterna som behövs.',
    'Fritidsnämnden och kulturnämnden – båda med lokal närvaro – möter redan barnen.',
  ])('%j is no answer of names alone', async (answer) => {
    expect((await read(answer)).choices).toEqual([]);
  });

  it.each([
    ['Kommunstyrelsen – den har redan mandatet.', ['KS']],
    ['Kommunstyrelsen (stadskontoret).', ['KS']],
    ['Fritidsnämnden, som har den lokala närvaron.', ['FRN']],
  ])('%j still is: %j', async (answer, want) => {
    expect((await read(answer)).choices).toEqual(want);
  });
});

describe('a condition cue in the next sentence', () => {
  it.each([
    'Nämnden ställer sig bakom att fritidsnämnden ges det samordnande ansvaret. Fritidsnämnden har redan byggt upp den närvaro som strukturen förutsätter, och gatukontoret medverkar i det arbetet.',
    'Nämnden anser att fritidsnämnden bör samordna arbetet. Nämnden har de nätverk som en samordning förutsätter; de behöver inte byggas upp.',
  ])('ending a relative clause, is no condition: %j', async (answer) => {
    const r = await read(answer);
    expect(r.choices).toEqual(['FRN']);
    expect(r.conditional).toBe(false);
  });

  it.each([
    'Nämnden föreslår att kommunstyrelsen samordnar arbetet. Ett stadsövergripande mandat är en förutsättning för att samordningen ska få genomslag.',
    'Vi förordar kommunstyrelsen. Ett tydligt mandat är en förutsättning för att arbetet ska lyckas.',
  ])('saying what the work needs, is read as a reason and flagged: %j', async (answer) => {
    const r = await read(answer);
    expect(r.choices).toEqual(['KS']);
    expect(r.conditional).toBe(false);
    expect(r.review).toContain('ett villkor för förslaget eller bara ett skäl');
  });

  it('saying what the body needs, is a condition', async () => {
    const r = await read('Nämnden föreslår att fritidsnämnden samordnar arbetet. Förutsättningen är att fritidsnämnden får medel.');
    expect(r.choices).toEqual(['FRN']);
    expect(r.conditional).toBe(true);
  });
});

describe('a proposal announced with a colon over the names', () => {
  it.each([
    ['Frågan har diskuterats i nämnden. Nämnden föreslår följande rangordning:\n1. Kommunstyrelsen\n2. Fritidsnämnden', ['FRN', 'KS']],
    ['Vi har vägt flera alternativ. Vi förordar följande:\n1. Tekniska nämnden\n2. Kommunstyrelsen', ['KS', 'TN']],
  ])('%j → %j', async (answer, want) => {
    expect((await read(answer)).choices).toEqual(want);
  });
});

describe('a sponsor of the work', () => {
  it.each([
    ['Kommunstyrelsen bör vara sponsor på strategisk nivå.', ['KS']],
    ['Vi menar att fritidsnämnden ska bli sponsor för arbetet.', ['FRN']],
  ])('%j → %j', async (answer, want) => {
    expect((await read(answer)).choices).toEqual(want);
  });
});
