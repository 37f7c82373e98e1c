/**
 * Pointers back (preferences.ts resolveAnaphora): "samma nämnd", "de båda", "förstnämnda" in the
 * coordinator answer of a letter that named the bodies in an earlier answer. The pointer reaches
 * into the respondent's earlier answers only when its own answer names nothing before it, never
 * takes the respondent speaking, and the row says it was read so. Letters written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { tabulate } from '../../src/analyze/tabulate.js';
import { choices, row, table } from './support.js';

const QUESTIONS = ['Vilka verksamheter berörs av förslaget?', 'Vilka aktörer behöver involveras?', 'Vilken nämnd bör ha det samordnande ansvaret?'];

/** A letter from `from` answering the three questions under numbers, and its row. */
async function letter(from: string, answers: string[]): Promise<{ choices: string[]; review: string; stance: string }> {
  const text = [from, '', 'Yttrande över förslaget om mötesplatser för unga', '', `${from} lämnar följande yttrande.`, '', ...answers.flatMap((a, i) => [`${i + 1}. ${QUESTIONS[i]}`, a, '']), `${from}`, 'Anna Andersson, ordförande'].join('\n');
  const t = tabulate(await buildRound([{ path: 'yttrande.txt', bytes: Buffer.from(text) }], { questions: QUESTIONS }));
  const r = t.rows[0];
  return { choices: r.choices.map((c) => [...t.columns.find((col) => col.id === c)!.members].sort().join('+')), review: r.review.join(' | '), stance: r.stance };
}

const Q1 = 'Nämndens verksamheter berörs i begränsad omfattning.';

describe('a pointer in the coordinator answer, its bodies named in an earlier answer', () => {
  it.each([
    ['Servicenämnden', ['För oss är fritidsnämnden den viktigaste parten. Den ansvarar för fritidsgårdarna.', 'Vi föreslår samma nämnd som i förra frågan.'], ['FRN']],
    ['MKB Fastighet AB', ['För bolaget är servicenämnden viktigast att involvera.', 'MKB föreslår samma nämnd som i förra frågan.'], ['SN']],
    ['Miljönämnden', ['Fritidsnämnden och tekniska nämnden förvaltar de platser där unga möts. Dessa båda nämnder bör ingå från start. Därtill bör MKB involveras.', 'Miljönämnden föreslår att de båda ges ett gemensamt ansvar.'], ['FRN+TN']],
    ['Miljönämnden', ['Bland nämnderna är det fritidsnämnden och kulturnämnden som har mest verksamhet för unga.', 'Av de två bör i första hand förstnämnda ges samordningsansvaret.'], ['FRN']],
    ['Miljönämnden', ['Bland nämnderna är det fritidsnämnden och kulturnämnden som har mest verksamhet för unga.', 'Av dessa två bör sistnämnda ges samordningsansvaret.'], ['KN']],
    // Ranked by pointers: the first, and the second as the fallback.
    ['Miljönämnden', ['Fritidsnämnden och kulturnämnden har verksamhet dit unga söker sig.', 'I första hand bör förstnämnda ges ansvaret. Om det inte bedöms möjligt är sistnämnda ett rimligt andrahandsalternativ.'], ['FRN', 'KN']],
  ])('%s: %j → %j, flagged', async (from, [q2, q3], expected) => {
    const r = await letter(from, [Q1, q2, q3]);
    expect(r.choices).toEqual(expected);
    expect(r.review).toContain('läst ur ett tidigare svar');
  });

  it.each([
    // Named in the answer itself: read there, as before, and not flagged.
    ['Vi ser kulturnämnden som given. Vi föreslår att samordningen ligger hos den nämnden.', ['KN']],
    ['Fritidsnämnden och kulturnämnden har båda erfarenhet, men den sistnämnda bör samordna.', ['KN']],
    ['Fritidsnämnden och kulturnämnden har båda erfarenhet. Förstnämnda bör samordna.', ['FRN']],
  ])('%j → %j, not flagged', async (q3, expected) => {
    const r = await letter('Miljönämnden', [Q1, 'Tekniska nämnden och servicenämnden behöver involveras.', q3]);
    expect(r.choices).toEqual(expected);
    expect(r.review).not.toContain('tidigare svar');
  });

  it('the respondent speaking is never what "samma nämnd" points at', async () => {
    const r = await letter('Servicenämnden', [Q1, 'Inga fler aktörer behöver involveras.', 'Servicenämnden föreslår samma nämnd som tidigare.']);
    expect(r.choices).not.toContain('SN');
  });

  it('with no body in any answer before, a pointer puts no one forward', async () => {
    const r = await letter('Miljönämnden', [Q1, 'Civilsamhället behöver involveras.', 'Nämnden föreslår att de båda delar ansvaret.']);
    expect(r.choices).toEqual([]);
  });
});

describe('a choice called the second one (coordination.json secondRank), after a first choice', () => {
  it.each([
    'I första hand bör fritidsnämnden ges ansvaret. Om det av resursskäl inte bedöms möjligt är kulturnämnden ett rimligt andrahandsalternativ.',
    'Fritidsnämnden bör samordna arbetet. Skulle det inte gå ser vi kulturnämnden som ett andrahandsval.',
    'Vi förordar att fritidsnämnden får rollen. Kulturnämnden är det näst bästa alternativet.',
    // After a fronted condition whose main clause's subject is the respondent's view.
    'I första hand anser vi att fritidsnämnden bör samordna arbetet. Skulle en sådan ordning inte vara möjlig är vårt andrahandsalternativ att samordningen ligger kvar hos kulturnämnden.',
    // A reason after it (coordination.json justification) that speaks of leading other work is the reason's.
    'I första hand förordar nämnden att fritidsnämnden får ansvaret. Skulle fritidsnämnden inte anse sig vara rätt instans ser nämnden kulturnämnden som ett möjligt andrahandsalternativ, med hänvisning till dess erfarenhet av att leda det lokala arbetet.',
    'I första hand förordar nämnden att fritidsnämnden får ansvaret. Kulturnämnden är ett andrahandsalternativ mot bakgrund av dess vana att leda stora projekt.',
  ])('%j: ranked second, no condition', async (answer) => {
    const t = await table([{ name: 'Miljönämnden', answer }]);
    expect(choices(t, 'MN')).toEqual(['FRN', 'KN']);
    expect(row(t, 'MN').conditional).toBe(false);
  });

  it('with no first choice before it, it is a proposal as any other', async () => {
    const t = await table([{ name: 'Miljönämnden', answer: 'Kulturnämnden är ett rimligt andrahandsalternativ.' }]);
    expect(choices(t, 'MN')).toEqual(['KN']);
  });
});
