/**
 * A report of the answers in running prose — a newspaper's article, an intranet's notice — with no
 * heading for an answer nor for a question: each paragraph that opens by reporting a body in the
 * present tense starts that body's answer, its quotes and "Nämnden …" after it go with it, and the
 * report's masthead and lead are no one's. A letter in its own voice, or under its own body's
 * name, stays one answer whatever bodies it talks about (src/segment/segment.ts reportedInProse,
 * reported-speech.ts introducesLetter) — texts written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { introducesLetter } from '../../src/segment/reported-speech.js';
import { MIN_REPORTED_BODIES } from '../../src/segment/segment.js';

const QUESTIONS = ['Hur ser ni på planen?', 'Vilken nämnd bör samordna arbetet med planen?'];

const ARTICLE = [
  'Lokalbladet', 'MALMÖ', '',
  'Strid om parkerna', '',
  'Alla vill ha tryggare parker, men vem ska hålla i arbetet? Lokalbladet har läst remissvaren.', '',
  'Kulturnämnden, som driver stadens parkscener, vill se tekniska nämnden som samordnare.', '',
  '– Parkerna är deras ansvar redan i dag, säger Eva Ek (S), ordförande i kulturnämnden.', '',
  'Miljönämnden resonerar annorlunda och föreslår kommunstyrelsen.', '',
  'Nämnden vill också att planen tar upp bullret.', '',
  'Servicenämnden har helt avstått från att föreslå någon.', '',
].join('\n');

describe('a report in prose', () => {
  it('each paragraph that reports a body starts its answer; quotes and "Nämnden …" go with it; the masthead is no one\'s', async () => {
    const round = await buildRound([{ path: 'artikel.txt', bytes: Buffer.from(ARTICLE) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.id).sort()).toEqual(['KN', 'MN', 'SN']);
    const of = (phrase: string) => round.segments.filter((s) => s.text.includes(phrase)).map((s) => s.respondent);
    expect(of('Parkerna är deras ansvar')).toEqual(['KN']);
    expect(of('tar upp bullret')).toEqual(['MN']);
    expect(of('har läst remissvaren')).toEqual([null]);
  });

  it('a letter that introduces itself stays one answer, whatever bodies its paragraphs open with', async () => {
    const letter = [
      'Yttrande över planen för trygga parker', '',
      'Polisområde Norr (Polismyndigheten, polisregion Syd) har beretts tillfälle att yttra sig över planen.', '',
      'Polisen anser att parkerna behöver bättre belysning.', '',
      'Tekniska nämnden föreslår i planen fler vakter. Vi delar den bilden.', '',
    ].join('\n');
    const round = await buildRound([{ path: 'Inkommen_handling_2027-03-01.txt', bytes: Buffer.from(letter) }], { questions: QUESTIONS });
    expect(round.respondents).toHaveLength(1);
  });

  it('a letter under its own body\'s name stays that body\'s', async () => {
    const letter = ['Hyresgästföreningen Region Syd', '', 'Kulturnämnden föreslår fler scener.', '', 'Tekniska nämnden anser att belysningen räcker.', '', 'Miljönämnden betonar bullret.', ''].join('\n');
    const round = await buildRound([{ path: 'hgf.txt', bytes: Buffer.from(letter) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.name)).toEqual(['Hyresgästföreningen Region Syd']);
  });

  it('MIN_REPORTED_BODIES pinned', () => {
    expect(MIN_REPORTED_BODIES).toBe(2);
  });
});

describe('a letter introducing its own answer', () => {
  // Pinned: each of data/lexicon/structure.json's letterIntroductions, in a sentence of its own.
  it.each([
    'har beretts tillfälle', 'har beretts möjlighet', 'har getts tillfälle', 'har getts möjlighet', 'har givits möjlighet', 'har fått tillfälle',
    'har fått möjlighet', 'har inbjudits', 'har bjudits in', 'har ombetts', 'tackar för', 'lämnar följande', 'lämnar härmed', 'lämnar nedan',
    'föreslås besluta', 'beslutar att',
  ])('"Föreningen Gröna Gårdar %s …" introduces a letter', (words) => {
    expect(introducesLetter(`Föreningen Gröna Gårdar ${words} något om planen.`)).toBe(true);
  });

  it.each([
    ['Polisområde Malmö (Polismyndigheten, polisregion Syd) har beretts tillfälle att yttra sig över förslaget.', true],
    ['Föreningen tackar för möjligheten att lämna synpunkter.', true],
    ['Stadsdelsnämnd Väster lämnar följande yttrande.', true],
    ['Kulturnämnden, som driver stadens parkscener, vill se tekniska nämnden som samordnare.', false],
    ['Miljönämnden resonerar annorlunda och föreslår kommunstyrelsen.', false],
    // Too far into the sentence to be its opening.
    ['Vi har i flera år arbetat med frågan och vill därför nu i detta sammanhang tacka för att vi har beretts tillfälle.', false],
  ])('%s', (paragraph, introduces) => {
    expect(introducesLetter(paragraph)).toBe(introduces);
  });
});
