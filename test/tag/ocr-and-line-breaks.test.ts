/**
 * Names as OCR and page layout leave them: broken letters (å/ä/ö read as other letters, digits
 * for letters), names broken across lines and hyphenated at a line end.
 */
import { describe, expect, it } from 'vitest';
import { processesIn } from './support.js';

describe('OCR damage', () => {
  it.each([
    ['Forvaltningen ingar i Orat mot marken sedan i fjol.', 'orat-mot-marken'],
    ['Skolan deltar i 6rat mot marken varje vecka.', 'orat-mot-marken'],
    ['Gruppen 0rat mot marken moéts pa tisdagar.', 'orat-mot-marken'],
    ['Tillsynen sker inom Tryggare Malmé.', 'tryggare-malmo'],
    ['Familjerna far hembesok genom Vixa tryggt.', 'vaxa-tryggt'],
    ['Platser erbjuds inom Ung 1 sommar.', 'ung-i-sommar'],
    ['Samverkan mellan skola, socialtjinst, polis och fritid fungerar.', 'sspf'],
    ['Forumet Samverkan barn och unga 1 Malmé har lagts ned.', 'sbum'],
    ['Arbetet folljer Métesplatsstrategin.', 'motesplatsstrategin'],
  ])('%s → %s', (sentence, id) => {
    expect(processesIn(sentence)).toEqual([id]);
  });

  it('an OCR digit inside an acronym still reads as the acronym', () => {
    expect(processesIn('Samarbetet med B1D har utvecklats.')).toEqual(['bid']);
  });
});

describe('names broken across lines', () => {
  it.each([
    ['Biblioteket ingår i Örat mot\nmarken i Holma.', 'orat-mot-marken'],
    ['Svaren från CTC-\nenkäten används i planeringen.', 'ctc'],
    ['Vi deltar i Communi-\nties That Care.', 'ctc'],
    ['Samverkan mellan skola,\nsocialtjänst, polis och\nfritid är etablerad.', 'sspf'],
    ['Förskolan arbetar med Trygga\nbarnet.', 'trygga-barnet'],
  ])('%j → %s', (text, id) => {
    expect(processesIn(text)).toEqual([id]);
  });
});
