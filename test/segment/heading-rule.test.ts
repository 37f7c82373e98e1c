/**
 * The heading → question rule as a table of labelled headings, written for this test: each must
 * map to its question (or to none), inside an answer of a round whose questions are our own.
 * Moving any threshold of HEADING_RULE fails the pinned values below.
 */
import { describe, expect, it } from 'vitest';
import { HEADING_RULE } from '../../src/segment/heading-rule.js';
import { DISTINCTIVE, OWN_WORDS_COVER } from '../../src/segment/questions.js';
import { roundFromText } from '../helpers.js';

const QUESTIONS = [
  'Vilka pågående insatser för äldre bedriver er förvaltning i dag?',
  'Hur bör uppföljningen av handlingsplanen redovisas för kommunstyrelsen?',
  'Vem bör styra arbetet och ha det samordnande ansvaret?',
  'Hur ska insatserna finansieras under planperioden?',
];

async function questionOf(heading: string): Promise<string | null | undefined> {
  const text = [
    'Remissinstanserna ombads besvara följande frågor:',
    '',
    ...QUESTIONS.map((q) => `• ${q}`),
    '',
    'Servicenämnden',
    '',
    'Yttrande',
    '',
    'Nämnden har tagit del av handlingsplanen och lämnar följande synpunkter.',
    '',
    heading,
    '',
    'Här följer nämndens text under rubriken, med några meningar om saken.',
  ].join('\n');
  const round = await roundFromText(text);
  const seg = round.segments.find((s) => s.respondent === 'SN' && s.heading === heading);
  return seg === undefined ? undefined : seg.question;
}

describe('heading → question', () => {
  it('the thresholds are pinned', () => {
    expect(HEADING_RULE).toEqual({
      anchor: { score: 0.42, headingCover: 0.5, questionCover: 0.3, margin: 0.08 },
      open: {
        headingCover: 0.45,
        score: 0.3,
        alone: 0.35,
        wholly: { headingCover: 0.9, specificity: 0.45 },
        mostly: { headingCover: 0.75, score: 0.2, specificity: 0.4 },
        related: { headingCover: 0.6, specificity: 0.45 },
        margin: 0.05,
        coverMargin: 0.3,
      },
    });
    expect(OWN_WORDS_COVER).toBe(0.9);
    expect(DISTINCTIVE).toBe(0.6);
  });

  it.each([
    // The question repeated, shortened, paraphrased.
    ['Vilka pågående insatser för äldre bedriver förvaltningen?', 'Q1'],
    ['Pågående insatser', 'Q1'],
    ['Uppföljning och redovisning', 'Q2'],
    ['Uppföljning av planen', 'Q2'],
    ['Det samordnande ansvaret', 'Q3'],
    ['Finansiering', 'Q4'],
    // Topical words that share no stem with the question, through related words.
    ['Styrning', 'Q3'],
    ['Ekonomiska förutsättningar', 'Q4'],
    // A time adverbial around the topic ("i dag", "framöver", "i nuläget") says nothing of the question.
    ['Styrningen framöver', 'Q3'],
    ['Uppföljningen i dag', 'Q2'],
    ['Finansiering i nuläget', 'Q4'],
    ['Pågående insatser hittills', 'Q1'],
    // The answering body's genitive says whose the part is, not what it answers.
    ['Förvaltningens pågående insatser', 'Q1'],
    ['Bolagets finansiering', 'Q4'],
    // By number.
    ['Fråga 4', 'Q4'],
    ['Svar på fråga 2', 'Q2'],
  ])('must map: %s → %s', async (heading, question) => {
    expect(await questionOf(heading)).toBe(question);
  });

  it.each([
    // Parts that answer no question.
    ['Sammanfattning', null],
    ['Reservation', null],
    ['Förslag till beslut', null],
    ['Bakgrund till vårt ställningstagande', null],
  ])('answers none: %s', async (heading, question) => {
    expect(await questionOf(heading)).toBe(question);
  });

  it('a signature ("För nätverket" above "Anna Berg, sammankallande") maps to no question, whatever its words', async () => {
    const text = [
      'Remissinstanserna ombads besvara följande frågor:',
      '',
      ...QUESTIONS.map((q) => `• ${q}`),
      '',
      'Servicenämnden',
      '',
      'Yttrande',
      '',
      'Nämnden deltar i två nätverk för äldre.',
      '',
      'För nätverket',
      'Anna Berg, sammankallande',
    ].join('\n');
    const round = await roundFromText(text);
    expect(round.segments.some((s) => s.heading === 'För nätverket' && s.question !== null)).toBe(false);
  });

  it.each(['Allmänna synpunkter', 'Nämndens roll i staden', 'Äldres delaktighet'])(
    'must not map to a question (a sub-heading of the part it is in): %s',
    async (heading) => {
      expect(await questionOf(heading)).toBeUndefined();
    },
  );
});
