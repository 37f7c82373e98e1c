/**
 * Replies that quote the remiss's mail and answer inside it, under each quoted question — marked
 * ("> 2. Vem …?" / "Kommentar: …"), unmarked as Outlook quotes (the answer in capitals, or under a
 * label), and the mail quoted whole with the answer above it. Mails written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tabulate } from '../../src/analyze/tabulate.js';
import { buildRound } from '../../src/round.js';
import { inCapitals, MIN_CAPS_LETTERS, MIN_CAPS_SHARE, MIN_SHORT_CAPS_LETTERS, opensWithAnswerLabel, QUOTED_QUESTION_COVER, unquoted } from '../../src/segment/inline-answers.js';
import type { Round } from '../../src/model.js';

const QUESTIONS = ['Hur ser ni på programmets mål för torgen?', 'Vem bör ha huvudansvaret för att genomföra programmet?', 'Vilka befintliga nätverk bör programmet bygga på?'];

/** The remiss's mail, as the compiler sent it; `mark` quotes each line ("> ") or not (Outlook). */
function remissMail(mark: string, under: string[] = ['', '', '']): string[] {
  const q = (n: number): string[] => [`${mark}${n}. ${QUESTIONS[n - 1]}`, mark.trimEnd(), ...(under[n - 1] ? [under[n - 1], ''] : [])];
  return [
    `${mark}Från: Stadskontoret Remisser <remisser@malmo.se>`,
    `${mark}Skickat: den 2 februari 2027 09:30`,
    `${mark}Till: Kulturförvaltningen <kultur@malmo.se>; Servicenämnden <service@malmo.se>`,
    `${mark}Ämne: Remiss: Program för levande torg`,
    mark.trimEnd(),
    `${mark}Hej!`,
    mark.trimEnd(),
    `${mark}Stadskontoret har tagit fram ett program för levande torg. Tidigare har kommunstyrelsen`,
    `${mark}pekat ut Örat mot marken som en förebild. Vi vill gärna ha svar på följande frågor:`,
    mark.trimEnd(),
    ...q(1),
    ...q(2),
    ...q(3),
    `${mark}Övriga synpunkter är också välkomna.`,
    mark.trimEnd(),
    `${mark}Med vänlig hälsning`,
    `${mark}Karin Holm, stadskontoret`,
  ];
}

/** A reply: its header, its own text and signature, then the quoted remiss. */
function reply(from: string, own: string[], quoted: string[], marker = true): string {
  return [
    `Från: ${from}`,
    'Skickat: den 20 februari 2027 14:05',
    'Till: Stadskontoret Remisser <remisser@malmo.se>',
    'Ämne: SV: Remiss: Program för levande torg',
    '',
    ...own,
    '',
    ...(marker ? ['-----Ursprungligt meddelande-----'] : []),
    ...quoted,
  ].join('\n');
}

async function roundOf(files: Array<[string, string]>): Promise<Round> {
  return buildRound(files.map(([path, text]) => ({ path, bytes: Buffer.from(text) })));
}

const SERVICE = reply('Servicenämnden <service@malmo.se>', ['Hej,', '', 'Vi har skrivit in våra svar under frågorna.', '', 'Vänliga hälsningar', 'Per Ek', 'Servicenämnden'], remissMail('> ', [
  'Kommentar: Målen är rimliga men bör följas upp varje år.',
  'Kommentar: Kulturnämnden bör ha huvudansvaret, eftersom den redan driver torgprogrammen.',
  'Kommentar: Nätverket kring BID Möllan är ett bra stöd.',
]));

describe('answers written into the quoted remiss', () => {
  it('the thresholds are pinned', () => {
    expect(MIN_SHORT_CAPS_LETTERS).toBe(2);
    expect(MIN_CAPS_LETTERS).toBe(20);
    expect(MIN_CAPS_SHARE).toBe(0.9);
    expect(QUOTED_QUESTION_COVER).toBe(0.6);
  });

  it.each([
    ['VI STÄLLER OSS BAKOM MÅLEN FÖR TORGEN.', true],
    ['I FÖRSTA HAND KULTURNÄMNDEN, I ANDRA HAND SERVICENÄMNDEN.', true],
    ['BID-SAMARBETET PÅ MÖLLAN, SE BILAGA 2', true],
    ['BID-SAMARBETET PÅ MÖLLAN, se bilaga', false], // a fifth of its letters small
    ['VIKTIGT', false], // a heading in capitals: too few letters
    ['MKB och CTC', false],
    ['Vi ställer oss bakom målen för torgen.', false],
    ['SVAR: Vi ställer oss bakom målen.', false],
  ])('%j in capitals: %s', (text, expected) => {
    expect(inCapitals(text)).toBe(expected);
  });

  it.each([
    ['SVAR: Vi ställer oss bakom målen.', true],
    ['Svar: Kulturnämnden.', true],
    ['Vårt svar: ja.', true],
    ['Kommentar: bra.', true],
    ['[Servicenämnden:] Vi håller med.', true],
    ['[Kulturförvaltningens kommentar:] Ja.', true],
    ['FSF: Vi håller med.', true],
    ['Kommentar från HVOF: Vi håller med.', true],
    ['[MKB] Inte MKB.', true],
    ['Svaret är ja.', false],
    ['Notera: tre ord till och mer: ja.', false],
    ['Kulturnämnden: bra.', false],
    ['[bilaga 2] Vi håller med.', false],
  ])('%j opens with an answer\'s label: %s', (text, expected) => {
    expect(opensWithAnswerLabel(text)).toBe(expected);
  });

  it.each([
    ['> > 2. Vem bör …?', '2. Vem bör …?'],
    ['>Hej!', 'Hej!'],
    ['Hej!', 'Hej!'],
  ])('%j without its marks: %j', (line, expected) => {
    expect(unquoted(line)).toBe(expected);
  });

  it('a marked quote: the lines without the mark answer the question above them; the rest is the remiss\'s', async () => {
    const round = await roundOf([['svar.txt', SERVICE]]);
    expect(round.questions.map((q) => q.text)).toEqual(QUESTIONS);
    expect(round.respondents.map((r) => r.id)).toEqual(['SN']);
    const own = round.segments.filter((s) => s.respondent === 'SN' && s.question !== null);
    expect(own.map((s) => [s.question, s.text])).toEqual([
      ['Q1', 'Kommentar: Målen är rimliga men bör följas upp varje år.'],
      ['Q2', 'Kommentar: Kulturnämnden bör ha huvudansvaret, eftersom den redan driver torgprogrammen.'],
      ['Q3', 'Kommentar: Nätverket kring BID Möllan är ett bra stöd.'],
    ]);
    expect(own[1].heading).toBe('2. Vem bör ha huvudansvaret för att genomföra programmet?');
    // The quoted remiss is no one's: its "Örat mot marken" is not the respondent's process.
    const quoted = round.segments.filter((s) => s.part === 'quoted');
    expect(quoted.every((s) => s.respondent === null)).toBe(true);
    expect(quoted.map((s) => s.text).join('\n')).toContain('Örat mot marken');
    // Every line with text is in a segment.
    const lines = SERVICE.split('\n').filter((l) => l.trim() !== '').length;
    expect(round.segments.flatMap((s) => s.lines).filter((l) => l.text !== '').length + round.segments.filter((s) => s.heading && !s.part && s.respondent !== null && s.question === null).length).toBeGreaterThanOrEqual(lines - 6);
    const t = tabulate(round);
    expect(t.rows.find((r) => r.respondent === 'SN')!.choices).toEqual(['KN']);
  });

  it('an Outlook quote without marks: answers in capitals or under a label, each under its question', async () => {
    const text = reply(
      'Nyström Eva <eva.nystrom@mkbfastighet.se>',
      ['Hej!', '', 'Våra svar står med versaler under frågorna.', '', 'Hälsningar', 'Eva Nyström', 'MKB Fastighet AB'],
      remissMail('', ['', 'I FÖRSTA HAND KULTURNÄMNDEN, SOM REDAN DRIVER TORGPROGRAMMEN. I ANDRA HAND SERVICENÄMNDEN.', 'Svar: vårt nätverk av bovärdar på Lindängen.']),
      false,
    );
    const round = await roundOf([['svar.txt', text]]);
    // The quoted mail's sender (the remiss's sender, the reply's recipient) answers nothing.
    expect(round.respondents.map((r) => r.id)).toEqual(['MKB']);
    const own = round.segments.filter((s) => s.respondent === 'MKB' && s.question !== null);
    expect(own.map((s) => s.question)).toEqual(['Q2', 'Q3']);
    // Question 1 left blank: no answer to it, and the question itself is the remiss's text.
    expect(round.segments.filter((s) => s.part === 'quoted').map((s) => s.text).join('\n')).toContain('1. Hur ser ni på programmets mål');
    const row = tabulate(round).rows.find((r) => r.respondent === 'MKB')!;
    expect(row.choices).toEqual(['KN', 'SN']);
    expect(row.ranked).toBe(true);
  });

  it('an Outlook quote: answers typed right under their questions, with no blank line, and what follows them up to the next question', async () => {
    const quoted = remissMail('');
    const q = (n: number): number => quoted.findIndex((l) => l.startsWith(`${n}. `));
    // Under question 3 first (so the indexes above stay right), then 2, then 1.
    quoted.splice(q(3) + 1, 0, 'MILJÖNÄMNDEN.');
    quoted.splice(q(2) + 1, 0, 'Kommentar från SBK: Kulturnämnden bör samordna, med stöd av stadskontoret.');
    quoted.splice(q(1) + 1, 0, 'Svar: Målen är rimliga.', '', 'Uppföljningen bör dock ske varje år, inte vart tredje.');
    const round = await roundOf([['svar.txt', reply('Stadsbyggnadskontoret <sbk@malmo.se>', ['Hej!', '', 'Hälsningar', 'Eva Ek', 'Stadsbyggnadskontoret'], quoted, false)]]);
    const own = round.segments.filter((s) => s.respondent === 'SBN' && s.question !== null);
    expect(own.map((s) => [s.question, s.text.replace(/\s+/g, ' ')])).toEqual([
      ['Q1', 'Svar: Målen är rimliga. Uppföljningen bör dock ske varje år, inte vart tredje.'],
      ['Q2', 'Kommentar från SBK: Kulturnämnden bör samordna, med stöd av stadskontoret.'],
      ['Q3', 'MILJÖNÄMNDEN.'],
    ]);
    // After the last question the remiss's own text follows: not the answer's.
    expect(round.segments.find((s) => s.text.includes('Övriga synpunkter'))!.part).toBe('quoted');
  });

  it('text written under a quoted paragraph that asks nothing answers no question', async () => {
    const text = reply('Servicenämnden <service@malmo.se>', ['Svar nedan.', '', 'Per Ek', 'Servicenämnden'], [
      ...remissMail('> ', ['Kommentar: Bra mål.', '', '']).slice(0, -2),
      'Kommentar: En synpunkt utöver frågorna: torgen behöver fler bänkar.',
      '> Med vänlig hälsning',
    ]);
    const round = await roundOf([['svar.txt', text]]);
    const extra = round.segments.find((s) => s.text.includes('fler bänkar'))!;
    expect(extra.respondent).toBe('SN');
    expect(extra.question).toBeNull();
  });

  it('a quoted line wrapped without its mark (a PDF of the mail) is still the remiss\'s', async () => {
    const quoted = remissMail('> ', ['SVAR: Bra mål.', 'SVAR: Kulturnämnden.', '']);
    // "> Till: A <a@x>;" wrapped: the rest of the addresses on a line of their own.
    quoted.splice(3, 0, 'Fritidsförvaltningen <fritid@malmo.se>; Miljöförvaltningen', '<miljo@malmo.se>');
    quoted[2] = '> Till: Kulturförvaltningen <kultur@malmo.se>; Servicenämnden <service@malmo.se>;';
    const round = await roundOf([['svar.txt', reply('Servicenämnden <service@malmo.se>', ['Svar nedan.', '', 'Per Ek', 'Servicenämnden'], quoted)]]);
    const wrapped = round.segments.find((s) => s.text.includes('<miljo@malmo.se>'))!;
    expect(wrapped.respondent).toBeNull();
    expect(wrapped.part).toBe('quoted');
    expect(round.segments.filter((s) => s.respondent === 'SN' && s.question !== null).map((s) => s.question)).toEqual(['Q1', 'Q2']);
  });

  it('a quote with nothing written into it is the remiss\'s as a whole; the answer above it is read by its numbers', async () => {
    const text = reply('Kulturförvaltningen <kultur@malmo.se>', ['Hej,', '', '1) Målen är bra.', '', '2) Servicenämnden bör ha huvudansvaret.', '', '3) Inga nätverk att nämna.', '', 'Vänliga hälsningar', 'Lisa Berg', 'Kulturförvaltningen'], remissMail(''), false);
    const round = await roundOf([['svar.txt', text]]);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN']);
    expect(round.segments.filter((s) => s.respondent === 'KN' && s.question !== null).map((s) => s.question)).toEqual(['Q1', 'Q2', 'Q3']);
    const quoted = round.segments.filter((s) => s.part === 'quoted');
    expect(quoted).toHaveLength(1);
    expect(quoted[0].text).toContain('Från: Stadskontoret Remisser');
    expect(tabulate(round).rows.find((r) => r.respondent === 'KN')!.choices).toEqual(['SN']);
  });
});

describe('which later mail header is the mail replied to', () => {
  /** A mail of a file of several: header, text, signature. */
  const mail = (from: string, to: string, subject: string, body: string, signer: string): string[] => [
    `Från: ${from}`,
    'Skickat: den 20 februari 2027 14:05',
    `Till: ${to}`,
    `Ämne: ${subject}`,
    '',
    body,
    '',
    'Hälsningar',
    signer,
    '',
  ];

  const REMISS = 'Kulturnämnden och servicenämnden ombeds svara på remissen om program för levande torg.';
  it.each([
    // Sent by the reply's recipient: the remiss replied to, which names bodies but answers nothing.
    ['the sender is the reply\'s recipient', 'Stadskontoret Remisser <remisser@malmo.se>', 'Kulturförvaltningen <kultur@malmo.se>', 'Remiss: Program för levande torg', REMISS, 'Karin Holm, stadskontoret', ['SN']],
    // Forwarded to the one who answered (it came to another förvaltning by mistake): its subject is the reply's less one prefix.
    ['the subject is the reply\'s without its prefix', 'Ek Anna <anna.ek@malmo.se>', 'Per Ek <per.ek@malmo.se>', 'VB: Remiss: Program för levande torg', 'Den här kom till oss av misstag, kan ni svara?', 'Anna Ek\nKulturförvaltningen', ['SN']],
    // A compiled file of answers: each from its own sender, each with its own "SV:".
    ['another answer to the same remiss', 'Kulturförvaltningen <kultur@malmo.se>', 'Stadskontoret Remisser <remisser@malmo.se>', 'SV: Remiss: Program för levande torg', 'Kulturnämnden anser att servicenämnden bör ha huvudansvaret för programmet.', 'Kulturförvaltningen', ['SN', 'KN']],
  ])('%s', async (_what, from, to, subject, body, signer, expected) => {
    const text = [
      ...mail('Servicenämnden <service@malmo.se>', 'Stadskontoret Remisser <remisser@malmo.se>', 'SV: VB: Remiss: Program för levande torg', 'Servicenämnden anser att kulturnämnden bör ha huvudansvaret för programmet.', 'Servicenämnden'),
      ...mail(from, to, subject, body, signer),
    ].join('\n');
    const round = await buildRound([{ path: 'mejl.txt', bytes: Buffer.from(text) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.id)).toEqual(expected);
  });

  it('an answer\'s own "Kopia:" and "Ämne:", set apart from its "Från:" by a wrapped line, open no quoted mail', async () => {
    const text = [
      'Från:      Per Ek <per.ek@malmo.se>',
      'Skickat:   den 14 april 2027 16:42',
      'Till:',
      'Stadskontoret Remisser <remisser@malmo.se>',
      'Kopia:     Anna Ek <anna.ek@malmo.se>',
      'Ämne:      SV: Remiss: Program för levande torg',
      '',
      'Servicenämnden anser att kulturnämnden bör ha huvudansvaret för programmet.',
      '',
      'Hälsningar',
      'Per Ek',
      'Servicenämnden',
    ].join('\n');
    const round = await buildRound([{ path: 'mejl.txt', bytes: Buffer.from(text) }], { questions: QUESTIONS });
    expect(round.segments.filter((s) => s.part === 'quoted')).toEqual([]);
    expect(tabulate(round).rows.find((r) => r.respondent === 'SN')!.choices).toEqual(['KN']);
  });
});
