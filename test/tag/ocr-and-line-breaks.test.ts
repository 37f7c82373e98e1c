/**
 * Names as OCR and page layout leave them: broken letters (å/ä/ö read as other letters, digits
 * for letters), names broken across lines and hyphenated at a line end.
 */
import { describe, expect, it } from 'vitest';
import { processesIn, processesInOcr } from './support.js';

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
    expect(processesInOcr(sentence)).toEqual([id]);
  });

  it.each([
    ['Skolan deltar i 0rat rnot marken varje vecka.', 'orat-mot-marken'],
    ['Familjerna far hembesök genom Växa tryggt och Trygga bamet.', 'vaxa-tryggt'],
    ['Skolan ingår i SSPF och Trygga barnet; CTC-enkäten görs varje år.', 'sspf'],
    ['Arbetet sker inom Ung i sornmar.', 'ung-i-sommar'],
    ['Stadsdelen har ett Områdesteam och samverkar med Trygga Bamet.', 'omradesteam'],
    ['Vi deltar i Tryggare Ma1mö.', 'tryggare-malmo'],
    ['Samverkan mellan skola, socialtjänst, po1is och fritid.', 'sspf'],
    ['Biblioteket deltar i Örat mot rnarken.', 'orat-mot-marken'],
    ['Forumet Samverkan barn och unga i Malmö möts (SBUM).', 'sbum'],
    ['Kontakt via Boende, integration och cliaiog.', 'bid'],
  ])('OCR letter confusions (rn→m, cl→d, li→h, l→1): %s', (sentence, id) => {
    expect(processesInOcr(sentence)).toContain(id);
  });

  it('clean text takes no OCR readings: short words match only themselves, confusions not at all', () => {
    expect(processesIn('Platser erbjuds inom Ung 1 sommar.')).toEqual([]);
    expect(processesIn('Skolan deltar i Örat mot rnarken.')).toEqual([]);
    expect(processesIn('Skolan deltar i Örat mot marken.')).toEqual(['orat-mot-marken']);
    expect(processesIn('Tillsynen sker inom Tryggare Malmé.')).toEqual(['tryggare-malmo']);
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
