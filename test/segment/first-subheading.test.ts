/**
 * A compilation whose answers all open with the same subheading ("Om förslaget"), some on a new
 * page and some right below the last answer's text: a body's name above that subheading is a
 * respondent, known to the registry or not.
 */
import { describe, expect, it } from 'vitest';
import { roundFromText } from '../helpers.js';
import { SUBHEADING_REACH } from '../../src/segment/senders.js';

const PREAMBLE = ['Sammanställning av remissvar', '', 'Frågorna:', '1. Vad tycker ni om förslaget?', '2. Vem ska samordna arbetet?', ''];
const FOOTER = ['', '________________________________________', 'Sammanställning · KS-2026-00412                Sida 1 av 4', '', ''];

function answer(name: string, pageBreak: boolean): string[] {
  return [...(pageBreak ? FOOTER : ['', '']), name, '', 'Om förslaget', `${name.split(' ')[0]} tycker att förslaget är bra.`, '', 'Vem ska hålla i arbetet?', 'De vill att kommunstyrelsen ska hålla i arbetet.'];
}

describe('a name above the subheading every answer opens with', () => {
  it('is pinned: the subheading within a few lines', () => {
    expect(SUBHEADING_REACH).toBe(3);
  });

  it.each([
    ['an association and a council below the text, the committees after page breaks', ['Kulturföreningen Seved Tillsammans', 'Ungdomsrådet i Fosie']],
    ['a tenants\u2019 association', ['Hyresgästföreningen Holma-Kroksbäck']],
  ])('%s', async (_what, outside) => {
    const text = [
      ...PREAMBLE,
      ...answer('Fritidsnämnden', true),
      ...answer(outside[0], false),
      ...answer('Grundskolenämnden', true),
      ...(outside[1] ? answer(outside[1], false) : []),
      ...answer('Tekniska nämnden', true),
      ...answer('Kulturnämnden', true),
    ].join('\n');
    const round = await roundFromText(text);
    const names = round.respondents.map((r) => r.name);
    for (const o of outside) expect(names).toContain(o);
    expect(names).toContain('Fritidsnämnden');
  });

  it('a subheading that also opens other sections teaches nothing', async () => {
    const text = [
      ...PREAMBLE,
      ...answer('Fritidsnämnden', true),
      ...answer('Grundskolenämnden', true),
      ...answer('Tekniska nämnden', true),
      '',
      '',
      'Stadskontorets kommentarer',
      '',
      'Om förslaget',
      'Kontoret noterar att svaren går isär.',
    ].join('\n');
    const round = await roundFromText(text);
    expect(round.respondents.map((r) => r.name)).not.toContain('Stadskontorets kommentarer');
  });
});
