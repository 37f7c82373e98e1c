/**
 * Answers made of names alone ("Fritidsnämnden.", "I första hand MKB, i andra hand
 * servicenämnden."): at the opening of the answer to the question that asks who, the names are the
 * choice. Sentences of our own; valid and invalid cases as tables.
 */
import { describe, expect, it } from 'vitest';
import { choices, row, table } from './support.js';

/** Kulturnämnden's row when it answers the coordinator question with `answer`. */
async function read(answer: string) {
  const t = await table([{ name: 'Kulturnämnden', answer }]);
  const r = row(t, 'KN');
  const ordered = r.choices.map((id) => [...t.columns.find((c) => c.id === id)!.members].sort().join('+'));
  return { choices: choices(t, 'KN'), ordered, ranked: r.ranked, review: r.review.join(' | ') };
}

describe('names alone at the opening of the answer are the choice', () => {
  it.each([
    ['Fritidsnämnden.', ['FRN']],
    ['Svar: servicenämnden', ['SN']],
    ['Förslagsvis servicenämnden.', ['SN']],
    ['Lämpligen MKB.', ['MKB']],
    ['Enligt vår mening stadskontoret.', ['KS']],
    ['Svar: tekniska nämnden.', ['TN']],
    ['Förslag: tekniska nämnden.', ['TN']],
    ['MKB, som redan har bovärdar i alla stadsdelar.', ['MKB']],
    ['Servicenämnden – den har redan avtalen med väktarbolagen.', ['SN']],
    ['Stadskontoret: det krävs ett stadsövergripande mandat.', ['KS']],
    ['Fritidsnämnden och MKB.', ['FRN+MKB']],
    ['Fritidsnämnden samt MKB, eftersom de redan arbetar ihop.', ['FRN+MKB']],
    ['Fritidsnämnden och MKB gemensamt.', ['FRN+MKB']],
    ['FRITIDSNÄMNDEN, SOM REDAN LEDER DET LOKALA ARBETET.', ['FRN']],
    // The answer as the compiler quotes it.
    ['”Fritidsförvaltningen – den har redan ett områdesteam på plats.”', ['FRN']],
  ])('%j → %j', async (answer, expected) => {
    const r = await read(answer);
    expect(r.choices).toEqual(expected);
    expect(r.review).toBe('');
  });

  it.each([
    ['I första hand fritidsnämnden, i andra hand servicenämnden.', ['FRN', 'SN']],
    ['I första hand MKB. I andra hand tekniska nämnden.', ['MKB', 'TN']],
    ['Stadskontoret i första hand. Servicenämnden i andra hand.', ['KS', 'SN']],
    ['I FÖRSTA HAND SERVICENÄMNDEN. I ANDRA HAND MKB.', ['SN', 'MKB']],
    // A numbered list of names is an order of preference.
    ['1. Servicenämnden\n2. MKB', ['SN', 'MKB']],
    ['1) Stadskontoret\n2) Fritidsnämnden\n3) MKB', ['KS', 'FRN', 'MKB']],
    // "annars", "alternativt": the next choice down.
    ['Servicenämnden i första hand, annars MKB.', ['SN', 'MKB']],
    ['Stadskontoret, alternativt fritidsnämnden.', ['KS', 'FRN']],
    // The answer's number read as a sentence of its own keeps the opening open.
    ['2. I första hand MKB, i andra hand servicenämnden.', ['MKB', 'SN']],
  ])('ranked: %j → %j', async (answer, expected) => {
    const r = await read(answer);
    expect(r.ordered).toEqual(expected);
    expect(r.ranked).toBe(true);
  });
});

describe('what is not an answer of names alone', () => {
  it.each([
    // A verb of its own: read as a sentence is read.
    ['Fritidsnämnden har redan lokala samordnare i stadsdelarna.', []],
    ['Fritidsnämnden bör inte samordna arbetet.', []],
    // Another name set off after the first: a signature's "förvaltning, Malmö stad", not a reason.
    ['Servicenämnden, Malmö stad', []],
    // The respondent's own name alone is its signature.
    ['Kulturnämnden.', []],
    // A possessor, not a body put forward.
    ['Fritidsnämndens förslag.', []],
  ])('%j → %j', async (answer, expected) => {
    expect((await read(answer)).choices).toEqual(expected);
  });

  it('a name alone after the opening (a list of who gets the decision) is no choice', async () => {
    const r = await read('Vi har inget förslag på vem som bör samordna arbetet. Beslutet skickas till:\nServicenämnden.');
    expect(r.choices).toEqual([]);
  });

  it('an introduction ending in a colon keeps the opening open', async () => {
    expect((await read('Nämnden förordar följande:\nI första hand MKB, i andra hand servicenämnden.')).ordered).toEqual(['MKB', 'SN']);
  });
});
