/**
 * A letter's first sentence says who writes it: "Kulturnämnden tackar för remissen", "Föreningen
 * Gröna Gårdar (org.nr …) har getts möjlighet att …". In a round of one letter per file, that body
 * answers — not the addressee its head names ("Till Kommunstyrelsen", "Malmö stad / Stadskontoret"),
 * and not the file's name. Letters written here, laid out as text copied from Word (a blank line
 * between every two paragraphs, the address block's lines included).
 */
import { describe, expect, it } from 'vitest';
import { speakerOf, MAX_SPEAKER_WORDS, PROSE_LINE_WORDS } from '../../src/segment/opening-speaker.js';
import { SIGNATURE_WORDS } from '../../src/segment/segment.js';
import { loadRegistry } from '../../src/segment/registry.js';
import { buildRound } from '../../src/round.js';
import { loadData } from '../../src/data.js';
import { isSignerRole, nextTextLine } from '../../src/segment/furniture-lines.js';

const reg = loadRegistry();
const QUESTIONS = ['Hur ser ni på förslaget om parkvärdar?', 'Vem bör samordna parkvärdarna?'];

describe('speakerOf: the body a first sentence speaks as', () => {
  const valid: Array<[string, string]> = [
    ['Kulturnämnden tackar för remissen och lämnar följande synpunkter.', 'KN'],
    ['Miljönämnden beslutar att lämna yttrandet nedan.', 'MN'],
    ['Servicenämnden har beretts möjlighet att yttra sig över förslaget.', 'SN'],
    ['Hyresgästföreningen Region Syd (avdelning Malmö) har getts möjlighet att lämna synpunkter.', 'Hyresgästföreningen Region Syd'],
    ['Grannsamverkan Öster är ett nätverk av boende i östra Malmö.', 'Grannsamverkan Öster'],
    ['Tekniska nämnden välkomnar förslaget om parkvärdar.', 'TN'],
    ['Stiftelsen Ljusgården har tagit del av förslaget och vill framföra följande.', 'Stiftelsen Ljusgården'],
    ['Institutionen för stadsstudier har inbjudits att lämna synpunkter på förslaget.', 'Institutionen för stadsstudier'],
    ['Föreningen Gröna Gårdar har ombetts yttra sig över programmet.', 'Föreningen Gröna Gårdar'],
    ['Seniorrådet har bjudits in att lämna synpunkter.', 'Seniorrådet'],
  ];
  it.each(valid)('%s → %s', (sentence, who) => {
    const r = speakerOf(sentence, reg);
    expect(r?.known ? r.id : r?.name).toBe(who);
  });

  const invalid = [
    'Kommunstyrelsen har remitterat förslaget till nämnderna.', // background, not the letter's own voice
    'Kommunstyrelsen bör leda arbetet med parkvärdarna.', // a proposal
    'Nämnden tackar för möjligheten att yttra sig.', // the organ, no name
    'Det är ett väl genomarbetat förslag.', // a sentence's first word
    'Förslaget är ett steg i rätt riktning.', // one word the head does not give in full
    'Vi är ett nätverk av föreningar i Rosengård.',
  ];
  it.each(invalid)('%s → nobody', (sentence) => {
    expect(speakerOf(sentence, reg)).toBeUndefined();
  });

  it('takes a one-word name in full from the letter head ("Från: Grannsamverkan i Husie")', () => {
    expect(speakerOf('Grannsamverkan är ett nätverk av boende.', reg, ['Synpunkter på förslaget', 'Från: Grannsamverkan i Husie'])?.name).toBe('Grannsamverkan i Husie');
    expect(speakerOf('Grannsamverkan är ett nätverk av boende.', reg, ['Synpunkter på förslaget'])).toBeUndefined();
  });

  it('pins the openings and the name length', () => {
    expect(MAX_SPEAKER_WORDS).toBe(8);
    expect(loadData<{ nameParticles: string[] }>('lexicon/structure.json').nameParticles).toEqual(['i', 'och', 'för']);
    expect(PROSE_LINE_WORDS).toBe(10);
    expect(SIGNATURE_WORDS).toBe(30);
    expect(loadData<{ speakerOpenings: string[] }>('lexicon/structure.json').speakerOpenings).toEqual([
      'har beretts tillfälle', 'har beretts möjlighet', 'har getts tillfälle', 'har getts möjlighet', 'har givits möjlighet', 'har fått tillfälle',
      'har fått möjlighet', 'har inbjudits', 'har bjudits in', 'har ombetts', 'har erbjudits', 'har tagit del av', 'har tagit del', 'tackar för', 'välkomnar', 'lämnar följande', 'lämnar härmed', 'lämnar nedan',
      'besvarar', 'föreslås besluta', 'beslutar att', 'ställer sig', 'yttrar sig', 'är ett', 'är en',
    ]);
  });
});

const word = (...paragraphs: string[]): string => `${paragraphs.join('\n\n')}\n`;

describe('letters one per file, as copied from Word', () => {
  it('the sender above the date answers; the addressee below it does not', async () => {
    const letter = word(
      'Kulturnämnden', 'Datum: 2026-03-02', 'Dnr KN-2026-101', 'Till Kommunstyrelsen', 'Stadskontoret', 'August Palms plats 1', '205 80 Malmö',
      'Yttrande över förslaget om parkvärdar',
      'Kulturnämnden tackar för remissen och lämnar följande synpunkter.',
      'Fråga 1', 'Nämnden ser positivt på parkvärdar i stadens parker.',
      'Fråga 2', 'Kulturnämnden anser att fritidsnämnden bör samordna parkvärdarna.',
    );
    const round = await buildRound([{ path: 'yttrande_2026-03-02.txt', bytes: Buffer.from(letter) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.id)).toEqual(['KN']);
  });

  it("an address block spaced as Word spaces it is the addressee's, whatever the first sentence says", async () => {
    const letter = word(
      'Kulturnämnden', 'Datum: 2026-03-02', 'Till Kommunstyrelsen', 'Stadskontoret', 'Box 4711', '205 80 Malmö',
      'Svar på remissen om parkvärdar',
      'Förslaget om parkvärdar är efterlängtat i stadens parker.',
      'Fråga 1', 'Nämnden ser positivt på parkvärdar.', 'Fråga 2', 'Nämnden anser att fritidsnämnden bör samordna parkvärdarna.',
    );
    const round = await buildRound([{ path: 'svar.txt', bytes: Buffer.from(letter) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.id)).toEqual(['KN']);
  });

  it('a letter whose head names only the addressee answers as its first sentence says', async () => {
    const letter = word(
      'Malmö 2026-03-05', 'Malmö stad', 'Stadskontoret', 'Er referens: KS-2026-999', 'Remissvar om parkvärdar',
      'Stiftelsen Ljusgården har tagit del av förslaget och vill framföra följande.',
      'Fråga 1', 'Stiftelsen är tveksam till förslaget.', 'Fråga 2', 'Stiftelsen anser att kulturnämnden bör samordna arbetet.',
    );
    const round = await buildRound([{ path: 'inkommen_handling_12.txt', bytes: Buffer.from(letter) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.name)).toEqual(['Stiftelsen Ljusgården']);
  });

  it('reads the first sentence wrapped over lines, as a PDF sets it', async () => {
    const letter = [
      'Malmö 2026-03-05', '', 'Malmö stad', '', 'Stadskontoret', '', 'Svar om parkvärdar', '',
      'Stiftelsen Ljusgården (Malmö) tackar för möjligheten att lämna synpunkter på förslaget. Som',
      'förvaltare av tre parker i staden har stiftelsen erfarenhet av frågan.', '',
      'Fråga 1', 'Stiftelsen är tveksam till förslaget.', '', 'Fråga 2', 'Stiftelsen anser att kulturnämnden bör samordna arbetet.', '',
    ].join('\n');
    const round = await buildRound([{ path: 'svar_3.txt', bytes: Buffer.from(letter) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.name)).toEqual(['Stiftelsen Ljusgården']);
    // A first line short of a sentence's marks, the sentence ending on the next.
    const decided = [
      'Malmö stad', '', 'Miljönämnden', '', 'Datum 2026-03-07', '', 'Kommunstyrelsen', '', 'Beslut', '',
      'Miljönämnden beslutar att som sitt yttrande till kommunstyrelsen överlämna',
      'miljöförvaltningens skrivelse daterad den 2 mars 2026.', '',
      'Fråga 1', 'Nämnden är positiv till förslaget.', '', 'Fråga 2', 'Nämnden anser att kulturnämnden bör samordna arbetet.', '',
    ].join('\n');
    const minutes = await buildRound([{ path: 'beslut.txt', bytes: Buffer.from(decided) }], { questions: QUESTIONS });
    expect(minutes.respondents.map((r) => r.id)).toEqual(['MN']);
  });

  // Letters of other organisations (a region's round): the organisation's name above the body in
  // the head, the body named with its organisation in the first sentence.
  it.each([
    ['Kommunstyrelsen i Vallby kommun har beretts tillfälle att yttra sig över förslaget.', 'VALLBY KOMMUN', 'Kommunstyrelsen'],
    ['Socialnämnden i Åsunda kommun har getts möjlighet att lämna synpunkter.', 'Åsunda kommun', 'Socialnämnden'],
    ['Kultur- och fritidsnämnden i Bergby kommun tackar för remissen.', 'BERGBY KOMMUN', 'Kultur- och fritidsnämnden'],
  ])('the body of an organisation its first sentence names answers, also below a wrapped title: %j', async (sentence, organisation, body) => {
    const letter = [
      organisation, body, 'Datum 2026-05-04', '', 'Region Skåne', 'Regionkontoret', '291 89 Kristianstad', '',
      'Yttrande över remiss – regional handlingsplan för parkvärdar i alla kommuner i länet under',
      'åren 2026–2030', '',
      sentence, '', 'Fråga 1', 'Vi är positiva till förslaget.', '', 'Fråga 2', 'Vi anser att kulturnämnden bör samordna parkvärdarna.', '',
    ].join('\n');
    const other = ['Lunds kommun', 'Miljönämnden', '', 'Miljönämnden i Lunds kommun tackar för remissen.', '', 'Fråga 2', 'Nämnden föreslår att regionen samordnar.'].join('\n');
    const round = await buildRound([{ path: 'a.txt', bytes: Buffer.from(letter) }, { path: 'b.txt', bytes: Buffer.from(other) }], { questions: QUESTIONS });
    expect(round.respondents[0].name).toBe(sentence.split(/ (?:har|tackar)/u)[0]);
    expect(round.respondents.length).toBe(2);
  });

  it('a letter\'s first line names it where a line in lower case under it describes it, and the text repeats the name', async () => {
    const letter = word(
      'Gröna Gårdar', 'nätverket för odling på stadens bostadsgårdar', 'Malmö den 3 mars 2026', 'Till: Malmö stad, Kommunstyrelsen',
      'Gröna Gårdar samlar ett tjugotal odlingsgrupper på gårdarna i södra Malmö.',
      'Vi ser positivt på parkvärdar. Kulturnämnden bör enligt oss samordna dem.',
    );
    const round = await buildRound([{ path: 'inkommen_2026-03-03_0017.txt', bytes: Buffer.from(letter) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.name)).toEqual(['Gröna Gårdar']);
    // The description under the name is the letter's text: nothing read is lost.
    expect(round.segments.some((s) => s.text.includes('nätverket för odling på stadens bostadsgårdar'))).toBe(true);
  });

  it.each([
    ['Stigfinnarna Syd', '– ett nätverk för vandringsledare i södra Malmö', 'För Stigfinnarna Syd'],
    ['Kvarterskraft Öster', 'samverkan mellan gårdsföreningar', 'På uppdrag av Kvarterskraft Öster'],
  ])('a letter\'s first line names it where the letter is signed with that name: %j', async (name, description, signature) => {
    const letter = word(
      name, description, 'Malmö den 3 mars 2026', 'Till: Malmö stad, Kommunstyrelsen',
      'Vi har diskuterat förslaget på två öppna möten och sammanfattar här vad som kom fram.',
      'Vi ser positivt på parkvärdar. Kulturnämnden bör enligt oss samordna dem.',
      signature, 'Anna Berg och Omar Said',
    );
    const round = await buildRound([{ path: 'inkommen_2026-03-03_0017.txt', bytes: Buffer.from(letter) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.name)).toEqual([name]);
  });

  it.each([['2026-03-18'], ['Dnr 2026/044'], ['Datum 2026-03-18']])('a letter dated above its letterhead (%j) is named by the letterhead', async (date) => {
    const letter = word(
      date, 'STIGFINNARNA SYD', 'Ett nätverk för vandringsledare i södra Malmö', 'Remissvar till Malmö stad, kommunstyrelsen',
      'Stigfinnarna Syd samlar ett trettiotal vandringsledare i stadens södra delar.',
      'Vi ser positivt på parkvärdar. Kulturnämnden bör enligt oss samordna dem.',
    );
    const round = await buildRound([{ path: 'inkommen_2026-03-18.txt', bytes: Buffer.from(letter) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.name)).toEqual(['Stigfinnarna Syd']);
  });

  it('a letter with no heading naming anyone answers as its first sentence says, not as its file is named', async () => {
    const letter = word(
      'YTTRANDE', 'Datum 2026-03-09', 'Malmö stad', 'Kommunstyrelsen', '205 80 Malmö',
      'Grannsamverkan Öster (ideell förening) har getts möjlighet att lämna synpunkter på förslaget.',
      'Vi ser positivt på parkvärdar. Kulturnämnden bör enligt oss samordna dem.',
    );
    const round = await buildRound([{ path: 'Scan_0033.txt', bytes: Buffer.from(letter) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.name)).toEqual(['Grannsamverkan Öster']);
  });

  it("a letter that names its sender only where it is signed is that body's answer from the top", async () => {
    const letter = word(
      'Remissvar', 'Avser: förslaget om parkvärdar', 'Datum: 2026-03-10',
      'Fråga 1', 'Bolaget ser inga hinder för parkvärdar i de parker där bolaget förvaltar parkeringsytor.',
      'Fråga 2', 'Bolaget föreslår att servicenämnden samordnar parkvärdarna, eftersom nämnden redan har avtalen.',
      'Malmö Leasing AB', 'Eva Lund, vd',
    );
    const round = await buildRound([{ path: 'remissvar_parkering.txt', bytes: Buffer.from(letter) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.name)).toEqual(['Malmö Leasing AB']);
    const own = round.segments.filter((seg) => seg.respondent === round.respondents[0].id);
    expect(own.find((seg) => seg.question === 'Q2')?.text).toContain('servicenämnden samordnar');
  });

  it("a tjänsteskrivelse's appendix, the yttrande itself, is still its nämnd's answer", async () => {
    const letter = word(
      'Kulturförvaltningen', 'Tjänsteskrivelse', 'Datum 2026-03-02',
      'Förslag till beslut', 'Kulturnämnden föreslås besluta att översända bilaga 1 som sitt yttrande till kommunstyrelsen.',
      'Förvaltningens bedömning', 'Förvaltningen har besvarat remissens frågor i yttrandet.',
      'Eva Lund', 'Kulturdirektör',
      'Bilaga 1', 'Yttrande över förslaget om parkvärdar',
      'Fråga 1', 'Nämnden ser positivt på parkvärdar i stadens parker.',
      'Fråga 2', 'Nämnden anser att fritidsnämnden bör samordna parkvärdarna.',
    );
    const round = await buildRound([{ path: 'TS_KN_2026.txt', bytes: Buffer.from(letter) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.id)).toContain('KN');
    expect(round.segments.find((seg) => seg.text.includes('fritidsnämnden bör samordna'))?.respondent).toBe('KN');
  });

  it("a signer's name and title, a blank line between them as Word spaces them, answer nothing", async () => {
    const letter = word(
      'Kulturförvaltningen', 'Tjänsteskrivelse', 'Datum 2026-03-02',
      'Kulturnämnden föreslås besluta att översända yttrandet till kommunstyrelsen.',
      'Fråga 1', 'Nämnden ser positivt på parkvärdar i stadens parker.',
      'Fråga 2', 'Nämnden anser att fritidsnämnden bör samordna parkvärdarna.',
      'Eva Lund', 'Kulturdirektör', 'Per Holm', 'Utvecklingssekreterare',
    );
    const other = (office: string, body: string, signer: string, title: string): string =>
      word(office, 'Tjänsteskrivelse', 'Datum 2026-03-04', `${body} föreslås besluta att översända yttrandet till kommunstyrelsen.`,
        'Fråga 1', 'Nämnden är positiv till förslaget.', 'Fråga 2', 'Nämnden anser att servicenämnden bör samordna arbetet.', signer, title);
    const round = await buildRound(
      [
        { path: 'TS_2026.txt', bytes: Buffer.from(letter) },
        { path: 'TS_2026_b.txt', bytes: Buffer.from(other('Miljöförvaltningen', 'Miljönämnden', 'Sara Berg', 'Miljödirektör')) },
        { path: 'TS_2026_c.txt', bytes: Buffer.from(other('Servicekontoret', 'Servicenämnden', 'Omar Ali', 'Kommunikationssamordnare')) },
      ],
      { questions: QUESTIONS },
    );
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'MN', 'SN']);
  });
});

describe('the lines of a signature', () => {
  it.each([
    ['Ordförande', true],
    ['Kulturdirektör', true],
    ['Utvecklingssekreterare', true],
    ['Enhetschef, avdelning Syd', true],
    ['Kulturnämnden', false],
    ['Samordning', false],
    ['Direktörer i samverkan', false],
  ])('%s is a signer\'s title: %s', (text, role) => {
    expect(isSignerRole(text as string)).toBe(role);
  });

  it.each([
    [['Eva Lund', 'Ordförande'], 1, 'Ordförande'],
    [['Eva Lund', '', 'Ordförande', ''], 1, 'Ordförande'],
    [['Eva Lund', '', 'Ordförande', 'Kulturnämnden'], 1, ''],
    [['Eva Lund', '', '', 'Ordförande'], 1, ''],
  ])('the line after line 0 of %j', (lines, k, next) => {
    expect(nextTextLine((lines as string[]).map((text) => ({ text })), k as number)).toBe(next);
  });
});

describe('a letter appended to a minutes extract speaks for itself', () => {
  // The extract's own text opens with the background ("Kommunstyrelsen har remitterat …"), which
  // names no speaker; the yttrande appended to it has a head of its own, with its addressee.
  const minutes = (appendixLabel: string, head: string[], opening: string): string =>
    [
      '§ 17',
      '',
      'Remiss om parkvärdar',
      '',
      'Kommunstyrelsen har remitterat förslaget om parkvärdar till nämnden för yttrande.',
      '',
      'Beslut',
      '',
      'Nämnden beslutar att anta förvaltningens förslag till yttrande.',
      '',
      appendixLabel,
      '',
      ...head,
      '',
      'Yttrande över förslaget om parkvärdar',
      '',
      opening,
      '',
      'Fråga 1',
      'Förslaget är väl avvägt.',
      '',
      'Fråga 2',
      'Fritidsnämnden bör samordna parkvärdarna.',
      '',
    ].join('\n');
  it.each([
    ['Bilaga 1 till § 17', ['Serviceförvaltningen', 'Datum 2026-03-02', 'Dnr SN-2026-41', '', 'Kommunstyrelsen'], 'Servicenämnden välkomnar förslaget och lämnar följande synpunkter.', 'SN'],
    ['Bilaga 2', ['Tekniska förvaltningen', '2026-03-02', '', 'Till Kommunstyrelsen', 'Stadskontoret'], 'Tekniska nämnden har tagit del av förslaget och svarar på frågorna nedan.', 'TN'],
  ])('%s', async (label, head, opening, id) => {
    const round = await buildRound([{ path: 'utdrag.txt', bytes: Buffer.from(minutes(label, head, opening)) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.id)).toEqual([id]);
    expect(round.segments.find((s) => s.respondent === id && s.question === 'Q2')?.text).toContain('Fritidsnämnden bör samordna');
  });
});

describe('a sentence that opens a later answer of a compilation heads no letter', () => {
  it.each([
    ['Idrottsalliansen Malmö välkomnar förslaget och lämnar följande synpunkter.'],
    ['Seniorrådet har tagit del av förslaget och vill framföra följande.'],
  ])('a body whose answer has begun above it keeps its answer: %s', async (sentence) => {
    const text = [
      'Sammanställning av remissvar', '',
      'Kulturnämnden', '', 'Fråga 1', 'Nämnden ser positivt.', '', 'Fråga 2', 'Nämnden föreslår fritidsnämnden.', '',
      'Övriga synpunkter', '', sentence, '',
    ].join('\n');
    const round = await buildRound([{ path: 'sammanstallning.txt', bytes: Buffer.from(text) }], { questions: QUESTIONS });
    expect(round.respondents.map((r) => r.id)).toContain('KN');
  });
});
