/**
 * A source no heading names, whose own title says whose document it is ("PROTOKOLL" / "fört vid
 * sammanträde med styrelsen för MKB Fastighet AB"): that body's answer, before its file name is
 * asked; the title's first word is no sender (src/segment/respondents.ts documentOwner,
 * segment.ts titleOwner, senders.ts letterheadSender). Minutes written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';

const QUESTIONS = ['Hur ser ni på förslaget?', 'Vilken nämnd bör samordna arbetet?'];

const minutes = (title: string[]): string =>
  [
    ...title,
    '',
    'Datum: 2026-05-19',
    '',
    '§ 14   Remissyttrande – Handlingsplan för trygghet',
    '',
    'Styrelsen beslutar att som svar på remissen anföra att förslaget är bra och att fritidsnämnden bör samordna arbetet i stadsområdena.',
    '',
  ].join('\n');

async function respondents(text: string, path = 'utdrag_p14.txt'): Promise<string[]> {
  const round = await buildRound([{ path, bytes: Buffer.from(text) }], { questions: QUESTIONS });
  return round.respondents.map((r) => r.id);
}

describe('a document whose own title names its owner', () => {
  it.each([
    [['PROTOKOLL', 'fört vid sammanträde med styrelsen för MKB Fastighet AB'], 'MKB'],
    [['Protokollsutdrag från Kulturnämnden'], 'KN'],
    [['PROTOKOLL fört vid sammanträde i Tekniska nämnden'], 'TN'],
  ])('%j is %s’s', async (title, id) => {
    expect(await respondents(minutes(title as string[]))).toEqual([id]);
  });

  it.each([
    // The owner is no body the registry knows: the file name decides, as before.
    [['PROTOKOLL', 'fört vid sammanträde med styrelsen för Föreningen Gården'], 'kn-protokoll.txt', 'KN'],
    // No owner named at the title's end.
    [['PROTOKOLL', 'fört vid sammanträde 2026-05-19'], 'kn-protokoll.txt', 'KN'],
  ])('not %j (file %s)', async (title, path, id) => {
    expect(await respondents(minutes(title as string[]), path as string)).toEqual([id]);
  });
});
