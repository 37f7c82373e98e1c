/**
 * A compilation's roster of who answered (src/segment/roster.ts), and a ministry's compilation
 * arranged by question where each respondent's paragraph opens with its name — some of them
 * known only from the roster, one after the compiler's run-in label ("Remissinstanserna: …").
 */
import { describe, expect, it } from 'vitest';
import { MAX_ROSTER_NAME_WORDS, MIN_ROSTER_NAMES, rosterOf } from '../../src/segment/roster.js';
import { buildRound } from '../../src/round.js';
import { linesOf } from '../helpers.js';

describe('the roster of who answered', () => {
  it('its thresholds are pinned', () => {
    expect(MIN_ROSTER_NAMES).toBe(3);
    expect(MAX_ROSTER_NAME_WORDS).toBe(7);
  });

  it.each([
    [
      'Yttranden har kommit in från följande remissinstanser: Brottsförebyggande rådet (Brå), Polismyndigheten, Kriminalvården och Sveriges Kommuner och Regioner (SKR).',
      { 'bra': 'Brottsförebyggande rådet', 'kriminalvarden': 'Kriminalvården', 'sveriges kommuner och regioner': 'Sveriges Kommuner och Regioner', 'skr': 'Sveriges Kommuner och Regioner' },
    ],
    [
      'Remissvar har inkommit från: Länsstyrelsen i Hallands län, Vallby kommun, Hyresgästföreningen och Föreningen Gården.',
      { 'lansstyrelsen i hallands lan': 'Länsstyrelsen i Hallands län', 'lansstyrelsen': 'Länsstyrelsen i Hallands län', 'vallby kommun': 'Vallby kommun' },
    ],
  ])('%s', (text, expected) => {
    const roster = rosterOf(linesOf(text));
    for (const [k, v] of Object.entries(expected)) expect(roster.get(k)).toBe(v);
  });

  it.each([
    ['those who did not answer', 'Följande remissinstanser har inte svarat: Folkhälsomyndigheten, Region Halland och Vallby kommun.'],
    ['two names are no roster', 'Yttranden har kommit in från följande remissinstanser: Polismyndigheten och Kriminalvården.'],
    ['a sentence naming no list', 'Yttranden har kommit in från flera håll under våren.'],
  ])('none: %s', (_what, text) => {
    expect(rosterOf(linesOf(text)).size).toBe(0);
  });
});

const MINISTRY = `Justitiedepartementet

Sammanställning av remissyttranden över promemorian En modell för lokal samverkan

1 Remissinstanser

Yttranden har kommit in från följande remissinstanser: Brottsförebyggande rådet (Brå), Kriminalvården, Vallby kommun och Sveriges Kommuner och Regioner (SKR).

2 Remissinstansernas synpunkter

2.1 Modellen i stort

Promemorians förslag: En modell införs.

Remissinstanserna: Brå tillstyrker förslaget och bedömer att modellen behövs.

Kriminalvården har inga invändningar mot förslaget.

Vallby kommun (kommunstyrelsen) är positiv till att en modell tas fram.

Sveriges Kommuner och Regioner (SKR) är i grunden positivt till förslaget.

2.2 Samordningsansvar

Promemorians förslag: Brå samordnar.

Remissinstanserna: Brå är berett att ta på sig samordningsansvaret.

Kriminalvården avstår från att yttra sig i denna del.

Vallby kommun (kommunstyrelsen) anser att Brå bör samordna.

SKR förordar att länsstyrelserna samordnar.
`;

describe("a ministry's compilation: respondents known from the roster speak in the paragraphs", () => {
  it('each paragraph is the answer of the body it opens with, the run-in label passed over', async () => {
    const round = await buildRound([{ path: 'sammanstallning.txt', bytes: Buffer.from(MINISTRY) }], {
      questions: ['Vad anser ni om modellen i stort?', 'Vilken myndighet bör ha samordningsansvaret?'],
    });
    const names = round.respondents.map((r) => r.name).sort();
    expect(names).toEqual(['Brottsförebyggande rådet', 'Kommunstyrelsen', 'Kriminalvården', 'Sveriges Kommuner och Regioner'].sort());
    const bra = round.respondents.find((r) => r.name === 'Brottsförebyggande rådet')!;
    expect(round.segments.filter((s) => s.respondent === bra.id).map((s) => s.question).sort()).toEqual(['Q1', 'Q2']);
  });
});
