/**
 * Terse answers and what they must not be taken for: "Fråga 4: Fritidsnämnden" is an answer
 * after its label, not a heading; a numbered list of names ("1. Fritidsnämnden" / "2. Tekniska
 * nämnden") is neither a run of answers to questions 1 and 2 nor the start of a new respondent's
 * answer. Texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { tabulate } from '../../src/analyze/tabulate.js';
import { LABEL_QUESTION_COVER } from '../../src/segment/segment.js';
import { roundFromText } from '../helpers.js';

const QUESTIONS = ['Hur ser ni på förslaget om öppna skolgårdar?', 'Medför förslaget kostnader för er?', 'Vilken nämnd bör samordna arbetet med skolgårdarna?'];

function compilation(...answers: Array<[string, string[]]>): string {
  const out = ['Sammanställning av remissvar', '', 'Remissinstanserna ombads besvara följande frågor:', ...QUESTIONS.map((q, i) => `${i + 1}. ${q}`), ''];
  answers.forEach(([name, text], k) => out.push(`2.${k + 1} ${name}`, '', ...text, ''));
  return out.join('\n');
}

async function rowsOf(text: string) {
  const round = await roundFromText(text, 'sammanstallning.txt');
  const t = tabulate(round);
  return { round, rows: new Map(t.rows.map((r) => [r.respondent, r.choices.map((id) => [...t.columns.find((c) => c.id === id)!.members].sort().join('+'))])) };
}

describe('short answers after their labels and in numbered lists', () => {
  it('the share of a question\'s words that makes a label\'s text the question is pinned', () => {
    expect(LABEL_QUESTION_COVER).toBe(0.5);
  });

  it.each([
    ['Fråga 3: Fritidsnämnden', ['FRN']],
    ['Fråga 3: Tekniska nämnden.', ['TN']],
    ['Fråga 3: I första hand kulturnämnden, annars MKB.', ['KN', 'MKB']],
  ])('%j, under "Fråga 1: …" and "Fråga 2: …" lines, answers question 3', async (line, expected) => {
    const { round, rows } = await rowsOf(compilation(['Servicenämnden', ['Fråga 1: Ja, vi stöder förslaget.', 'Fråga 2: Nej.', line, '', 'Med vänlig hälsning', 'Eva Lind', 'Servicenämnden']]));
    expect(round.segments.some((s) => s.respondent === 'SN' && s.question === 'Q3' && s.text.startsWith('Fråga 3:'))).toBe(true);
    expect(rows.get('SN')).toEqual(expected);
  });

  it('"Fråga 3: Vilken nämnd bör samordna arbetet?" is the question\'s own heading', async () => {
    const { round } = await rowsOf(compilation(['Servicenämnden', ['Fråga 1: Ja.', 'Fråga 2: Nej.', '', 'Fråga 3: Vilken nämnd bör samordna arbetet med skolgårdarna?', 'Vi föreslår fritidsnämnden, som redan har personal på kvällarna.']]));
    expect(round.segments.find((s) => s.respondent === 'SN' && s.question === 'Q3')!.heading).toContain('Vilken nämnd');
  });

  it('a numbered list of names under the question is a ranked answer, not answers to questions 1 and 2 nor a new respondent', async () => {
    const { round, rows } = await rowsOf(
      compilation(
        ['Servicenämnden', ['Till fråga 1', 'Vi stöder förslaget.', '', 'Till fråga 2', 'Inga kostnader.', '', 'Till fråga 3', '1. Fritidsnämnden', '2. Tekniska nämnden', '', 'För nämnden', 'Eva Lind']],
        ['Kulturnämnden', ['Kulturnämnden föreslår att fritidsnämnden samordnar arbetet med skolgårdarna.']],
      ),
    );
    expect(round.respondents.map((r) => r.id)).toEqual(['SN', 'KN']);
    expect(rows.get('SN')).toEqual(['FRN', 'TN']);
  });
});
