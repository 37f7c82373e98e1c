/**
 * A round written while bodies change names (src/segment/renames.ts, found on the blind round
 * omorganisation-och-namnbyten): the old name a text gives a body of the registry ("… (tidigare
 * sociala resursnämnden)", "… har bytt namn till …") is that body, as an answer's heading and in a
 * proposal — sentences and a compilation of our own.
 */
import { describe, expect, it } from 'vitest';
import { formerNames, MAX_RENAME_WORDS } from '../../src/segment/renames.js';
import { loadRegistry } from '../../src/segment/registry.js';
import { roundFromText } from '../helpers.js';
import { tabulate } from '../../src/analyze/tabulate.js';
import { choices } from '../extract/support.js';

describe('old names', () => {
  it('pins the longest name read', () => {
    expect(MAX_RENAME_WORDS).toBe(6);
  });

  it.each([
    ['Samverkan sker med den nya arbetsmarknads- och socialnämnden (tidigare sociala resursnämnden).', 'sociala resursnamnden', 'ASN'],
    ['– Sociala resursnämnden har bytt namn till arbetsmarknads- och socialnämnden och tar över arbetsmarknadsfrågorna.', 'sociala resursnamnden', 'ASN'],
    ['Vård- och omsorgsnämnden heter från årsskiftet hälsa-, vård- och omsorgsnämnden.', 'vard och omsorgsnamnden', 'HVON'],
    ['Vuxenutbildningen förs till gymnasie- och vuxenutbildningsnämnden (före detta gymnasienämnden).', 'gymnasienamnden', 'GVN'],
  ])('%j', (text, old, id) => {
    expect(Object.fromEntries(formerNames([text], loadRegistry()))).toEqual({ [old]: id });
  });

  it.each([
    'Kommunstyrelsen (tidigare i år) beslutade om en plan.',
    'Fritidsnämnden (tidigare fritidsförvaltningen) svarar.',
    'Nämnden har bytt namn till något annat.',
  ])('none: %j', (text) => {
    expect(formerNames([text], loadRegistry()).size).toBe(0);
  });
});

describe('a round that says what a body is called now', () => {
  const text = [
    'Sammanställning av remissvar', '', 'Remissfrågor:', '1. Hur ser ni på förslaget?', '2. Vilken nämnd bör samordna arbetet?', '',
    'Ny organisation: Sociala resursnämnden har bytt namn till arbetsmarknads- och socialnämnden.', '', 'Inkomna remissvar', '',
    'Kulturnämnden', '', 'Kulturnämnden är positiv till förslaget.', '', 'Fråga 2', 'Nämnden föreslår att sociala resursnämnden samordnar arbetet.', '',
    'Sociala resursnämnden', '', 'Nämnden är positiv till förslaget.', '', 'Fråga 2', 'Nämnden tar gärna på sig samordningen.', '',
    'Miljönämnden', '', 'Miljönämnden är positiv till förslaget.', '', 'Fråga 2', 'Kommunstyrelsen bör samordna arbetet.', '',
  ].join('\n');

  it("an answer headed by the old name is the body's, and a proposal of the old name proposes it", async () => {
    const round = await roundFromText(text);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'ASN', 'MN']);
    expect(round.warnings.join(' ')).toContain('svaret under ”Sociala resursnämnden” läses som Arbetsmarknads- och socialnämnden');
    const t = tabulate(round);
    expect(choices(t, 'KN')).toEqual(['ASN']);
    expect(choices(t, 'ASN')).toEqual(['ASN']);
  });
});
