/**
 * A signer's title under the name, under the closing ("Med vänlig hälsning" / "Johan Ek" /
 * "Avdelningschef"), is no heading of a question, whatever words it shares with one. Texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { MAX_TITLE_WORDS } from '../../src/segment/segment.js';
import { roundFromText } from '../helpers.js';

const QUESTIONS = ['Hur ser ni på planens mål?', 'Vilken avdelning eller enhet bör samordna planens genomförande?'];

function answer(closing: string, title: string): string {
  return [
    'Remiss om plan för spontanidrott. Vi ber om svar på följande frågor:',
    ...QUESTIONS.map((q, i) => `${i + 1}. ${q}`),
    '',
    'Kulturnämnden',
    '',
    '1. Målen är bra men behöver följas upp varje år.',
    '',
    '2. Planavdelningen bör samordna genomförandet av planen.',
    '',
    closing,
    '',
    'Johan Ek',
    title,
    'Kulturförvaltningen',
  ].join('\n');
}

describe('a signer\'s title', () => {
  it('is pinned', () => {
    expect(MAX_TITLE_WORDS).toBe(3);
  });

  it.each([
    ['Med vänlig hälsning', 'Avdelningschef'],
    ['Vänliga hälsningar', 'Avdelningssamordnare'],
    ['Hälsningar,', 'Samordnare genomförande'],
  ])('%j / "Johan Ek" / %j answers no question: the numbered paragraphs do', async (closing, title) => {
    const round = await roundFromText(answer(closing, title));
    const parts = round.segments.filter((s) => s.respondent === 'KN' && s.question !== null);
    expect(parts.map((s) => [s.question, s.text.split('\n')[0]])).toEqual([
      ['Q1', '1. Målen är bra men behöver följas upp varje år.'],
      ['Q2', '2. Planavdelningen bör samordna genomförandet av planen.'],
    ]);
  });
});
