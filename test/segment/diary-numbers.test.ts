/**
 * A heading that cites a document by its diary number ("Remiss från kommunstyrelsen,
 * KS-2026-0412") names no respondent, whatever body it mentions; a body's name never carries one.
 */
import { describe, expect, it } from 'vitest';
import { DIARY_NUMBER } from '../../src/segment/respondents.js';
import { roundFromText } from '../helpers.js';

describe('diary numbers', () => {
  it.each(['KS-2026-0412', 'Ju2026/01234', 'FRN 2026/77', 'A098.412/2026', 'Dnr SBN-2025-88', 'Remiss från kommunstyrelsen, KS-2026-0412', 'Bolagets dnr 2026/118', 'Diarienummer: 2026-0042'])('%j carries one', (t) => {
    expect(DIARY_NUMBER.test(t)).toBe(true);
  });
  it.each(['Kulturnämnden', 'Testnämnden 17', 'Agenda 2030-rådet', 'Region Skåne', '2026-03-04', 'Lokal plan 2026–2030', 'Plan för 2026/27', 'dnr-listan 2026'])('%j does not', (t) => {
    expect(DIARY_NUMBER.test(t)).toBe(false);
  });

  it('a minutes extract listing its papers under "Beslutsunderlag" keeps its own respondent', async () => {
    const text = [
      'Remissen ställde två frågor:', '', '1. Hur ser ni på förslaget?', '2. Vem bör samordna arbetet?', '',
      'Kulturnämnden', 'Sammanträdesdatum 2026-02-26', '', 'Beslutsunderlag', 'Tjänsteskrivelse 2026-02-12', 'Remiss från kommunstyrelsen, KS-2026-0412', '',
      'Yttrande', '', 'Fråga 1', 'Kulturnämnden ser positivt på förslaget.', '', 'Fråga 2', 'Nämnden föreslår att fritidsnämnden samordnar.', '',
      'Servicenämnden', 'Sammanträdesdatum 2026-02-27', '', 'Fråga 1', 'Servicenämnden är positiv.', '', 'Fråga 2', 'Stadskontoret bör samordna.',
    ].join('\n');
    const round = await roundFromText(text);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'SN']);
    expect(round.segments.find((s) => s.respondent === 'KN' && s.question === 'Q2')?.text).toContain('fritidsnämnden samordnar');
  });
});
