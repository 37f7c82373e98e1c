/**
 * Full minutes answering a remiss: only the agenda item that names the remiss (and an attachment
 * the decision refers to) is the answer; the other items and the front matter are the minutes'
 * own text. A committee named only in the running header of its minutes is the respondent.
 * Minutes written here.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { remissRanges } from '../../src/segment/agenda.js';
import { linesOf } from '../helpers.js';

const QUESTIONS = ['Hur ser nämnden på förslaget om parkvärdar?', 'Vilken nämnd bör samordna parkvärdarna?'];
const HEADER = (n: number) => [`KULTURNÄMNDEN`, `Protokoll  Sammanträdesdatum 2026-04-20        Blad ${n} (3)`, ''];

function minutes(remissTitle: string, attachment = false): string {
  const page1 = [
    ...HEADER(1), 'Malmö stad', '', 'Protokoll från sammanträde med kulturnämnden', '', 'Ledamöter  Anna Berg (S), ordförande', '',
    '§ 20  Val av justerare', 'Nämnden utser Per Holm (M) att justera protokollet.', '',
    '§ 21  Budgetuppföljning mars', 'Nämnden föreslår att stadskontoret samordnar budgetuppföljningen. Arbetet inom CTC fortsätter.', '',
  ];
  const page2 = [
    ...HEADER(2), `§ 22  ${remissTitle}`, '', 'Beslut', attachment ? 'Nämnden överlämnar yttrandet i bilaga 1 till kommunstyrelsen.' : 'Nämnden lämnar följande yttrande.', '',
    ...(attachment ? [] : ['Fråga 1', 'Nämnden är positiv till parkvärdar.', '', 'Fråga 2', 'Nämnden föreslår att fritidsnämnden samordnar parkvärdarna.', '']),
    '§ 23  Utseende av representant', 'Nämnden utser Eva Ek (S) att representera nämnden i samordningsgruppen för SSPF.', '',
  ];
  const page3 = [...HEADER(3), ...(attachment ? ['Bilaga 1 till kulturnämndens protokoll 2026-04-20, § 22', '', 'Fråga 1', 'Nämnden är positiv till parkvärdar.', '', 'Fråga 2', 'Nämnden föreslår att fritidsnämnden samordnar parkvärdarna.', ''] : ['§ 24  Anmälningsärenden', 'Inga ärenden.', ''])];
  return [page1, page2, page3].map((p) => p.join('\n')).join('\f');
}

async function read(text: string) {
  const other = ['Servicenämnden', '', 'Fråga 1', 'Positivt.', '', 'Fråga 2', 'Stadskontoret bör samordna.', ''].join('\n');
  return buildRound([{ path: 'protokoll.txt', bytes: Buffer.from(text) }, { path: 'sn.txt', bytes: Buffer.from(other) }], { questions: QUESTIONS });
}

describe('full minutes', () => {
  it.each([
    ['Remiss från kommunstyrelsen – parkvärdar i Malmö', false],
    ['Remissvar – parkvärdar', false],
    ['Svar på remiss om parkvärdar', true],
  ])('only the remiss item (%j) answers; the other items are the minutes’ own', async (title, attachment) => {
    const round = await read(minutes(title, attachment));
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'SN']);
    const kn = round.segments.filter((s) => s.respondent === 'KN');
    expect(kn.find((s) => s.question === 'Q2')?.text).toContain('fritidsnämnden samordnar');
    // The budget item's proposal and the appointment are not KN's answer.
    expect(kn.some((s) => /budgetuppföljningen|samordningsgruppen/.test(s.text))).toBe(false);
    const own = round.segments.filter((s) => s.part === 'minutes');
    expect(own.some((s) => s.text.includes('budgetuppföljningen'))).toBe(true);
    expect(own.some((s) => s.text.includes('samordningsgruppen för SSPF'))).toBe(true);
    expect(round.warnings.filter((w) => w.includes('hör inte till någon remissinstans'))).toEqual([]);
  });

  it('the committee named only in the running header is the respondent, not the organisation under it', async () => {
    const text = minutes('Remiss om parkvärdar').replace('Protokoll från sammanträde med kulturnämnden', 'Protokoll från nämndens sammanträde');
    const round = await read(text);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'SN']);
  });

  it('an answer of one agenda item, or of none naming a remiss, is left whole', () => {
    const one = linesOf('§ 22  Remiss om parkvärdar\nText.');
    expect(remissRanges(one, 0, one.length)).toBeUndefined();
    const none = linesOf('§ 20  Val av justerare\nText.\n§ 21  Budget\nText.');
    expect(remissRanges(none, 0, none.length)).toBeUndefined();
    const two = linesOf('§ 20  Remiss om parkvärdar\nText.\n§ 21  Remiss om cykelbanor\nText.');
    expect(remissRanges(two, 0, two.length)).toBeUndefined();
  });
});
