/**
 * An organisation in the genitive and the body named right after it are one body: "Region
 * Hallands regionala utvecklingsnämnd" is that region's committee, named in full, not the region
 * and a nameless "utvecklingsnämnd". A body's own genitive ("kulturnämndens uppfattning att …")
 * is not an organisation's. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.js';
import { fold } from '../../src/normalize/fold.js';
import { OWNED_BODY_CHARS } from '../../src/extract/mentions.js';
import { choices, table } from './support.js';

const SPEAKER = { id: 'KN', name: 'Kulturnämnden', kind: 'namnd', known: true };
const named = (s: string): string[] => findMentions(s, fold(s), SPEAKER).filter((m) => m.kind === 'named').map((m) => `${s.slice(m.start, m.end)}=${m.ids.join('+')}`);

describe('an organisation\'s body named after it in the genitive', () => {
  it.each([
    ['Vi föreslår Region Hallands regionala utvecklingsnämnd.', ['Region Hallands regionala utvecklingsnämnd=region-hallands-regionala-utvecklingsnamnd']],
    ['Ansvaret bör ligga hos Region Västerbottens kulturnämnd.', ['Region Västerbottens kulturnämnd=region-vasterbottens-kulturnamnd']],
    ['Region Halland bör leda arbetet.', ['Region Halland=region-halland']],
    ['Region Hallands synpunkter är kända.', ['Region Hallands=region-halland']],
  ])('%j', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });

  it.each([
    ['Vi föreslår att Region Hallands ansvar delas med Lunds kommun.'], // a noun and a verb between: no owned body
    ['Region Hallands roll och Lunds kommun bör utredas.'],
  ])('not across a noun, a verb or a list: %j', (sentence) => {
    expect(named(sentence).some((m) => m.startsWith('Lunds kommun='))).toBe(true);
  });

  it('a body\'s own genitive stays apart from the body after it', () => {
    expect(named('Nämnden delar miljönämndens uppfattning att tekniska nämnden bör leda.').length).toBe(2);
  });

  it('in the table: partner and owned body read as one joint proposal', async () => {
    const t = await table([{ name: 'Kulturnämnden', answer: 'Samordningen bör delas mellan fritidsnämnden och Region Hallands regionala utvecklingsnämnd.' }]);
    expect(choices(t, 'KN')).toEqual(['FRN+region-hallands-regionala-utvecklingsnamnd']);
  });

  it('the reach is pinned', () => {
    expect(OWNED_BODY_CHARS).toBe(30);
  });
});

describe('a body unknown to the registry, numbered ("Testnämnden 17")', () => {
  it.each([
    ['Vi föreslår Skolgårdsnämnden 17.', ['Skolgårdsnämnden 17=skolgardsnamnden-17']],
    ['Skolgårdsnämnden 17 och Parknämnden 3 bör samordna.', ['Skolgårdsnämnden 17=skolgardsnamnden-17', 'Parknämnden 3=parknamnden-3']],
    // The number marks the next item of a list, not the name.
    ['1. Skolgårdsnämnden 2. Parknämnden', ['Skolgårdsnämnden=skolgardsnamnden', 'Parknämnden=parknamnden']],
    ['Skolgårdsnämnden 2) Parknämnden', ['Skolgårdsnämnden=skolgardsnamnden', 'Parknämnden=parknamnden']],
  ])('%j', (sentence, expected) => {
    expect(named(sentence)).toEqual(expected);
  });
});
