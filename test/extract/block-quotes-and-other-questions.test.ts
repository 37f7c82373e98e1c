/**
 * What is not this answer's: another document's words set in as a block under a line that
 * introduces them, and a refusal of another question — answers written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { tabulate } from '../../src/analyze/tabulate.js';
import { BLOCK_QUOTE_INDENT, BLOCK_QUOTE_LINES } from '../../src/extract/preferences.js';
import { writePdf } from '../support/pdf-writer.js';

const QUESTIONS = ['Hur ser ni på förslaget?', 'Vilken nämnd bör samordna arbetet?', 'Hur bör arbetet finansieras?'];

async function rowOf(q2: string[]): Promise<{ stance: string; choices: string[]; review: string[] }> {
  const text = ['Kulturnämnden', '', 'Fråga 1', 'Förslaget är bra.', '', 'Fråga 2', ...q2, '', 'Fråga 3', 'Inom ram.'].join('\n');
  const round = await buildRound([{ path: 'kn.txt', bytes: Buffer.from(text) }], { questions: QUESTIONS });
  const row = tabulate(round).rows.find((r) => r.respondent === 'KN')!;
  return { stance: row.stance, choices: row.choices, review: row.review };
}

describe('a block quotation of another document', () => {
  it(`is set in ${BLOCK_QUOTE_INDENT} spaces or more`, () => expect(BLOCK_QUOTE_INDENT).toBe(3));
  it(`has its introduction within ${BLOCK_QUOTE_LINES} lines above the sentence`, () => expect(BLOCK_QUOTE_LINES).toBe(60));

  it.each([
    [['I utredningen står följande:', '', '    Kommunstyrelsen bör samordna arbetet.', '', 'Nämnden har inget att tillägga.']],
    [['Utredningen resonerar om ansvaret på s. 12. Där anges följande:', '', '    Kommunstyrelsen bör ges ett samordnande ansvar.', '    Styrgruppen leds av stadskontoret.']],
    [['Promemorian säger:', '', '      Tekniska nämnden ska leda arbetet.']],
  ])('is not the answer\'s: %j', async (q2) => {
    expect((await rowOf(q2)).choices).toEqual([]);
  });

  it.each([
    [['Nämnden framför följande:', '', '    Kommunstyrelsen bör samordna arbetet.'], ['KS']],
    [['Nämnden skriver:', '', '    Tekniska nämnden bör leda arbetet.'], ['TN']],
    // Not set in: the answer's own text after a colon.
    [['I utredningen står följande:', 'Kommunstyrelsen bör samordna arbetet, och det delar nämnden.'], ['KS']],
  ])('the answer\'s own: %j', async (q2, choices) => {
    expect((await rowOf(q2)).choices).toEqual(choices);
  });
});

describe('a block quotation in a PDF, which keeps no indentation', () => {
  async function pdfRowOf(q2: string[]): Promise<string[]> {
    const text = ['Kulturnämnden', '', 'Fråga 1', 'Förslaget är bra.', '', 'Fråga 2', ...q2, '', 'Fråga 3', 'Inom ram.'];
    const round = await buildRound([{ path: 'kn.pdf', bytes: writePdf([{ lines: text, size: 10 }]) }], { questions: QUESTIONS });
    return tabulate(round).rows.find((r) => r.respondent === 'KN')!.choices;
  }

  it.each([
    [['Utredningen resonerar om ansvaret på s. 12. Där anges följande:', '', 'Kommunstyrelsen bör ges ett samordnande ansvar.', '', 'Nämnden har inget att tillägga.']],
    [['I promemorian står följande:', '', 'Tekniska nämnden ska leda arbetet.']],
  ])('the paragraph after a document introduced is not the answer\'s: %j', async (q2) => {
    expect(await pdfRowOf(q2)).toEqual([]);
  });

  it('a paragraph after that one is the answer\'s again', async () => {
    expect(await pdfRowOf(['I promemorian står följande:', '', 'Tekniska nämnden ska leda arbetet.', '', 'Nämnden anser att servicenämnden bör leda arbetet.'])).toEqual(['SN']);
  });
});

describe('a refusal of another question', () => {
  it.each([
    ['Nämnden avstår från att besvara fråga 3.', 'no-proposal'],
    ['Vi lämnar fråga 1 obesvarad.', 'no-proposal'],
    ['Nämnden avstår från att besvara fråga 2.', 'declines'],
    ['Nämnden avstår från att besvara frågan.', 'declines'],
  ])('%j → %s', async (sentence, stance) => {
    expect((await rowOf([sentence])).stance).toBe(stance);
  });
});

describe('declining to name anyone, and yet describing whom the role should go to', () => {
  it.each([
    [['Nämnden tar inte ställning till någon enskild nämnd.', 'Ansvaret bör ges till den nämnd som har störst närvaro bland unga.'], true],
    [['Nämnden vill inte föreslå någon.', 'Skulle kommunstyrelsen välja en facknämnd bör uppdraget gå till den nämnd som redan har verksamheten.'], true],
    [['Nämnden tar inte ställning till någon enskild nämnd.', 'Den nämnd som får ansvaret behöver resurser.'], false],
    [['Nämnden tar inte ställning till någon enskild nämnd.'], false],
  ])('%j is flagged: %s', async (q2, flagged) => {
    const row = await rowOf(q2);
    expect(row.stance).toBe('declines');
    expect(row.review.some((r) => r.startsWith('avstår från att namnge någon men beskriver'))).toBe(flagged);
  });
});

describe('"inte hos X utan …" where what is wanted after "utan" is not read', () => {
  it.each([
    [['Ansvaret bör inte ligga hos kommunstyrelsen utan hos den nämnd som ansvarar för föreningsbidragen.'], [], true],
    [['Samordningen bör inte ligga hos MKB utan hos den förvaltning som redan möter föreningarna.'], [], true],
    [['Ansvaret bör inte ligga hos MKB utan hos tekniska nämnden.'], ['TN'], false],
    [['Ansvaret bör inte ligga hos kommunstyrelsen.'], [], false],
  ])('%j → %j, flagged: %s', async (q2, choices, flagged) => {
    const row = await rowOf(q2);
    expect(row.choices).toEqual(choices);
    expect(row.review.some((r) => r.startsWith('en mening om ansvaret gav inget förslag'))).toBe(flagged);
  });
});

describe('a role referred back to ("det ansvaret") after a role for another function', () => {
  // A question that names the work the role is for ("… för handlingsplanen"): other work is another function.
  const rowFor = async (q2: string[]): Promise<string[]> => {
    const questions = ['Hur ser ni på förslaget?', 'Vilken nämnd bör ha det samordnande ansvaret för handlingsplanen?', 'Hur bör arbetet finansieras?'];
    const text = ['Kulturnämnden', '', 'Fråga 1', 'Förslaget är bra.', '', 'Fråga 2', ...q2, '', 'Fråga 3', 'Inom ram.'].join('\n');
    const round = await buildRound([{ path: 'kn.txt', bytes: Buffer.from(text) }], { questions });
    return tabulate(round).rows.find((r) => r.respondent === 'KN')!.choices;
  };
  it.each([
    // The sentence before gives the respondent another task: the offer is for that task.
    [['Utredningen föreslår att nämnden ska ansvara för driften av mötesplatserna.', 'Nämnden åtar sig gärna det ansvaret.', 'Samordningen bör ligga hos kommunstyrelsen.'], ['KS']],
    [['Förslaget ger bolaget ansvar för underhållet av lokalerna.', 'Vi tar gärna den rollen, om budgeten räknas upp.', 'Arbetet bör samordnas av stadskontoret.'], ['KS']],
    // The sentence before is about the role asked for: the offer is the respondent's proposal.
    [['Någon behöver samordna arbetet.', 'Nämnden åtar sig gärna det ansvaret.'], ['KN']],
  ])('%j → %j', async (q2, choices) => {
    expect(await rowFor(q2)).toEqual(choices);
  });
});
