/**
 * A compilation arranged by question: each question's heading, then the respondents' answers to
 * it — under one question by name headings, under another by the name opening the paragraph
 * ("Kulturnämnden: …"). Each answer is its respondent's to that question. Written here.
 */
import { describe, expect, it } from 'vitest';
import { roundFromText } from '../helpers.js';
import { numberedQuestion } from '../../src/segment/questions.js';

const TEXT = [
  'Sammanställning av remissvar',
  '',
  'Remissinstanserna ombads besvara följande frågor:',
  '1. Hur ser ni på förslaget om parkvärdar?',
  '2. Vilka parker bör prioriteras?',
  '3. Vilken nämnd bör samordna parkvärdarna?',
  '',
  'Fråga 1. Hur ser ni på förslaget om parkvärdar?',
  '',
  'Kulturnämnden',
  'Kulturnämnden ser positivt på parkvärdar vid biblioteken.',
  '',
  'Servicenämnden',
  'Servicenämnden är tveksam till kostnaderna.',
  '',
  'Fråga 2. Vilka parker bör prioriteras?',
  '',
  'Kulturnämnden: Parkerna vid Möllevången och Rosengård bör gå först.',
  '',
  'Servicenämnden: Nämnden vill prioritera Pildammsparken.',
  '',
  'Fråga 3. Vilken nämnd bör samordna parkvärdarna?',
  '',
  'KULTURNÄMNDEN',
  'Kulturnämnden föreslår att fritidsnämnden samordnar parkvärdarna.',
  '',
  'SERVICENÄMNDEN',
  'Servicenämnden anser att stadskontoret bör samordna.',
].join('\n');

describe('a compilation arranged by question', () => {
  it('gives each answer under a question to that question, names as headings or opening a paragraph', async () => {
    const round = await roundFromText(TEXT);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'SN']);
    const of = (id: string) => round.segments.filter((s) => s.respondent === id && s.question !== null).map((s) => [s.question, s.text.split(/[.:]/)[0]]);
    expect(of('KN')).toEqual([
      ['Q1', 'Kulturnämnden ser positivt på parkvärdar vid biblioteken'],
      ['Q2', 'Kulturnämnden'],
      ['Q3', 'Kulturnämnden föreslår att fritidsnämnden samordnar parkvärdarna'],
    ]);
    expect(of('SN').map(([q]) => q)).toEqual(['Q1', 'Q2', 'Q3']);
  });

  it.each([
    ['the heading alone', [] as string[], 'compilation'],
    ['the heading over a rule', ['------------------------------'], 'compilation'],
    ['the heading and the question asked again', ['', 'Vilka av stadens parker ska gå först?'], 'compilation'],
    ['the heading and a paragraph of the compiler', ['', 'Svaren skiljer sig här åt.'], 'unattributed'],
    ['the heading and a name the tool does not read', ['', 'Parkrådet vill ha fler bänkar.'], 'unattributed'],
  ])('a question\'s heading between the answers, %s: %s', async (_, under, part) => {
    const text = TEXT.replace('Fråga 2. Vilka parker bör prioriteras?\n', ['Fråga 2. Vilka parker bör prioriteras?', ...under, ''].join('\n'));
    const round = await roundFromText(text);
    const heading = round.segments.find((s) => s.respondent === null && s.text.startsWith('Fråga 2.'));
    expect(heading?.part).toBe(part);
    expect(round.warnings.some((w) => w.includes('Fråga 2.'))).toBe(part === 'unattributed');
  });

  it('a compilation arranged by respondent is read as before', async () => {
    const byRespondent = ['Remissinstanserna ombads besvara följande frågor:', '1. Hur ser ni på förslaget om parkvärdar?', '2. Vilken nämnd bör samordna parkvärdarna?', '',
      'Kulturnämnden', '', 'Fråga 1', 'Positivt.', '', 'Fråga 2', 'Fritidsnämnden.', '', 'Servicenämnden', '', 'Fråga 1', 'Tveksamt.', '', 'Fråga 2', 'Stadskontoret.'].join('\n');
    const round = await roundFromText(byRespondent);
    expect(round.segments.filter((s) => s.respondent !== null && s.question !== null).map((s) => `${s.respondent}:${s.question}`)).toEqual(['KN:Q1', 'KN:Q2', 'SN:Q1', 'SN:Q2']);
  });
});

describe('a terse working summary: labelled lines with no blank lines between, questions as "FR. N"', () => {
  const notes = (q3: string[]) =>
    [
      'ARBETSMATERIAL',
      'Remiss: Förslag om parkvärdar',
      '',
      'FR. 1  Hur ser ni på förslaget?',
      '----------------------------------',
      'KN: positiv, vill koppla biblioteken (s. 2).',
      'SN: tveksam t. kostnaderna.',
      'FRN: positiv.',
      '',
      'FR. 2  Vilken nämnd bör samordna parkvärdarna?',
      '----------------------------------',
      ...q3,
    ].join('\n');

  it.each([
    ['FR. 2  Vilken nämnd bör samordna?', 2],
    ['fr. 3', 3],
    ['Fr.4 Resurser', 4],
    ['Gäller fr.o.m. 2026', undefined],
    ['Fritidsnämnden', undefined],
  ])('%j names question %s', (heading, n) => {
    expect(numberedQuestion(heading)).toBe(n);
  });

  it('each labelled line is its body\'s answer to the question above it', async () => {
    const round = await roundFromText(notes(['KN: Fritidsnämnden bör samordna parkvärdarna.', 'SN: Servicenämnden vill själv samordna parkvärdarna.', 'FRN: Nämnden avstår från att föreslå någon.']), 'arbetsmaterial.txt', ['Hur ser ni på förslaget?', 'Vilken nämnd bör samordna parkvärdarna?']);
    expect(round.respondents.map((r) => r.id).sort()).toEqual(['FRN', 'KN', 'SN']);
    const q2 = (id: string) => round.segments.find((s) => s.respondent === id && s.question === 'Q2')?.text ?? '';
    expect(q2('KN')).toMatch(/^KN: Fritidsnämnden bör samordna/);
    expect(q2('SN')).toMatch(/^SN: Servicenämnden vill själv/);
    expect(q2('FRN')).toMatch(/avstår/);
  });

  it('a line that goes on a sentence is not split at a colon in it', async () => {
    const round = await roundFromText(notes(['KN: Fritidsnämnden bör samordna parkvärdarna, med två villkor', 'Villkor: medel och en tydlig uppdragsbeskrivning.', 'SN: Servicenämnden vill själv samordna.']), 'arbetsmaterial.txt', ['Hur ser ni på förslaget?', 'Vilken nämnd bör samordna parkvärdarna?']);
    const kn = round.segments.find((s) => s.respondent === 'KN' && s.question === 'Q2')?.text ?? '';
    expect(kn).toMatch(/Villkor: medel/);
  });
});
