/**
 * A body's own statement below an answer it gave jointly with others ("Särskilt yttrande",
 * "Avvikande mening – X"): on the question it names, by number or by the joint answer's heading,
 * its words are that body's answer, flagged; the others keep the joint answer. A party's
 * statement names no body and changes nothing. Letters written for the test
 * (src/extract/preferences.ts ownStatement; src/segment/respondents.ts titlePatterns).
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { tabulate } from '../../src/analyze/tabulate.js';

const QUESTIONS = ['Hur ser ni på förslagets inriktning?', 'Vilken nämnd bör ges det samordnande ansvaret för arbetet?'];

function letter(tail: string[]): string {
  return [
    'Gemensamt yttrande från kulturnämnden och fritidsnämnden',
    '',
    'Inriktning',
    'Nämnderna ser positivt på förslagets inriktning och vill att arbetet kommer i gång under nästa år i alla stadsområden.',
    '',
    'Samordnande ansvar',
    'Nämnderna föreslår att tekniska nämnden ges det samordnande ansvaret för arbetet, eftersom den redan förvaltar de offentliga platserna.',
    '',
    'För kulturnämnden          För fritidsnämnden',
    'Eva Ek, ordförande         Per Holm, ordförande',
    '',
    ...tail,
  ].join('\n');
}

async function rows(text: string) {
  const round = await buildRound([{ path: 'gemensamt.txt', bytes: Buffer.from(text) }], { questions: QUESTIONS });
  return Object.fromEntries(tabulate(round).rows.map((r) => [r.respondent, { choices: r.choices, stance: r.stance, review: r.review.join(' | ') }]));
}

describe('a body’s own statement below a joint answer', () => {
  it.each([
    ['Särskilt yttrande / the body on a line of its own, the question by number', ['Särskilt yttrande', 'Fritidsnämnden', '', 'Fritidsnämnden står bakom yttrandet i fråga 1 men gör en annan bedömning i fråga 2. Nämnden anser att kommunstyrelsen bör ha det samordnande ansvaret.', '']],
    ['Avvikande mening – the body, the question by its heading', ['AVVIKANDE MENING – FRITIDSNÄMNDEN', '', 'Fritidsnämnden ställer sig bakom yttrandet utom avsnittet Samordnande ansvar. Nämnden anser att kommunstyrelsen bör ha det samordnande ansvaret.', '']],
  ])('%s: that body’s row follows it, flagged; the other keeps the joint answer', async (_what, tail) => {
    const r = await rows(letter(tail));
    expect(r.KN.choices).toEqual(['TN']);
    expect(r.FRN.choices).toEqual(['KS']);
    expect(r.FRN.review).toMatch(/eget yttrande under det gemensamma svaret/);
  });

  it('declining in its own statement is its answer', async () => {
    const r = await rows(letter(['AVVIKANDE MENING – FRITIDSNÄMNDEN', '', 'Fritidsnämnden ställer sig bakom yttrandet utom i fråga 2. Vem som ska samordna är en fråga som kommunstyrelsen bör själv avgöra, och nämnden avstår därför från att föreslå någon.', '']));
    expect(r.FRN).toMatchObject({ stance: 'declines', choices: [] });
    expect(r.KN.choices).toEqual(['TN']);
  });

  it.each([
    // A statement that names no question of the coordinator's: the joint answer stands.
    ['Särskilt yttrande', 'Fritidsnämnden', '', 'Fritidsnämnden vill därutöver understryka betydelsen av fråga 1 och av mötesplatserna i arbetet.', ''],
    // A party's statement: no body of the joint answer is named, nothing changes.
    ['Särskilt yttrande (V)', '', 'Vänsterpartiet anser att kommunstyrelsen bör ha det samordnande ansvaret i fråga 2.', ''],
  ])('not: %j', async (...tail) => {
    const r = await rows(letter(tail));
    expect(r.KN.choices).toEqual(['TN']);
    expect(r.FRN.choices).toEqual(['TN']);
  });
});
