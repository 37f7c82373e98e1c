/**
 * A records system's print of a case (src/segment/filed.ts): each document under its record is one
 * sender's; answers by their type or title, the case's own papers the compiler's — prints written
 * for the test, in the labels of several systems.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { ENTRY_CAPTION_LINES, filedKind, MIN_FILED_ENTRIES, RECORD_TAIL_LINES } from '../../src/segment/filed.js';

describe('what a record says its document is', () => {
  it.each([
    ['Inkommande remissvar', 'Yttrande över remissen'],
    ['Inkommande handling', 'Fritidsnämndens yttrande över förslaget'],
    ['Inkommen handling', 'Protokollsutdrag KN 2026-04-02 § 41'],
    ['Inkommande remissvar', 'Yttrande med bilaga'],
    ['Inkommande e-post', 'Svar på remissen om parkvärdar'],
  ])('an answer: %s / %s', (type, subject) => {
    expect(filedKind(type, subject)).toBe('answer');
  });

  it.each([
    ['Utgående remiss', 'Remiss – förslag om parkvärdar'],
    ['Utgående e-post', 'Påminnelse om remissvar'],
    ['Kvittens', 'Mottaget meddelande'],
    ['Tjänsteanteckning', 'Anteckning om remissvar från ASN och GVN'],
    ['Inkommande e-post', 'Begäran om anstånd med remissvar'],
    ['Bilaga till remiss', 'Förslaget i sin helhet'],
  ])("the case's own paper: %s / %s", (type, subject) => {
    expect(filedKind(type, subject)).toBe('other');
  });

  it.each([
    ['Inkommande e-post', 'Fråga om remissen'],
    ['Övrigt', ''],
  ])('neither: %s / %s', (type, subject) => {
    expect(filedKind(type, subject)).toBe('unknown');
  });

  it('thresholds: pinned', () => {
    expect([MIN_FILED_ENTRIES, ENTRY_CAPTION_LINES, RECORD_TAIL_LINES]).toEqual([3, 3, 4]);
  });
});

const RULE = '='.repeat(60);

function entry(n: number, fields: Array<[string, string]>, text: string[]): string[] {
  return [RULE, `Handling ${n}`, 'Dnr STK-2026-0101', ...fields.map(([l, v]) => `${l}: ${v}`), '-'.repeat(60), '', ...text, ''];
}

const REMISS = [
  'MALMÖ STAD', 'Stadskontoret', '', 'Remiss om parkvärdar', '', 'Stadskontoret önskar svar på följande frågor:', '',
  '1. Hur ser ni på förslaget?', '2. Vilken nämnd bör samordna arbetet?', '', 'Sändlista', 'Kulturnämnden', 'Fritidsnämnden', 'Tekniska nämnden',
];

function print(labels: { type: string; sender: string; subject: string }): string {
  const f = (type: string, sender: string, subject: string): Array<[string, string]> => [
    ['Inkom', '2026-03-01'],
    [labels.sender, sender],
    ['Status', 'Registrerad'],
    [labels.type, type],
    [labels.subject, subject],
  ];
  return [
    'Ärendeutdrag STK-2026-0101', '',
    ...entry(1, f('Utgående remiss', 'Stadskontoret', 'Remiss om parkvärdar'), REMISS),
    ...entry(2, f('Inkommande remissvar', 'Kulturförvaltningen', 'Kulturnämndens yttrande'), [
      'Kulturförvaltningen', 'Malmö stad', '', 'Kommunstyrelsen', '', 'Fråga 1', 'Kulturnämnden ser positivt på förslaget.', '',
      'Fråga 2', 'Kulturnämnden föreslår att fritidsnämnden samordnar arbetet.', '', 'Kulturnämnden', 'Anna Berg', 'Ordförande',
    ]),
    ...entry(3, f('Utgående e-post', 'Stadskontoret', 'Påminnelse om remissvar'), [
      'Hej!', 'Tekniska nämndens svar har inte kommit in. Vi påminner särskilt om fråga 2.', 'Hälsningar', 'Sara Holm',
    ]),
    ...entry(4, f('Inkommande remissvar', 'Tekniska nämnden', 'Yttrande från tekniska nämnden'), [
      'TEKNISKA NÄMNDEN', '', 'Fråga 1', 'Nämnden tillstyrker förslaget.', '', 'Fråga 2', 'Tekniska nämnden anser att kulturnämnden bör samordna arbetet.',
    ]),
    ...entry(5, f('Tjänsteanteckning', 'Stadskontoret', 'Anteckning om remissvaren'), [
      'Kulturnämnden föreslår fritidsnämnden och tekniska nämnden föreslår kulturnämnden.',
    ]),
  ].join('\n');
}

describe('a case print', () => {
  it.each([
    { type: 'Dokumenttyp', sender: 'Avsändare', subject: 'Rubrik' },
    { type: 'Handlingstyp', sender: 'Avsändare', subject: 'Ämne' },
    { type: 'Typ av handling', sender: 'Organisation', subject: 'Beskrivning' },
  ])('each answer is its record\'s sender\'s, the case\'s own papers no one\'s: %j', async (labels) => {
    const round = await buildRound([{ path: 'arendeutdrag.txt', bytes: Buffer.from(print(labels)) }]);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'TN']);
    expect(round.questions.map((q) => q.text)).toEqual(['Hur ser ni på förslaget?', 'Vilken nämnd bör samordna arbetet?']);
    const of = (phrase: string) => round.segments.find((s) => s.text.includes(phrase));
    expect(of('föreslår att fritidsnämnden samordnar')).toMatchObject({ respondent: 'KN', question: 'Q2' });
    expect(of('kulturnämnden bör samordna')).toMatchObject({ respondent: 'TN', question: 'Q2' });
    // The reminder and the note name bodies and the question, but are the compiler's.
    expect(of('Vi påminner särskilt')).toMatchObject({ respondent: null, part: 'compilation' });
    expect(of('tekniska nämnden föreslår kulturnämnden')).toMatchObject({ respondent: null, part: 'compilation' });
  });

  it('a document the record calls neither is left to the analyst, with a warning', async () => {
    const text = print({ type: 'Dokumenttyp', sender: 'Avsändare', subject: 'Rubrik' }).replace('Tjänsteanteckning', 'Inkommande e-post').replace('Anteckning om remissvaren', 'Fråga om remissen');
    const round = await buildRound([{ path: 'arendeutdrag.txt', bytes: Buffer.from(text) }]);
    expect(round.segments.find((s) => s.text.includes('tekniska nämnden föreslår kulturnämnden'))).toMatchObject({ respondent: null, part: 'unattributed' });
    expect(round.warnings.some((w) => w.includes('hör inte till någon remissinstans'))).toBe(true);
  });

  it('fewer records than MIN_FILED_ENTRIES make no case print', async () => {
    const text = ['Inkom: 2026-03-01', 'Avsändare: Kulturförvaltningen', 'Dokumenttyp: Inkommande remissvar', '', 'Kulturnämnden', '', 'Fråga 2', 'Kulturnämnden föreslår att fritidsnämnden samordnar arbetet.'].join('\n');
    const round = await buildRound([{ path: 'svar.txt', bytes: Buffer.from(text) }], { questions: ['Hur ser ni på förslaget?', 'Vilken nämnd bör samordna arbetet?'] });
    expect(round.respondents.map((r) => r.id)).toEqual(['KN']);
  });
});
