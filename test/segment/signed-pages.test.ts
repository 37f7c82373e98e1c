/**
 * Letters scanned one per page into one file, each naming its sender only where it is signed or
 * in its first sentence (src/segment/signed-pages.ts) — a file written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { tabulate } from '../../src/analyze/tabulate.js';
import { LETTER_HEAD_LINES } from '../../src/segment/segment.js';
import { LETTERHEAD_LINES, MIN_PAGE_LETTERS, SIGNATURE_LINES } from '../../src/segment/signed-pages.js';

const QUESTIONS = ['Hur ser ni på förslaget?', 'Vilken nämnd bör samordna arbetet?'];
const stamp = (d: string): string => `Vallby stadskontor   Inkom 2026-04-0${d}   Dnr STK-2026-00187`;

const pages = [
  [stamp('1'), 'Kommunstyrelsen', '205 80 Malmö', '', 'Datum 2026-03-26', '', 'Svar på remissen om parkvärdar', '', '1. Förslaget är bra och behövs i parkerna.', '', '2. Parkvärdarna bör samordnas av fritidsnämnden.', '', 'För Miljönämnden', 'Anna Svensson', 'ordförande'],
  [stamp('2'), 'Kommunstyrelsen', '', 'Kulturnämnden har tagit del av remissen och lämnar följande synpunkter.', '', 'Fråga 1: Bra förslag med tydliga mål.', '', 'Fråga 2: Servicenämnden bör samordna parkvärdarna.', '', 'Lena Berg', 'ordförande'],
  [stamp('3'), 'Till Kommunstyrelsen', '', 'Remissvar om parkvärdar', '', 'Vi är positiva till förslaget om parkvärdar.', '', 'Samordningen bör ligga hos tekniska nämnden.', '', 'Malmö 2026-04-02', 'Styrelsen för MKB Fastighet AB', 'Helena Norberg', 'styrelseordförande'],
  [stamp('4'), 'Kommunstyrelsen', '', 'Med anledning av miljönämndens synpunkter vill vi framföra följande.', '', '1. Förslaget är genomtänkt i stora delar.', '', '2. Nämnden åtar sig gärna samordningen.', '', 'Per Nilsson (M)', 'ordförande', 'Tekniska nämnden'],
];

describe('letters one per page, signed', () => {
  it('each page is the letter of the body it is signed by, or its first sentence names', async () => {
    const text = pages.map((p) => p.join('\n')).join('\n\f');
    const round = await buildRound([{ path: 'skanning.txt', bytes: Buffer.from(text) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.id)).toEqual(['MN', 'KN', 'MKB', 'TN']);
    const t = tabulate(round);
    const choice = (id: string): string[] | undefined => t.rows.find((r) => r.respondent === id)?.choices;
    expect(choice('MN')).toEqual(['FRN']);
    expect(choice('KN')).toEqual(['SN']);
    expect(choice('MKB')).toEqual(['TN']);
    expect(choice('TN')).toEqual(['TN']);
  });

  it('a page that continues the letter before it ("forts.") is part of it', async () => {
    const long = [pages[0].slice(0, 10).join('\n'), ['– forts.', '', '2. Parkvärdarna bör samordnas av fritidsnämnden.', '', 'För Miljönämnden', 'Anna Svensson', 'ordförande'].join('\n')];
    const text = [...long, ...pages.slice(1).map((p) => p.join('\n'))].join('\n\f');
    const round = await buildRound([{ path: 'skanning.txt', bytes: Buffer.from(text) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.id)).toEqual(['MN', 'KN', 'MKB', 'TN']);
  });

  it('a page signed by persons only is named by its letterhead, not by the signature closing the page before it', async () => {
    const byLetterhead = [stamp('5'), 'Serviceförvaltningen', 'Avdelningen för lokaler', '', 'TJÄNSTESKRIVELSE', '', '1) Förvaltningen ser positivt på förslaget.', '', '2) Det samordnande ansvaret bör ges till fritidsnämnden.', '', 'Lars Holm', 'direktör'];
    const text = [...pages.map((p) => p.join('\n')), byLetterhead.join('\n')].join('\n\f');
    const round = await buildRound([{ path: 'skanning.txt', bytes: Buffer.from(text) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.id)).toEqual(['MN', 'KN', 'MKB', 'TN', 'SN']);
    expect(tabulate(round).rows.find((r) => r.respondent === 'SN')?.choices).toEqual(['FRN']);
  });

  it('its thresholds', () => {
    expect([MIN_PAGE_LETTERS, SIGNATURE_LINES, LETTER_HEAD_LINES, LETTERHEAD_LINES]).toEqual([3, 8, 8, 3]);
  });
});
