/**
 * How reports and compilations head an answer, on texts of our own: a body and a headline of the
 * report's own ("Fritidsnämnden: ”Vi tar gärna rollen – om pengarna följer med”"), a title saying
 * whose answer follows above the sender's own address ("Yttrande från MKB Fastighet AB" / "Box
 * 8054 …"), and a report's box of facts that lists the remiss's questions below the first answer
 * (src/segment/respondents.ts headlinedBody, senders.ts dropAddressBlocks, segment.ts
 * statedQuestions, headings.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';

const QUESTIONS = ['Hur ser ni på förslaget?', 'Vilken nämnd bör ha det samordnande ansvaret?'];

/** A paragraph's usual length: a heading is told from prose by being shorter than it. */
const MORE = ' Nämnden har läst förslaget noga och ser fram emot att arbetet kommer i gång under nästa år i alla stadsområden.';

async function respondents(text: string, questions: string[] | undefined = QUESTIONS): Promise<string[]> {
  const round = await buildRound([{ path: 'rapport.txt', bytes: Buffer.from(text) }], questions ? { questions } : {});
  return round.respondents.map((r) => r.id);
}

describe('a body and a headline of the report', () => {
  const report = (heads: Array<[string, string]>): string =>
    ['Så svarade nämnderna', '', 'Stadskontoret har läst remissvaren.', '', ...heads.flatMap(([h, body]) => [h, '', body + MORE, '', `Mer om svaret följer i rapporten.${MORE}`, ''])].join('\n');

  it.each([
    [[['Fritidsnämnden: ”Vi tar gärna rollen – om pengarna följer med”', 'Fritidsnämnden välkomnar förslaget.'], ['Kulturnämnden: Biblioteken vill delta', 'Kulturnämnden ser positivt på förslaget.']], ['FRN', 'KN']],
    [[['Tekniska nämnden – Belysningen först', 'Tekniska nämnden är i stort positiv.'], ['Miljönämnden – Glöm inte bullret', 'Miljönämnden saknar ett hälsoperspektiv.']], ['TN', 'MN']],
  ])('names its body when the text under it opens with the name: %#', async (heads, want) => {
    expect(await respondents(report(heads as Array<[string, string]>))).toEqual(want);
  });

  it('a picture caption may come between', async () => {
    const text = report([['Grundskolenämnden: Skolan kan inte bära allt', 'Bild: Elever i en klass. Foto: Malmö stad\n\nGrundskolenämnden delar problembilden.']]);
    expect(await respondents(text)).toEqual(['GRN']);
  });

  it('not where the text under it speaks of something else: a topic, not the body’s answer', async () => {
    expect(await respondents(report([['Fritidsnämnden: så fungerar mötesplatserna', 'Mötesplatserna har öppet på kvällarna.']]))).not.toContain('FRN');
  });
});

describe('a title saying whose answer follows, above the sender’s own address', () => {
  it('names the sender, not an addressee', async () => {
    const text = [
      'Sammanställning av remissvar', '', '______________________________', '',
      'Yttrande från Kulturnämnden', '', `Kulturnämnden ser positivt på förslaget.${MORE}`, '', '______________________________', '',
      'Yttrande från MKB Fastighet AB', '', 'MKB Fastighet AB', 'Box 8054, 200 41 Malmö', 'Datum: 2026-04-23', '',
      `MKB Fastighet AB tackar för möjligheten att lämna synpunkter.${MORE}`, '',
    ].join('\n');
    expect(await respondents(text)).toEqual(['KN', 'MKB']);
  });

  it('an address block under a plain name further down is still an addressee', async () => {
    const text = ['Kulturnämnden', '', 'Kulturnämnden ser positivt på förslaget.', '', 'Kommunstyrelsen', 'c/o Stadskontoret', '205 80 Malmö', '', 'Nämnden föreslår att fritidsnämnden samordnar.', ''].join('\n');
    expect(await respondents(text)).toEqual(['KN']);
  });
});

describe('the questions in a box of facts below the first answer', () => {
  const article = (intro: string, items: string[], more: string[] = []): string =>
    [
      'Nämnderna svarade på remissen', '', 'Kulturnämnden: Biblioteken vill delta', '', 'Kulturnämnden ser positivt på förslaget och föreslår att fritidsnämnden samordnar arbetet.', '',
      'Fakta', '', intro, ...items, '', ...more,
    ].join('\n');
  // Two answers under the round's question as a heading of theirs: the questions the round has
  // without the box (recurringQuestions), which a box that fails the rule must not replace.
  const asked = ['Vem bör leda arbetet med parkerna?', ''];
  const second = ['Tekniska nämnden: Parkerna behöver ljus', '', ...asked, 'Tekniska nämnden föreslår att kommunstyrelsen samordnar arbetet.', '', 'Fritidsnämnden: Fler aktiviteter', '', ...asked, 'Fritidsnämnden föreslår att kulturnämnden samordnar arbetet.', ''];

  it('are the round’s when the box says how many and each asks', async () => {
    const round = await buildRound([{ path: 'artikel.txt', bytes: Buffer.from(article('Stadskontoret ställde två frågor:', ['1. Hur ser ni på förslaget?', '2. Vilken nämnd bör samordna arbetet?'])) }], {});
    expect(round.questions.map((q) => q.text)).toEqual(['Hur ser ni på förslaget?', 'Vilken nämnd bör samordna arbetet?']);
    // The line that introduces the list names no respondent, whatever body opens it.
    expect(round.respondents.map((r) => r.id)).toEqual(['KN']);
  });

  it.each([
    // No count said: an answer's own questions to the city, perhaps.
    ['Nämnden undrar över följande frågor:', ['1. Hur ska uppföljningen gå till?', '2. Vem betalar lokalerna?']],
    // A count the list does not hold.
    ['Stadskontoret ställde tre frågor:', ['1. Hur ser ni på förslaget?', '2. Vilken nämnd bör samordna arbetet?']],
  ])('not when %j', async (intro, items) => {
    const round = await buildRound([{ path: 'artikel.txt', bytes: Buffer.from(article(intro, items, second)) }], {});
    expect(round.questions.map((q) => q.text)).toEqual(['Vem bör leda arbetet med parkerna?']);
  });
});
