/**
 * Response forms with tick boxes, one file per respondent, in layouts of our own: a ticked box
 * naming a body is a choice unless the comment already places that body; several ticks with no
 * word on how they go together are flagged; a comment's condition holds; the form's own
 * letterhead ("Malmö stad / Stadskontoret") sent the form and is no respondent, also where the
 * form sets each label above its value.
 */
import { describe, expect, it } from 'vitest';
import { tabulate } from '../../src/analyze/tabulate.js';
import { buildRound } from '../../src/round.js';

const Q3 = 'Vilken nämnd bör samordna parkvärdarna?';

function form(body: string, ticks: string, comment: string, stacked = false): string {
  const fields = stacked ? ['Remissinstans:', body, 'Kontaktperson:', 'Eva Ek', 'Datum:', '2026-04-02'] : [`Remissinstans: ${body}`, 'Kontaktperson: Eva Ek', 'Datum: 2026-04-02'];
  return [
    'MALMÖ STAD', 'Stadskontoret', '', 'SVARSFORMULÄR', '', ...fields, '',
    '1. Hur ser ni på förslaget om parkvärdar?', '☐ Positivt   ☒ Delvis positivt   ☐ Negativt', 'Kommentar:', 'Vi ser behov av parkvärdar i flera parker.', '',
    '2. Vilka nätverk bör arbetet bygga på?', 'Parkvärdarna bör samverka med de lokala föreningarna.', '',
    `3. ${Q3}`, ticks, 'Kommentar:', comment, '',
  ].join('\n');
}

const BOXES = (ks: boolean, frn: boolean, tn: boolean) => `${ks ? '☒' : '☐'} Kommunstyrelsen/stadskontoret   ${frn ? '☒' : '☐'} Fritidsnämnden   ${tn ? '☒' : '☐'} Tekniska nämnden   ☐ Annan, nämligen: ______`;

async function rows(forms: Array<[string, string]>) {
  const round = await buildRound(forms.map(([path, text]) => ({ path, bytes: Buffer.from(text) })), {});
  const t = tabulate(round);
  return { round, row: (id: string) => t.rows.find((r) => r.respondent === id)!, label: (id: string) => t.columns.find((c) => c.id === id)!.members.join('+') };
}

describe('tick boxes on the coordinator question', () => {
  it('a ticked box with an empty comment is the choice; the form issuer is no respondent', async () => {
    const { round, row, label } = await rows([
      ['kn.txt', form('Kulturnämnden', BOXES(false, true, false), '')],
      ['sn.txt', form('Servicenämnden', BOXES(false, false, true), 'Tekniska nämnden förvaltar parkerna.', true)],
    ]);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'SN']);
    expect(row('KN').choices.map(label)).toEqual(['FRN']);
    expect(row('KN').evidence[0].quote).toContain('☒ Fritidsnämnden');
    expect(row('SN').choices.map(label)).toEqual(['TN']);
  });

  it('the comment decides how: a joint proposal, a condition', async () => {
    const { row, label } = await rows([
      ['kn.txt', form('Kulturnämnden', BOXES(false, true, true), 'Vi anser att fritidsnämnden och tekniska nämnden gemensamt bör samordna parkvärdarna.')],
      ['sn.txt', form('Servicenämnden', BOXES(false, true, false), 'Nämnden ställer sig bakom att fritidsnämnden samordnar, under förutsättning att kostnaderna inte läggs på grundskolenämnden.')],
    ]);
    expect(row('KN').choices.map(label)).toEqual(['FRN+TN']);
    expect(row('KN').review).toEqual([]);
    expect(row('SN').choices.map(label)).toEqual(['FRN']);
    expect(row('SN').conditional).toBe(true);
  });

  it('several ticks the comment says nothing about are flagged', async () => {
    const { row, label } = await rows([
      ['kn.txt', form('Kulturnämnden', BOXES(true, true, false), 'Båda kan fungera.')],
      ['sn.txt', form('Servicenämnden', BOXES(false, false, false), 'Servicenämnden avstår från att ta ställning.')],
    ]);
    expect(row('KN').choices.map(label).sort()).toEqual(['FRN', 'KS']);
    expect(row('KN').review.some((r) => r.startsWith('flera rutor markerade'))).toBe(true);
    expect(row('SN').stance).toBe('declines');
  });

  it.each([
    'Kommunstyrelsen har haft liknande uppdrag förut. Det är fritidsnämnden som borde samordna parkvärdarna.',
    'Egentligen anser vi att fritidsnämnden ska samordna, eftersom dess personal redan finns i parkerna.',
    'Fritidsnämnden bör leda arbetet; den känner parkerna bäst.',
  ])('a box ticked for one body and a comment proposing another are both kept, and flagged: %j', async (comment) => {
    const { row, label } = await rows([['kn.txt', form('Kulturnämnden', BOXES(true, false, false), comment)]]);
    expect(row('KN').choices.map(label).sort()).toEqual(['FRN', 'KS']);
    expect(row('KN').review.some((r) => r.startsWith('rutan för KS är markerad men kommentaren föreslår FRN'))).toBe(true);
  });

  it('a comment that proposes the ticked body is no disagreement', async () => {
    const { row, label } = await rows([['kn.txt', form('Kulturnämnden', BOXES(false, true, false), 'Det är fritidsnämnden som borde samordna parkvärdarna.')]]);
    expect(row('KN').choices.map(label)).toEqual(['FRN']);
    expect(row('KN').review).toEqual([]);
  });

  it('boxes the text lost ("?" for every box) are flagged, whatever the comment says', async () => {
    const lost = (ks: boolean, frn: boolean, tn: boolean) => BOXES(ks, frn, tn).replace(/[☐☒]/gu, '?');
    const { row } = await rows([
      ['kn.txt', form('Kulturnämnden', lost(false, true, false), '')],
      ['sn.txt', form('Servicenämnden', lost(true, false, false), 'Se markeringen ovan.')],
    ]);
    for (const id of ['KN', 'SN']) {
      expect(row(id).choices).toEqual([]);
      expect(row(id).review.some((r) => r.startsWith('kryssrutorna kunde inte läsas'))).toBe(true);
    }
  });
});

