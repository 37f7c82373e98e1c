/**
 * One text answering for several bodies (src/segment/joint.ts): each body named in a joint
 * yttrande's title answers with the whole text — letters written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { tabulate } from '../../src/analyze/tabulate.js';
import { bodiesOfList, jointRespondent, MAX_JOINT, nameListJoiners } from '../../src/segment/joint.js';
import { loadRegistry } from '../../src/segment/registry.js';

const QUESTIONS = ['Hur ser ni på förslaget?', 'Vilken nämnd eller vilket bolag bör samordna arbetet?'];

describe('the bodies of a joint title', () => {
  it.each([
    ['Gemensamt yttrande från förskolenämnden, grundskolenämnden och gymnasie- och vuxenutbildningsnämnden', ['FSKN', 'GRN', 'GVN']],
    ['Yttrande från kulturnämnden och fritidsnämnden', ['KN', 'FRN']],
    ['Gemensamt remissvar från Miljönämnden samt Tekniska nämnden', ['MN', 'TN']],
    ['GEMENSAMT YTTRANDE FRÅN ARBETSMARKNADS- OCH SOCIALNÄMNDEN OCH HÄLSA-, VÅRD- OCH OMSORGSNÄMNDEN', ['ASN', 'HVON']],
    // The owners in the genitive before the document.
    ['Grundskolenämndens och gymnasie- och vuxenutbildningsnämndens yttrande över förslaget om samordnad styrning', ['GRN', 'GVN']],
    ['Kulturnämndens, fritidsnämndens och servicenämndens gemensamma yttrande', ['KN', 'FRN', 'SN']],
    ['Miljönämndens samt tekniska nämndens remissvar', ['MN', 'TN']],
  ])('%j', (title, ids) => {
    expect(jointRespondent(title, loadRegistry())?.members?.map((m) => m.id)).toEqual(ids);
  });

  it.each([
    'Yttrande från kulturnämnden',
    'Gemensamt yttrande från kulturnämnden och Föreningen Parkens vänner',
    'Yttrande över förslaget från kulturnämnden och fritidsnämnden om parkvärdar',
    'Gemensamt yttrande – handlingsplan mot ensamhet',
    'Kulturnämndens yttrande över förslaget',
    'Kulturnämndens och Föreningen Parkens vänners yttrande',
    'Yttrandets och förslagets delar',
  ])('no joint answer: %j', (title) => {
    expect(jointRespondent(title, loadRegistry())).toBeUndefined();
  });

  it('joins names by the list joiners and the name joiners of coordination.json, pinned', () => {
    expect([...nameListJoiners()].sort()).toEqual(['eller', 'och', 'samt']);
    expect(bodiesOfList('miljönämnden samt tekniska nämnden', loadRegistry())?.map((m) => m.id)).toEqual(['MN', 'TN']);
    expect(bodiesOfList('kulturnämnden, fritidsnämnden eller servicenämnden', loadRegistry())?.map((m) => m.id)).toEqual(['KN', 'FRN', 'SN']);
    expect(bodiesOfList('kulturnämnden jämte fritidsnämnden', loadRegistry())).toBeUndefined();
  });

  it(`reads at most ${MAX_JOINT} bodies`, () => {
    expect(MAX_JOINT).toBe(8);
    const many = Array.from({ length: 9 }, () => 'kulturnämnden').join(', ');
    expect(bodiesOfList(many, loadRegistry())?.length).toBe(1);
  });
});

describe('a joint yttrande in a round', () => {
  const joint = [
    'MALMÖ STAD', 'Kulturförvaltningen · Fritidsförvaltningen', '', 'Datum: 2026-04-08', 'Diarienummer: KN-2026-00412, FRN-2026-00377', '',
    'Kommunstyrelsen', 'Stadskontoret', '205 80 Malmö', '',
    'Gemensamt yttrande från kulturnämnden och fritidsnämnden', '',
    'Nämnderna har valt att svara i ett gemensamt dokument.', '',
    'Fråga 1', 'Förslaget är bra.', '', 'Fråga 2', 'Planen bör enligt nämndernas mening samordnas av kommunstyrelsen genom stadskontoret.',
  ].join('\n');
  const other = ['Servicenämnden', '', 'Fråga 1', 'Bra.', '', 'Fråga 2', 'Nämnden föreslår att tekniska nämnden samordnar arbetet.'].join('\n');

  it('is each member\'s answer, the whole text, with a row for each', async () => {
    const round = await buildRound([{ path: 'gemensamt.txt', bytes: Buffer.from(joint) }, { path: 'sn.txt', bytes: Buffer.from(other) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'FRN', 'SN']);
    expect(round.respondents.every((r) => !('members' in r))).toBe(true);
    for (const id of ['KN', 'FRN']) expect(round.segments.find((s) => s.respondent === id && s.question === 'Q2')?.text).toContain('samordnas av kommunstyrelsen');
    const t = tabulate(round);
    for (const id of ['KN', 'FRN']) expect(t.rows.find((r) => r.respondent === id)?.choices).toEqual(['KS']);
  });

  it('another body\'s letter that cites a joint answer keeps its sender', async () => {
    const letter = ['Servicenämnden', 'Datum 2026-04-09', '', 'Yttrande från kulturnämnden och fritidsnämnden', '', 'Servicenämnden har tagit del av det gemensamma yttrandet och instämmer i det.', '', 'Fråga 2', 'Nämnden föreslår att tekniska nämnden samordnar.'].join('\n');
    const round = await buildRound([{ path: 'sn.txt', bytes: Buffer.from(letter) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.id)).toEqual(['SN']);
  });
});

describe('an answer given also for other bodies (src/segment/on-behalf.ts)', () => {
  const minutes = (sentence: string): string =>
    [
      'Hamnbolaget Syd AB', 'Styrelseprotokoll 2026-04-08', '', '§ 12 Remissvar', '',
      sentence, '', 'Styrelsen beslutar', 'att anta förslaget till yttrande.', '',
      'Fråga 1', 'Bolaget är positivt till förslaget.', '', 'Fråga 2', 'Bolaget föreslår att servicenämnden samordnar arbetet.',
    ].join('\n');

  it.each([
    ['Hamnbolaget Syd AB yttrar sig för koncernens räkning, även för Kajbolaget AB och Fyrbolaget AB, vars styrelser har lämnat underlag.', ['Hamnbolaget Syd AB', 'Kajbolaget AB', 'Fyrbolaget AB']],
    ['Bolaget lämnar detta svar också för Kajbolaget AB.', ['Hamnbolaget Syd AB', 'Kajbolaget AB']],
    ['Styrelsen avger yttrandet även för servicenämnden och MKB Fastighet AB.', ['Hamnbolaget Syd AB', 'Servicenämnden', 'MKB Fastighet AB']],
  ])('each body listed answers with the same text: %j', async (sentence, names) => {
    const round = await buildRound([{ path: 'protokoll.txt', bytes: Buffer.from(minutes(sentence)) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.name)).toEqual(names);
    const t = tabulate(round);
    for (const r of round.respondents) expect(t.rows.find((x) => x.respondent === r.id)?.choices).toEqual(['SN']);
  });

  it.each([
    'Bolaget har även för Kajbolaget AB:s del studerat förslaget noga.',
    'Förslaget är viktigt även för Kajbolaget AB och Fyrbolaget AB.',
  ])('not without a verb of answering before it: %j', async (sentence) => {
    const round = await buildRound([{ path: 'protokoll.txt', bytes: Buffer.from(minutes(sentence)) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.name)).toEqual(['Hamnbolaget Syd AB']);
  });
});
