/**
 * A meeting's transcript: each turn a time stamp alone on its line and the speaker on the next;
 * a speaker's body from the brackets, the list of participants or their own introduction; the
 * moderator's office asks the questions round by round ("Då går vi till fråga två"); the turn
 * heads, recurring on every page, are no page furniture (src/segment/chat.ts, src/normalize/transcript.ts)
 * — a transcript written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { askedQuestion } from '../../src/segment/chat.js';
import { MIN_TURNS, turnHeads } from '../../src/normalize/transcript.js';
import { removeFurniture } from '../../src/normalize/furniture.js';
import type { Line } from '../../src/model.js';

const QUESTIONS = ['Hur ser ni på planen?', 'Vilken nämnd bör samordna arbetet med planen?'];

const turn = (stamp: string, speaker: string, text: string): string[] => [stamp, speaker, text, ''];
const TRANSCRIPT = [
  'Remissdialog om plan för trygga parker', 'Transkription', '',
  'Deltagare', 'Eva Lind (Stadskontoret)', 'Omar Berg (Kulturförvaltningen)', 'Sara Ek', 'Nils Holm (Miljöförvaltningen)', '',
  ...turn('00:00:10', 'Eva Lind (Stadskontoret)', 'Välkomna. Vi tar en presentationsrunda först.'),
  ...turn('00:00:30', 'Sara Ek', 'Hej, Sara Ek, jag jobbar på fritidsförvaltningen och är här för nämnden.'),
  ...turn('00:01:00', 'Eva Lind (Stadskontoret)', 'Då går vi till fråga ett. Hur ser ni på planen?'),
  ...turn('00:01:20', 'Omar Berg (Kulturförvaltningen)', 'Vi är positiva, parkscenerna är viktiga för oss.'),
  ...turn('00:02:00', 'Sara Ek', 'Vi är också positiva till planen.'),
  ...turn('00:02:40', 'Eva Lind (Stadskontoret)', 'Fråga två då, om samordningen.'),
  ...turn('00:03:00', 'Omar Berg (Kulturförvaltningen)', 'Vi tycker att tekniska nämnden ska samordna arbetet.'),
  ...turn('00:03:30', 'Nils Holm', 'Miljönämnden föreslår kommunstyrelsen som samordnare.'),
].join('\n');

describe('a meeting transcript', () => {
  it("each turn is its speaker's body's answer to the question the moderator took up last", async () => {
    const round = await buildRound([{ path: 'transkription.txt', bytes: Buffer.from(TRANSCRIPT) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.id).sort()).toEqual(['FRN', 'KN', 'MN']);
    const of = (phrase: string) => round.segments.filter((s) => s.text.includes(phrase)).map((s) => [s.respondent, s.question]);
    expect(of('parkscenerna är viktiga')).toEqual([['KN', 'Q1']]);
    // Sara Ek's body: her own introduction (the participants list gives none).
    expect(of('också positiva till planen')).toEqual([['FRN', 'Q1']]);
    expect(of('tekniska nämnden ska samordna')).toEqual([['KN', 'Q2']]);
    // Nils Holm's: the participants list.
    expect(of('föreslår kommunstyrelsen som samordnare')).toEqual([['MN', 'Q2']]);
    // The moderator's turns are the compiler's.
    expect(of('Då går vi till fråga ett')).toEqual([[null, null]]);
  });

  const lines = (texts: string[], perPage = 6): Line[] => texts.map((text, i) => ({ text, page: Math.floor(i / perPage) + 1, line: (i % perPage) + 1, source: 0 }));

  it('the turn heads, the same speaker and a time on every page, are no furniture', () => {
    const said = ['Välkomna alla.', 'Vi är positiva till planen.', 'Då tar vi nästa fråga.', 'Parkscenerna är viktiga.', 'Tack för det.', 'Tekniska nämnden bör samordna.', 'Något mer?', 'Nej, det var allt.', 'Då avslutar vi.', 'Hej då.'];
    const texts = [0, 1, 2, 3, 4].flatMap((k) => [`00:0${k}:00`, 'Eva Lind (Stadskontoret)', said[2 * k], `00:0${k}:30`, 'Omar Berg (Kulturförvaltningen)', said[2 * k + 1]]);
    const { furniture } = removeFurniture(lines(texts));
    expect(furniture.map((l) => l.text)).toEqual([]);
    expect(turnHeads(lines(texts)).size).toBe(20);
  });

  it.each([
    ['Då går vi till fråga två.', 2],
    ['Fråga tre då.', 3],
    ['Vi tar fråga nummer 4 nu.', 4],
    ['Vi har fyra frågor.', undefined],
    ['Det är en svår fråga.', undefined],
  ])('%s → %s', (text, n) => {
    expect(askedQuestion(text)).toBe(n);
  });

  // Pinned: data/lexicon/structure.json chat.spokenNumbers, each as a moderator says it.
  it.each([['ett', 1], ['två', 2], ['tre', 3], ['fyra', 4], ['fem', 5], ['sex', 6], ['sju', 7], ['åtta', 8]] as const)('"fråga %s" → %i', (word, n) => {
    expect(askedQuestion(`Då går vi till fråga ${word}.`)).toBe(n);
  });

  it('a transcript has four turns at least: pinned', () => {
    expect(MIN_TURNS).toBe(4);
  });
});
