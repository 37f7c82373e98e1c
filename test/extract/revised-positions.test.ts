/**
 * Positions revised inside an answer — sentences of our own, several wordings: a view weighed and
 * given up, the office's draft reported, the ground of the final judgement ("Vid närmare
 * eftertanke"), and a place given with "ligger på".
 */
import { describe, expect, it } from 'vitest';
import { readAnswer, row, table } from './support.js';

const read = readAnswer;

describe('a view weighed and given up proposes nothing', () => {
  it.each([
    ['Nämnden övervägde först att förorda fritidsnämnden, som redan leder arbetet. Nämnden föreslår i stället kommunstyrelsen.', ['KS']],
    ['Vid en första genomläsning kunde det tyckas att tekniska nämnden borde samordna. Nämnden anser att kommunstyrelsen bör ha ansvaret.', ['KS']],
    ['Förvaltningen avsåg först att föreslå kulturnämnden. Nämnden förordar fritidsnämnden.', ['FRN']],
    ['I ett första utkast föreslogs miljönämnden. Kommunstyrelsen bör samordna arbetet.', ['KS']],
  ])('%j → %j', async (answer, want) => {
    expect((await read(answer)).choices).toEqual(want);
  });

  it.each([
    // Kept: "står fast vid".
    ['Vi övervägde först andra ordningar men vidhåller att fritidsnämnden bör samordna arbetet.', ['FRN']],
    // "men …" goes on to the view held, in the same sentence.
    ['Nämnden övervägde först kulturnämnden, men förordar nu att fritidsnämnden samordnar arbetet.', ['FRN']],
  ])('%j keeps its proposal: %j', async (answer, want) => {
    expect((await read(answer)).choices).toEqual(want);
  });
});

describe("the office's draft reported", () => {
  it.each([
    'I förvaltningens tjänsteskrivelse föreslogs att kulturnämnden skulle ta det samordnande ansvaret. Nämnden förordar fritidsnämnden.',
    'I kontorets utkast angavs kulturnämnden som samordnare. Nämnden förordar fritidsnämnden.',
  ])('%j → FRN', async (answer) => {
    expect((await read(answer)).choices).toEqual(['FRN']);
  });
});

describe('the ground of the final judgement, no hypothesis', () => {
  it.each([
    'Vid närmare eftertanke bör kommunstyrelsen ha ansvaret.',
    'Vid närmare övervägande bör kommunstyrelsen samordna arbetet.',
    'Vid en förnyad bedömning bör kommunstyrelsen leda arbetet.',
  ])('%j → KS', async (answer) => {
    expect((await read(answer)).choices).toEqual(['KS']);
  });
});

it('"ser gärna att samordningen ligger på X" puts X in the role', async () => {
  expect((await read('Vi ser därför gärna att samordningen ligger på stadskontoret, som redan är polisens motpart.')).choices).toEqual(['KS']);
});

describe('"samordningen sker … av X" gives X the role', () => {
  it.each([
    ['Nämnden ser det som naturligt att samordningen sker gemensamt av kulturnämnden och tekniska nämnden.', ['KN+TN']],
    ['Det är rimligt att samordningen sker av fritidsnämnden.', ['FRN']],
  ])('%j → %j', async (answer, want) => {
    expect((await read(answer)).choices).toEqual(want);
  });
});

describe('"väljer att inte" declines only what it names', () => {
  it('"väljer att inte rangordna dem" is no refusal to propose', async () => {
    const t = await table([{ name: 'Servicenämnden', answer: 'Nämnden väljer att inte rangordna dem: både kommunstyrelsen och fritidsnämnden bör kunna bära samordningen.' }]);
    expect(row(t, 'SN').stance).not.toBe('declines');
  });
  it.each(['Nämnden väljer att inte föreslå någon samordnare.', 'Nämnden väljer att inte ta ställning i frågan.'])('%j declines', async (answer) => {
    const t = await table([{ name: 'Servicenämnden', answer }]);
    expect(row(t, 'SN').stance).toBe('declines');
  });
});
