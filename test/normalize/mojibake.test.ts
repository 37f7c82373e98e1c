/**
 * Mojibake repaired (src/normalize/mojibake.ts): UTF-8 once read as Windows-1252 and saved again —
 * lines written for the test, each mangled as such a conversion mangles it.
 */
import { describe, expect, it } from 'vitest';
import { repairMojibake, repairMojibakeLines } from '../../src/normalize/mojibake.js';
import { toLines } from '../../src/normalize/unicode.js';
import { roundFromText } from '../helpers.js';

/** What the conversion does: each UTF-8 byte read as a Windows-1252 character (the five undefined bytes as C1 controls). */
const HIGH: Record<number, string> = { 0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ' };
const mangle = (s: string): string => [...new TextEncoder().encode(s)].map((b) => HIGH[b] ?? String.fromCharCode(b)).join('');

describe('a line of mojibake', () => {
  it.each([
    'Fritidsnämnden anser att kommunstyrelsen bör samordna arbetet.',
    'Frågan – vem som ska leda – är avgörande för Malmö stad.',
    'Kulturnämnden skriver: ”Vi föreslår fritidsnämnden” och ‘tackar’ för remissen.',
    'ÅTGÄRDSPLAN FÖR ÖRAT MOT MARKEN',
    'Stéphane Ångström, förvaltningsdirektör',
    'Kostnaden är 200 000 € per år, sa hälsa-, vård- och omsorgsnämnden.',
  ])('is repaired: %j', (line) => {
    expect(repairMojibake(mangle(line))).toBe(line);
  });

  it('is repaired line by line in a text, the clean lines kept as written', () => {
    const text = ['Kulturnämnden', mangle('Fritidsnämnden föreslår sig själv.'), 'MALMÖ”'].join('\n');
    expect(repairMojibakeLines(text).split('\n')).toEqual(['Kulturnämnden', 'Fritidsnämnden föreslår sig själv.', 'MALMÖ”']);
  });

  it('a non-breaking space and a soft hyphen mangled are a space and nothing, once read', () => {
    expect(toLines(mangle('Kommunstyrelsen\u00A0bör samordna, sam\u00ADordningen'))).toEqual(['Kommunstyrelsen bör samordna, samordningen']);
  });
});

describe('a clean line', () => {
  it.each([
    // A capital letter before a closing quotation mark: the bytes of a Hebrew accent, not mojibake.
    '”FRÅN MALMÖ”',
    'Ä” och Å– står här utan att vara fel',
    'Nämnden föreslår fritidsnämnden.',
    // A lone Ã or â with no continuation after it.
    'Ã är en bokstav i portugisiska; â likaså.',
  ])('stays as written: %j', (line) => {
    expect(repairMojibake(line)).toBe(line);
  });
});

it('a round whose answers went through the conversion reads its bodies and questions', async () => {
  const text = [
    'Remissen ställde två frågor:', '', '1. Hur ser ni på förslaget?', '2. Vilken nämnd bör samordna arbetet?', '',
    mangle('Fritidsnämnden'), '', mangle('Fråga 1'), mangle('Nämnden är positiv.'), '', mangle('Fråga 2'), mangle('Nämnden föreslår att kommunstyrelsen samordnar arbetet.'), '',
    'Kulturnämnden', '', 'Fråga 1', 'Positiv.', '', 'Fråga 2', 'Kulturnämnden föreslår fritidsnämnden.', '',
  ].join('\n');
  const r = await roundFromText(text);
  expect(r.respondents.map((x) => x.id)).toEqual(['FRN', 'KN']);
  expect(r.segments.find((s) => s.text.includes('kommunstyrelsen samordnar'))).toMatchObject({ respondent: 'FRN', question: 'Q2' });
});
