/**
 * A remiss that numbers its questions with Roman numerals ("I. Hur …?", "Fråga III", "Avsnitt II –
 * Samverkan", "III." alone, "Till fråga IV: …"): each numeral names its question, as a number
 * would; only capitals count, a small "i" is the preposition (src/segment/questions.ts
 * ROMAN_NUMERALS, romanNumber, romanPart; numbered.ts; headings.ts dangles). Compilations written
 * for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { ROMAN_NUMERALS, romanNumber, romanPart, numberedQuestion } from '../../src/segment/questions.js';
import type { Round } from '../../src/model.js';

const LIST = [
  'Remissinstanserna ombads besvara följande frågor:',
  '',
  '   I.   Hur ser ni på förslagets inriktning och mål?',
  '   II.  Vilka pågående processer bör kopplas till',
  '        programmet?',
  '   III. Vilken nämnd bör ges det samordnande ansvaret för programmet?',
  '   IV.  Vilka resurser behövs för genomförandet?',
  '',
];

async function read(answer: string[]): Promise<Round> {
  const text = ['SAMMANSTÄLLNING AV REMISSVAR', '', ...LIST, 'Inkomna svar', '', 'Kulturnämnden', '', ...answer, '', 'Kulturnämnden', 'Eva Ek, ordförande', ''].join('\n');
  return buildRound([{ path: 'sammanstallning.txt', bytes: Buffer.from(text) }], {});
}

/** Each segment of Kulturnämnden's answer: its question and what it holds (the aim, the role, or something else). */
async function parts(answer: string[]): Promise<Array<[string | null, string]>> {
  const round = await read(answer);
  const what = (text: string): string => (text.includes('Fritidsnämnden bör') ? 'role' : text.includes('inriktningen') ? 'aim' : text.includes('Biblioteken') ? 'networks' : text);
  return round.segments.filter((s) => s.respondent === 'KN' && s.question !== null).map((s) => [s.question, what(s.text)]);
}

describe('questions listed with Roman numerals', () => {
  it('are read from the preamble, without their numerals, a wrapped item whole', async () => {
    const round = await read(['Kulturnämnden ser positivt på förslaget.']);
    expect(round.questions.map((q) => q.text)).toEqual([
      'Hur ser ni på förslagets inriktning och mål?',
      'Vilka pågående processer bör kopplas till programmet?',
      'Vilken nämnd bör ges det samordnande ansvaret för programmet?',
      'Vilka resurser behövs för genomförandet?',
    ]);
  });

  it.each([
    ['Fråga I / Fråga III', ['Fråga I', 'Nämnden ser positivt på inriktningen.', '', 'Fråga III', 'Fritidsnämnden bör leda arbetet.']],
    ['Remissfråga I (not a dangling "i")', ['Remissfråga I', 'Nämnden ser positivt på inriktningen.', '', 'Remissfråga III', 'Fritidsnämnden bör leda arbetet.']],
    ['Avsnitt I – … / Avsnitt III – …', ['Avsnitt I – Inriktning', 'Nämnden ser positivt på inriktningen.', '', 'Avsnitt III – Ansvar', 'Fritidsnämnden bör leda arbetet.']],
    ['numerals alone', ['I.', 'Nämnden ser positivt på inriktningen.', '', 'III.', 'Fritidsnämnden bör leda arbetet.']],
    ['inline: Till fråga I: …', ['Nämnden lämnar följande synpunkter.', '', 'Till fråga I: Nämnden ser positivt på inriktningen.', '', 'Till fråga III: Fritidsnämnden bör leda arbetet.']],
  ])('answer headings: %s', async (_what, answer) => {
    expect(await parts(answer)).toEqual([
      ['Q1', 'aim'],
      ['Q3', 'role'],
    ]);
  });

  it('paragraphs opened by numerals, in order, are the questions', async () => {
    expect(await parts(['I. Nämnden ser positivt på inriktningen.', '', 'II. Biblioteken deltar i flera nätverk.', '', 'III. Fritidsnämnden bör leda arbetet.'])).toEqual([
      ['Q1', 'aim'],
      ['Q2', 'networks'],
      ['Q3', 'role'],
    ]);
  });
});

describe('what a Roman numeral is', () => {
  it.each([
    ['I', 1], ['II', 2], ['III', 3], ['IV', 4], ['V', 5], ['VI', 6], ['VII', 7], ['VIII', 8], ['IX', 9], ['X', 10],
  ])('%s is %i', (numeral, n) => {
    expect(romanNumber(numeral)).toBe(n);
  });

  it.each(['i', 'iv', 'XI', 'IIII', 'VV', '', 'MKB'])('%j is none (capitals only, I to X)', (text) => {
    expect(romanNumber(text)).toBeUndefined();
  });

  it('the numerals are I to X: pinned', () => {
    expect(ROMAN_NUMERALS.length).toBe(10);
  });

  it.each([
    ['Fråga III', 3], ['Remissfråga IV:', 4], ['Svar på fråga II', 2], ['Fråga 3', 3], ['Fråga B', 2],
  ])('the heading %j names question %i', (heading, n) => {
    expect(numberedQuestion(heading)).toBe(n);
  });

  it.each(['Fråga i sak', 'Frågan i stort', 'fråga v'])('%j names no question', (heading) => {
    expect(numberedQuestion(heading)).toBeUndefined();
  });

  it.each([
    ['III.', 3], ['IV', 4], ['II. Samverkan', 2], ['IV. Resurser och uppföljning', 4], ['Avsnitt II – Samverkan', 2], ['Del III: Ansvar', 3], ['Punkt I', 1],
  ])('the part %j is numbered %i', (heading, n) => {
    expect(romanPart(heading)).toBe(n);
  });

  it.each(['Bilaga II', 'Ingrid Ek', 'I samverkan med skolan', 'iii.', 'Inriktning och mål', 'V. Andersson', 'I. Holm'])('%j numbers no part of the remiss', (heading) => {
    expect(romanPart(heading)).toBeUndefined();
  });
});
