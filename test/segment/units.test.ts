/** Heading candidates, the registry, questions from a preamble and heading → question mapping. */
import { describe, expect, it } from 'vitest';
import { findHeadings } from '../../src/segment/headings.js';
import { matchBody, looksLikeBodyName, derivedId } from '../../src/segment/registry.js';
import { MAX_ROW_LABEL_CHARS, parseQuestionsFile, preambleQuestions } from '../../src/segment/questions.js';
import { respondentFromFileName } from '../../src/segment/respondents.js';
import { linesOf } from '../helpers.js';

const headings = (t: string): string[] => findHeadings(linesOf(t)).map((h) => h.text);

describe('heading candidates', () => {
  it('finds headings with and without blank lines around them', () => {
    expect(headings('Bakgrund\nNämnden har läst förslaget.\nVem ska samordna\narbetet i områdena?\nSvaret följer här.')).toEqual([
      'Bakgrund',
      'Vem ska samordna arbetet i områdena?',
    ]);
  });
  it('does not take the first line of a paragraph for a heading', () => {
    expect(headings('Ett stycke som börjar här och\nfortsätter på nästa rad.\n\nEtt annat stycke som slutar med och\nMalmö stad i slutet.')).toEqual([]);
  });
  it('does not take a paragraph wrapped before a capital or a parenthesis for a heading', () => {
    const text = [
      'Nämnden har läst förslaget och lämnar här sina synpunkter på de olika delarna.',
      'Arbetet med stadens parkprogram föreslås utgå från de sex stadsområden som',
      'används för statistik och som tagits fram inom ramen för samverkan SSPF',
      '(skola, socialtjänst, polis och fritid). Mer text här om hur arbetet går.',
      'Exempel på insatser med koppling till förslaget är det nya samarbetet med',
      'föreningen Nattvandrarna och det samarbete som kallas för lokala nätverket',
      'Stadsdelsvärdar (som kulturförvaltningen samordnar) och några fler insatser.',
    ].join('\n');
    expect(headings(text)).toEqual([]);
  });
  it('keeps a two-sentence question heading together', () => {
    expect(headings('Finns det områden som är viktiga? Hur kan\nnämnderna bidra?\nText.')).toEqual(['Finns det områden som är viktiga? Hur kan nämnderna bidra?']);
  });
  it('accepts a numbered heading', () => {
    expect(headings('Fråga 2. Vem bör få rollen?\nText.')).toEqual(['Fråga 2. Vem bör få rollen?']);
  });
  it.each([
    ['3) Samordnande ansvar\nSamordningen bör ligga hos tekniska nämnden.', ['3) Samordnande ansvar']],
    ['Fråga 4) Finansiering (driftmedel)\nInom ram.', ['Fråga 4) Finansiering (driftmedel)']],
    ['Samordnande ansvar)\nText.', []],
    ['3) Samordnande (ansvar\nText.', []],
  ])('a numbering\'s bracket is no unbalanced bracket: %j', (text, want) => {
    expect(headings(text)).toEqual(want);
  });
});

describe('the registry', () => {
  it.each([
    ['Parkeringsövervakning AB', 'PÖMAB'],
    ['Parkeringsövervakning i Malmö AB', 'PÖMAB'],
    ['Parkeringsövervakning', undefined],
    ['Parkeringsövervakning i Lund AB', undefined],
  ])('a company named without the organisation\'s own place keeps its company form: %j → %s', (name, id) => {
    expect(matchBody(name)?.id).toBe(id);
  });

  it('matches names, administrations and OCR-damaged forms', () => {
    expect(matchBody('Fritidsnamnden')?.id).toBe('FRN');
    expect(matchBody('Forskolenamnden')?.id).toBe('FSKN');
    expect(matchBody('Parkeringsovervakning i Malmo')?.id).toBe('PÖMAB');
    expect(matchBody('Hälsa-, vård och omsorgsnämnden')?.id).toBe('HVON');
    expect(matchBody('Arbetsmarknads- och socialnimnden')?.id).toBe('ASN');
    expect(matchBody('Stadskontoret')?.id).toBe('KS');
    expect(matchBody('Fastighets- och gatukontoret')?.id).toBe('TN');
    expect(matchBody('MKB Fastighet AB')?.id).toBe('MKB');
  });
  it('does not match a different body or a phrase', () => {
    expect(matchBody('Kulturnämnden och fritidsnämnden')).toBeUndefined();
    expect(matchBody('Miljö')).toBeUndefined();
    expect(matchBody('Trafiknämnden')).toBeUndefined();
  });
  it('recognises the shape of a body the registry lacks, and derives a stable id', () => {
    expect(looksLikeBodyName('Trafiknämnden')).toBe(true);
    expect(looksLikeBodyName('Räddningstjänsten Syd')).toBe(true);
    expect(looksLikeBodyName('Kontaktcenter')).toBe(false);
    expect(looksLikeBodyName('Stadsdelsnämnd Väster')).toBe(true);
    expect(looksLikeBodyName('Region Skåne')).toBe(true);
    // "…området" ends like "rådet" but is no council.
    expect(looksLikeBodyName('Pågående processer inom ansvarsområdet')).toBe(false);
    // A council's compound name ends in "rådet" (registry.json bodySuffixes); ordinary nouns that
    // end so do not (notBodyEndings).
    for (const name of ['Seniorrådet', 'UNGDOMSRÅDET', 'Funktionsrättsrådet Öster', 'Brottsförebyggande rådet']) expect(looksLikeBodyName(name)).toBe(true);
    for (const name of ['Stadsområdet', 'Samrådet', 'Hantverket', 'Verksamhetsområdet Norr']) expect(looksLikeBodyName(name)).toBe(false);
    // A university's department, a research institute.
    for (const name of ['Institutionen för urbana studier', 'Folkhälsoinstitutet', 'Institutet för framtidsstudier']) expect(looksLikeBodyName(name)).toBe(true);
    expect(looksLikeBodyName('Konstitutionen')).toBe(false);
    expect(derivedId('Räddningstjänsten Syd')).toBe('raddningstjansten-syd');
    expect(derivedId('Nämnden för Öresundsfrågor AB')).toBe('namnden-for-oresundsfragor');
  });
  it('names a respondent from its file name', () => {
    expect(respondentFromFileName('/x/03_kulturnamnden_yttrande.pdf').id).toBe('KN');
    expect(respondentFromFileName('svar-FRN.txt').id).toBe('FRN');
    expect(respondentFromFileName('okänd instans.txt')).toEqual({ id: 'okand-instans', name: 'okänd instans', known: false });
  });
});

describe('questions', () => {
  it('reads a bulleted preamble list, a question running over two sentences', () => {
    const lines = linesOf('Nämnderna ombads svara på tre remissfrågor.\n\n• Hur ser ni på A?\n\n• Vad tycker ni om B? Hur kan\nni bidra?\n• Vem ska C?\nInkomna yttranden');
    expect(preambleQuestions(lines)?.texts).toEqual(['Hur ser ni på A?', 'Vad tycker ni om B? Hur kan ni bidra?', 'Vem ska C?']);
  });
  it.each([
    ['1. Hur ser ni på målen?\n(kapitel 3)\n2. Vem bör samordna arbetet?\n(avsnitt 5.1)\n3. Hur följs det upp?'],
    ['1. Hur ser ni på målen? (kapitel 3)\n2. Vem bör samordna\narbetet? (avsnitt 5.1)\n3. Hur följs det upp?\n(s. 14)'],
  ])('keeps a note in brackets wrapped onto a line of its own with its question: %j', (list) => {
    const lines = linesOf(`Remissinstanserna ombeds besvara följande frågor:\n${list}\n\nSvaren ska ha kommit in senast den 1 maj.`);
    const texts = preambleQuestions(lines)?.texts ?? [];
    expect(texts.length).toBe(3);
    expect(texts[1]).toMatch(/^Vem bör samordna arbetet\? \(avsnitt 5\.1\)$/);
  });
  it.each([
    // A label of the row before each question, the questions wrapped in their column.
    [['Pass 1 (gruppvis)   Fråga 1. Hur ser ni på', 'målen?', 'Pass 2 (laget runt) Fråga 2. Vilka nätverk', 'finns?', 'Pass 3 (gemensamt)', 'Fråga 3. Vem bör samordna arbetet?']],
    [['Station A   Fråga 1. Hur ser ni på målen?', 'Station B   Fråga 2. Vilka nätverk finns?', 'Station C   Fråga 3. Vem bör samordna arbetet?']],
  ])('reads questions set in a table beside a label of each row (MAX_ROW_LABEL_CHARS): %j', (rows) => {
    expect(MAX_ROW_LABEL_CHARS).toBe(45);
    const lines = linesOf(['Varje pass utgick från en av remissfrågorna:', '', ...rows, '', 'Deltagarna delades in i grupper.'].join('\n'));
    expect(preambleQuestions(lines)?.texts).toEqual(['Hur ser ni på målen?', 'Vilka nätverk finns?', 'Vem bör samordna arbetet?']);
  });
  it('a line with a label and no question word keeps its label', () => {
    const lines = linesOf(['Remissinstanserna ombeds besvara följande frågor:', '1. Hur ser ni på målen?', '2. Pass (gruppvis)  Vem bör samordna?'].join('\n'));
    expect(preambleQuestions(lines)?.texts[1]).toBe('Pass (gruppvis) Vem bör samordna?');
  });
  it('reads a --questions file in either shape', () => {
    expect(parseQuestionsFile('# frågor\nHur ser ni på A?\nVem ska B?\n')).toEqual(['Hur ser ni på A?', 'Vem ska B?']);
    expect(parseQuestionsFile('1. Hur ser ni\npå A?\n2. Vem ska B?')).toEqual(['Hur ser ni på A?', 'Vem ska B?']);
  });
});
