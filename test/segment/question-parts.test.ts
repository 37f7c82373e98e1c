/**
 * Questions in lettered parts ("2 a) … b) …"), answered part by part under the question's number
 * alone ("2a", "3 b)", "1"), by "Fråga 3b", or inline — on answers written for this test.
 */
import { describe, expect, it } from 'vitest';
import { QUESTION_MARK_LINE } from '../../src/segment/headings.js';
import { MAX_QUESTION_LETTERS, numberedQuestion } from '../../src/segment/questions.js';
import { roundFromText } from '../helpers.js';

const QUESTIONS = [
  'Hur ser ni på planens inriktning?',
  'a) Vilka pågående processer berör planen? b) Hur kan de samordnas med planen?',
  'a) Vilken nämnd bör ha det samordnande ansvaret? b) Vilka bör ingå i en styrgrupp?',
];

describe("a question's number alone on its line", () => {
  it.each(['1', '2a', '3 b)', '3c.', '12', '2 a:'])('%j heads the text under it', (line) => {
    expect(QUESTION_MARK_LINE.test(line)).toBe(true);
  });

  it.each(['2)', '2.', '2021', '3 bis', 'a)', '1 000'])('%j does not', (line) => {
    expect(QUESTION_MARK_LINE.test(line)).toBe(false);
  });

  it.each([
    ['Fråga 3b', 3],
    ['Fråga 3 b:', 3],
    ['Svar på fråga 2a', 2],
    ['Fråga 2', 2],
    // A remiss that letters its questions: the letter's place in the alphabet.
    ['Fråga B – Lokaler', 2],
    ['Svar på fråga C', 3],
    ['Remissfråga A:', 1],
  ])('%j names question %i', (heading, n) => {
    expect(numberedQuestion(heading)).toBe(n);
  });

  // "Fråga I" is the Roman numeral (test/segment/roman-numerals.test.ts).
  it.each(['Svar på fråga å ena sidan', 'En fråga a priori', 'Fråga Kommunstyrelsen', 'Fråga J'])('%j names no question by its letter (a small letter is a word; J on is no question letter)', (heading) => {
    expect(numberedQuestion(heading)).toBeUndefined();
  });

  it('questions are lettered A to H at most', () => {
    expect(MAX_QUESTION_LETTERS).toBe(8);
  });

  it.each([
    // A number alone with no letter ("1") is read as a page's number where it could be one.
    [['Fråga 1', '2a', '2b', '3a', '3b']],
    [['Fråga 1', '2 a)', '2 b)', '3 a)', '3 b)']],
    [['Fråga 1', 'Fråga 2a', 'Fråga 2b', 'Fråga 3 a:', 'Fråga 3 b:']],
  ])('answers part by part under %j', async (marks) => {
    const texts = ['Planen är bra.', 'Nämnden deltar i SSPF.', 'Genom en gemensam tidplan.', 'Tekniska nämnden bör samordna arbetet.', 'Fritidsnämnden och kulturnämnden.'];
    const letter = ['Kulturnämnden', '', 'Yttrande över planen', '', ...marks.flatMap((m, i) => [m, texts[i], ''])].join('\n');
    const round = await roundFromText(letter, 'kn.txt', QUESTIONS);
    const questionOf = (t: string): string | null | undefined => round.segments.find((s) => s.respondent === 'KN' && s.text.includes(t))?.question;
    expect(texts.map(questionOf)).toEqual(['Q1', 'Q2', 'Q2', 'Q3', 'Q3']);
  });

  it('"2)" alone among numbered paragraphs stays one of them', async () => {
    const letter = ['Föreningen Gläntan', '', '1) Planen är bra.', '', '2)', '- gångtunneln', '- torget på kvällen', '', '3) Tekniska nämnden bör samordna arbetet.', ''].join('\n');
    const round = await roundFromText(letter, 'glantan.txt', QUESTIONS);
    const q2 = round.segments.find((s) => s.text.includes('gångtunneln'));
    expect(q2?.question).toBe('Q2');
    expect(round.segments.find((s) => s.text.includes('Tekniska nämnden bör'))?.question).toBe('Q3');
  });
});

describe('a heading numbered as a question', () => {
  it.each(['Fråga 2: Samordnande nämnd', 'Fråga 2 – Ansvarig nämnd', 'Remissfråga 2. Samordnande förvaltning'])('%j is that question\'s, not a body\'s name', async (heading) => {
    // Its answer one paragraph, the next question's heading right under it.
    const letter = [
      'Kulturnämnden', '', 'Yttrande över planen', '',
      'Fråga 1: Planens inriktning', 'Planen är bra.', '',
      heading, 'Nämnden deltar i SSPF och i arbetet med Örat mot marken.', '',
      'Fråga 3: Ansvaret', 'Enligt nämndens mening bör arbetet samordnas av fritidsnämnden.', '',
    ].join('\n');
    const round = await roundFromText(letter, 'kn.txt', QUESTIONS);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN']);
    expect(round.segments.find((s) => s.text.includes('deltar i SSPF'))?.question).toBe('Q2');
  });
});
