/**
 * "Nämnden kan tänka sig att fritidsnämnden får ansvaret": the subject of a wish for another body
 * is the one who wishes, not a second choice; with no body after "att" the wish is its own role
 * ("Nämnden kan tänka sig att samordna arbetet"). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { choices, table } from './support.js';

const rowOf = async (answer: string) => choices(await table([{ name: 'Förskolenämnden', answer }]), 'FSKN');

describe('a wish for another body', () => {
  it.each([
    ['Nämnden kan tänka sig att fritidsnämnden får samordningsansvaret.', ['FRN']],
    ['Vi kan tänka oss att fritidsnämnden tar samordningsansvaret.', ['FRN']],
    ['Nämnden kan också tänka sig att kulturnämnden leder arbetet, under förutsättning att förskolan får en plats i styrgruppen.', ['KN']],
    ['Förskolenämnden skulle kunna tänka sig att stadskontoret samordnar arbetet.', ['KS']],
  ])('%s → %j', async (answer, expected) => {
    expect(await rowOf(answer)).toEqual(expected);
  });

  it.each([
    ['Nämnden kan tänka sig att samordna arbetet.', ['FSKN']],
    ['Vi kan tänka oss att ta samordningsansvaret.', ['FSKN']],
    ['Vi kan tänka oss att vara med och driva det här i stadsdelen.', ['FSKN']],
    ['Nämnden kan också tänka sig att själv leda arbetet.', ['FSKN']],
  ])('its own role: %s → %j', async (answer, expected) => {
    expect(await rowOf(answer)).toEqual(expected);
  });
});
