/**
 * An official's log of contacts (tjänsteanteckningar): entries opened by a date and a time, in the
 * order of the days; an entry naming one body is its answer, one naming none the official's own;
 * "F2: …" names the question in a note's short form (src/segment/log-entries.ts, segment.ts
 * loggedAnswers, questions.ts shortNumberedQuestion) — a log written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { MAX_ENTRY_HEAD, MAX_NOTE_HEAD, MIN_LOG_ENTRIES, entryBody, logEntries } from '../../src/segment/log-entries.js';
import { numberedQuestion } from '../../src/segment/questions.js';
import { loadRegistry } from '../../src/segment/registry.js';
import type { Line } from '../../src/model.js';

const QUESTIONS = ['Hur ser ni på planen?', 'Vilka insatser pågår?', 'Vilken nämnd bör samordna arbetet med planen?'];

const LOG = [
  'ANTECKNINGAR                                   Malmö stad, stadskontoret', '',
  'Ärende: Plan för trygga parker', '',
  '2027-01-10 kl. 09.00, samtal med Eva Ek, kulturförv.',
  'F1: positiv, vill ha fler scener.',
  'F3: KN föreslår att tekniska nämnden samordnar parkarbetet.', '',
  '2027-01-12 kl. 13.30–14.00, avstämning m. Per Lund, jurist stadskontoret',
  '- Inga hinder för delat ansvar enl. reglementet.', '',
  '2027-01-15 kl. 10.15, Teams m. sbk',
  'F2: detaljplanerna för Hyllie.',
  'F3: SBN anser att kommunstyrelsen ska samordna.', '',
  '2027-01-20 kl. 11.00, mejl från MKB',
  'F3: MKB föreslår fritidsnämnden.', '',
  '2027-01-22 kl. 08.45, Eva Ek (KN) ringde igen',
  'F2: sommarscenerna i Pildammsparken.', '',
].join('\n');

describe("an official's log of contacts", () => {
  it('each entry naming one body is its answer, by its questions; the official\'s own entry is no one\'s', async () => {
    const round = await buildRound([{ path: 'anteckningar.txt', bytes: Buffer.from(LOG) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.id).sort()).toEqual(['KN', 'MKB', 'SBN']);
    const of = (phrase: string) => round.segments.filter((s) => s.text.includes(phrase)).map((s) => [s.respondent, s.question]);
    expect(of('tekniska nämnden samordnar')).toEqual([['KN', 'Q3']]);
    expect(of('sommarscenerna')).toEqual([['KN', 'Q2']]);
    expect(of('detaljplanerna för Hyllie')).toEqual([['SBN', 'Q2']]);
    expect(of('Inga hinder')).toEqual([[null, null]]);
  });

  const lines = (texts: string[]): Line[] => texts.map((text, i) => ({ text, page: null, line: i + 1, source: 0 }));

  it.each([
    // A list of filed documents has dates, no times of day: read as documents, not as a log.
    [['2027-01-10   KS-2027-1:3   Inkommande handling   Avsändare: Kulturförvaltningen', 'Text.', '', '2027-01-11   KS-2027-1:4   Inkommande handling', 'Text.', '', '2027-01-12   KS-2027-1:5   x', '', '2027-01-13   KS-2027-1:6   y']],
    // Out of the order of the days: no log.
    [['2027-01-10 kl. 09.00, samtal med KN', '', '2027-01-09 kl. 09.00, samtal med SBN', '', '2027-01-12 kl. 09.00, mejl från MKB', '', '2027-01-13 kl. 09.00, samtal med FRN']],
    // Too few entries.
    [['2027-01-10 kl. 09.00, samtal med KN', '', '2027-01-11 kl. 09.00, samtal med SBN']],
  ])('no log: %j', (texts) => {
    expect(logEntries(lines(texts))).toBeUndefined();
  });

  it.each([
    ['samtal med Eva Ek, kulturförv.', 'KN'],
    ['Teams m. sbk', 'SBN'],
    ["GRN:s skriftliga yttrande inkom", 'GRN'],
    ['samtal med Emma Lind, strateg arbetsmarknads- och socialförv. (ASN)', 'ASN'],
    ['Teams m. GVF', 'GVN'],
    // Two bodies, or none: no one's answer.
    ['möte med KN och SBN', undefined],
    ['avstämning m. Johan Persson (enhetschef)', undefined],
  ])('%s → %s', (about, id) => {
    expect(entryBody(about, loadRegistry())?.id).toBe(id);
  });

  it('notes headed by a body and a day of the month ("Avstämning med kulturförvaltningen 12/1") are read so too', async () => {
    const notes = [
      'Minnesanteckningar – avstämningar', '',
      'Tis 10/1 – sbk, avstämning på Teams', '• Q1 – positiv till planen.', '• Q3 – SBN vill att kommunstyrelsen samordnar.', '',
      'Avstämning med kulturförvaltningen 12/1', '- Q3 – KN föreslår fritidsnämnden.', '',
      'Internt fre 13/1', '• Genomgång med chefen.', '',
      'Telefon 2027-01-16, Anna (MKB)', '• Q3: MKB föreslår tekniska nämnden.', '',
    ].join('\n');
    const round = await buildRound([{ path: 'anteckningar.txt', bytes: Buffer.from(notes) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.id).sort()).toEqual(['KN', 'MKB', 'SBN']);
    const of = (phrase: string) => round.segments.filter((s) => s.text.includes(phrase)).map((s) => [s.respondent, s.question]);
    expect(of('KN föreslår fritidsnämnden')).toEqual([['KN', 'Q3']]);
    expect(of('Genomgång med chefen')).toEqual([[null, null]]);
  });

  it('thresholds pinned', () => {
    expect(MIN_LOG_ENTRIES).toBe(4);
    expect(MAX_ENTRY_HEAD).toBe(140);
    expect(MAX_NOTE_HEAD).toBe(80);
  });
});

describe("a question's number in a note's short form", () => {
  it.each([
    ['F1: positiv till planen.', 1],
    ['F4: i första hand KS.', 4],
    ['F2 Lindängen och Holma', 2],
    // Not a question: a word, a small f, a tax form.
    ['F-skatt krävs.', undefined],
    ['f1: x', undefined],
    ['F2-tal', undefined],
    ['Q3 – KN föreslår fritidsnämnden.', 3],
    ['•\tQ1 – positiv.', 1],
  ])('%s → %s', (text, n) => {
    expect(numberedQuestion(text)).toBe(n);
  });
});
