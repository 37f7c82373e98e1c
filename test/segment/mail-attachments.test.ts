/**
 * A saved mail with the text of the file it carried below it (src/segment/fields.ts
 * attachmentCaption): under a caption of its own the file's text begins, and an earlier mail
 * quoted above it ends there — the file is the sender's answer. Mails written for the test.
 */
import { describe, expect, it } from 'vitest';
import { attachmentCaption, MAX_FILE_NAME_CHARS } from '../../src/segment/fields.js';
import { linesOf, roundFromText } from '../helpers.js';

describe('the caption over an attachment\'s text', () => {
  it.each([
    '=====  KN-2026-00934-3 Yttrande.pdf  =====',
    '--- Bilaga: Yttrande KN-2026-00711.pdf ---',
    '---------- Bilaga: KN-2026-00529-2 Yttrande.pdf ----------',
    'Bifogad fil 1 av 2: KN-2026-03117 Yttrande.pdf',
    '>>> Bifogad fil: Yttrande antaget 2026-04-23.pdf <<<',
    'Yttrande kulturnämnden.docx',
    'Bilaga: Yttrande.pdf (212 kB)',
  ])('%j opens the file\'s text', (line) => {
    expect(attachmentCaption(linesOf(line), 0, 1)).toBe(0);
  });

  it.each([
    'Se bifogad fil.',
    '> Bifogade filer: Remissversion.pdf',
    'Nämnden har läst förslaget, se sidan 4 i remissversionen.',
    'Ladda ner planen på malmo.se/planen.pdf och läs den.',
    `${'x'.repeat(MAX_FILE_NAME_CHARS + 1)}.pdf`,
  ])('%j opens nothing', (line) => {
    expect(MAX_FILE_NAME_CHARS).toBe(150);
    expect(attachmentCaption(linesOf(line), 0, 1)).toBeUndefined();
  });

  it.each([
    [['Från: Kulturförvaltningen <kf@malmo.se>', 'Ämne: Remissvar', 'Bifogade filer: Yttrande.pdf']],
    // … wrapped onto a line of its own.
    [['Från: Kulturförvaltningen <kf@malmo.se>', 'Ämne: Remissvar', 'Bifogade filer: Handlingsplan remissversion.pdf;', 'Värmekartläggning 2025.pdf']],
  ])('a mail header\'s list of its files opens nothing: %j', (header) => {
    const lines = linesOf(header.join('\n'));
    expect(attachmentCaption(lines, 0, lines.length)).toBeUndefined();
  });
});

const QUESTIONS = ['Hur ser ni på förslaget?', 'Vilken nämnd bör samordna arbetet?'];

describe('a reply that quotes the reminder it answers, then the file it carried', () => {
  const mail = (caption: string[]) =>
    [
      'Från: Nyström Elin <elin.nystrom@malmo.se>',
      'Skickat: den 24 april 2026 09:31',
      'Till: Stadskontoret Registrator <stadskontoret@malmo.se>',
      'Ämne: SV: Påminnelse remiss',
      'Bifogade filer: Yttrande kulturnämnden.pdf',
      '',
      'Hej! Bifogat finner ni kulturnämndens yttrande.',
      '',
      'Med vänlig hälsning',
      'Elin Nyström',
      'Kulturförvaltningen',
      '',
      '-----Ursprungligt meddelande-----',
      'Från: Rask Johanna <johanna.rask@malmo.se>',
      'Skickat: den 15 april 2026 11:02',
      'Ämne: Påminnelse remiss',
      '',
      'En vänlig påminnelse om remissen. Svaren ska vara oss till handa senast den 30 april.',
      '',
      ...caption,
      '',
      'Kulturnämnden',
      'Yttrande',
      '',
      '1. Hur ser ni på förslaget?',
      'Kulturnämnden är positiv till förslaget i stort.',
      '',
      '2. Vilken nämnd bör samordna arbetet?',
      'Kulturnämnden föreslår att fritidsnämnden samordnar arbetet.',
    ].join('\n');

  it.each([
    [['---------------------------------', 'Yttrande kulturnämnden.pdf', '---------------------------------']],
    [['=====  Yttrande kulturnämnden.pdf  =====']],
    [['>>> Bifogad fil: Yttrande kulturnämnden.pdf <<<']],
  ])('%j: the file\'s text is the answer, not the quoted mail', async (caption) => {
    const round = await roundFromText(mail(caption), 'SV_ Påminnelse remiss.txt', QUESTIONS);
    const q2 = round.segments.find((s) => s.respondent === 'KN' && s.question === 'Q2');
    expect(q2?.text).toContain('föreslår att fritidsnämnden');
    expect(q2?.part).toBeUndefined();
  });
});
