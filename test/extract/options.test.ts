/**
 * The remiss's own alternatives for the coordinating role (src/extract/options.ts): an answer that
 * chooses one by its mark names the alternative's bodies — rounds and sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { tabulate } from '../../src/analyze/tabulate.js';
import { MAX_OPTION_LINES, MIN_OPTIONS, optionMentions, type RoundOptions } from '../../src/extract/options.js';
import { fold } from '../../src/normalize/fold.js';

const OPTIONS: RoundOptions = { byMark: new Map([['a', ['MN']], ['b', ['KS']], ['c', ['TN', 'HVON']]]), order: ['a', 'b', 'c'] };

describe('an alternative named in a sentence', () => {
  it.each([
    ['Nämnden förordar alternativ B.', [['KS']]],
    ['Vi ställer oss bakom alternativet C.', [['TN', 'HVON']]],
    ['Vi ställer oss bakom det andra alternativet.', [['KS']]],
    ['Den tredje modellen är att föredra.', [['TN', 'HVON']]],
    ['Av de tre alternativen är C att föredra, i andra hand A.', [['TN', 'HVON'], ['MN']]],
    ['Nämnden ser modell a som den bästa.', [['MN']]],
  ])('%j', (sentence, ids) => {
    expect(optionMentions(sentence, fold(sentence), OPTIONS).map((m) => m.ids)).toEqual(ids);
  });

  it.each([
    'Nämnden förordar alternativ D.',
    'Enligt punkt C i förslaget ska nämnden rapportera.',
    'Inget av alternativen är lämpligt.',
    'Det alternativa förslaget är bättre.',
    'Alternativt kan kommunstyrelsen leda.',
  ])('none: %j', (sentence) => {
    expect(optionMentions(sentence, fold(sentence), OPTIONS)).toEqual([]);
  });
});

const QUESTIONS_INTRO = ['Remissinstanserna ombeds svara på följande frågor:', '1. Hur ser ni på förslaget?', '2. Vilket av alternativen för samordning av arbetet förordar ni?', ''];

function compilation(options: string[], answers: string[][]): string {
  return [
    'Sammanställning av remissvar', '', 'Förslag till plan för skuggiga skolgårdar', '',
    'Samordning', ...options, '', ...QUESTIONS_INTRO,
    ...answers.flatMap((a) => [...a, '']),
  ].join('\n');
}

describe('a round whose remiss sets out alternatives', () => {
  const options = ['', 'Alternativ A: Miljönämnden samordnar arbetet och rapporterar årligen.', '', 'Alternativ B: Samordningen delas mellan tekniska nämnden och fritidsnämnden. Stadskontoret följer upp.'];
  const answers = [
    ['Kulturnämnden', '', 'Fråga 1', 'Förslaget är välkommet.', '', 'Fråga 2', 'Nämnden förordar alternativ B.'],
    ['Servicenämnden', '', 'Fråga 1', 'Bra.', '', 'Fråga 2', 'Vi ställer oss bakom det första alternativet.'],
    ['Förskolenämnden', '', 'Fråga 1', 'Bra.', '', 'Fråga 2', 'Alternativ A avstyrks; nämnden föreslår i stället att kommunstyrelsen samordnar.'],
    ['Grundskolenämnden', '', 'Fråga 1', 'Bra.', '', 'Fråga 2', 'Nämnden tar inte ställning till alternativen.'],
  ];

  it('each choice by mark is the alternative\'s bodies (joint where it shares the role)', async () => {
    const round = await buildRound([{ path: 'sammanstallning.txt', bytes: Buffer.from(compilation(options, answers)) }]);
    const t = tabulate(round);
    const row = (id: string) => t.rows.find((r) => r.respondent === id);
    expect(row('KN')?.choices).toEqual(['FRN+TN']);
    expect(row('SN')?.choices).toEqual(['MN']);
    expect(row('FSKN')?.choices).toEqual(['KS']);
    expect(row('GRN')?.choices).toEqual([]);
  });

  it('an alternative\'s first sentence runs past an abbreviation ("bl.a. Tekniska nämnden")', async () => {
    const abbreviated = ['', 'Alternativ A: Miljönämnden samordnar arbetet.', '', 'Alternativ B: Samordningen delas av bl.a. Tekniska nämnden och fritidsnämnden. Stadskontoret följer upp.'];
    const round = await buildRound([{ path: 'sammanstallning.txt', bytes: Buffer.from(compilation(abbreviated, answers.slice(0, 1))) }]);
    expect(tabulate(round).rows.find((r) => r.respondent === 'KN')?.choices).toEqual(['FRN+TN']);
  });

  it.each([
    // As a PDF's text layer breaks it: the name of a body over two lines.
    [['', 'Alternativ A: Miljönämnden samordnar arbetet.', '', 'Alternativ B: Samordningen delas mellan tekniska nämnden och hälsa-, vård- och', 'omsorgsnämnden. Stadskontoret följer upp.']],
    [['', 'Alternativ A: Miljönämnden samordnar arbetet.', 'Alternativ B: Samordningen delas mellan tekniska nämnden', 'och hälsa-, vård- och omsorgsnämnden, som', 'ansvarar för var sitt insatsområde.']],
  ])("an alternative's first sentence runs on over its next lines: %j", async (broken) => {
    const round = await buildRound([{ path: 'sammanstallning.txt', bytes: Buffer.from(compilation(broken, answers.slice(0, 1))) }]);
    expect(tabulate(round).rows.find((r) => r.respondent === 'KN')?.choices).toEqual(['HVON+TN']);
  });

  it("the next alternative's line ends the one before; the lines read are pinned", async () => {
    expect(MAX_OPTION_LINES).toBe(3);
    const two = ['', 'Alternativ A: Miljönämnden samordnar arbetet', 'Alternativ B: Tekniska nämnden samordnar arbetet.'];
    const round = await buildRound([{ path: 'sammanstallning.txt', bytes: Buffer.from(compilation(two, answers.slice(1, 2))) }]);
    expect(tabulate(round).rows.find((r) => r.respondent === 'SN')?.choices).toEqual(['MN']);
  });

  it(`fewer than ${MIN_OPTIONS} alternatives naming a body set out none`, async () => {
    expect(MIN_OPTIONS).toBe(2);
    const one = ['', 'Alternativ A: Miljönämnden samordnar arbetet.', '', 'Alternativ B: Ett nytt råd inrättas.'];
    const round = await buildRound([{ path: 'sammanstallning.txt', bytes: Buffer.from(compilation(one, answers.slice(0, 1))) }]);
    expect(tabulate(round).rows.find((r) => r.respondent === 'KN')?.choices).toEqual([]);
  });
});

describe('alternatives the question itself sets out inline', () => {
  it.each([
    ['Vilket av de tre alternativen för samordningsansvaret förordar ni – alternativ 1 Kommunstyrelsen, alternativ 2 Fritidsnämnden eller alternativ 3 Tekniska nämnden?', 'Sammantaget förordar nämnden alternativ 2.', ['FRN']],
    ['Vilken modell förordar ni: modell A (miljönämnden samordnar) eller modell B (tekniska nämnden och fritidsnämnden delar ansvaret)?', 'Nämnden förordar modell B.', ['FRN+TN']],
  ])('%s / %s', async (question, answer, expected) => {
    const text = [
      'Sammanställning av remissvar', '', 'Remissinstanserna ombeds svara på följande frågor:', '1. Hur ser ni på förslaget?', `2. ${question}`, '',
      'Kulturnämnden', '', 'Fråga 1', 'Förslaget är välkommet.', '', 'Fråga 2', answer, '',
      'Servicenämnden', '', 'Fråga 1', 'Bra.', '', 'Fråga 2', 'Nämnden tar inte ställning.', '',
    ].join('\n');
    const t = tabulate(await buildRound([{ path: 'sammanstallning.txt', bytes: Buffer.from(text) }]));
    const row = t.rows.find((r) => r.respondent === 'KN')!;
    expect(row.choices.map((id) => [...t.columns.find((c) => c.id === id)!.members].sort().join('+'))).toEqual(expected);
  });
});
