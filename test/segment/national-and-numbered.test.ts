/**
 * National remisser answered by report section, compilations that number their respondents, proper
 * names with no organisation word, and running headers of text exports — on rounds written here.
 */
import { describe, expect, it } from 'vitest';
import { parseQuestionsFile, reportSection } from '../../src/segment/questions.js';
import { EDGE_LINES, MIN_LINES_FOR_DEEP_EDGES } from '../../src/normalize/furniture.js';
import { roundFromText } from '../helpers.js';

describe('report sections', () => {
  it.each([
    ['5.2 Samordningsansvaret', '5.2'],
    ['Avsnitt 6 Regional organisering', '6'],
    ['Kapitel 7 Konsekvenser', '7'],
    ['Synpunkter på avsnitt 4.3', '4.3'],
    ['Kommentarer till kapitel 8', '8'],
    ['8.2.1 Övergångsbestämmelser', '8.2.1'],
    // The topic first, its section in brackets after it.
    ['Samordningsansvaret (avsnitt 5.2)', '5.2'],
    ['Stödets organisering (kapitel 6)', '6'],
    ['Ekonomiska konsekvenser (avsn. 7.1)', '7.1'],
    ['Samordningsansvaret – avsnitt 6.1', '6.1'],
    ['Informationsdelning, kapitel 6', '6'],
  ])('%s names section %s', (text, section) => {
    expect(reportSection(text)).toBe(section);
  });

  it.each(['Samordningsansvaret', '2026 års budget', 'Fråga 2', 'Uppföljning (2)', 'Budgeten (2026)', 'Planen – 2026'])('%s names none', (text) => {
    expect(reportSection(text)).toBeUndefined();
  });

  it('a questions file of section titles, one per line, is one question per line', () => {
    expect(parseQuestionsFile('3.1 Nationell samordning\n4 Lokala lägesbilder\n9 Ikraftträdande\n')).toEqual([
      '3.1 Nationell samordning',
      '4 Lokala lägesbilder',
      '9 Ikraftträdande',
    ]);
    // A line in lower case continues the question before it.
    expect(parseQuestionsFile('Vem bör ansvara för\nsamordningen lokalt?\nHur bör arbetet finansieras?')).toEqual([
      'Vem bör ansvara för samordningen lokalt?',
      'Hur bör arbetet finansieras?',
    ]);
  });

  it('a question of lettered parts on a line of its own, among plain lines, is one question; a list is a list', () => {
    expect(parseQuestionsFile('Hur ser ni på förslaget?\na) Vilka processer berörs? b) Vilka bör avvecklas?\nVem bör samordna arbetet?\nVad kostar det?')).toEqual([
      'Hur ser ni på förslaget?',
      'Vilka processer berörs? b) Vilka bör avvecklas?',
      'Vem bör samordna arbetet?',
      'Vad kostar det?',
    ]);
    expect(parseQuestionsFile('1. Hur ser ni på förslaget?\n2. Vem bör samordna\narbetet?\n3. Vad kostar det?')).toEqual(['Hur ser ni på förslaget?', 'Vem bör samordna arbetet?', 'Vad kostar det?']);
  });

  const agency = (name: string, sections: string[]) =>
    [`${name}`, '', 'Ert diarienummer: Fi2026/00077', '', `${name} har tagit del av betänkandet.`, '', ...sections.flatMap((s) => [s, '', `Text om ${s.toLowerCase()} från ${name}.`, ''])].join('\n');

  it('numbered respondents in order; headings naming a report section answer it', async () => {
    const text = [
      'Sammanställning av remissvar',
      '',
      '1. Inledning',
      '',
      'Departementet har fått in fyra svar.',
      '',
      '2. Myndigheter',
      '',
      `2.1 ${agency('Brottsoffermyndigheten', ['Avsnitt 3.1 Nationell samordning', 'Kapitel 9 Ikraftträdande'])}`,
      `2.2 ${agency('Tullverket', ['3.1 Nationell samordning', '4 Lokala lägesbilder'])}`,
      '3. Övriga',
      '',
      `3.1 ${agency('Ideell Trygghet Sverige', ['Synpunkter på avsnitt 4', '9 Ikraftträdande'])}`,
      `3.2 ${agency('Naturvårdsverket', ['Avsnitt 3.1'])}`,
    ].join('\n');
    const round = await roundFromText(text, 'remissvar.txt', ['3.1 Nationell samordning', '4 Lokala lägesbilder', '9 Ikraftträdande']);
    expect(round.respondents.map((r) => r.name)).toEqual(['Brottsoffermyndigheten', 'Tullverket', 'Ideell Trygghet Sverige', 'Naturvårdsverket']);
    const q = (name: string) =>
      round.segments
        .filter((s) => s.respondent === round.respondents.find((r) => r.name === name)!.id && s.question !== null)
        .map((s) => s.question);
    expect(q('Brottsoffermyndigheten')).toEqual(['Q1', 'Q3']);
    expect(q('Tullverket')).toEqual(['Q1', 'Q2']);
    expect(q('Ideell Trygghet Sverige')).toEqual(['Q2', 'Q3']);
    expect(q('Naturvårdsverket')).toEqual(['Q1']);
  });
});

describe('report sections named in running text', () => {
  it('a paragraph opening on a section ("I fråga om ansvaret enligt avsnitt 4 …") answers it', async () => {
    const text = [
      'Remissammanställning',
      '',
      '2.1 Tullverket',
      '',
      'Remissvar',
      '',
      'Tullverket har tagit del av betänkandet.',
      '',
      'När det gäller förslagen om nationell samordning i avsnitt 3.1 anser verket att de är välgrundade.',
      '',
      'I fråga om lägesbilderna enligt kapitel 4 vill verket bidra med statistik.',
      '',
      'Slutligen har Tullverket inget att invända mot ikraftträdandet i kapitel 9.',
      '',
      '2.2 Brottsoffermyndigheten',
      '',
      'Remissvar',
      '',
      'Myndigheten tillstyrker förslagen i sin helhet.',
    ].join('\n');
    const round = await roundFromText(text, 'r.txt', ['3.1 Nationell samordning', '4 Lokala lägesbilder', '9 Ikraftträdande']);
    const q = (question: string) => round.segments.filter((s) => s.respondent === round.respondents[0].id && s.question === question).map((s) => s.text).join(' ');
    expect(q('Q1')).toContain('välgrundade');
    expect(q('Q2')).toContain('bidra med statistik');
    expect(q('Q3')).toContain('ikraftträdandet');
  });
});

describe('proper names with no organisation word', () => {
  const round = (name: string, opening: string) =>
    roundFromText(['Kulturnämnden', '', 'Yttrande', '', 'Kulturnämnden är positiv.', '', '', name, opening].join('\n'));

  it.each([
    ['HSB Malmö', 'HSB Malmö har läst förslaget och har inget att tillägga.'],
    ['Framtid Fosie', 'Framtid Fosie anser att förslaget är bra.'],
    ['Grannar i Sofielund', 'Grannar i Sofielund ser positivt på handlingsplanen.'],
  ])('%s, opening its own answer with its name and a verb, is a respondent', async (name, opening) => {
    expect((await round(name, opening)).respondents.map((r) => r.name)).toEqual(['Kulturnämnden', name]);
  });

  it.each([
    ['Samverkan', 'Samverkan är viktig för nämnden.'],
    ['Lokal samordning', 'Lokal samordning behövs i alla områden.'],
    ['Trygga Stråk', 'Projektet Trygga Stråk pågår sedan 2024.'],
  ])('%s is not', async (name, opening) => {
    expect((await round(name, opening)).respondents.map((r) => r.name)).toEqual(['Kulturnämnden']);
  });
});

describe('running headers of a text export with form feeds', () => {
  it('the first lines repeated on every page are furniture, not respondents', async () => {
    expect(EDGE_LINES).toBe(3);
    expect(MIN_LINES_FOR_DEEP_EDGES).toBe(12);
    const header = 'Malmö stad\nStadskontoret\nSammanställning av remissvar';
    const filler = Array.from({ length: 10 }, (_, i) => `Nämnden utvecklar här sin syn i stycke ${i + 1} av sitt yttrande.`).join('\n\n');
    const page = (body: string) => `${header}\n\n${body}\n\n${filler}\n`;
    const text = [
      page('Kulturnämnden\n\nYttrande\n\nNämnden är positiv till förslaget.'),
      page('Fritidsnämnden\n\nYttrande\n\nNämnden har inga synpunkter.'),
      page('Miljönämnden\n\nYttrande\n\nNämnden tillstyrker förslaget.'),
    ].join('\f');
    const round = await roundFromText(text, 'sammanstallning.txt');
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'FRN', 'MN']);
    expect(round.segments.some((s) => s.respondent !== null && /Stadskontoret/.test(s.text))).toBe(false);
    // Text input keeps page null: the analyst looks up the line in the file.
    expect(round.segments.every((s) => s.page === null)).toBe(true);
  });
});
