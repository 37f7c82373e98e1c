/**
 * A letter that answers in plain paragraphs, no heading naming a question, is read one paragraph
 * per question in order — but a first paragraph that tells how the answer came about is no
 * answer: one introducing the letter ("… har fått … på remiss och lämnar härmed sitt yttrande"),
 * or the one right under a heading of the matter's background ("Bakgrund"). With it and one
 * paragraph fewer than questions, a question was left out, and which one the order cannot tell:
 * the paragraphs stay the letter's, unassigned, rather than each given the wrong question.
 * Letters written for this test.
 */
import { describe, expect, it } from 'vitest';
import { isBackgroundHeading } from '../../src/segment/questions.js';
import { roundFromText } from '../helpers.js';

const QUESTIONS = ['Hur ser ni på planens inriktning?', 'Vilka pågående processer bör planen bygga på?', 'Vilken nämnd bör ha det samordnande ansvaret?'];

const ANSWERS = [
  'Nämnden delar planens inriktning och ser särskilt positivt på fokus på kvällstid.',
  'Planen bör bygga på SSPF och på de lokala nätverken i stadsområdena.',
  'Nämnden anser att fritidsnämnden bör ha det samordnande ansvaret.',
];

function letter(first: string[], answers: string[]): string {
  return ['Kulturnämnden', '', 'Yttrande över planen för levande torg', '', ...first, ...answers.flatMap((a) => [a, '']), 'Anna Berg', 'ordförande', ''].join('\n');
}

async function questionOf(text: string, words: string): Promise<string | null | undefined> {
  const round = await roundFromText(text, 'kn.txt', QUESTIONS);
  return round.segments.find((s) => s.respondent === 'KN' && s.text.includes(words))?.question;
}

describe('paragraphs read in order, one per question', () => {
  it('with no first paragraph of its own', async () => {
    const text = letter([], ANSWERS);
    expect(await questionOf(text, 'fokus på kvällstid')).toBe('Q1');
    expect(await questionOf(text, 'lokala nätverken')).toBe('Q2');
    expect(await questionOf(text, 'fritidsnämnden bör ha')).toBe('Q3');
  });

  it.each([
    ['Kulturnämnden besvarar frågorna i tur och ordning.'],
    ['Kulturnämnden har beretts tillfälle att yttra sig och lämnar följande synpunkter.'],
    ['Nämnden har fått rubricerad plan på remiss och lämnar härmed sitt yttrande.'],
  ])('after an introduction %j', async (intro) => {
    const text = letter([intro, ''], ANSWERS);
    expect(await questionOf(text, intro.slice(0, 20))).toBeNull();
    expect(await questionOf(text, 'fokus på kvällstid')).toBe('Q1');
    expect(await questionOf(text, 'fritidsnämnden bör ha')).toBe('Q3');
  });
});

describe('a framing first paragraph and a question left out: no paragraph given the wrong question', () => {
  it.each([
    [['Nämnden har fått rubricerad plan på remiss och lämnar härmed sitt yttrande.', '']],
    [['Kulturnämnden har getts möjlighet att lämna synpunkter på planen och tackar för det.', '']],
    [['Bakgrund', 'Stadskontoret har genom remiss berett nämnden möjlighet att yttra sig över planen. Yttrandet ska ha kommit in senast den 8 maj. Ärendet har beretts av förvaltningens avdelning för offentliga rum, i samråd med biblioteken och kulturskolan.', '']],
    [['Ärendet', 'Kommunstyrelsen har remitterat planen till stadens nämnder.', '']],
  ])('%j', async (first) => {
    // Two answers for three questions: the first and the third.
    const text = letter(first, [ANSWERS[0], ANSWERS[2]]);
    expect(await questionOf(text, 'fokus på kvällstid')).toBeNull();
    expect(await questionOf(text, 'fritidsnämnden bör ha')).toBeNull();
  });
});

describe('headings of the background (sections.json background)', () => {
  it.each([
    ['Bakgrund', true],
    ['Ärendet', true],
    ['Beskrivning av ärendet', true],
    ['Inledning', true],
    ['Sammanfattning', false],
    ['Yttrande', false],
    ['Nämndens synpunkter', false],
  ])('%j → %j', (heading, expected) => {
    expect(isBackgroundHeading(heading)).toBe(expected);
  });
});
