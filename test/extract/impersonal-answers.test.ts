/**
 * Answers that never say who speaks, on sentences of our own in several wordings (found on the
 * blind round opersonliga-konstruktioner): an impersonal judgement opens the role predicate as a
 * modal does ("Det framstår som naturligt att …", "Det vore rimligt om X gavs …", "har ingen
 * invändning mot att X samordnar"), passives of placing and bearing put their agent in the role
 * ("bärs av X", "läggs på X", "förläggs till X"), "Vid en samlad bedömning" grounds a judgement
 * and is no scope, the remiss's own proposal reported impersonally ("Det föreslås i remissen att
 * …") is not the respondent's, and a seat in a relative clause is no seat of the body proposed.
 */
import { describe, expect, it } from 'vitest';
import { choices, row, table } from './support.js';
import { MAX_DESCRIBED_PARTNER } from '../../src/extract/preferences.js';

const R = 'Miljönämnden';

async function read(answer: string): Promise<{ choices: string[]; review: string }> {
  const t = await table([{ name: R, answer }]);
  return { choices: choices(t, 'MN'), review: row(t, 'MN').review.join(' | ') };
}

it('pins how much of a described partner the row quotes', () => {
  expect(MAX_DESCRIBED_PARTNER).toBe(60);
});

describe('an impersonal judgement proposes the body after it', () => {
  it.each([
    ['Det framstår som naturligt att samordningen läggs på fritidsnämnden.', ['FRN']],
    ['Det är rimligt att kulturnämnden leder arbetet.', ['KN']],
    ['Det vore rimligt om arbetsmarknads- och socialnämnden gavs det samordnande ansvaret.', ['ASN']],
    ['Det vore naturligt om servicenämnden fick samordningsansvaret.', ['SN']],
    ['Det bedöms lämpligt att ansvaret för programmet bärs av tekniska nämnden.', ['TN']],
    ['Det är naturligt att samordningen förläggs till fritidsnämnden.', ['FRN']],
    ['Nämnden har ingen invändning mot att stadskontoret samordnar arbetet.', ['KS']],
    ['Vi har inget emot att kulturnämnden leder arbetet.', ['KN']],
    ['Kulturnämnden är bäst placerad att samordna arbetet.', ['KN']],
    ['Kommunstyrelsen framstår som den mest ändamålsenliga samordnaren.', ['KS']],
  ])('%j', async (answer, expected) => {
    expect((await read(answer)).choices).toEqual(expected);
  });

  it.each([
    'Det är rimligt att kostnaderna fördelas mellan nämnderna.',
    'Det vore önskvärt om fler aktörer deltog i arbetet.',
  ])('not where no body is put in the role: %j', async (answer) => {
    expect((await read(answer)).choices).toEqual([]);
  });
});

describe('a passive of bearing puts its agent in the role', () => {
  it.each([
    ['Det samordnande ansvaret bör bäras av tekniska nämnden.', ['TN']],
    ['Ansvaret bör bäras gemensamt av kulturnämnden och fritidsnämnden.', ['FRN+KN']],
  ])('%j', async (answer, expected) => {
    expect((await read(answer)).choices).toEqual(expected);
  });
});

describe('"Vid en samlad bedömning" grounds the judgement that follows; "Vid …" elsewhere is a scope', () => {
  it.each([
    ['Vid en samlad bedömning framstår kommunstyrelsen som den mest ändamålsenliga samordnaren av programmet.', ['KS']],
    ['Vid en sammantagen bedömning bör fritidsnämnden samordna arbetet.', ['FRN']],
    ['Vid en avvägning av för- och nackdelar är kulturnämnden bäst lämpad att samordna.', ['KN']],
  ])('%j', async (answer, expected) => {
    expect((await read(answer)).choices).toEqual(expected);
  });

  it('a scope still colours its sentence', async () => {
    expect((await read('Vid satsningar på skolgårdarna bör grundskolenämnden samordna arbetet.')).choices).toEqual([]);
  });
});

describe("the remiss's own proposal, reported impersonally, is not the respondent's", () => {
  it.each([
    ['Det föreslås i remissen att kommunstyrelsen ska hålla ihop arbetet. Nämnden förordar i stället fritidsnämnden.', ['FRN']],
    ['Det anges i underlaget att kommunstyrelsen bör samordna arbetet. Kulturnämnden bör enligt nämnden leda arbetet.', ['KN']],
  ])('%j', async (answer, expected) => {
    expect((await read(answer)).choices).toEqual(expected);
  });

  it('alone, it proposes nothing and is shown for a look', async () => {
    const r = await read('Det föreslås i remissen att kommunstyrelsen ska hålla ihop arbetet.');
    expect(r.choices).toEqual([]);
    expect(r.review).toContain('KS');
  });
});

describe("a seat in a relative clause is the clause's, not the proposal's", () => {
  it.each([
    ['Samordningen bör ligga hos en nämnd med ett uttalat ansvar för stadsutveckling, där fritidsnämnden kan medverka som part.', ['~generic']],
    ['Ansvaret bör ligga hos kommunstyrelsen, där nämnden gärna deltar i styrgruppen.', ['KS']],
  ])('%j', async (answer, expected) => {
    expect((await read(answer)).choices).toEqual(expected);
  });
});

describe('a partner described by what it does is flagged, not dropped in silence', () => {
  it.each([
    'Samordningsansvaret bör bäras gemensamt av kommunstyrelsen och den nämnd som ansvarar för socialtjänsten.',
    'Ansvaret bör ligga hos kulturnämnden tillsammans med det bolag som förvaltar lokalerna.',
  ])('%j', async (answer) => {
    const r = await read(answer);
    expect(r.choices.length).toBe(1);
    expect(r.review).toMatch(/(den nämnd|det bolag) som .* står i förslaget men lästes inte som en part/);
  });

  it('whoever gets the role is no partner', async () => {
    const r = await read('Kommunstyrelsen bör samordna arbetet. Den nämnd som får uppdraget bör redovisa till rådet.');
    expect(r.review).not.toContain('lästes inte som en part');
  });
});

describe('a body to be set up, or described, is a described choice', () => {
  it.each([
    ['En ny trygghetsnämnd bör inrättas med ett samlat ansvar för stadens trygghetsarbete.', ['~generic']],
    ['Ett gemensamt organ bör bildas med ansvar för samordningen.', ['~generic']],
    ['På sikt bör ansvaret föras över till en särskild beredning med förtroendevalda.', ['~generic']],
    // A unit inside a body the registry knows is that body.
    ['Samordningen bör ligga hos ett särskilt kansli inom stadskontoret.', ['KS']],
  ])('%j', async (answer, expected) => {
    expect((await read(answer)).choices).toEqual(expected);
  });

  it.each(['En ny nämnd bör inrättas för kulturfrågor.', 'Ett råd har bildats i stadsdelen.'])('not where no role is given: %j', async (answer) => {
    expect((await read(answer)).choices).toEqual([]);
  });
});

describe('a passive proposal word in a relative clause describes what the remiss proposes', () => {
  it.each([
    'Miljönämnden bidrar gärna i den samordningsgrupp som föreslås.',
    'Nämnden deltar gärna i det nätverk som förordas i remissen, men avstår från att föreslå en samordnare.',
  ])('%j', async (answer) => {
    expect((await read(answer)).choices).toEqual([]);
  });
});
