/**
 * What a heading's name is: numbering, a note in brackets and a meeting's date after it are no
 * part of the name ("Fritidsnämnden 2026-03-19" in a tjänsteskrivelse's Beslutsplanering).
 */
import { describe, expect, it } from 'vitest';
import { nameOfHeading } from '../../src/segment/respondents.js';
import { unansweredKind } from '../../src/segment/questions.js';

describe('the name in a heading', () => {
  it.each([
    ['Fritidsnämnden 2026-03-19', 'Fritidsnämnden'],
    // A minutes extract's line of the meeting, read with the name, is no part of it.
    ['Arbetsmarknads- och socialnämnden från arbetsmarknads- och socialnämndens sammanträde 2026-03-04', 'Arbetsmarknads- och socialnämnden'],
    ['Fritidsnämnden vid nämndens sammanträde den 4 mars', 'Fritidsnämnden'],
    ['Styrelsen för Hamnbolaget från styrelsens möte', 'Styrelsen för Hamnbolaget'],
    ['Rådet från Rosengård', 'Rådet från Rosengård'],
    ['2.1 Kulturnämnden', 'Kulturnämnden'],
    ['Servicenämnden (beslut)', 'Servicenämnden'],
    ['Agenda 2030-rådet', 'Agenda 2030-rådet'],
    // The kind of answer after a dash is no part of the name.
    ['Vallby vatten AB – yttrande', 'Vallby vatten AB'],
    ['Miljönämnden - remissvar', 'Miljönämnden'],
    ['Gröna Gårdar — Remissyttrande', 'Gröna Gårdar'],
    ['Rådet för yttrandefrihet', 'Rådet för yttrandefrihet'],
    // … and what follows the kind: its matter, its paragraph; after a comma too.
    ['Stadsbyggnadsnämnden – yttrande över remiss', 'Stadsbyggnadsnämnden'],
    ['Vallby vatten AB - remissvar avseende programmet för stadsdelstorg', 'Vallby vatten AB'],
    ['Hälsa-, vård- och omsorgsnämnden, protokollsutdrag § 54', 'Hälsa-, vård- och omsorgsnämnden'],
    ['Kulturnämnden, yttrande', 'Kulturnämnden'],
    ['Miljönämnden — tjänsteskrivelse 2026-04-02', 'Miljönämnden'],
    ['Råd för utdragna processer', 'Råd för utdragna processer'],
    ['Föreningen Svar, Stöd och Handling', 'Föreningen Svar, Stöd och Handling'],
    // Organisations side by side in one letterhead send it together; an organisation beside its unit or the document does not.
    ['Bergby kommun | Dalby kommun', 'Bergby kommun och Dalby kommun'],
    ['Region Halland | Varbergs kommun | Falkenbergs kommun', 'Region Halland, Varbergs kommun och Falkenbergs kommun'],
    // An organisation beside one unit of its own: the unit's letterhead; the document's kind is no part of a name.
    ['Malmö stad | Stadskontoret', 'Stadskontoret'],
    ['Vallby kommun | Miljönämnden | Protokollsutdrag', 'Miljönämnden'],
    ['Vallby kommun | Miljö- och byggnämnden | Protokollsutdrag 2026-05-12', 'Miljö- och byggnämnden'],
    ['Hamnbolaget Syd AB|Styrelseprotokoll', 'Hamnbolaget Syd AB'],
    ['Bergby kommun | Dalby kommun | Utdrag ur protokoll', 'Bergby kommun och Dalby kommun'],
    ['Lunds kommun | Svarsformulär', 'Lunds kommun | Svarsformulär'],
    ['Vallby kommun | Protokollsutdrag', 'Vallby kommun | Protokollsutdrag'],
    ['Miljönämnden | Kulturnämnden | Fritidsnämnden', 'Miljönämnden | Kulturnämnden | Fritidsnämnden'],
    // A letterhead's columns read as one line: the document's kind beside a body's name.
    ['Tekniska nämnden Yttrande', 'Tekniska nämnden'],
    ['Kulturnämnden Protokollsutdrag', 'Kulturnämnden'],
    ['POLISMYNDIGHETEN YTTRANDE', 'POLISMYNDIGHETEN'],
    // When the answer came, after a comma (structure.json arrivalNotes).
    ['Stadsbyggnadsnämnden, inkom 2026-01-16', 'Stadsbyggnadsnämnden'],
    ['4.2 Kulturnämnden, inkommen 7/5', 'Kulturnämnden'],
    ['Föreningen Inkom, Malmö', 'Föreningen Inkom, Malmö'],
    ['Hamnbolaget Syd AB Tjänsteskrivelse', 'Hamnbolaget Syd AB'],
    ['Föreningen Svar, Stöd och Handling', 'Föreningen Svar, Stöd och Handling'],
    ['Rådet för Yttrande', 'Rådet för Yttrande'],
  ])('%j → %j', (heading, name) => {
    expect(nameOfHeading(heading)).toBe(name);
  });

  it.each(['Beslutsplanering', 'SIGNERAD', 'Ansvariga', 'Expedieras'])('%j is a part of a tjänsteskrivelse that answers nothing', (h) => {
    expect(unansweredKind(h)).toBe('reservations');
  });
});

describe('a title that names its sender (nameFromTitle)', () => {
  it.each([
    ['Komplettering från kulturförvaltningen, inkommen 7/5', 'kulturförvaltningen'],
    ['Yttrande från Fritidsnämnden, inkom 2026-03-02', 'Fritidsnämnden'],
  ])('%j → %j', async (title, name) => {
    const { nameFromTitle } = await import('../../src/segment/respondents.js');
    expect(nameFromTitle(title)).toBe(name);
  });
});

describe("a field whose value is an answer's title", () => {
  it.each([
    ['Handlingsrubrik: Kulturnämndens yttrande', 'KN', 'Kulturnämnden'],
    ['Ärendemening: Yttrande från Fritidsnämnden', 'FRN', 'Fritidsnämnden'],
    ['Rubrik: Grannrådet Östs yttrande', 'grannradet-ost', 'Grannrådet Öst'],
  ])('%j names the body in the title', async (heading, id, name) => {
    const { respondentOf } = await import('../../src/segment/respondents.js');
    const { linesOf } = await import('../helpers.js');
    const lines = linesOf([heading, '', 'Nämnden har läst förslaget och lämnar följande yttrande.'].join('\n'));
    const r = respondentOf({ start: 0, end: 1, text: heading }, lines, undefined, true);
    expect(r?.id).toBe(id);
    expect(r?.name).toBe(name);
  });

  it.each(['Förslag på samordnande nämnd: Kulturnämnden', 'Kontaktperson: Eva Ek, fritidsförvaltningen'])('%j names no respondent', async (heading) => {
    const { respondentOf } = await import('../../src/segment/respondents.js');
    const { linesOf } = await import('../helpers.js');
    const lines = linesOf([heading, '', 'Nämnden har läst förslaget och lämnar följande yttrande.'].join('\n'));
    expect(respondentOf({ start: 0, end: 1, text: heading }, lines, undefined, true)).toBeUndefined();
  });
});

describe('a letterhead in two columns a PDF joined: the body, then its organisation', () => {
  it.each([
    ['Stadsbyggnadskontoret Malmö stad', 'SBN'],
    ['Fritidsförvaltningen Malmö stad', 'FRN'],
    ['Kulturnämnden MALMÖ STAD', 'KN'],
  ])('%j names %s', async (head, id) => {
    const { buildRound } = await import('../../src/round.js');
    const letter = (h: string, name: string) => ({ path: `${name}.txt`, bytes: Buffer.from([h, '', name, '2026-02-26', '', 'Kommunstyrelsen', '', `${name} lämnar följande synpunkter.`, '', '1. Förslaget', 'Bra.', '', '2. Samordning', 'Kommunstyrelsen bör samordna arbetet.'].join('\n')) });
    const round = await buildRound([letter(head, 'Nämnden')], { questions: ['Hur ser ni på förslaget?', 'Vem bör samordna arbetet?'] });
    expect(round.respondents.map((r) => r.id)).toEqual([id]);
  });
});
