/** Acronyms and names as the first part of a compound, with a genitive, or inflected. */
import { describe, expect, it } from 'vitest';
import { processesIn } from './support.js';

describe('compounds and genitives', () => {
  it.each([
    ['Erfarenheterna från CTC-arbetet ska tas tillvara.', 'ctc'],
    ['Lokalerna ligger i respektive CTC/GeSo-område.', 'ctc'],
    ['CTC’s livsområden kan användas som ram.', 'ctc'],
    ["CTC's modell kan vara förebild.", 'ctc'],
    ['Indelningen följer CTC:n och dess områden.', 'ctc'],
    ['Nämnden ingår i BID:s styrgrupp.', 'bid'],
    ['Samverkan sker genom (BID) i Sofielund.', 'bid'],
    ['SSPF:s arbetsgrupper träffas varje vecka.', 'sspf'],
    ['SSPF-gruppen på Rosengård har utökats.', 'sspf'],
    ['Trygga barnets arbetssätt sprids.', 'trygga-barnet'],
    ['Örat mot markens grupper ses varje vecka.', 'orat-mot-marken'],
    ['Vi deltar i områdesteamet i Seved.', 'omradesteam'],
    ['Områdesteamens erfarenheter är värdefulla.', 'omradesteam'],
    ['Stadens mötesplatsstrategi styr arbetet.', 'motesplatsstrategin'],
  ])('%s → %s', (sentence, id) => {
    expect(processesIn(sentence)).toEqual([id]);
  });

  it.each([
    ['Det gäller inte minst ctc-arbetet i skolorna.', 'ctc'],
    ['Fältassistenterna deltar i sspf-gruppen.', 'sspf'],
    ['Bolaget är med i bid-samarbetet på Sofielund.', 'bid'],
  ])('an acronym in lower case as the first part of a compound still names it: %j', (sentence, id) => {
    expect(processesIn(sentence)).toEqual([id]);
  });

  it.each(['Vi lägger ett bid på lokalen.', 'Kommunen ska ctc och sedan sspf.', 'Ett bid - och ett till.'])('a lower-case acronym alone does not: %j', (sentence) => {
    expect(processesIn(sentence)).toEqual([]);
  });

  it('an acronym glued inside another word is not the acronym', () => {
    expect(processesIn('FÖRBIDRAG och OCTCO är inga processer.')).toEqual([]);
  });
});
