/**
 * OCR damage in a preamble's question list: the bullets of a scan come back as "»", "«", "e",
 * "*", "-" (or "©"); they still mark the items. A preamble that says how many questions it asks
 * ("följande fyra frågor") but yields fewer gets a warning, in Swedish.
 */
import { describe, expect, it } from 'vitest';
import { preambleQuestions, promisedQuestions } from '../../src/segment/questions.js';
import { linesOf, roundFromText } from '../helpers.js';

const QUESTIONS = [
  'Vilka pågående processer finns i ert område?',
  'Vilka områden bör prioriteras för särskilda insatser?',
  'Hur ser ni på den föreslagna samordningsstrukturen?',
  'Vilken nämnd bör få den samordnande rollen?',
];

function preamble(mark: string, intro = 'Remissinstanserna ombads besvara följande fyra frågor:'): string {
  return ['Sammanställning av remissvar', '', intro, ...QUESTIONS.map((q) => `${mark} ${q}`), '', 'Kulturnämnden', '', 'Yttrande', 'Nämnden välkomnar förslaget.'].join('\n');
}

describe('list marks as OCR reads them', () => {
  it.each(['•', '»', '«', 'e', '*', '-', '–', '©'])('"%s" marks the four questions', (mark) => {
    const found = preambleQuestions(linesOf(preamble(mark)));
    expect(found?.texts).toEqual(QUESTIONS);
    expect(found?.promised).toBe(4);
  });

  it('a letter is a mark only before a capital: a list item of prose is not cut at "e"', () => {
    const lines = linesOf(['Följande remissfrågor ställdes:', '1. Hur bör arbetet organiseras i', 'e nämnderna?', '2. Vem bör leda det?'].join('\n'));
    expect(preambleQuestions(lines)?.texts).toEqual(['Hur bör arbetet organiseras i e nämnderna?', 'Vem bör leda det?']);
  });
});

describe('how many questions a preamble says it asks', () => {
  it.each([
    ['Remissinstanserna ombads besvara följande fyra frågor:', 4],
    ['Nämnderna fick svara på tre remissfrågor.', 3],
    ['De 5 frågorna var:', 5],
    ['Kommunstyrelsen ställde två frågor till bolagen', 2],
    ['Remissen innehöll fyra konkreta frågor:', 4],
    ['följande tva fragor (OCR)', 2],
    ['Remissinstanserna ombads besvara följande remissfrågor:', undefined],
    ['Fyra nämnder svarade på frågan.', undefined],
  ])('%s → %s', (text, n) => {
    expect(promisedQuestions(text)).toBe(n);
  });

  it('fewer questions than promised is a warning in Swedish; as many is none', async () => {
    // A mark OCR made into something no list uses ("%"): that item runs into the one before.
    const damaged = preamble('»').replace(`» ${QUESTIONS[2]}`, `% ${QUESTIONS[2]}`);
    const round = await roundFromText(damaged, 'skannad.txt');
    expect(round.questions).toHaveLength(3);
    expect(round.warnings).toContain('skannad.txt: inledningen säger 4 frågor men 3 hittades i listan; kontrollera frågorna, eller ange dem med --questions');
    const whole = await roundFromText(preamble('»'), 'skannad.txt');
    expect(whole.questions).toHaveLength(4);
    expect(whole.warnings.filter((w) => w.includes('inledningen'))).toEqual([]);
  });
});

describe("a question's lettered parts in the preamble's list", () => {
  it.each([
    [['1. Hur ser ni på planen?', '', '2. a) Vilka processer berörs?', '   b) Hur kan de samordnas?', '', '3. a) Vilken nämnd bör samordna arbetet?', '   b) Vilka bör ingå i en styrgrupp?', '   c) Hur bör arbetet finansieras?']],
    [['1. Hur ser ni på planen?', '2. a) Vilka processer berörs?', 'b) Hur kan de samordnas?', '3. a) Vilken nämnd bör samordna arbetet?', 'b) Vilka bör ingå i en styrgrupp?']],
  ])('are their number\'s question: %j', (items) => {
    const found = preambleQuestions(linesOf(['Remissinstanserna ombeds besvara följande frågor:', '', ...items, '', 'Svaren ska ha kommit in senast den 30 april.'].join('\n')));
    expect(found?.texts).toHaveLength(3);
    expect(found?.texts[1]).toMatch(/^a\) Vilka processer berörs\? b\) Hur kan de samordnas\?$/u);
    expect(found?.texts[2]).toMatch(/^a\) Vilken nämnd bör samordna arbetet\?/u);
  });

  it('a lettered list with no number above it is a list of questions', () => {
    const found = preambleQuestions(linesOf(['Remissinstanserna ombeds besvara följande frågor:', '', 'a) Hur ser ni på planen?', 'b) Vilken nämnd bör samordna arbetet?', '', 'Svaren ska ha kommit in senast den 30 april.'].join('\n')));
    expect(found?.texts).toEqual(['Hur ser ni på planen?', 'Vilken nämnd bör samordna arbetet?']);
  });
});
