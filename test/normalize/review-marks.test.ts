/**
 * A draft saved as text with its comments and tracked changes (src/normalize/review-marks.ts): the
 * reviewers' notes are furniture, their anchors leave the text — drafts written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/model.js';
import { MIN_REVIEW_NOTES, removeReviewMarks, WRAPPED_SHARE } from '../../src/normalize/review-marks.js';
import { buildRound } from '../../src/round.js';

const lines = (texts: string[]): Line[] => texts.map((text, i) => ({ text, page: null, line: i + 1, source: 0 }));

describe("a draft's review notes", () => {
  it.each([
    ['Kommentar [AL2]: Stämmer detta med förra svaret?'],
    ['Kommentar [KS11]: Detta pekar på TN.'],
    ['Comment [JS1]: Check with the office.'],
    ['Borttaget: Nämnden föreslår att fritidsnämnden samordnar arbetet.'],
    ['Infogat: på förvaltningsnivå'],
    ['Formaterat: Teckensnitt: 11 pt, Inte Fet'],
    ['Deleted: under hela perioden'],
    ['Flyttat (infogning) [1]: Nämnden ser positivt på förslaget.'],
  ])('%s is a note, kept apart', (note) => {
    const { lines: kept, furniture } = removeReviewMarks(lines(['Nämnden ser positivt på förslaget.', note, 'Formaterat: Normal', 'Nämnden har inget mer att tillägga.']));
    expect(furniture.map((l) => l.text)).toEqual([note, 'Formaterat: Normal']);
    expect(kept.map((l) => l.text)).toEqual(['Nämnden ser positivt på förslaget.', 'Nämnden har inget mer att tillägga.']);
  });

  it.each([
    ['Kommentar: nämnden har inga fler synpunkter.'],
    ['Borttaget ur förslaget är avsnitt 4, vilket nämnden beklagar.'],
    ['Infogat i budgeten: medel för samordning.'],
    ['Fråga 2: Vilken nämnd bör samordna?'],
  ])('%s is text, not a note', (text) => {
    const { lines: kept } = removeReviewMarks(lines([text, 'Formaterat: Normal', 'Borttaget: positivt']));
    expect(kept.map((l) => l.text)).toEqual([text]);
  });

  it('a single note-like line in a source is text: MIN_REVIEW_NOTES pinned', () => {
    expect(MIN_REVIEW_NOTES).toBe(2);
    const { lines: kept } = removeReviewMarks(lines(['Infogat: på förvaltningsnivå', 'Nämnden ser positivt på förslaget.']));
    expect(kept).toHaveLength(2);
  });

  it('a note wrapped onto full lines of a page goes with it, up to the end of its sentence', () => {
    expect(WRAPPED_SHARE).toBe(0.8);
    const full = 'Nämnden ser positivt på förslaget och vill att arbetet kommer i gång så snart det går, med alla.';
    const { lines: kept, furniture } = removeReviewMarks(
      lines([
        full,
        'Kommentar [KS4]: Förvaltningens tjänsteskrivelse föreslog fritidsnämnden, men nämnden beslutade',
        'enligt ordförandens yrkande att inte ta ställning. Stämmer detta med ASN:s förra svar från',
        'områdeslyftet?',
        'Nämnden avstår från att föreslå en samordnare.',
        'Borttaget: positivt',
        full,
      ]),
    );
    expect(furniture).toHaveLength(4);
    expect(kept.map((l) => l.text)).toEqual([full, 'Nämnden avstår från att föreslå en samordnare.', full]);
  });

  it("a comment's anchor leaves the line; brackets that anchor no comment stay", () => {
    const { lines: kept } = removeReviewMarks(
      lines(['Nämnden avstår från att föreslå en samordnare.[KS4] Den nämnd som får ansvaret bör involvera socialtjänsten [se bilaga 2].', 'Kommentar [KS4]: Stämmer detta?', 'Borttaget: positivt']),
    );
    expect(kept.map((l) => l.text)).toEqual(['Nämnden avstår från att föreslå en samordnare. Den nämnd som får ansvaret bör involvera socialtjänsten [se bilaga 2].']);
  });

  it("in a round: a deleted proposal and a reviewer's proposal are no respondent's", async () => {
    const text = [
      'Sammanställning av remissvar', '', 'Remissfrågor:', '1. Hur ser ni på förslaget?', '2. Vilken nämnd bör samordna arbetet?', '',
      'Arbetsmarknads- och socialnämnden', '', 'Fråga 1', 'Nämnden ser positivt på förslaget.', 'Fråga 2',
      'Nämnden avstår från att föreslå vilken nämnd som ska samordna arbetet.[AL1]',
      'Borttaget: Nämnden föreslår att fritidsnämnden ges det samordnande ansvaret.',
      'Kommentar [AL1]: Tjänsteskrivelsen föreslog fritidsnämnden. Ska vi skriva FRN i tabellen?',
      'Formaterat: Teckensnitt: 11 pt', '',
      'Kulturnämnden', '', 'Fråga 1', 'Kulturnämnden tillstyrker förslaget.', 'Fråga 2', 'Kulturnämnden föreslår att tekniska nämnden samordnar arbetet.',
    ].join('\n');
    const round = await buildRound([{ path: 'utkast.txt', bytes: Buffer.from(text) }]);
    expect(round.respondents.map((r) => r.id)).toEqual(['ASN', 'KN']);
    expect(round.segments.some((s) => s.respondent === 'ASN' && /fritidsnämnden/iu.test(s.text))).toBe(false);
  });
});

describe('a numbered item with no answer ends its block as an empty field does', () => {
  it.each([['4. –'], ['4) Inget svar'], ['3. -']])('"%s", then the next respondent\'s heading with no blank line', async (empty) => {
    const text = [
      'Sammanställning av remissvar', '', 'Remissfrågor:', '1. Hur ser ni på förslaget?', '2. Vilken nämnd bör samordna arbetet?', '',
      '2.1 Grundskolenämnden', '1. Nämnden ser positivt på förslaget.', empty,
      '2.2 Kulturnämnden', 'Fråga 1', 'Kulturnämnden tillstyrker förslaget.', 'Fråga 2', 'Kulturnämnden föreslår att tekniska nämnden samordnar arbetet.',
    ].join('\n');
    const round = await buildRound([{ path: 'sammanstallning.txt', bytes: Buffer.from(text) }]);
    expect(round.respondents.map((r) => r.id)).toEqual(['GRN', 'KN']);
  });
});
