/**
 * An outside body answering a round of the registry's own organisation writes to that
 * organisation: the committees it names are the registry's. Bodies of another organisation that
 * answers with several of its own, or a round mostly of others, keep names as written.
 * Letters written for this test.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { tabulate } from '../../src/analyze/tabulate.js';

const QUESTIONS = ['Hur ser ni på förslaget?', 'Vilken nämnd bör ha det samordnande ansvaret?'];

const letter = (letterhead: string, body: string, answer: string) =>
  [letterhead, body, '', 'Yttrande över remissen', '', 'Fråga 1', `${body} är positiv till förslaget.`, '', 'Fråga 2', answer].join('\n');

async function rows(files: Array<[string, string]>) {
  const round = await buildRound(files.map(([p, t]) => ({ path: p, bytes: Buffer.from(t) })), { questions: QUESTIONS });
  const t = tabulate(round);
  return new Map(t.rows.map((r) => [r.respondent, r.choices.map((id) => t.columns.find((c) => c.id === id)!.members.join('+'))]));
}

const malmo = (): Array<[string, string]> => [
  ['kn.txt', letter('Malmö stad', 'Kulturnämnden', 'Nämnden föreslår fritidsnämnden.')],
  ['frn.txt', letter('Malmö stad', 'Fritidsnämnden', 'Nämnden föreslår kulturnämnden.')],
  ['mn.txt', letter('Malmö stad', 'Miljönämnden', 'Nämnden föreslår kommunstyrelsen.')],
];

describe("an outside body in the registry's own round", () => {
  it.each([
    ['Region Skåne', 'Regionen anser att hälsa-, vård- och omsorgsnämnden bör vara samordnande.', 'HVON'],
    ['Region Skåne', 'Region Skåne förordar att arbetsmarknads- och socialnämnden leder arbetet.', 'ASN'],
    ['Lunds kommun', 'Kommunen ser gärna att fritidsnämnden samordnar.', 'FRN'],
    // An authority by its short name is itself: "Polisen" in Polismyndigheten's answer.
    ['Polismyndigheten', 'Polisen lämnar förslag: i första hand bör fritidsnämnden samordna.', 'FRN'],
    ['Polismyndigheten, polisområde Malmö', 'Polisen kan inte själv samordna, men fritidsnämnden bör göra det.', 'FRN'],
  ])('%s: "%s" → %s', async (organisation, answer, id) => {
    const found = await rows([...malmo(), ['guest.txt', letter(organisation, organisation === 'Lunds kommun' ? 'Kommunstyrelsen' : organisation, answer)]]);
    const guest = [...found].find(([k]) => !['KN', 'FRN', 'MN'].includes(k))!;
    expect(guest[1]).toEqual([id]);
  });

  it("another organisation's several bodies name their own committees, as written", async () => {
    const found = await rows([
      ['kn.txt', letter('Malmö stad', 'Kulturnämnden', 'Nämnden föreslår fritidsnämnden.')],
      ['hbg1.txt', letter('Helsingborgs stad', 'Kulturnämnden', 'Nämnden föreslår fritidsnämnden.')],
      ['hbg2.txt', letter('Helsingborgs stad', 'Miljönämnden', 'Nämnden föreslår fritidsnämnden.')],
    ]);
    expect(found.get('KN')).toEqual(['FRN']);
    expect(found.get('kulturnamnden-helsingborgs-stad')).not.toEqual(['FRN']);
  });

  it('a round mostly of other organisations keeps every name as written', async () => {
    const found = await rows([
      ['kn.txt', letter('Malmö stad', 'Kulturnämnden', 'Nämnden föreslår fritidsnämnden.')],
      ['lund.txt', letter('Lunds kommun', 'Kommunstyrelsen', 'Kommunen föreslår fritidsnämnden.')],
      ['eslov.txt', letter('Eslövs kommun', 'Kommunstyrelsen', 'Kommunen föreslår fritidsnämnden.')],
    ]);
    const others = [...found].filter(([k]) => k !== 'KN');
    expect(others.length).toBe(2);
    for (const [, choices] of others) expect(choices).not.toEqual(['FRN']);
  });
});
