/**
 * Proposals built on contrast and correction — sentences of our own, several wordings each: a
 * preference with "än", a contrast before the first body, "och alltså inte", "inte bara … utan
 * även", and a sentence that corrects itself ("eller rättare sagt").
 */
import { describe, expect, it } from 'vitest';
import { readAnswer, row, table } from './support.js';

const read = readAnswer;

describe('a preference over another body', () => {
  it.each([
    ['När det gäller samordningen ser nämnden hellre att kulturnämnden får uppdraget än fritidsnämnden.', ['KN']],
    ['Nämnden föreslår snarare tekniska nämnden än kommunstyrelsen.', ['TN']],
    ['Vi anser att fritidsnämnden hellre bör leda arbetet än kulturnämnden.', ['FRN']],
  ])('%j → %j', async (answer, want) => {
    expect((await read(answer)).choices).toEqual(want);
  });
});

describe('a contrast before the first body', () => {
  it.each([
    ['I stället för fritidsnämnden bör kommunstyrelsen ges det samordnande ansvaret.', ['KS']],
    ['Istället för kulturnämnden och fritidsnämnden bör tekniska nämnden leda arbetet.', ['TN']],
    ['Snarare än MKB Fastighet AB bör kommunstyrelsen samordna arbetet.', ['KS']],
  ])('%j → %j', async (answer, want) => {
    expect((await read(answer)).choices).toEqual(want);
  });
});

describe('"och alltså inte" and its kin', () => {
  it.each([
    'Samordningen bör därför ligga hos kulturnämnden, och alltså inte hos fritidsnämnden som förslaget anger.',
    'Ansvaret bör ges till kulturnämnden och således inte till fritidsnämnden.',
    'Kulturnämnden bör samordna arbetet, och därmed inte fritidsnämnden.',
  ])('%j → KN', async (answer) => {
    expect((await read(answer)).choices).toEqual(['KN']);
  });
});

describe('"inte bara X utan även Y": both', () => {
  it.each([
    ['Ansvaret bör inte bara vila på fritidsnämnden utan även på grundskolenämnden.', ['FRN+GRN']],
    ['Samordningen bör inte bara ligga hos kulturnämnden utan också hos tekniska nämnden.', ['KN+TN']],
  ])('%j → %j', async (answer, want) => {
    expect((await read(answer)).choices).toEqual(want);
  });
});

describe('a sentence that corrects itself', () => {
  it.each([
    ['Fritidsnämnden bör ha det samordnande ansvaret – eller rättare sagt bör fritidsnämnden dela det med kulturnämnden.', ['FRN+KN']],
    ['Kommunstyrelsen bör leda arbetet, rättare sagt bör tekniska nämnden göra det.', ['TN']],
  ])('%j → %j', async (answer, want) => {
    expect((await read(answer)).choices).toEqual(want);
  });

  it('with no body after the correction, the choice before it stands', async () => {
    expect((await read('Fritidsnämnden bör leda arbetet – eller rättare sagt hålla ihop det.')).choices).toEqual(['FRN']);
  });
});

describe('what the exclusions leave', () => {
  it.each([
    ['Samordningen bör inte ligga hos en facknämnd, och under inga omständigheter hos ett bolag, vilket i praktiken lämnar kommunstyrelsen.', ['KS']],
    ['Ansvaret bör varken ligga hos MKB eller hos kulturnämnden, vilket bara lämnar fritidsnämnden.', ['FRN']],
    ['Rollen bör inte gå till ett bolag eller till en facknämnd, och då återstår kommunstyrelsen.', ['KS']],
  ])('%j → %j', async (answer, want) => {
    expect((await read(answer)).choices).toEqual(want);
  });

  it('with no exclusion before it, "vilket lämnar" opens a reason', async () => {
    expect((await read('Kulturnämnden bör samordna arbetet, vilket lämnar fritidsnämnden fri att driva mötesplatserna.')).choices).toEqual(['KN']);
  });
});

describe('an interim holder and the one taking over', () => {
  it.each([
    'Under en övergångsperiod till och med 2026 bör stadskontoret fortsätta att samordna, därefter bör ansvaret föras över till fritidsnämnden.',
    'Inledningsvis bör kommunstyrelsen hålla ihop arbetet; på sikt bör fritidsnämnden ta över samordningen.',
  ])('%j: both read, and flagged', async (answer) => {
    const t = await table([{ name: 'Servicenämnden', answer }]);
    expect(row(t, 'SN').review.join(' ')).toContain('först till en och därefter till en annan');
  });
});
