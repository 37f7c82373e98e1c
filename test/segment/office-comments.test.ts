/**
 * The compiling office's comments inside a compilation's answers (src/segment/office-comments.ts):
 * the compiler's text, not the respondent's — a samrådsredogörelse written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { tabulate } from '../../src/analyze/tabulate.js';
import { opensOfficeComment } from '../../src/segment/office-comments.js';

const text = [
  'Malmö stad', 'Stadskontoret', '', 'Samrådsredogörelse – parkvärdar', '',
  'Remissinstanserna ombads besvara följande frågor:', '', '1. Hur ser ni på förslaget?', '', '2. Vilken nämnd bör samordna arbetet med parkvärdarna?', '',
  'Kulturnämnden', 'Nämnden är positiv och anser att fritidsnämnden bör samordna arbetet.',
  'Stadskontorets kommentar: Kontoret delar bedömningen men föreslår att servicenämnden samordnar arbetet, eftersom CTC-arbetet redan finns där.', '',
  'Miljönämnden', 'Nämnden avstår från att föreslå någon.',
  'Kommentar: Stadskontoret noterar att tekniska nämnden bör leda arbetet enligt flera andra instanser.', '',
  'Servicenämnden', 'Nämnden anser att den själv bör samordna arbetet.', '',
].join('\n');

describe('the office\'s comment on an answer', () => {
  it('is the compiler\'s text: not the respondent\'s proposal, nor its processes', async () => {
    const round = await buildRound([{ path: 'samrad.txt', bytes: Buffer.from(text) }]);
    const kn = round.segments.filter((s) => s.respondent === 'KN').map((s) => s.text).join(' ');
    expect(kn).toContain('fritidsnämnden bör samordna');
    expect(kn).not.toContain('Kontoret delar');
    expect(kn).not.toContain('CTC');
    expect(round.segments.some((s) => s.respondent === null && s.part === 'compilation' && s.text.startsWith('Stadskontorets kommentar'))).toBe(true);
    const t = tabulate(round);
    expect(t.rows.find((r) => r.respondent === 'KN')?.choices).toEqual(['FRN']);
    expect(t.rows.find((r) => r.respondent === 'MN')?.choices).toEqual([]);
  });

  it.each([
    ['Kommunledningskontorets kommentar: Kontoret delar bedömningen.', true],
    ['Kommentar: Kommunledningskontoret noterar att …', true],
    ['Kommunledningskontorets bedömning: …', true],
    ['Kommentar: Nämnden vill tillägga att …', false],
    ['Kommentar: fritidsnämnden bör samordna.', false],
    ['Kontoret noterar att nämnden är positiv.', false],
  ])('%j opens it: %s', (line, opens) => {
    expect(opensOfficeComment(line, ['kommunledningskontoret'])).toBe(opens);
  });
});
