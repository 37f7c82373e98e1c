/**
 * The questions an answer says it answers (src/segment/declared-answers.ts), in wordings of our own.
 */
import { describe, expect, it } from 'vitest';
import { declaredQuestions, QUESTION_STEM } from '../../src/segment/declared-answers.js';
import { loadData } from '../../src/data.js';
import { fold } from '../../src/normalize/fold.js';
import { OPENING_LINES } from '../../src/segment/segment.js';

describe('the questions an answer says it answers', () => {
  it.each([
    ['Vallby vatten lämnar synpunkter på frågorna 1, 2 och 4.', 4, [1, 2, 4]],
    ['Nämnden besvarar endast frågorna 2, 5 och 7.', 8, [2, 5, 7]],
    ['Bolaget avstår från att besvara fråga 3.', 4, [1, 2, 4]],
    ['Förbundet lämnar synpunkter på frågorna 1, 2 och 4 och avstår från att besvara fråga 3, som rör stadens organisation.', 4, [1, 2, 4]],
    ['Styrelsen kommenterar frågorna 6–8.', 8, [6, 7, 8]],
    ['Rådet svarar på remissfrågorna 1 och 3 men inte på fråga 2.', 3, [1, 3]],
    ['Frågorna 2 och 4 besvaras inte.', 4, [1, 3]],
    ['Vi besvarar remissfrågorna 1 samt 3.', 4, [1, 3]],
    ['Föreningen lämnar svar på frågorna 2 & 3.', 4, [2, 3]],
  ])('%j (of %i) → %j', (text, count, expected) => {
    expect(declaredQuestions(text, count)).toEqual(expected);
  });

  it.each([
    ['Nämnden har läst förslaget med intresse.', 4],
    ['I fråga 3 efterfrågas vem som ska leda.', 4],
    ['Fråga 9 besvaras inte.', 4],
  ])('declares nothing: %j', (text, count) => {
    expect(declaredQuestions(text, count)).toBeUndefined();
  });

  it('every question word holds the stem looked for before the patterns are built', () => {
    const words = loadData<{ declaredAnswers: { questionWords: string[] } }>('lexicon/structure.json').declaredAnswers.questionWords;
    expect(words.filter((w) => !fold(w).includes(QUESTION_STEM))).toEqual([]);
  });

  it('joins the numbers of a list by a comma and the joiners of structure.json, pinned', () => {
    expect(loadData<{ declaredAnswers: { numberJoiners: string[] } }>('lexicon/structure.json').declaredAnswers.numberJoiners).toEqual(['och', 'samt', '&']);
  });

  it('is read in the answer\'s first lines', () => {
    expect(OPENING_LINES).toBe(12);
  });
});
