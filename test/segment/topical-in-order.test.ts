/**
 * Topical headings, as many as the round has questions, taking them in turn: where some headings'
 * words fit their turn's question and none clearly names another, each answers its turn — the
 * signature below ("För Kulturnämnden" / "Anna Berg, ordförande") answers nothing. Written here.
 */
import { describe, expect, it } from 'vitest';
import { roundFromText } from '../helpers.js';

const QUESTIONS = [
  'Hur ser ni på förslaget om mötesplatser för unga i stadsdelarna?',
  'Vilka pågående samarbeten och nätverk bör arbetet bygga vidare på?',
  'Vilken nämnd eller vilket bolag bör ha det samordnande ansvaret?',
  'Vilka resurser i form av personal, lokaler eller pengar kan ni bidra med?',
];

function answer(headings: string[], signature: string[] = ['För Kulturnämnden', '', 'Anna Berg, ordförande']): string {
  const intro = ['Remissen ställde fyra frågor:', '', ...QUESTIONS.map((q, i) => `${i + 1}. ${q}`), ''];
  const body = headings.flatMap((h, i) => [h, `Svarstext ${i + 1}: nämnden har tankar i den här delen.`, '']);
  const other = ['Servicenämnden', '', 'Fråga 1', 'Positivt.', '', 'Fråga 2', 'Nätverken.', '', 'Fråga 3', 'Stadskontoret.', '', 'Fråga 4', 'Lokaler.', ''];
  return [...intro, 'Kulturnämnden', 'Datum 2026-03-16', '', 'Yttrande om mötesplatser', '', ...body, ...signature, '', ...other].join('\n');
}

async function sections(headings: string[], signature?: string[]): Promise<Array<string | null>> {
  const round = await roundFromText(answer(headings, signature));
  const id = round.respondents[0].id;
  return round.segments.filter((s) => s.respondent === id && /^Svarstext/.test(s.text)).map((s) => s.question);
}

describe('topical headings in turn', () => {
  it('four headings for four questions, two of them fitting their turn, answer the questions in order', async () => {
    expect(await sections(['Om mötesplatserna', 'Bibliotekens närvaro i stadsdelarna', 'Samordningsansvaret', 'Lokaler och frivilliga'])).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
  });

  it('a signer named with a role ends the headings, with or without a lead-in', async () => {
    expect(await sections(['Om mötesplatserna', 'Bibliotekens närvaro i stadsdelarna', 'Samordningsansvaret', 'Lokaler och frivilliga'], ['Anna Berg, ordförande'])).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
  });

  it("a tjänsteskrivelse's standard parts around the answer's headings take no turn", async () => {
    const intro = ['Remissen ställde fyra frågor:', '', ...QUESTIONS.map((q, i) => `${i + 1}. ${q}`), ''];
    const body = ['Om mötesplatserna', 'Svarstext 1: förvaltningen ser positivt på förslaget.', '', 'Bibliotekens närvaro i stadsdelarna', 'Svarstext 2: biblioteken samverkar med skolorna.', '', 'Samordningsansvaret', 'Svarstext 3: fritidsnämnden bör samordna.', '', 'Lokaler och frivilliga', 'Svarstext 4: lokaler finns.', ''];
    const text = [
      ...intro, 'Kulturnämnden', 'Datum 2026-03-16', '', 'Remiss från kommunstyrelsen – mötesplatser för unga i stadsdelarna', 'KN-2026-412', '',
      'Förslag till beslut', 'Kulturnämnden föreslås besluta att överlämna yttrandet.', '', 'Beslutsplanering', 'Kulturnämnden 2026-03-19', '',
      'Förvaltningens synpunkter', '', ...body, 'Ansvariga', 'Anna Berg Kulturdirektör', '',
      'Servicenämnden', '', 'Fråga 1', 'Positivt.', '', 'Fråga 2', 'Nätverken.', '', 'Fråga 3', 'Stadskontoret.', '', 'Fråga 4', 'Lokaler.', '',
    ].join('\n');
    const round = await roundFromText(text);
    const got = round.segments.filter((s) => s.respondent === 'KN' && /^Svarstext/.test(s.text)).map((s) => s.question);
    expect(got).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
  });

  it('not as many headings as questions: no turns are taken', async () => {
    const got = await sections(['Om mötesplatserna', 'Bibliotekens närvaro i stadsdelarna', 'Samordningsansvaret']);
    expect(got[1]).not.toBe('Q2');
  });
});
