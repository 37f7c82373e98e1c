/**
 * One paragraph that takes the questions in turn, a sentence or two each — on answers written for
 * this test, in several wordings. Two anchors in order split it; one, or anchors out of order, do not.
 */
import { describe, expect, it } from 'vitest';
import { SENTENCE_RULE } from '../../src/segment/sentence-answers.js';
import { roundFromText } from '../helpers.js';

const QUESTIONS = [
  'Vilka pågående processer inom er verksamhet berör programmet?',
  'Vilka bostadsgårdar och parker bör rustas först?',
  'Hur bedömer ni kostnaderna för underhållet av lekplatserna?',
  'Vem bör ha huvudansvaret för att genomföra programmet?',
];

async function partsOf(paragraph: string, heading = 'Yttrande'): Promise<Array<[string | null, string]>> {
  const text = ['Remissinstanserna ombads besvara följande frågor:', ...QUESTIONS.map((q) => `• ${q}`), '', 'Servicenämnden', '', heading, paragraph, ''].join('\n');
  const round = await roundFromText(text);
  return round.segments.filter((s) => s.respondent === 'SN').map((s) => [s.question, s.text.split(/\s+/).slice(0, 3).join(' ')]);
}

describe('sentences that answer the questions in turn', () => {
  it('the rule is pinned', () => {
    expect(SENTENCE_RULE).toEqual({ questionCover: 0.3, margin: 0.05, distinctWords: 2, minAnchors: 2, between: { questionCover: 0.15, margin: 0.05 } });
  });

  it.each([
    [
      'Nämnden ser positivt på programmet. Servicenämnden deltar i SSPF i två stadsområden. Bostadsgårdar och parker i Holma bör rustas först. Huvudansvaret för att genomföra programmet bör ligga hos tekniska nämnden.',
      [[null, 'Nämnden ser positivt'], ['Q1', 'Servicenämnden deltar i'], ['Q2', 'Bostadsgårdar och parker'], ['Q4', 'Huvudansvaret för att']],
    ],
    [
      'Vi välkomnar förslaget. Förvaltningen arbetar med Communities That Care i Kroksbäck. När det gäller huvudansvaret för att genomföra programmet anser vi att fritidsnämnden bör ha det.',
      [[null, 'Vi välkomnar förslaget.'], ['Q1', 'Förvaltningen arbetar med'], ['Q4', 'När det gäller']],
    ],
    // Between two anchors that skip questions: a sentence with a skipped question's own words opens it;
    // one with none continues the answer before it.
    [
      'Nämnden deltar i Trygga barnet i tre områden. Parkerna i Holma bör rustas innan något annat görs. Huvudansvaret för att genomföra programmet bör ligga hos tekniska nämnden.',
      [[null, ''], ['Q1', 'Nämnden deltar i'], ['Q2', 'Parkerna i Holma'], ['Q4', 'Huvudansvaret för att']],
    ],
    [
      'Nämnden deltar i Trygga barnet i tre områden. Arbetet har pågått sedan 2024 och når många familjer. Huvudansvaret för att genomföra programmet bör ligga hos tekniska nämnden.',
      [[null, ''], ['Q1', 'Nämnden deltar i'], ['Q4', 'Huvudansvaret för att']],
    ],
  ])('%s', async (paragraph, want) => {
    expect(await partsOf(paragraph)).toEqual(want);
  });

  it.each([
    // One anchor only: the paragraph is not guessed into questions.
    'Nämnden ser positivt på programmet. Huvudansvaret för att genomföra programmet bör ligga hos tekniska nämnden.',
    // Anchors out of the questions' order.
    'Huvudansvaret för att genomföra programmet bör ligga hos tekniska nämnden. Nämnden deltar i SSPF i två stadsområden.',
  ])('left whole: %s', async (paragraph) => {
    expect((await partsOf(paragraph)).map(([q]) => q)).toEqual([null]);
  });

  it('a decision is never split into answers', async () => {
    const parts = await partsOf('Nämnden deltar i SSPF i två stadsområden. Huvudansvaret för att genomföra programmet bör ligga hos tekniska nämnden.', 'Beslut');
    expect(parts.map(([q]) => q)).toEqual([null]);
  });

  it('each sentence keeps its place: the line, and where in the line it starts', async () => {
    const paragraph = 'Vi välkomnar förslaget. Förvaltningen arbetar med CTC i Kroksbäck. Huvudansvaret för att genomföra programmet bör ligga hos fritidsnämnden.';
    const text = ['Remissinstanserna ombads besvara följande frågor:', ...QUESTIONS.map((q) => `• ${q}`), '', 'Servicenämnden', '', 'Yttrande', paragraph].join('\n');
    const round = await roundFromText(text);
    const q4 = round.segments.find((s) => s.question === 'Q4')!;
    expect(q4.lines[0].line).toBe(10);
    expect(paragraph.slice(q4.lines[0].offset)).toBe(q4.text);
  });
});
