/**
 * A body putting itself forward as the object of its own proposal ("föreslår sig själv som
 * samordnare"), and the role said as a predicate ("bör vara samordnande nämnd", "bör bli
 * sammankallande"). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { choices, table } from './support.js';

const rowOf = async (answer: string, name = 'Fritidsnämnden') => choices(await table([{ name, answer }]), 'FRN');

describe('the reflexive "sig själv" is the subject it refers back to', () => {
  it.each([
    'Nämnden föreslår sig själv som samordnare.',
    'Fritidsnämnden föreslår nu sig själv som samordnande nämnd, under förutsättning att uppdraget finansieras.',
    'Efter diskussion i nämnden föreslår vi att nämnden ser sig själv som huvudman för arbetet.',
    'Nämnden förordar sig själv som ansvarig för samordningen.',
    'Vi föreslår oss själva som samordnare.',
  ])('%s → the body itself', async (answer) => {
    expect(await rowOf(answer)).toEqual(['FRN']);
  });

  it.each([
    // The reflexive refers to the other body that is the subject: that body put itself forward.
    ['Kulturnämnden har i sitt svar föreslagit sig själv som samordnare, vilket vi stöder.', ['KN']],
    // Not a proposal at all: the body describes itself.
    ['Nämnden ser sig själv som en viktig part i det lokala arbetet.', []],
    ['Nämnden föreslår inte sig själv som samordnare.', []],
  ])('%s → %j', async (answer, expected) => {
    expect(await rowOf(answer)).toEqual(expected);
  });
});

describe('the role as a predicate: "vara samordnande", "bli samordnare", "vara sammankallande"', () => {
  it.each([
    ['Nämnden bör vara samordnande nämnd.', ['FRN']],
    ['Vi är beredda att vara samordnande för arbetet.', ['FRN']],
    ['Kulturnämnden bör vara samordnande nämnd.', ['KN']],
    ['Kulturnämnden bör bli samordnare för mötesplatserna.', ['KN']],
    ['Kulturnämnden borde bli samordnande nämnd.', ['KN']],
    ['Kulturnämnden bör vara sammankallande i styrgruppen.', ['KN']],
    ['Stadskontoret kan bli sammankallande.', ['KS']],
  ])('%s → %j', async (answer, expected) => {
    expect(await rowOf(answer)).toEqual(expected);
  });

  it.each([
    // Taking part, not the role; and the role denied.
    ['Kulturnämnden bör vara delaktig i samordningen.', []],
    ['Kulturnämnden bör inte vara samordnande nämnd.', []],
  ])('%s → %j', async (answer, expected) => {
    expect(await rowOf(answer)).toEqual(expected);
  });
});
