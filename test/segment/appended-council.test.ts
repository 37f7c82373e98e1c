/**
 * A council's own yttrande appended to its nämnd's minutes: the council answers from its heading,
 * whose first sentence of prose names it below a description and a title, and the minutes before
 * the appendix stay their committee's — text written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { PROSE_SEARCH_LINES } from '../../src/segment/respondents.js';

const QUESTIONS = ['Hur ser ni på förslaget?', 'Vilken nämnd bör samordna arbetet?'];

const page = (header: string, body: string[], n: number, of: number): string[] => [header, ...body, '', `Sida ${n} av ${of}`];

describe('a council appended to the minutes', () => {
  const minutes = [
    ...page('Kulturnämnden · Protokollsutdrag', ['Sammanträdesdatum 2026-04-09', '', 'Kulturnämnden beslutar', 'att överlämna Ungdomsrådets yttrande till kommunstyrelsen tillsammans med nämndens.', '', 'Svar på fråga 1', 'Nämnden ser positivt på förslaget och vill delta i arbetet.', '', 'Svar på fråga 2', 'Nämnden föreslår att fritidsnämnden samordnar arbetet.'], 1, 2),
    '\f',
    ...page('Kulturnämnden · Protokollsutdrag', ['Bilaga 2 till § 54', '', 'UNGDOMSRÅDET', 'Kulturnämndens råd för barn- och ungdomsfrågor', '', 'Yttrande över remiss om parkvärdar', 'Beslutat vid rådets möte 2026-04-02', '', 'Ungdomsrådet, där stadens ungdomsföreningar är företrädda, har tagit del av förslaget och vill framföra följande.', '', 'Rådet anser att servicenämnden bör samordna arbetet.'], 2, 2),
  ].join('\n');

  it('answers from its heading; the minutes before it stay their committee\'s', async () => {
    const round = await buildRound([{ path: 'protokoll.txt', bytes: Buffer.from(minutes) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.name.toLowerCase())).toEqual(['kulturnämnden', 'ungdomsrådet']);
    const council = round.respondents[1].id;
    expect(round.segments.some((s) => s.respondent === council && s.text.includes('servicenämnden bör samordna'))).toBe(true);
    expect(round.segments.some((s) => s.respondent === 'KN' && s.text.includes('fritidsnämnden samordnar'))).toBe(true);
  });

  it('its first sentence of prose is looked for this many lines with text under the name', () => {
    expect(PROSE_SEARCH_LINES).toBe(6);
  });
});
