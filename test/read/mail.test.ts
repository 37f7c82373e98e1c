/**
 * A saved e-mail read as its client shows it (src/read/mail.ts): headers decoded, the plain-text
 * part decoded from quoted-printable or base64 in its charset, the HTML copy and the attachments'
 * bytes left out — messages written for the test.
 */
import { describe, expect, it } from 'vitest';
import { decodeHeader, isSavedMail, mailText, MIN_MAIL_HEADERS } from '../../src/read/mail.js';
import { buildRound } from '../../src/round.js';

const QP_BODY = [
  'Hej,',
  '',
  'H=C3=A4rmed =C3=B6vers=C3=A4nds Kulturn=C3=A4mndens yttrande =C3=B6ver remi=',
  'ssen.',
  '',
  'Fr=C3=A5ga 2',
  'Kulturn=C3=A4mnden f=C3=B6resl=C3=A5r att fritidsn=C3=A4mnden samordnar arbet=',
  'et.',
  '',
  'V=C3=A4nliga h=C3=A4lsningar',
  'Hanna Lindqvist',
  'Kulturf=C3=B6rvaltningen, Malm=C3=B6 stad',
];

function message(opts: { encoding: 'quoted-printable' | '8bit' | 'base64'; charset?: string; crlf?: boolean }): string {
  const plain =
    opts.encoding === 'quoted-printable'
      ? QP_BODY.join('\n')
      : opts.encoding === 'base64'
        ? Buffer.from('Hej,\n\nFråga 2\nKulturnämnden föreslår att fritidsnämnden samordnar arbetet.\n').toString('base64').replace(/(.{60})/gu, '$1\n')
        : 'Hej,\n\nFråga 2\nKulturnämnden föreslår att fritidsnämnden samordnar arbetet.';
  const text = [
    'Return-Path: <hanna.lindqvist@malmo.se>',
    'Received: from EXCH-HUB02.malmo.se (10.12.8.32) by EXCH-MBX04.malmo.se',
    ' (10.12.8.44) with Microsoft SMTP Server; Thu, 23 Apr 2026 10:41:07 +0200',
    'From: "Lindqvist Hanna" <hanna.lindqvist@malmo.se>',
    'To: "Stadskontoret Remisser" <stadskontoret.remisser@malmo.se>',
    'Subject: =?UTF-8?Q?Remissvar_fr=C3=A5n_Kulturf=C3=B6rvaltningen?=',
    'Date: Thu, 23 Apr 2026 10:41:05 +0200',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed;',
    '\tboundary="_B1_"',
    '',
    '--_B1_',
    'Content-Type: multipart/alternative; boundary="_B2_"',
    '',
    '--_B2_',
    `Content-Type: text/plain; charset="${opts.charset ?? 'utf-8'}"`,
    `Content-Transfer-Encoding: ${opts.encoding}`,
    '',
    plain,
    '',
    '--_B2_',
    'Content-Type: text/html; charset="utf-8"',
    'Content-Transfer-Encoding: 8bit',
    '',
    '<html><body><p>Hej,</p><p>Kulturnämnden föreslår att fritidsnämnden samordnar arbetet.</p></body></html>',
    '--_B2_--',
    '',
    '--_B1_',
    'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="yttrande.docx"',
    'Content-Disposition: attachment; filename="yttrande.docx"',
    'Content-Transfer-Encoding: base64',
    '',
    'UEsDBBQABgAIAAAAIQDfpNJsWgEAACAFAAATAAgCW0NvbnRlbnRfVHlwZXNdLnhtbCCiBAIooAAC',
    '--_B1_--',
    '',
  ].join('\n');
  return opts.crlf ? text.replace(/\n/gu, '\r\n') : text;
}

describe('a saved e-mail', () => {
  it.each([
    [{ encoding: 'quoted-printable' as const }],
    [{ encoding: '8bit' as const }],
    [{ encoding: 'base64' as const }],
    [{ encoding: 'quoted-printable' as const, crlf: true }],
  ])('is read as its client shows it: %j', (opts) => {
    const raw = message(opts);
    expect(isSavedMail(raw)).toBe(true);
    const text = mailText(raw);
    expect(text).toContain('Subject: Remissvar från Kulturförvaltningen');
    expect(text).toContain('From: "Lindqvist Hanna" <hanna.lindqvist@malmo.se>');
    expect(text).toContain('Kulturnämnden föreslår att fritidsnämnden samordnar arbetet.');
    expect(text).toContain('[Bilaga: yttrande.docx]');
    // The HTML copy and the transport headers are not read.
    expect(text).not.toMatch(/<p>|Received:|Return-Path:|UEsDBB/u);
  });

  it('a part in Latin-1 is decoded in its charset', () => {
    const raw = message({ encoding: 'quoted-printable', charset: 'iso-8859-1' }).replace(/=C3=A4/gu, '=E4').replace(/=C3=B6/gu, '=F6').replace(/=C3=A5/gu, '=E5');
    expect(mailText(raw)).toContain('Kulturnämnden föreslår att fritidsnämnden samordnar arbetet.');
  });

  it.each([
    ['=?UTF-8?Q?Kulturf=C3=B6rvaltningen_Registrator?=', 'Kulturförvaltningen Registrator'],
    ['=?iso-8859-1?Q?Fr=E5n_n=E4mnden?=', 'Från nämnden'],
    [`=?UTF-8?B?${Buffer.from('Yttrande från GRN').toString('base64')}?=`, 'Yttrande från GRN'],
    ['=?UTF-8?Q?Remissvar_fr?= =?UTF-8?Q?=C3=A5n_KN?=', 'Remissvar från KN'],
  ])('a header\'s words are decoded: %s', (raw, want) => {
    expect(decodeHeader(raw)).toBe(want);
  });

  it.each([
    ['a letter that opens with a field or two', 'Till: Kommunstyrelsen\nDatum: 2026-04-02\n\nKulturnämnden föreslår att fritidsnämnden samordnar.'],
    ['a form', 'Remissinstans: Kulturnämnden\nKontaktperson: Anna Berg\nE-post: anna.berg@malmo.se\n\nFråga 1'],
    // A client's text export of a mail keeps every line: "Sent:" is no header the reading shows.
    ['a mail saved as text by its client', 'From:\tLarsson Erik <erik.larsson@mkb.se>\nSent:\tThursday, March 19, 2026 2:05 PM\nTo:\tMiljöförvaltningen\nSubject:\tRE: Remiss\n\nHej,'],
  ])('%s is no saved mail (MIN_MAIL_HEADERS of its headers)', (_what, text) => {
    expect(MIN_MAIL_HEADERS).toBe(3);
    expect(isSavedMail(text)).toBe(false);
  });

  it('in a round: the answer in a quoted-printable mail, its quotes in the decoded words', async () => {
    const round = await buildRound([{ path: 'message(3).txt', bytes: Buffer.from(message({ encoding: 'quoted-printable' })) }], {
      questions: ['Hur ser ni på förslaget?', 'Vilken nämnd bör samordna arbetet?'],
    });
    expect(round.respondents.map((r) => r.id)).toEqual(['KN']);
    expect(round.segments.find((s) => s.question === 'Q2')?.text).toContain('Kulturnämnden föreslår att fritidsnämnden samordnar arbetet.');
  });
});

describe('a forwarded mail is what the forward sends on', () => {
  const forward = (below: string[]): string =>
    [
      'Från: Johan Pettersson <johan.pettersson@malmo.se>',
      'Skickat: den 24 april 2026 08:03',
      'Till: Stadskontoret Remisser',
      'Ämne: VB: Kulturnämndens yttrande',
      '',
      'Hej! På uppdrag av kulturnämnden vidarebefordrar jag nämndens yttrande.',
      '',
      'Hälsningar',
      'Johan Pettersson',
      'Nämndsekreterare, kulturförvaltningen',
      '',
      '---------- Vidarebefordrat meddelande ----------',
      'Från: Lina Ahmadi <lina.ahmadi@malmo.se>',
      'Datum: ons 22 apr. 2026 kl. 16:12',
      'Ämne: Slutversion yttrande',
      '',
      ...below,
    ].join('\n');

  it('where the note above answers no question and the forwarded text does, the forwarded text is the answer', async () => {
    const round = await buildRound([{ path: 'vb.txt', bytes: Buffer.from(forward(['KULTURNÄMNDENS YTTRANDE', '', 'Fråga 1', 'Nämnden tillstyrker förslaget.', '', 'Fråga 2', 'Kulturnämnden föreslår att fritidsnämnden samordnar arbetet.'])) }], {
      questions: ['Hur ser ni på förslaget?', 'Vilken nämnd bör samordna arbetet?'],
    });
    expect(round.segments.find((s) => s.text.includes('föreslår att fritidsnämnden'))).toMatchObject({ respondent: 'KN', question: 'Q2' });
  });

  it('a reply above a quoted remiss keeps the remiss quoted: its questions are not the answer', async () => {
    const reply = [
      'Från: Anna Berg <anna.berg@malmo.se>', 'Skickat: den 24 april 2026 08:03', 'Till: Stadskontoret Remisser', 'Ämne: SV: Remiss om parkvärdar', '',
      'Fråga 2', 'Kulturnämnden föreslår att fritidsnämnden samordnar arbetet.', '', 'Vänliga hälsningar', 'Anna Berg, Kulturnämnden', '',
      '-----Ursprungligt meddelande-----', 'Från: Stadskontoret Remisser', 'Skickat: den 1 mars 2026', 'Ämne: Remiss om parkvärdar', '',
      'Fråga 1', 'Hur ser ni på förslaget?', 'Fråga 2', 'Vilken nämnd bör samordna arbetet? Tekniska nämnden har föreslagits.',
    ].join('\n');
    const round = await buildRound([{ path: 'sv.txt', bytes: Buffer.from(reply) }], { questions: ['Hur ser ni på förslaget?', 'Vilken nämnd bör samordna arbetet?'] });
    expect(round.segments.find((s) => s.text.includes('Tekniska nämnden har föreslagits'))?.question ?? null).toBeNull();
  });
});
