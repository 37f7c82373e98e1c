/**
 * Answers typed in haste or exported without å/ä/ö, on sentences of our own in several wordings:
 * a question mark for a lost letter is read as that letter by every cue ("N?mnden f?resl?r att
 * …"), and a registry name of several words written with one letter wrong ("Arbetsmarknad- och
 * socialnämnden") is read as that body, and said so in the row.
 */
import { describe, expect, it } from 'vitest';
import { choices, row, table } from './support.js';
import { MIN_MISSPELT_PHRASE_CHARS, MISSPELT_PHRASE_KEPT_END } from '../../src/extract/mentions.js';

const R = 'Kulturnämnden';

async function read(answer: string): Promise<{ choices: string[]; review: string }> {
  const t = await table([{ name: R, answer }]);
  return { choices: choices(t, 'KN'), review: row(t, 'KN').review.join(' | ') };
}

describe('the thresholds of these rules', () => {
  it('are pinned', () => {
    expect(MIN_MISSPELT_PHRASE_CHARS).toBe(20);
    expect(MISSPELT_PHRASE_KEPT_END).toBe(3);
  });
});

describe('a text with question marks for lost letters reads as damaged, as OCR output does', () => {
  it.each([
    ['N?mnden f?resl?r att fritidsn?mnden samordnar.', true],
    ['Vem ska samordna? Nämnden vet inte. Hur? Det är oklart.', false],
    ['Se https://malmo.se/sida?id=3 och https://malmo.se/a?b=1 för underlaget.', false],
  ])('%j: %s', async (text, expected) => {
    const { looksOcrRead, MIN_LOST_LETTERS } = await import('../../src/tag/ocr-read.js');
    expect(MIN_LOST_LETTERS).toBe(3);
    expect(looksOcrRead(text)).toBe(expected);
  });
});

describe('a question mark for a lost å/ä/ö is read as the letter', () => {
  it.each([
    ['N?mnden f?resl?r att fritidsn?mnden f?r det samordnande ansvaret.', ['FRN']],
    ['Enligt n?mndens uppfattning b?r ansvaret f?r arbetet ligga hos kommunstyrelsen.', ['KS']],
    ['Kommunstyrelsen b?r samordna arbetet. N?mnden har ?verv?gt om fritidsn?mnden skulle kunna ta rollen men bed?mer att den inte har mandat.', ['KS']],
    ['Vi f?resl?r att servicen?mnden f?r ansvaret.', ['SN']],
  ])('%j', async (answer, expected) => {
    expect((await read(answer)).choices).toEqual(expected);
  });
});

describe('a name of several words with one letter wrong', () => {
  it.each([
    ['Vi föreslår att Arbetsmarknad- och socialnämnden får ansvaret.', ['ASN'], 'Arbetsmarknad- och socialnämnden'],
    ['Nämnden föreslår att arbetsmarknads- och socialnämden samordnar arbetet.', ['ASN'], 'arbetsmarknads- och socialnämden'],
    ['Ansvaret bör ligga hos gymnasie- och vuxenutbildningsnämden.', ['GVN'], 'gymnasie- och vuxenutbildningsnämden'],
  ])('%j → %j, and the row says how it was read', async (answer, expected, written) => {
    const r = await read(answer);
    expect(r.choices).toEqual(expected);
    expect(r.review).toContain(`”${written}” är läst som`);
  });

  it.each([
    // As written, or with the hyphen's space left out: the name itself.
    'Vi föreslår att arbetsmarknads- och socialnämnden får ansvaret.',
    'Vi föreslår att arbetsmarknads-och socialnämnden får ansvaret.',
    // Another ending is another word ("nämnderna", "nämnder"): no slip.
    'Vi föreslår att arbetsmarknads- och socialnämnderna samråder.',
    // Too short a name to read with a letter wrong.
    'Vi föreslår att tekniska nämnder samordnar arbetet lokalt.',
  ])('no slip read: %j', async (answer) => {
    expect((await read(answer)).review).not.toContain('en bokstav fel');
  });
});
