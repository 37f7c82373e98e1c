/**
 * Two bodies named in one word with the first half of the compound suspended, in the plural
 * ("kultur- och fritidsnämnderna"): one mention of both bodies (src/extract/mentions.ts
 * suspendedPlurals, structure.json suspendedPlurals) — sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.js';
import { fold } from '../../src/normalize/fold.js';
import { loadStructure } from '../../src/normalize/structure.js';

const named = (text: string): string[][] => findMentions(text, fold(text), null).filter((m) => m.kind === 'named').map((m) => m.ids);

describe('bodies named with the first half of the compound suspended', () => {
  it.each([
    ['Ett delat ansvar för kultur- och fritidsnämnderna vore bäst.', [['KN', 'FRN']]],
    ['Kultur- och fritidsnämnderna bör leda arbetet gemensamt.', [['KN', 'FRN']]],
    ['Vi föreslår att miljö- och servicenämnderna samordnar.', [['MN', 'SN']]],
    // The second half a word of its own, and "samt".
    ['Vi förordar att fritids- och tekniska nämnderna gemensamt ges ansvaret.', [['FRN', 'TN']]],
    ['Miljö- samt servicenämnderna bör dela på rollen.', [['MN', 'SN']]],
    // "respektive" shares out the kind, in the singular too.
    ['Nämnden ser inte att kultur- respektive fritidsnämnden bör bära rollen.', [['KN', 'FRN']]],
    ['Kultur- respektive fritidsnämnderna har egna uppdrag.', [['KN', 'FRN']]],
    // Named in full, each is its own mention.
    ['Kulturnämnden och fritidsnämnden bör leda arbetet.', [['KN'], ['FRN']]],
  ])('%s', (text, want) => {
    expect(named(text)).toEqual(want);
  });

  it.each([
    // In the singular it is one body's name (another city's "kultur- och fritidsnämnden"), not two of Malmö's.
    'Kultur- och fritidsnämnden bör leda arbetet.',
    // "och" with the singular: one body's name, also with the second half a word of its own.
    'Hälso- och sjukvårdsnämnden i regionen bör tillfrågas.',
    'Miljö- och tekniska nämnden i grannkommunen har en annan ordning.',
    // A half the registry does not know.
    'Vi föreslår att park- och fritidsnämnderna samordnar.',
  ])('not two bodies: %s', (text) => {
    expect(named(text).some((ids) => ids.length > 1)).toBe(false);
  });

  it('the words between the halves are data: pinned', () => {
    expect(loadStructure().suspendedJoins).toEqual(['och', 'samt']);
    expect(loadStructure().distributiveJoins).toEqual(['respektive']);
  });

  it('the plural endings are data: pinned', () => {
    expect([...loadStructure().suspendedPlurals]).toEqual([
      ['namnderna', 'namnden'],
      ['forvaltningarna', 'forvaltningen'],
      ['styrelserna', 'styrelsen'],
    ]);
  });
});
