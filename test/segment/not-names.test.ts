/**
 * Headings laid out like the respondents' that are no respondent: the chapter that lists the
 * questions ("2 Remissfrågorna" among "3.1 Kulturnämnden" …) and a labelled field whose value is a
 * body ("Förslag på samordnande nämnd: Kulturnämnden") — a compilation written for the test.
 */
import { describe, expect, it } from 'vitest';
import { roundFromText } from '../helpers.js';
import { isFieldLine, MAX_FIELD_LABEL_CHARS } from '../../src/segment/respondents.js';

describe('headings that name no respondent', () => {
  const answer = (n: string, name: string, extra: string[] = []): string[] => [`3.${n} ${name}`, '', `${name} har läst förslaget och är positiv.`, '', 'Fråga 2', 'Fritidsnämnden bör samordna arbetet.', ...extra, ''];
  const text = [
    'Sammanställning av remissvar', '', '1 Inledning', '', 'Förslaget skickades på remiss i mars.', '',
    '2 Remissfrågorna', '', '1. Hur ser ni på förslaget?', '2. Vilken nämnd bör samordna arbetet?', '', '3 Inkomna svar', '',
    ...answer('1', 'Kulturnämnden'), ...answer('2', 'Miljönämnden', ['', 'Förslag på samordnande nämnd: Fritidsnämnden']), ...answer('3', 'Servicenämnden'),
  ].join('\n');

  it('the questions\' chapter and a field naming a body are no respondents', async () => {
    const round = await roundFromText(text);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'MN', 'SN']);
  });

  it.each([
    ['Förslag på samordnande nämnd: Kulturnämnden', true],
    ['Kontaktperson: Anna Berg', true],
    ['Kulturnämnden', false],
    ['Synpunkter på förslaget om parkvärdar i stadens parker och torg: en sammanfattning', false],
  ])('%j is a field: %s', (line, field) => {
    expect(isFieldLine(line)).toBe(field);
    expect(MAX_FIELD_LABEL_CHARS).toBe(40);
  });
});

describe('a sentence opening with a body is no name: "Kulturnämnden har följande synpunkter"', () => {
  it.each([
    ['Kulturnämnden har följande synpunkter', false],
    ['Miljönämnden lämnar följande yttrande', true],
    ['Föreningen Gröna Gårdar', true],
    ['Stadsdelsrådet är positivt', false],
    ['Bostadsbolaget kan medverka', false],
  ])('%j looks like a body name: %s', async (text, expected) => {
    const { looksLikeBodyName } = await import('../../src/segment/registry.js');
    expect(looksLikeBodyName(text)).toBe(expected);
  });

  it('under an answer named by its record, it starts no answer of its own', async () => {
    const record = (n: number, name: string, body: string[]): string[] => ['-----', `REMISSVAR ${n} av 3`, `Remissinstans: ${name}`, '-----', ...body, ''];
    const text = [
      'Sammanställning av remissvar', '', 'Remissfrågor:', '1. Hur ser ni på förslaget?', '2. Vilken nämnd bör samordna arbetet?', '',
      ...record(1, 'Miljönämnden', ['Miljönämnden är positiv.', '', 'Fråga 2', 'Fritidsnämnden bör samordna arbetet.']),
      ...record(2, 'Kulturnämnden', ['Kulturnämnden har följande synpunkter', '', '1.  Kulturnämnden är positiv.', '', '2.  Den samordnande rollen bör ges till fritidsnämnden.']),
      ...record(3, 'Servicenämnden', ['Servicenämnden är positiv.', '', 'Fråga 2', 'Kommunstyrelsen bör samordna arbetet.']),
    ].join('\n');
    const round = await roundFromText(text);
    expect(round.respondents.map((r) => r.id)).toEqual(['MN', 'KN', 'SN']);
  });
});

describe("an answer's own numbered parts, numbered out of the compilation's order, are no respondents", () => {
  it('"2. Samverkan", "3. Samordning" inside the third answer of a compilation numbering its answers', async () => {
    const answer = (n: number, name: string, body: string[]): string[] => [`${n}. ${name}`, '', ...body, ''];
    const text = [
      'Sammanställning av remissvar', '', 'Remissfrågor:', '1. Hur ser ni på förslaget?', '2. Vilka samverkansformer finns?', '3. Vilken nämnd bör samordna arbetet?', '4. Vilka förutsättningar behövs?', '', 'Inkomna svar', '',
      ...answer(1, 'Miljönämnden', ['Miljönämnden är positiv till förslaget.', '', 'Fråga 3', 'Fritidsnämnden bör samordna arbetet.']),
      ...answer(2, 'Kulturnämnden', ['Kulturnämnden är positiv till förslaget.', '', 'Fråga 3', 'Kommunstyrelsen bör samordna arbetet.']),
      ...answer(3, 'Funktionsstödsnämnden', ['1. Inriktningen', 'Inriktningen saknar ett funktionshindersperspektiv.', '', '2. Samverkan', 'Förvaltningen medverkar i Trygga barnet.', '', '3. Samordning', 'Det ankommer inte på nämnden att ta ställning.', '', '4. Förutsättningar', 'Medverkan ryms inom ram.']),
      ...answer(4, 'Servicenämnden', ['Servicenämnden är positiv till förslaget.', '', 'Fråga 3', 'Kommunstyrelsen bör samordna arbetet.']),
    ].join('\n');
    const round = await roundFromText(text);
    expect(round.respondents.map((r) => r.id)).toEqual(['MN', 'KN', 'FSN', 'SN']);
  });
});

describe('a topic about a body is no name: "Konsekvenser för bolaget"', () => {
  it.each([
    ['Konsekvenser för bolaget', false],
    ['Kostnader för nämnden', false],
    ['Synpunkter från förvaltningen', false],
    // The body named after the preposition, or a body word first: a name.
    ['Synpunkter från Polismyndigheten, polisområde Malmö', true],
    ['Rådet för främjande av kommunala analyser', true],
    ['Föreningen för trygghet i Malmö', true],
    ['Ungdomsrådet i Fosie', true],
  ])('%j looks like a body name: %s', async (text, expected) => {
    const { looksLikeBodyName } = await import('../../src/segment/registry.js');
    expect(looksLikeBodyName(text)).toBe(expected);
  });

  it('under a letter\'s own topics, it starts no answer', async () => {
    const letter = (name: string, topic: string) => [name, '', 'Pågående arbete', `${name} deltar i BID.`, '', topic, 'Inga negativa konsekvenser.', '', 'Vem bör samordna?', 'Fritidsnämnden bör samordna arbetet.', ''];
    const text = ['Remissen ställde tre frågor:', '', '1. Vilka processer pågår?', '2. Vilka konsekvenser får förslaget?', '3. Vem bör samordna arbetet?', '', ...letter('Kulturnämnden', 'Konsekvenser för nämnden'), ...letter('MKB Fastighet AB', 'Konsekvenser för bolaget'), ...letter('Servicenämnden', 'Kostnader för förvaltningen')].join('\n');
    const round = await roundFromText(text);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'MKB', 'SN']);
  });
});

describe('a signature\'s body right above the next answer\'s name', () => {
  it('signs the answer before it; the next name opens its own', async () => {
    const text = [
      'Remissen ställde två frågor:', '', '1. Hur ser ni på förslaget?', '2. Vem bör samordna arbetet?', '',
      'Tekniska nämnden', '', 'Fråga 1', 'Positiv.', '', 'Fråga 2', 'Fritidsnämnden bör samordna.', '', 'Ida Jönsson, avdelningschef', 'Fastighets- och gatukontoret', '', '',
      'Polismyndigheten', '', 'Fråga 1', 'Polisen är positiv.', '', 'Fråga 2', 'Kommunstyrelsen bör samordna arbetet.', '', '',
      'Kulturnämnden', '', 'Fråga 1', 'Positiv.', '', 'Fråga 2', 'Kulturnämnden föreslår fritidsnämnden.', '',
    ].join('\n');
    const round = await roundFromText(text);
    expect(round.segments.find((s) => s.text.includes('Kommunstyrelsen bör samordna arbetet'))?.respondent).toMatch(/^polismyndigheten/u);
  });
});

describe('a signer\'s name alone under the text that names them', () => {
  it('is the signer, no body', async () => {
    const rule = '_'.repeat(80);
    const letter = (name: string, signer: string) => [rule, '', name, '', 'Dnr A 604.118/2025. Datum 2026-02-27', '', `${name} är positiv till förslaget och lämnar följande synpunkter om samordningen av arbetet.`, '', `${name} anser att fritidsnämnden bör samordna arbetet.`, '', `Beslut i detta ärende har fattats av avdelningschef ${signer}. Föredragande har varit Sara Hadzic.`, '', signer, '                                        Sara Hadzic', ''];
    const text = ['Remissen ställde två frågor:', '', '1. Hur ser ni på förslaget?', '2. Vem bör samordna arbetet?', '', ...letter('Kulturnämnden', 'Niklas Berg'), ...letter('Servicenämnden', 'Karin Malm'), ...letter('Polismyndigheten', 'Olle Ek'), rule].join('\n');
    const round = await roundFromText(text);
    expect(round.respondents.map((r) => r.name)).toEqual(['Kulturnämnden', 'Servicenämnden', 'Polismyndigheten']);
  });
});
