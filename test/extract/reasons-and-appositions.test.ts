/**
 * Two readings of a proposal's wording, on sentences of our own in several wordings:
 * - a condition cue inside a reason ("…, eftersom modellen förutsätter att …") is the reason's,
 *   not a condition on the proposal (coordination.json reasonOpener); a relative "vilket
 *   förutsätter att …" or a condition of its own still conditions it;
 * - a name explained by the one after it ("socialtjänsten, det vill säga arbetsmarknads- och
 *   socialförvaltningen") is one body, not two choices (coordination.json apposition).
 */
import { describe, expect, it } from 'vitest';
import { MAX_APPOSITION_GAP } from '../../src/extract/mentions.js';
import { choices, row, table } from './support.js';

async function read(answer: string) {
  const t = await table([{ name: 'Kulturnämnden', answer }]);
  return { choices: choices(t, 'KN'), conditional: row(t, 'KN').conditional };
}

describe('a condition cue inside a reason conditions nothing', () => {
  it.each([
    'I första hand anser nämnden att kommunstyrelsen ska ha det samordnande ansvaret, eftersom modellen förutsätter att alla nämnder prioriterar samma områden.',
    'Kommunstyrelsen bör samordna arbetet då arbetet förutsätter att alla nämnder prioriterar samma områden.',
    'Nämnden förordar kommunstyrelsen som samordnare, därför att programmet förutsätter att stadens samlade resurser används.',
    'Kommunstyrelsen bör få ansvaret i och med att strategin förutsätter att alla nämnder deltar.',
    // A reason in a sentence of its own.
    'Nämnden föreslår att kommunstyrelsen ges det samordnande ansvaret. Skälet är att arbetet förutsätter att alla nämnder deltar.',
    'Kommunstyrelsen bör samordna. Anledningen är att ett långsiktigt arbete förutsätter en överblick över hela staden.',
    'Kommunstyrelsen bör samordna. Skälet är att arbetet på skolgårdar, i parker och på mötesplatser förutsätter att en nämnd håller samman det.',
  ])('%j', async (answer) => {
    expect(await read(answer)).toEqual({ choices: ['KS'], conditional: false });
  });
});

describe('a condition of the proposal still conditions it', () => {
  it.each([
    'Nämnden föreslår att kommunstyrelsen samordnar arbetet, vilket förutsätter att kommunstyrelsen får medel.',
    'Kommunstyrelsen bör samordna arbetet, förutsatt att den tillförs medel, eftersom den har överblicken.',
    'Under förutsättning att medel tillförs bör kommunstyrelsen samordna arbetet, eftersom den har överblicken.',
    'Nämnden föreslår att kommunstyrelsen ges det samordnande ansvaret. Det förutsätter att kommunstyrelsen får medel för det.',
  ])('%j', async (answer) => {
    expect(await read(answer)).toEqual({ choices: ['KS'], conditional: true });
  });
});

describe('a name explained by the one after it is one body', () => {
  it.each([
    ['Vi anser att det är socialtjänsten, det vill säga arbetsmarknads- och socialförvaltningen, som bör samordna grupperna.', ['ASN']],
    ['Vi anser att socialtjänsten (dvs. arbetsmarknads- och socialförvaltningen) bör samordna grupperna.', ['ASN']],
    ['Samordningen av grupperna bör ligga hos stadskontoret, alltså kommunstyrelsen.', ['KS']],
    ['Samordningen av grupperna bör ligga hos stadskontoret, närmare bestämt kommunstyrelsen.', ['KS']],
  ])('%j', async (answer, expected) => {
    expect((await read(answer)).choices).toEqual(expected);
  });

  it('two bodies named side by side without such words stay two', async () => {
    expect((await read('Samordningen av grupperna bör ligga hos stadskontoret och fritidsnämnden gemensamt.')).choices).toEqual(['FRN+KS']);
  });

  it('pins the longest gap', () => {
    expect(MAX_APPOSITION_GAP).toBe(24);
  });
});
