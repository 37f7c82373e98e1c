/**
 * Small rounds written for these tests, phrased unlike 2023: other questions in another order,
 * paraphrasing and numbered headings, a respondent the registry lacks, an answer given only in
 * the summary, and a round of several files.
 */
import { describe, expect, it } from 'vitest';
import { fixture, roundOf, roundFromText } from '../helpers.js';
import type { Round } from '../../src/model.js';

const grid = (round: Round): string[] =>
  round.segments.filter((s) => s.respondent !== null).map((s) => `${s.respondent} ${s.question ?? '-'} ${s.heading ?? ''}`.trim());

describe('a round with other questions, in another order, under paraphrasing headings', () => {
  it('reads the numbered list of the preamble and maps each heading by its words', async () => {
    const round = await roundOf(fixture('rounds', 'reordered-paraphrased.txt'));
    expect(round.title).toBe('Handlingsplan för trygga parker och torg 2025–2027');
    expect(round.questions.map((q) => q.text)).toEqual([
      'Hur bedömer ni förslaget till gemensam trygghetsvandring i varje stadsområde?',
      'Vilka befintliga insatser för belysning och skötsel bör samordnas med handlingsplanen?',
      'Vem bör ansvara för uppföljningen av handlingsplanens mål?',
    ]);
    expect(grid(round)).toEqual([
      'KN - Yttrande',
      'KN Q3 Uppföljning av målen',
      'KN Q2 Befintliga insatser som bör samordnas',
      'KN Q1 Trygghetsvandringar',
      'raddningstjansten-syd - Yttrande',
      'TN - Yttrande',
      'TN Q2 Svar på fråga 2',
      'TN Q1 Gemensamma trygghetsvandringar i stadsområdena',
      'TN - Ekonomiska konsekvenser',
    ]);
  });

  it('keeps a body the registry does not know, with a stable id and its name as written', async () => {
    const round = await roundOf(fixture('rounds', 'reordered-paraphrased.txt'));
    expect(round.respondents).toContainEqual({ id: 'raddningstjansten-syd', name: 'Räddningstjänsten Syd', known: false });
    const again = await roundOf(fixture('rounds', 'reordered-paraphrased.txt'));
    expect(again.respondents.map((r) => r.id)).toEqual(round.respondents.map((r) => r.id));
  });

  it('an answer given only in the summary leaves every question unanswered', async () => {
    const round = await roundOf(fixture('rounds', 'reordered-paraphrased.txt'));
    const rs = round.segments.filter((s) => s.respondent === 'raddningstjansten-syd');
    expect(rs).toHaveLength(1);
    expect(rs[0].question).toBeNull();
    expect(rs[0].text).toMatch(/trygghetsvandringarna bör planeras/);
  });

  it('a sub-heading stays in the answer it is in; the appendix after the last answer is no one\'s', async () => {
    const round = await roundOf(fixture('rounds', 'reordered-paraphrased.txt'));
    const tnQ2 = round.segments.find((s) => s.respondent === 'TN' && s.question === 'Q2')!;
    expect(tnQ2.text).toMatch(/Belysning i parker\nNy belysning planeras/);
    expect(round.segments.some((s) => s.respondent !== null && /Tabellen nedan/.test(s.text))).toBe(false);
    // Kept, as the compilation's own text.
    expect(round.segments.find((s) => /Tabellen nedan/.test(s.text))?.part).toBe('compilation');
  });
});

describe('a round of several files', () => {
  const dir = (f: string): string => fixture('rounds', 'multi-file', f);
  const files = ['01-fritidsnamnden.txt', '02-yttrande.txt', 'parkeringsbolaget.txt'].map(dir);
  const questions = [
    'Hur bedömer ni förslaget till gemensam trygghetsvandring i varje stadsområde?',
    'Vilka befintliga insatser för belysning och skötsel bör samordnas med handlingsplanen?',
    'Vem bör ansvara för uppföljningen av handlingsplanens mål?',
  ];

  it('finds each respondent from its heading, from "Yttrande från …", or from the file name', async () => {
    const round = await roundOf(files, questions);
    expect(round.respondents.map((r) => r.id)).toEqual(['FRN', 'MN', 'parkeringsbolaget']);
    expect(round.sources.map((s) => s.path)).toEqual(files);
  });

  it('maps numbered and paraphrasing headings to the questions given', async () => {
    const round = await roundOf(files, questions);
    expect(grid(round)).toEqual([
      // The letter's subject line: a part of its own that answers no question.
      'FRN - Yttrande över remiss om Handlingsplan för trygga parker och torg',
      'FRN Q1 Fråga 1. Hur bedömer ni förslaget till gemensam trygghetsvandring?',
      'FRN Q3 Fråga 3. Vem bör ansvara för uppföljningen?',
      'MN Q1 Förslaget till gemensam trygghetsvandring',
      'MN Q2 Befintliga insatser för belysning och skötsel',
      'parkeringsbolaget -',
    ]);
    // Each segment knows which file it came from.
    expect(round.segments.find((s) => s.respondent === 'MN')!.lines[0].source).toBe(1);
  });

  it('without given questions, numbered question headings supply them', async () => {
    const round = await roundOf(files);
    expect(round.questions.map((q) => q.id)).toEqual(['Q1', 'Q2', 'Q3']);
    expect(round.questions[2].text).toBe('Vem bör ansvara för uppföljningen?');
    expect(round.segments.find((s) => s.respondent === 'FRN' && s.question === 'Q3')).toBeDefined();
  });

  it('the same body in two files is one respondent', async () => {
    const round = await roundOf([dir('01-fritidsnamnden.txt'), dir('01-fritidsnamnden.txt')], questions);
    expect(round.respondents.map((r) => r.id)).toEqual(['FRN']);
  });
});

describe('a compilation without blank lines, as PDF text layers come', () => {
  const text = [
    'Remissen om ”Plan för fler sommarjobb” ställde två remissfrågor:',
    '• Hur många platser kan ni erbjuda?',
    '• Vem bör samordna sommarjobben?',
    'Inkomna svar',
    'Servicenämnden',
    'Yttrande',
    'Servicenämnden är positiv till planen.',
    'Vem bör samordna sommarjobben?',
    'Servicenämnden anser att arbetsmarknads- och socialnämnden bör samordna arbetet.',
    'Hur många platser kan ni erbjuda?',
    'Förvaltningen kan erbjuda 40 platser.',
    'Stadsbyggnadsnämnden',
    'Yttrande',
    'Nämnden avstår från att svara.',
  ].join('\n');

  it('still finds questions, respondents and their order', async () => {
    const round = await roundFromText(text);
    expect(round.title).toBe('Plan för fler sommarjobb');
    expect(grid(round)).toEqual([
      'SN - Yttrande',
      'SN Q2 Vem bör samordna sommarjobben?',
      'SN Q1 Hur många platser kan ni erbjuda?',
      'SBN - Yttrande',
    ]);
  });

  it('a body named in running text is not a respondent', async () => {
    const round = await roundFromText(text);
    expect(round.respondents.map((r) => r.id)).not.toContain('ASN');
  });
});

describe('short topical headings', () => {
  it('"Samordnande roll", "Pågående processer", "Uppföljning" find their questions in every answer', async () => {
    const round = await roundOf(fixture('rounds', 'short-topical-headings.txt'));
    const byHeading = new Map<string, Set<string | null>>();
    for (const s of round.segments) {
      if (!s.heading) continue;
      const set = byHeading.get(s.heading) ?? new Set();
      set.add(s.question);
      byHeading.set(s.heading, set);
    }
    expect([...byHeading.get('Samordnande roll')!]).toEqual(['Q1']);
    expect([...byHeading.get('Pågående processer')!]).toEqual(['Q2']);
    // "följas upp" in the question, "Uppföljning" in the heading.
    expect([...byHeading.get('Uppföljning')!]).toEqual(['Q3']);
    expect(round.segments.filter((s) => s.heading === 'Samordnande roll')).toHaveLength(12);
  });
});

describe('capitals, bracketed abbreviations and numbered headings', () => {
  it('finds "KULTURNÄMNDEN (KN)" and maps "Fråga 2 – samordning", "1. Behovet …" by number', async () => {
    const round = await roundOf(fixture('rounds', 'caps-and-numbered-headings.txt'));
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'trafiknamnden']);
    expect(grid(round)).toEqual([
      'KN - Yttrande',
      'KN Q2 Fråga 2 – samordning',
      'KN Q1 Fråga 1 – behov',
      'trafiknamnden - Yttrande',
      'trafiknamnden Q1 1. Behovet av sommarjobb',
      'trafiknamnden Q3 3. Risker',
      'trafiknamnden Q2 2. Samordning av satsningen',
    ]);
  });
});

describe('a preamble listing its questions without marks, chapters numbered', () => {
  it('reads each question line, and "2.1 Kulturnämnden", "2.2 Region Skåne" as respondents', async () => {
    const round = await roundOf(fixture('rounds', 'unmarked-question-list.txt'));
    expect(round.questions.map((q) => q.text)).toEqual(['Hur ser ni på förslaget om lokala trygghetsråd?', 'Vilken nämnd bör leda arbetet med trygghetsråden?']);
    expect(round.respondents).toEqual([
      { id: 'KN', name: 'Kulturnämnden', known: true, kind: 'nämnd' },
      { id: 'region-skane', name: 'Region Skåne', known: false },
    ]);
    expect(grid(round)).toEqual([
      'KN - Yttrande',
      'KN Q1 Hur ser ni på förslaget om lokala trygghetsråd?',
      'KN Q2 Vilken nämnd bör leda arbetet med trygghetsråden?',
      'region-skane - Yttrande',
    ]);
  });
});

describe('bodies the registry lacks, answering straight under their names', () => {
  it('a name followed directly by a question heading is a respondent', async () => {
    const round = await roundOf(fixture('rounds', 'unknown-bodies-without-summary.txt'));
    expect(round.respondents.map((r) => r.id)).toEqual(['polismyndigheten', 'raddningstjansten-syd']);
    expect(grid(round)).toEqual([
      'polismyndigheten Q1 Hur ser ni på förslaget om trygga skolvägar?',
      'polismyndigheten Q2 Vem bör samordna arbetet med skolvägarna?',
      'raddningstjansten-syd Q1 Hur ser ni på förslaget om trygga skolvägar?',
      'raddningstjansten-syd Q2 Vem bör samordna arbetet med skolvägarna?',
    ]);
  });
});

describe('one line per paragraph, no blank lines (a word processor\'s text export)', () => {
  it('segments as the wrapped original does', async () => {
    const wrapped = await roundOf(fixture('rounds', 'reordered-paraphrased.txt'));
    const oneLine = await roundOf(fixture('rounds', 'one-line-paragraphs.txt'));
    expect(grid(oneLine)).toEqual(grid(wrapped));
    expect(oneLine.questions).toEqual(wrapped.questions);
    expect(oneLine.title).toBe(wrapped.title);
  });
});
