/**
 * A template that each respondent fills in, written here: the issuer's letterhead, a
 * "Remissinstans:" field, instructions, then a heading that introduces the questions
 * ("Remissfrågor", "Frågorna") with each question and its "Svar:" under it. The heading is part
 * of the one respondent's answer, not the end of it.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { introducesQuestions } from '../../src/segment/questions.js';

const QUESTIONS = ['Hur ser ni på förslaget om parkvärdar?', 'Vilka nätverk bör arbetet bygga på?', 'Vem bör samordna parkvärdarna?'];

function template(body: string, intro: string, answers: string[]): string {
  return [
    'Malmö stad', 'Stadskontoret', '', 'SVARSMALL', 'Remiss: Parkvärdar i stadens parker', '',
    `Remissinstans: ${body}`, 'Kontaktperson: Eva Ek', 'Datum: 2026-05-02', '',
    'Instruktioner', 'Svara under respektive fråga. Skicka mallen till stadskontoret senast den 15 maj.', '',
    intro,
    ...QUESTIONS.flatMap((q, i) => [`Fråga ${i + 1}. ${q}`, `Svar: ${answers[i]}`, '']),
  ].join('\n');
}

describe('a filled-in template', () => {
  it.each(['Remissfrågor', 'Frågorna', 'Remissens frågor'])('%j introduces the questions', (h) => {
    expect(introducesQuestions(h)).toBe(true);
  });

  it.each(['Fråga 1. Hur ser ni på förslaget?', 'Synpunkter per avsnitt', 'Remissfrågor och svar från nämnderna i Malmö stad'])('%j does not', (h) => {
    expect(introducesQuestions(h)).toBe(false);
  });

  it.each(['Remissfrågor', 'Frågorna'])('under %j, each answer is read as the one respondent\'s, question by question', async (intro) => {
    const files = [
      ['kn.txt', template('Kulturnämnden', intro, ['Nämnden är positiv.', 'Biblioteken bör ingå.', 'Kulturnämnden anser att fritidsnämnden bör samordna parkvärdarna.'])],
      ['tn.txt', template('Tekniska nämnden', intro, ['Nämnden är tveksam.', 'Parkförvaltningen bör ingå.', 'Tekniska nämnden åtar sig gärna att samordna parkvärdarna.'])],
    ];
    const round = await buildRound(files.map(([path, text]) => ({ path, bytes: Buffer.from(text) })), { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'TN']);
    const q3 = round.segments.find((s) => s.respondent === 'KN' && s.question === 'Q3');
    expect(q3?.text).toContain('fritidsnämnden bör samordna');
    expect(round.segments.find((s) => s.respondent === 'TN' && s.question === 'Q2')?.text).toContain('Parkförvaltningen');
  });

  it('a template whose "Remissinstans:" field was left empty is its file\'s body\'s answer, not the issuer\'s', async () => {
    const empty = template('', 'Remissfrågor', ['Nämnden har inga invändningar.', 'Inga.', 'Inga synpunkter.']);
    const files: Array<[string, string]> = [
      ['Svarsmall_Miljonamnden.txt', empty],
      ['kn.txt', template('Kulturnämnden', 'Remissfrågor', ['Nämnden är positiv.', 'Biblioteken bör ingå.', 'Kulturnämnden anser att fritidsnämnden bör samordna parkvärdarna.'])],
      ['tn.txt', template('Tekniska nämnden', 'Remissfrågor', ['Nämnden är tveksam.', 'Parkförvaltningen bör ingå.', 'Tekniska nämnden åtar sig gärna att samordna parkvärdarna.'])],
    ];
    // No questions given: the round's questions are read from the templates themselves.
    const round = await buildRound(files.map(([path, text]) => ({ path, bytes: Buffer.from(text) })));
    expect(round.respondents.map((r) => r.id).sort()).toEqual(['KN', 'MN', 'TN']);
    expect(round.questions.length).toBe(3);
    expect(round.segments.find((s) => s.respondent === 'MN' && s.question === 'Q3')?.text).toContain('Inga synpunkter');
  });

  it('a letter\'s record of a contact person and a date leaves its letterhead the sender', async () => {
    const letter = ['Hamnbolaget Syd AB', 'Box 12, 201 20 Malmö', '', 'Datum: 2026-03-09', 'Mottagare: Stadskontoret', 'Kontaktperson: Eva Ek', '',
      'Hamnbolaget Syd AB tackar för möjligheten att lämna synpunkter.', '', 'Fråga 3', 'Bolaget anser att fritidsnämnden bör samordna parkvärdarna.'].join('\n');
    const round = await buildRound([{ path: 'synpunkter_slutlig.txt', bytes: Buffer.from(letter) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.name)).toEqual(['Hamnbolaget Syd AB']);
  });
});

