/**
 * An analyst's summary of the answers by question, in indirect speech in the present tense
 * ("Grundskolenämnden välkomnar att …", "Arbetsmarknads- och socialnämnden anser, liksom …"),
 * under a compiler's letterhead and title: each paragraph its speaker's answer to that question,
 * the analyst's own summing-up no one's, the compiler's letterhead and signature no respondent
 * (src/segment/segment.ts arrangedByQuestion, reported-speech.ts presentVerbs, summaryOpenings;
 * senders.ts dropCompiler) — summaries written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { removeFurniture, MIN_NUMBERED_HEADERS } from '../../src/normalize/furniture.js';
import type { Line } from '../../src/model.js';
import { MAX_JOINT_SPEAKERS, opensSummary } from '../../src/segment/reported-speech.js';

const SUMMARY = [
  'Malmö stad', 'Stadskontoret', '', 'SAMMANSTÄLLNING', '',
  'Sammanställning av remissvar över förslag till plan för trygga parker', '',
  'Remissinstanserna ombads att ta ställning till följande frågor:', '',
  '1. Delar ni förslagets bild av behoven?', '2. Vilka insatser pågår inom ert område?', '3. Vilken nämnd bör samordna planen?', '',
  'Fråga 1 – Behoven', '',
  'Svaren visar att behoven i stort delas av instanserna.', '',
  'Kulturnämnden delar bilden och betonar parkernas betydelse för barns lek.', '',
  'Tekniska nämnden instämmer men saknar en analys av belysningen.', '',
  'Fråga 2 – Pågående insatser', '',
  'Kulturnämnden beskriver sina sommarprogram i parkerna.', '',
  'Tekniska nämnden redovisar arbetet med belysning och röjning.', '',
  'Fråga 3 – Samordning', '',
  'Kulturnämnden föreslår att tekniska nämnden samordnar planen.', '',
  'Tekniska nämnden anser att nämnden själv bör ha det samordnande ansvaret.', '',
  'Sammantaget pekar en majoritet av svaren på att kommunstyrelsen borde samordna.', '',
  'Stadskontoret', 'Eva Lind, utredare',
].join('\n');

describe('a summary by question in the present tense', () => {
  it('each paragraph its speaker\'s answer, the analyst\'s own summing-up no one\'s, the compiler no respondent', async () => {
    const round = await buildRound([{ path: 'sammanstallning.txt', bytes: Buffer.from(SUMMARY) }]);
    expect(round.respondents.map((r) => r.id).sort()).toEqual(['KN', 'TN']);
    const of = (phrase: string) => round.segments.find((s) => s.text.includes(phrase));
    expect(of('sommarprogram')).toMatchObject({ respondent: 'KN', question: 'Q2' });
    expect(of('föreslår att tekniska nämnden samordnar')).toMatchObject({ respondent: 'KN', question: 'Q3' });
    expect(of('redovisar arbetet med belysning')).toMatchObject({ respondent: 'TN', question: 'Q2' });
    expect(of('Sammantaget pekar')?.respondent ?? null).toBeNull();
  });

  it('a letter answering in its own voice under question headings is one respondent\'s, present tense and all', async () => {
    const letter = [
      'Kulturnämnden', '', 'Yttrande över förslag till plan för trygga parker', '',
      'Fråga 1', 'Kulturnämnden delar bilden och betonar parkernas betydelse.', '',
      'Fråga 2', 'Kulturnämnden beskriver sina sommarprogram. Tekniska nämnden redovisar i sin tur belysningen.', '',
      'Fråga 3', 'Kulturnämnden föreslår att tekniska nämnden samordnar planen.',
    ].join('\n');
    const round = await buildRound([{ path: 'kn.txt', bytes: Buffer.from(letter) }], { questions: ['Delar ni bilden?', 'Vilka insatser pågår?', 'Vilken nämnd bör samordna?'] });
    expect(round.respondents.map((r) => r.id)).toEqual(['KN']);
  });
});

describe('a running header with its page number', () => {
  const lines = (texts: string[]): Line[] => texts.map((text, i) => ({ text, page: null, line: i + 1, source: 0 }));

  it('recurring with only its number changed, wherever it stands, is furniture: MIN_NUMBERED_HEADERS pinned', () => {
    expect(MIN_NUMBERED_HEADERS).toBe(3);
    const text = ['Inledning', 'Malmö stad, Stadskontoret 2 (4)', 'Text.', 'Malmö stad, Stadskontoret 3 (4)', 'Mer text.', 'Malmö stad, Stadskontoret 4 (4)', 'Slut.'];
    expect(removeFurniture(lines(text)).furniture.map((l) => l.text)).toEqual([text[1], text[3], text[5]]);
  });

  it('a name with a number once or twice is kept', () => {
    const text = ['Kulturnämnden 2 (4)', 'Text.', 'Stadsområde 3', 'Kulturnämnden 3 (4)'];
    expect(removeFurniture(lines(text)).lines.map((l) => l.text)).toEqual(text);
  });
});

describe("the compiler's own summing-up", () => {
  it.each([
    ['Sammantaget pekar en majoritet av svaren på kommunstyrelsen.', true],
    ['Sammanfattningsvis bedömer stadskontoret att arbetet kan byggas vidare.', true],
    ['Svaren visar att arbetet redan pågår.', true],
    ['Flera instanser, däribland MKB, pekar på belysningen.', true],
    ['Remissinstanserna är i huvudsak positiva.', true],
    ['Kulturnämnden anser att tekniska nämnden bör samordna.', false],
    ['Endast miljönämnden avstår från att ta ställning.', false],
    ['Svarstiden förlängdes för två instanser.', false],
  ])('%s → %s', (paragraph, summary) => {
    expect(opensSummary(paragraph)).toBe(summary);
  });
});

describe('bodies speaking together', () => {
  it.each([
    ['Kulturnämnden och tekniska nämnden föreslår båda att parkerna prioriteras.'],
    ['Kulturnämnden, tekniska nämnden och fritidsnämnden lyfter fram parkernas betydelse.'],
  ])('a paragraph of a summary opened by them is the answer of each: %s', async (joint) => {
    const text = SUMMARY.replace('Kulturnämnden beskriver sina sommarprogram i parkerna.', joint);
    const round = await buildRound([{ path: 'sammanstallning.txt', bytes: Buffer.from(text) }]);
    const segments = round.segments.filter((s) => s.text.includes(joint.slice(0, 40)));
    expect(segments.map((s) => s.respondent).sort()).toEqual(expect.arrayContaining(['KN', 'TN']));
    expect(MAX_JOINT_SPEAKERS).toBe(4);
  });
});
