/**
 * Taking part "som part" (coordination.json participation) is a seat in the work, not the role:
 * "Bolaget deltar gärna som part i de lokala grupperna, oavsett vem som får ansvaret" offers no
 * coordinator, and beside a proposal it does not add the speaker to it. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { choices, table } from './support.js';

async function read(answer: string): Promise<string[]> {
  return choices(await table([{ name: 'MKB Fastighet AB', answer }]), 'MKB');
}

describe('taking part as a party', () => {
  it.each([
    ['Bolaget deltar gärna som part i de lokala grupperna, oavsett vem som får ansvaret.', []],
    ['MKB föreslår att fritidsnämnden samordnar arbetet. Bolaget medverkar gärna som part i genomförandet.', ['FRN']],
    ['Fritidsnämnden bör få det samordnande ansvaret, och bolaget ingår gärna som part i de lokala grupperna.', ['FRN']],
  ])('%j', async (answer, expected) => {
    expect(await read(answer)).toEqual(expected);
  });
});
