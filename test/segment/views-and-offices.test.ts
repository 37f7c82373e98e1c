/**
 * A compiler's chapter headed by a body's views ("Kulturnämndens synpunkter") or by a body beside
 * its office ("Tekniska nämnden / fastighets- och gatukontoret") opens that body's answer; views
 * under a name the registry does not know ("Remissinstansernas synpunkter", a letter's own "SKR:s
 * synpunkter") name no body. Compilations written for this test.
 */
import { describe, expect, it } from 'vitest';
import { nameFromViews } from '../../src/segment/respondents.js';
import { roundFromText } from '../helpers.js';

const QUESTIONS = ['Hur ser ni på förslaget?', 'Vilken nämnd bör ha det samordnande ansvaret?'];

function compilation(headings: string[]): string {
  const out = ['Sammanställning av remissvar', '', 'Inkomna remissvar', ''];
  headings.forEach((h, i) => out.push(h, '', `Instansen har lämnat ett yttrande i löpande text, nummer ${i + 1}. Den ser positivt på förslaget och lämnar några synpunkter på genomförandet.`, ''));
  return out.join('\n');
}

async function respondents(headings: string[]): Promise<string[]> {
  const round = await roundFromText(compilation(headings), 'sammanstallning.txt', QUESTIONS);
  return round.respondents.map((r) => r.id);
}

describe("a chapter headed by a known body's views or by a body and its office", () => {
  it.each([
    [['Miljönämnden', 'Kulturnämndens synpunkter', 'Fritidsnämnden'], ['MN', 'KN', 'FRN']],
    [['Miljönämnden', 'Tekniska nämnden / fastighets- och gatukontoret', 'Fritidsnämnden'], ['MN', 'TN', 'FRN']],
    [['Grundskolenämndens synpunkter', 'Fritidsnämnden / fritidsförvaltningen', 'Servicenämnden'], ['GRN', 'FRN', 'SN']],
  ])('%j', async (headings, ids) => {
    expect(await respondents(headings)).toEqual(ids);
  });
});

describe('views under a name the registry does not know name no body', () => {
  // The heading may still be read as an unknown respondent by its place among the chapters, as any
  // unknown heading there is (whole, so the analyst sees it as written), but not as the body its
  // genitive names: "Remissinstansernas" is the compiler's word for them all.
  it.each([
    ['Remissinstansernas synpunkter', 'remissinstanserna'],
    ['SKR:s synpunkter', 'skr'],
    ['Föreningens synpunkter', 'foreningen'],
  ])('%j', async (heading, bare) => {
    const ids = await respondents(['Miljönämnden', heading, 'Fritidsnämnden']);
    expect(ids).not.toContain(bare);
    expect(ids).toEqual(expect.arrayContaining(['MN', 'FRN']));
  });

  it('two different bodies side by side are not one', async () => {
    const ids = await respondents(['Miljönämnden', 'Tekniska nämnden / kulturförvaltningen', 'Fritidsnämnden']);
    expect(ids).not.toContain('TN');
    expect(ids).not.toContain('KN');
  });
});

describe('the name in a heading of views', () => {
  it.each([
    ['Kulturnämndens synpunkter', 'Kulturnämnden'],
    ['MKB:s synpunkter', 'MKB'],
    ['Synpunkter', undefined],
    ['Kulturnämndens synpunkter på planen', undefined],
  ])('%j → %j', (heading, name) => {
    expect(nameFromViews(heading)).toBe(name);
  });
});
