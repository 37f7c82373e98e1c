/**
 * Exclusions: a process name that is also ordinary Swedish. "Ha örat mot marken" (keep an ear to
 * the ground) is an idiom; "ingå i Örat mot marken" is the collaboration.
 */
import { describe, expect, it } from 'vitest';
import { processesIn } from './support.js';

describe('Örat mot marken: the idiom is not the process', () => {
  it.each([
    'Våra fältarbetare har örat mot marken.',
    'Personalen har alltid örat mot marken i området.',
    'Vi håller örat mot marken och rapporterar vidare.',
    'Områdespolisen hade örat mot marken under hela sommaren.',
    'Det är viktigt att ha örat mot marken i stadsdelen.',
    'Samordnaren har 6rat mot\nmarken och fångar upp det som hamnar mellan stolarna.',
  ])('idiom: %j', (sentence) => {
    expect(processesIn(sentence)).toEqual([]);
  });

  it.each([
    'Skolan ingår i örat mot marken sedan i fjol.',
    'Representanter för biblioteken deltar i Örat mot marken.',
    'Inom örat mot marken delas lägesbilder varje vecka.',
    'Vi har Örat mot marken som forum för lägesbilder.',
    'Skolan har länge ingått i örat mot marken.',
  ])('process: %j', (sentence) => {
    expect(processesIn(sentence)).toEqual(['orat-mot-marken']);
  });

  it.each([
    'Fältassistenterna lägger örat mot marken i centrum.',
    'Vi försöker alltid hålla örat tätt mot marken.',
    'Biblioteken har i praktiken ofta örat mot marken.',
    'Personalen, som har örat mot marken, hör tidigt om oro.',
    'Med örat mot marken fångar vi upp signaler.',
    'Att arbeta med örat mot marken är vårt sätt att jobba.',
  ])('the idiom with any verb, as a manner of working: %j', (sentence) => {
    expect(processesIn(sentence)).toEqual([]);
  });

  it.each([
    'Örat mot marken har blivit ett viktigt forum.',
    'Förvaltningen deltar genom Örat mot marken-gruppen i Fosie.',
    'Polisen leder örat mot marken-grupperna i varje område.',
    'Vi är med i den lokala gruppen ”örat mot marken”.',
    'Lägesbilden tas fram inom örat mot marken.',
    'Förvaltningen deltar i örat mot marken i Rosengård.',
  ])('the named process (capital, i/inom/genom, compound, quotes): %j', (sentence) => {
    expect(processesIn(sentence)).toEqual(['orat-mot-marken']);
  });

  it('a text in capitals marks no name: the idiom stays the idiom', () => {
    expect(processesIn('VI HAR ÖRAT MOT MARKEN I ALLA STADSDELAR.')).toEqual([]);
    expect(processesIn('NÄMNDEN INGÅR I ÖRAT MOT MARKEN.')).toEqual(['orat-mot-marken']);
  });

  it('the process and the idiom in one text: only the process counts', () => {
    const text = 'Fritidsgården har örat mot marken.\nDen ingår också i Örat mot marken i Lindängen.';
    expect(processesIn(text)).toEqual(['orat-mot-marken']);
  });
});

describe('other names that are also ordinary prose', () => {
  it('Malmö tillsammans', () => {
    expect(processesIn('Parkering Malmö tillsammans med gatukontoret planerar nya p-platser.')).toEqual([]);
    expect(processesIn('Initiativet Malmö tillsammans samlade idéburna aktörer.')).toEqual(['malmo-tillsammans']);
    expect(processesIn('Nämnden deltog i Malmö Tillsammans med två projekt.')).toEqual(['malmo-tillsammans']);
  });

  it('Växa tryggt', () => {
    expect(processesIn('Alla barn ska få växa tryggt i sin stadsdel.')).toEqual([]);
    expect(processesIn('Att växa tryggt är en rättighet.')).toEqual([]);
    expect(processesIn('Familjecentralen erbjuder Växa tryggt till nyblivna föräldrar.')).toEqual(['familjecentraler', 'vaxa-tryggt']);
  });

  it('Tryggare Malmö and Trygga barnet', () => {
    expect(processesIn('Alla vill bidra till ett tryggare Malmö.')).toEqual([]);
    expect(processesIn('Målet är ett ännu tryggare Malmö.')).toEqual([]);
    expect(processesIn('Tillsynen görs inom samarbetet Tryggare Malmö.')).toEqual(['tryggare-malmo']);
    expect(processesIn('Personalen arbetar för att trygga barnet i vardagen.')).toEqual([]);
  });
});
