/**
 * The role shared out in parts (coordination.json sharedRole): "Nämnden förordar att ansvaret
 * delas: kommunstyrelsen bör ha det strategiska …, medan arbetsmarknads- och socialnämnden
 * samordnar de lokala grupperna" is one joint choice of the bodies given the parts, the respondent
 * itself among them. Sentences of our own, in several wordings.
 */
import { describe, expect, it } from 'vitest';
import { choices, table } from './support.js';

async function read(name: string, id: string, answer: string): Promise<string[]> {
  return choices(await table([{ name, answer }]), id);
}

describe('the role shared out in parts is one joint choice', () => {
  it.each([
    ['Arbetsmarknads- och socialnämnden', 'ASN', 'Nämnden förordar att ansvaret delas: kommunstyrelsen bör ha det strategiska samordningsansvaret, medan arbetsmarknads- och socialnämnden samordnar de lokala grupperna.', ['ASN+KS']],
    ['Kulturnämnden', 'KN', 'Nämnden förordar att ansvaret delas: kommunstyrelsen bör ha det strategiska samordningsansvaret, medan fritidsnämnden samordnar de lokala grupperna.', ['FRN+KS']],
    ['Kulturnämnden', 'KN', 'Samordningen bör delas på följande sätt: tekniska nämnden bör samordna de fysiska åtgärderna och fritidsnämnden verksamheten på kvällstid.', ['FRN+TN']],
  ])('%s: %j', async (name, id, answer, expected) => {
    expect(await read(name, id, answer)).toEqual(expected);
  });
});

describe('without the announcement, or with a body set aside, the parts stay as read', () => {
  it.each([
    // Another body's task beside the proposal, no sharing announced.
    ['Kulturnämnden', 'KN', 'Kommunstyrelsen bör ha det samordnande ansvaret, medan fritidsnämnden sköter lokalerna.', ['KS']],
    // A body set aside in the same sentence.
    ['Kulturnämnden', 'KN', 'Ansvaret bör delas: kommunstyrelsen bör samordna arbetet, men inte MKB.', ['KS']],
    // A counterpart of a part is none of the parts.
    ['Kulturnämnden', 'KN', 'Ansvaret bör delas mellan MKB och servicenämnden, där servicenämnden bör samordna arbetet gentemot stadskontoret.', ['MKB+SN']],
  ])('%s: %j', async (name, id, answer, expected) => {
    expect(await read(name, id, answer)).toEqual(expected);
  });
});
