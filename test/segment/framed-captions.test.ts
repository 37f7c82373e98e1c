/**
 * A compiler's captions framed in rules name each answer's sender as the sender wrote it, in lower
 * case too ("hyresgästföreningen lindängen / Mona"), once the same frame names bodies elsewhere in
 * the source (src/segment/headings.ts isFramed; senders.ts nameShaped) — compilations written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { FRAME_LINES } from '../../src/segment/headings.js';

const RULE = '-'.repeat(60);
const QUESTIONS = ['Vad tycker ni om förslaget?', 'Vem bör samordna helgaktiviteterna?'];

function compilation(captions: Array<[string, string]>): string {
  return [
    'SAMMANSTÄLLNING AV INKOMNA REMISSVAR', '',
    ...captions.flatMap(([name, note]) => [RULE, name, ...(note ? [note] : []), RULE, '', `${name.split(' ')[0]} tycker att förslaget är bra och att fritidsnämnden borde samordna.`, '']),
  ].join('\n');
}

describe('captions framed in rules', () => {
  it.each([
    [[['Kulturnämnden', '(inkom 2026-02-19)'], ['hyresgästföreningen lindängen / Mona', '(inkom 2026-02-20 via mejl)'], ['Fritidsnämnden', '(inkom 2026-02-21)'], ['holma bk ungdom', '(inkom 2026-02-22)'], ['Grundskolenämnden', '']]],
    [[['Kulturnämnden', ''], ['föräldranätverket på Seved (Sara & Leila)', ''], ['Fritidsnämnden', ''], ['hgf kroksbäck', ''], ['Tekniska nämnden', '']]],
  ])('name their senders, in lower case too: %#', async (captions) => {
    const round = await buildRound([{ path: 'sammanstallning.txt', bytes: Buffer.from(compilation(captions as Array<[string, string]>)) }], { questions: QUESTIONS });
    // A note in brackets after the name is the name's note, not the name ("… (Sara & Leila)").
    expect(round.respondents.map((r) => r.name)).toEqual((captions as Array<[string, string]>).map(([n]) => n.replace(/\s*\([^()]*\)$/u, '')));
  });

  it('a lower-case line framed alone, where no frame names a body, names no one', async () => {
    const text = ['Kulturnämnden', '', 'Kulturnämnden tycker att förslaget är bra.', '', RULE, 'obs: texten är förkortad av stadskontoret', RULE, '', 'Nämnden föreslår att fritidsnämnden samordnar.'].join('\n');
    const round = await buildRound([{ path: 'svar.txt', bytes: Buffer.from(text) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.id)).toEqual(['KN']);
  });

  it('a frame holds a caption of at most FRAME_LINES lines: pinned', () => {
    expect(FRAME_LINES).toBe(2);
  });
});

describe("a form export's section captions set in short rules", () => {
  // "-- Remissinstans --" above the record's fields, "-- Remissfrågor --" above the answers.
  const submission = (n: number, organisation: string, answer: string): string[] => [
    '#'.repeat(60), `ÄRENDE ${n}/3`, `Ärendenummer: RV-2026-04${n}`, 'Status: Mottaget', `Inskickat: 2026-04-0${n} 09:41`, '',
    '-- Remissinstans --', `Organisation: ${organisation}`, 'Kontaktperson: Anna Berg, utredare', 'E-post: anna.berg@malmo.se', '',
    '-- Remissfrågor --', `Fråga 1 – ${QUESTIONS[0]}`, 'Vi ser positivt på förslaget.', '', `Fråga 2 – ${QUESTIONS[1]}`, answer, '',
  ];
  it('are rules: the fields under them name each record\'s respondent', async () => {
    const text = [
      'EXPORT AV INKOMNA ÄRENDEN', '',
      ...submission(1, 'Fritidsnämnden', 'Fritidsnämnden är beredd att samordna helgaktiviteterna.'),
      ...submission(2, 'Kulturnämnden', 'Vi föreslår att fritidsnämnden samordnar.'),
      ...submission(3, 'MKB Fastighet AB', 'Bolaget avstår från att föreslå någon.'),
    ].join('\n');
    const round = await buildRound([{ path: 'export.txt', bytes: Buffer.from(text) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.id)).toEqual(['FRN', 'KN', 'MKB']);
  });

  it.each(['-- Remissinstans --', '== Svar ==', '--- Bilaga 2 ---'])('%j is a caption set in a rule', async (line) => {
    const { FRAMED_CAPTION } = await import('../../src/segment/headings.js');
    expect(FRAMED_CAPTION.test(line)).toBe(true);
  });

  it.each(['-- ', '- Punkt -', 'Fritidsnämnden -- se ovan', '–– Svar ––'])('%j is not', async (line) => {
    const { FRAMED_CAPTION } = await import('../../src/segment/headings.js');
    expect(FRAMED_CAPTION.test(line)).toBe(false);
  });
});
