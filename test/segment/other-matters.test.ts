/**
 * Letters that answer several remisser at once, each proposal in a section of its own: only the
 * section on the round's own proposal — the one the most letters take up — answers the round; the
 * others are their own part, 'other-matter' (src/segment/matters.ts) — letters written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { MATTER_NAME_COVER, NAME_WORD_LENGTH, matterOf, roundMatters } from '../../src/segment/matters.js';
import { tabulate } from '../../src/analyze/tabulate.js';

const QUESTIONS = ['Hur ser ni på planen?', 'Vilken nämnd bör samordna arbetet med planen?'];

const PARKS = 'Plan för trygga och levande parker (KS-2027-0101)';
const LIBRARY = 'Biblioteksplan för Malmö stad 2027–2030 (KS-2027-0202)';
const CYCLING = 'Cykelstrategi för Malmö (KS-2027-0303)';

const letters: Array<[string, string[]]> = [
  ['kn.txt', [
    'Kulturnämnden', '', 'Yttrande över remisserna om biblioteksplan (KS-2027-0202) och plan för parker (KS-2027-0101)', '',
    `1 ${LIBRARY}`, '', 'Fråga 1', 'Planen är bra.', '', 'Fråga 2', 'Kulturnämnden bör själv samordna biblioteksplanen.', '',
    `2 ${PARKS}`, '', 'Fråga 1', 'Parkplanen välkomnas.', '', 'Fråga 2', 'Kulturnämnden föreslår att tekniska nämnden samordnar arbetet.', '',
  ]],
  ['mn.txt', [
    'Miljönämnden', '', 'Ert diarienummer: KS-2027-0303 och KS-2027-0101', '',
    `Remiss: ${CYCLING}`, '', 'Nämnden föreslår att miljönämnden leder cykelstrategin.', '',
    'Remiss: Plan för trygga och levande parker', '', 'Fråga 1', 'Nämnden är positiv.', '', 'Fråga 2', 'Miljönämnden föreslår kommunstyrelsen som samordnare.', '',
  ]],
  ['sn.txt', [
    'Servicenämnden', '', 'Yttrande', '',
    `Ärende KS-2027-0101`, '', 'Fråga 1', 'Servicenämnden delar bilden.', '', 'Fråga 2', 'Servicenämnden föreslår fritidsnämnden.', '',
    `Ärende KS-2027-0303`, '', 'Servicenämnden anser att tekniska nämnden bör leda cykelstrategin.', '',
    'Ärende KS-2027-0202', '', 'Servicenämnden föreslår att kulturnämnden leder biblioteksplanen.', '',
  ]],
  ['gvn.txt', [
    'Gymnasie- och vuxenutbildningsnämnden', '', 'Yttrande över plan för trygga och levande parker (KS-2027-0101)', '',
    'Fråga 1', 'Nämnden ser positivt på planen.', '', 'Koppling till biblioteksplanen', 'Skolbiblioteken kan användas i parkerna.', '',
    'Fråga 2', 'Nämnden föreslår att fritidsnämnden samordnar arbetet.', '',
  ]],
];

async function round() {
  return buildRound(letters.map(([path, lines]) => ({ path, bytes: Buffer.from(lines.join('\n')) })), { questions: QUESTIONS });
}

describe('letters that answer several remisser', () => {
  it('each keeps its section on the round\'s own proposal; the others are no one\'s answer', async () => {
    const r = await round();
    const of = (phrase: string) => r.segments.filter((s) => s.text.includes(phrase)).map((s) => s.respondent ?? s.part);
    expect(of('själv samordna biblioteksplanen')).toEqual(['other-matter']);
    expect(of('leder cykelstrategin')).toEqual(['other-matter']);
    expect(of('bör leda cykelstrategin')).toEqual(['other-matter']);
    expect(of('leder biblioteksplanen')).toEqual(['other-matter']);
    expect(of('föreslår att tekniska nämnden samordnar arbetet')).toEqual(['KN']);
    const rows = new Map(tabulate(r).rows.map((x) => [x.respondent, x.choices]));
    expect(rows.get('KN')).toEqual(['TN']);
    expect(rows.get('MN')).toEqual(['KS']);
    expect(rows.get('SN')).toEqual(['FRN']);
  });

  it('a letter on the round\'s proposal alone keeps its heading that names another plan in passing', async () => {
    const r = await round();
    expect(r.segments.filter((s) => s.text.includes('Skolbiblioteken kan användas')).map((s) => s.respondent)).toEqual(['GVN']);
  });

  it('the round\'s own matter is the one the most letters take up; a heading names a matter by its number or its name', () => {
    const src = (headings: string[]) => ({ lines: [], headings: headings.map((text, i) => ({ start: i, end: i + 1, text })) });
    const m = roundMatters([src([PARKS, LIBRARY]), src([`Ärende KS-2027-0101`, CYCLING]), src([PARKS, LIBRARY])]);
    expect(m.own).toBe('KS-2027-0101');
    expect(matterOf('Del 2. Biblioteksplan för Malmö stad', m)).toBe('KS-2027-0202');
    expect(matterOf('Synpunkter på förslaget till biblioteksplan', m)).toBe('KS-2027-0202');
    // A question is no matter; nor a heading naming two matters.
    expect(matterOf('Vem bör samordna biblioteksplanen?', m)).toBeUndefined();
    expect(matterOf('Yttrande över biblioteksplan (KS-2027-0202) och parkplan (KS-2027-0101)', m)).toBeUndefined();
  });

  it('thresholds pinned', () => {
    expect(MATTER_NAME_COVER).toBeCloseTo(1 / 3);
    expect(NAME_WORD_LENGTH).toBe(10);
  });
});
