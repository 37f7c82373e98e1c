/**
 * Whose process a mention is: only the respondent's own text counts. A remissfråga repeated in a
 * response form and the remiss cited in a matter line are the asker's words; text of no respondent
 * names no one's process; an OCR-read source takes OCR's letter confusions, a clean one does not.
 */
import { describe, expect, it } from 'vitest';
import type { Round, Segment } from '../../src/model.js';
import { shippedDictionary } from '../../src/tag/dictionary.js';
import { tagRound } from '../../src/tag/tag.js';
import { linesOf } from '../helpers.js';

const QUESTIONS = [
  { id: 'Q1', text: 'Hur har er verksamhet deltagit i Örat mot marken och i SSPF under året?' },
  { id: 'Q2', text: 'Vilken nämnd bör samordna arbetet med Trygga barnet framöver?' },
];

function segment(respondent: string | null, question: string | null, text: string, source = 0): Segment {
  const lines = linesOf(text).map((l) => ({ ...l, source }));
  return { respondent, question, heading: null, text, page: null, line: 1, lines } as Segment;
}

function round(segments: Segment[], kinds: Array<'text' | 'ocr'> = ['text']): Round {
  return {
    format: 'remiss-round/1',
    title: 'Trygghet',
    sources: kinds.map((kind, i) => ({ path: `s${i}.txt`, kind, sha256: '' })),
    questions: QUESTIONS,
    respondents: [
      { id: 'KN', name: 'Kulturnämnden', known: true },
      { id: 'MN', name: 'Miljönämnden', known: true },
    ],
    segments,
    warnings: [],
  } as Round;
}

const processes = (r: Round, who: string): string[] => [...new Set(tagRound(r, shippedDictionary()).filter((m) => m.respondent === who).map((m) => m.process))].sort();

describe('only the respondent\'s own words', () => {
  it.each([
    'Hur har er verksamhet deltagit i Örat mot marken och i SSPF under året?',
    'Fråga 1: Hur har er verksamhet deltagit i Örat mot marken och i SSPF under året?',
    '1. Hur har er verksamhet deltagit i Örat mot marken och i SSPF under året?',
  ])('a repeated remissfråga is the asker\'s: %j', (line) => {
    const r = round([segment('KN', 'Q1', `${line}\nSvar: Nämnden har inte deltagit.`)]);
    expect(processes(r, 'KN')).toEqual([]);
  });

  it.each([
    'Ärende: Utvärdering av Trygga barnet och SSPF',
    'Yttrande över remiss – Örat mot marken i framtiden',
    'Angående: CTC-enkäten 2026',
  ])('a line citing the remiss is the asker\'s: %j', (line) => {
    const r = round([segment('KN', null, `${line}\nKulturnämnden har tagit del av remissen.`)]);
    expect(processes(r, 'KN')).toEqual([]);
  });

  it('the respondent\'s own naming still counts, also in the same segment', () => {
    const r = round([segment('KN', 'Q1', 'Hur har er verksamhet deltagit i Örat mot marken och i SSPF under året?\nSvar: Biblioteken deltar i SSPF.')]);
    expect(processes(r, 'KN')).toEqual(['sspf']);
  });

  it('text of no respondent names no one\'s process, and a neighbour\'s text stays the neighbour\'s', () => {
    const r = round([segment(null, null, 'Inledning: SSPF och CTC nämns i förslaget.'), segment('KN', 'Q1', 'Vi deltar i CTC.'), segment('MN', 'Q1', 'Vi deltar i SSPF.')]);
    expect(processes(r, 'KN')).toEqual(['ctc']);
    expect(processes(r, 'MN')).toEqual(['sspf']);
    expect(tagRound(r, shippedDictionary()).every((m) => m.respondent !== null)).toBe(true);
  });
});

describe('OCR letter confusions follow the source', () => {
  it('an OCR-read source takes rn→m, cl→d, li→h; a clean one does not', () => {
    const text = 'Förvaltningen deltar i Örat mot rnarken och i Trygga bamet.';
    expect(processes(round([segment('KN', 'Q1', text, 0)], ['ocr']), 'KN')).toEqual(['orat-mot-marken', 'trygga-barnet']);
    expect(processes(round([segment('KN', 'Q1', text, 0)], ['text']), 'KN')).toEqual([]);
  });
});
