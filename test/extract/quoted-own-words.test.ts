/**
 * A compiler quoting the respondent's own words (a samrådsredogörelse): the quotation is the
 * respondent's answer, read as written; a document's author quoted is not (clauses.ts blankQuotes,
 * preferences.ts ownWordsQuoted). Wordings of our own.
 */
import { describe, expect, it } from 'vitest';
import { choices, row, table } from './support.js';
import { QUOTE_MODAL_WORDS } from '../../src/extract/clauses.js';

async function chosen(answer: string): Promise<{ choices: string[]; row: ReturnType<typeof row> }> {
  const t = await table([{ name: 'Kulturnämnden', answer }]);
  return { choices: choices(t, 'KN'), row: row(t, 'KN') };
}

describe('the respondent\'s own words quoted', () => {
  it.each([
    // A that-clause of a verb of saying, quoted whole.
    ['När det gäller den tredje frågan anser nämnden att ”ansvaret i första hand bör ges till fritidsnämnden och i andra hand till servicenämnden”.', ['FRN', 'SN']],
    // After a verb of saying and a colon, in the same sentence.
    ['Nämnden har läst förslaget och anför: ”Kulturnämnden föreslår att fritidsnämnden leder arbetet.”', ['FRN']],
    ['Nämnden anför följande: ”Fritidsnämnden bör samordna arbetet med mötesplatserna.”', ['FRN']],
    // A modal a few words into the quotation.
    ['I yttrandet anförs att ”samordningen bör ligga kvar hos servicenämnden, som har överblicken”.', ['SN']],
  ])('%j', async (answer, expected) => {
    expect([...(await chosen(answer)).choices].sort()).toEqual([...expected].sort());
  });

  it('a whole sentence quoted after "… anför följande:" is the respondent\'s', async () => {
    const r = await chosen('Kulturnämnden menar att samordningen ligger nära nämndens uppdrag och anför följande:\n\n”Kulturnämnden åtar sig gärna det samordnande ansvaret, under förutsättning att budgeten förstärks.”');
    expect(r.choices).toEqual(['KN']);
    expect(r.row.conditional).toBe(true);
  });

  it.each([
    // The whole sentence in quotation marks, nothing around it: the answer as the compiler quotes it.
    ['”Vi förordar att fritidsnämnden och servicenämnden gemensamt får uppdraget.”', ['FRN+SN']],
    ['”MKB åtar sig gärna att driva arbetet tillsammans med tekniska nämnden.”', ['MKB+TN']],
    ['"Enligt vår mening bör servicenämnden samordna arbetet med mötesplatserna."', ['SN']],
  ])('a whole sentence quoted: %j', async (answer, expected) => {
    expect((await chosen(answer)).choices).toEqual(expected);
  });

  it.each([
    'Utredningen anför följande: ”Fritidsnämnden bör samordna arbetet med mötesplatserna.”',
    'Förslaget anger att ”samordningen bör ligga hos servicenämnden”, vilket nämnden har tagit del av.',
  ])('a document\'s author quoted is not the respondent: %j', async (answer) => {
    expect((await chosen(answer)).choices).toEqual([]);
  });

  it('a modal is looked for this many words into a quotation', () => {
    expect(QUOTE_MODAL_WORDS).toBe(4);
  });
});

it('an introduction and the quotation in one sentence: the quotation is read as the sentence, its condition included', async () => {
  const t = await table([{ name: 'Kulturnämnden', answer: 'Vad gäller samordningen anförde nämnden: ”Om programmet ska omfatta även skollokaler bör samordningen inte ligga hos en facknämnd utan hos servicenämnden.”' }]);
  expect(choices(t, 'KN')).toEqual(['SN']);
  expect(row(t, 'KN').conditional).toBe(true);
});

describe("a compiler's label of the question, then the answer quoted", () => {
  it.each([
    ['Fråga 2: ”Fritidsnämnden är beredd att ta på sig det samordnande ansvaret.” Nämnden motiverar detta med sin lokala förankring.', ['FRN']],
    ['Svar på fråga 2: ”Vi förordar att servicenämnden samordnar arbetet.”', ['SN']],
    ['Fråga 2: "Tekniska nämnden bör leda arbetet i stadsdelarna."', ['TN']],
  ])('%j', async (answer, expected) => {
    expect((await chosen(answer)).choices).toEqual(expected);
  });

  it('pins the longest label', async () => {
    const { MAX_ANSWER_LABEL_WORDS } = await import('../../src/extract/preferences.js');
    expect(MAX_ANSWER_LABEL_WORDS).toBe(4);
  });
});
