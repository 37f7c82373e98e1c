/**
 * Answers as records of labelled fields (a survey export, a form's header), and an answer pasted
 * into a form that numbers its own parts as the questions — on records written for this test.
 */
import { describe, expect, it } from 'vitest';
import { MAX_MARKER_CHARS, MIN_FIELDS, namesNobody, OWN_HEADER_LINES } from '../../src/segment/fields.js';
import { captionedName } from '../../src/segment/respondents.js';
import { roundFromText } from '../helpers.js';

const RULE = '----------------------------------------';
const QUESTIONS = ['Hur ser ni på förslaget till lokala mötesplatser?', 'Vem bör leda arbetet med mötesplatserna?'];

/** A survey export of records: a caption between rules, the fields, each question repeated with its answer. */
function exportOf(records: Array<{ fields: string[]; answers: string[] }>): string {
  const out = ['Export av enkätsvar', 'Enkät: Remiss om lokala mötesplatser', '', 'Frågor:', ...QUESTIONS.map((q, i) => `F${i + 1} ${q}`), ''];
  records.forEach((r, k) => {
    out.push(RULE, `Svar ${k + 1} av ${records.length}`, RULE, ...r.fields, '');
    r.answers.forEach((a, i) => out.push(`${i + 1}. ${QUESTIONS[i]}`, 'Svar:', a, ''));
  });
  return out.join('\n');
}

const answers = (who: string): string[] => [`${who} välkomnar förslaget om mötesplatser i stadsdelarna.`, `${who} vill att stadsbyggnadsnämnden leder arbetet.`];

describe('records of labelled fields', () => {
  it('the smallest record is pinned', () => {
    expect(MIN_FIELDS).toBe(3);
    expect(MAX_MARKER_CHARS).toBe(60);
  });

  it.each([
    // The body answered for comes before the one that wrote.
    [['Organisation: Kulturförvaltningen', 'Kontaktperson: Sara Lind, handläggare', 'Svarar på uppdrag av: Kulturnämnden'], 'KN'],
    [['Inskickad: 2026-10-02', 'Organisation: Malmö stad, Fritidsförvaltningen', 'E-post: a@b.se'], 'FRN'],
    // An organisation the registry does not know, with no organisation word, as written.
    [['Organisation: Grannar i Sorgenfri', 'Kontaktperson: Omar Ali', 'Telefon: 040-11 22 33'], 'Grannar i Sorgenfri'],
    // A value naming nobody gives way to the next field.
    [['Organisation: Kvartersnätverket Norr', 'Svarar på uppdrag av: Nätverkets styrgrupp', 'Kontaktperson: Eva Ek'], 'Kvartersnätverket Norr'],
    [['Organisation: Läsfrämjarna (ideell förening)', 'Svarar på uppdrag av: -', 'Status: Komplett'], 'Läsfrämjarna'],
    // A private person is known by the contact's name.
    [['Organisation: Privatperson', 'Kontaktperson: Ingvar Holm', 'Svarar på uppdrag av: Mig själv'], 'Ingvar Holm'],
    [['Remissinstans: Boendeforum Väster', 'Namn: Lisa Berg', 'Datum: 2026-03-01'], 'Boendeforum Väster'],
  ])('%j → %s', async (fields, who) => {
    const round = await roundFromText(exportOf([{ fields, answers: answers('Vi') }, { fields: ['Organisation: Servicenämnden', 'Kontaktperson: Per Ek', 'Status: Komplett'], answers: answers('Nämnden') }]), 'export.txt');
    const first = round.respondents[0];
    expect(first.known ? first.id : first.name).toBe(who);
    expect(round.respondents.map((r) => r.id)).toContain('SN');
    expect(round.respondents).toHaveLength(2);
  });

  it('each record is its respondent\'s, from its caption to the next one; the questions fall under it', async () => {
    const round = await roundFromText(
      exportOf([
        { fields: ['Organisation: Grannar i Sorgenfri', 'Kontaktperson: Omar Ali', 'Beslutat i nämnd/styrelse: Nej'], answers: answers('Vi') },
        { fields: ['Organisation: Servicenämnden', 'Kontaktperson: Per Ek', 'Beslutat i nämnd/styrelse: Ja, § 12'], answers: answers('Nämnden') },
      ]),
      'export.txt',
    );
    // "Beslutat i nämnd/styrelse" names a body, but no sender.
    expect(round.respondents.map((r) => r.id)).toEqual(['grannar-i-sorgenfri', 'SN']);
    // (The rule above the next record's caption closes the answer before it.)
    const lastLine = (text: string): string | undefined => text.split('\n').filter((l) => l !== '' && !l.startsWith('----')).pop();
    const q2 = round.segments.filter((s) => s.question === 'Q2').map((s) => [s.respondent, lastLine(s.text)]);
    expect(q2).toEqual([
      ['grannar-i-sorgenfri', 'Vi vill att stadsbyggnadsnämnden leder arbetet.'],
      ['SN', 'Nämnden vill att stadsbyggnadsnämnden leder arbetet.'],
    ]);
    expect(round.segments.some((s) => s.respondent === 'grannar-i-sorgenfri' && s.text.includes('Svar 2 av 2'))).toBe(false);
  });

  it.each([
    ['', true],
    ['–', true],
    ['Mig själv, boende i Lindängen', true],
    ['Föreningens styrelse', true],
    ['Nätverkets samordningsgrupp', true],
    ['Grannarnas råd', true],
    ['Holma Tillsammans', false],
    ['Fritidsnämnden', false],
    ['Ung Röst Malmö', false],
  ])('names nobody: %j → %s', (value, want) => {
    expect(namesNobody(value)).toBe(want);
  });
});

describe('a letter pasted into a form, numbering its parts as the questions', () => {
  it('"1. …", "2. …", "3. …" inside the first field answer their questions, though the form repeats them', async () => {
    const questions = ['Hur ser ni på förslaget?', 'Vilka samarbeten bör programmet bygga på?', 'Vem bör leda och samordna programmet?'];
    const text = [
      'Remissinstanserna ombads besvara följande frågor:',
      ...questions.map((q) => `• ${q}`),
      '',
      'Servicenämnden',
      '',
      `1. ${questions[0]}`,
      'Svar:',
      'Nämnden klistrar in sitt yttrande här.',
      '',
      '1. Förslaget',
      'Nämnden ställer sig bakom förslaget i stort.',
      '',
      '2. Samarbeten',
      'Programmet bör bygga på de lokala nätverken.',
      '',
      '3. Styrning och ansvar',
      'Programmet bör ledas av kommunstyrelsen.',
      '',
      `2. ${questions[1]}`,
      'Svar:',
      'Se ovan.',
      '',
      `3. ${questions[2]}`,
      'Svar:',
      'Se svar på fråga 1.',
    ].join('\n');
    const round = await roundFromText(text);
    const q = (start: string): string | null | undefined => round.segments.find((s) => s.text.startsWith(start))?.question;
    expect(q('Nämnden ställer sig bakom')).toBe('Q1');
    expect(q('Programmet bör bygga på')).toBe('Q2');
    expect(q('Programmet bör ledas av kommunstyrelsen')).toBe('Q3');
  });
});

describe('mails pasted one after another', () => {
  const mail = (from: string, body: string[], signature: string[]): string[] => [
    '========================================',
    '',
    `Från: ${from}`,
    'Skickat: den 4 juni 2026 14:22',
    'Till: Berg Lena <lena.berg@malmo.se>',
    'Ämne: SV: Remiss om mötesplatser',
    '',
    ...body,
    '',
    ...signature,
    '',
  ];
  const QS = ['Hur ser ni på förslaget till lokala mötesplatser?', 'Vem bör leda arbetet med mötesplatserna?'];

  it('the sender is the body the opening or the signature names, never the person in "Från:"', async () => {
    const text = [
      'Inkomna svar per e-post',
      '',
      ...mail('Nilsson Eva <eva.nilsson@malmo.se>', ['Hej,', 'svar från servicenämnden nedan.', '', '1. Nämnden välkomnar förslaget.', '', '2. Nämnden anser att fritidsnämnden bör leda arbetet.'], ['/Eva', 'Eva Nilsson, utredare']),
      ...mail('info@grannarisorgenfri.se', ['Hej!', '', '1. Vi tycker att förslaget är bra.', '', '2. Vi vill att stadskontoret leder arbetet.'], ['Vänliga hälsningar', 'Omar Ali', 'Sammankallande, Grannar i Sorgenfri', '070-111 22 33']),
      ...mail('Holm Per <per.holm@malmo.se>', ['Hej Lena,', '', 'för kulturnämndens räkning:', '', '1. Nämnden ser positivt på förslaget.', '', '2. Nämnden föreslår att fritidsnämnden leder arbetet.'], ['Mvh', 'Per Holm', 'Kulturförvaltningen | Malmö stad']),
    ].join('\n');
    const r = await roundFromText(text, 'mejl.txt', QS);
    expect(r.respondents.map((x) => (x.known ? x.id : x.name))).toEqual(['SN', 'Grannar i Sorgenfri', 'KN']);
    const q2 = r.segments.filter((s) => s.question === 'Q2').map((s) => s.respondent);
    expect(q2).toEqual(['SN', 'grannar-i-sorgenfri', 'KN']);
  });

  it.each([
    ['-----Ursprungligt meddelande-----', 'Från: Berg Lena', 'Skickat: den 2 maj 2026', 'Ämne: Remiss om mötesplatser'],
    ['> Från: Berg Lena', '> Skickat: den 2 maj 2026', '> Ämne: Remiss om mötesplatser', '>'],
    // A separator set in a long rule is still one (MAX_MARKER_CHARS bounds prose only).
    ['==================================== Ursprungligt meddelande ====================================', 'Från: Berg Lena', 'Skickat: den 2 maj 2026', 'Ämne: Remiss om mötesplatser'],
    ['Ursprungligt meddelande', 'Från: Berg Lena', 'Skickat: den 2 maj 2026', 'Ämne: Remiss om mötesplatser'],
  ])('the earlier mail quoted under an answer (%s) is its last part: its numbered questions take nothing', async (...quote) => {
    const text = [
      'Inkomna svar per e-post',
      '',
      ...mail('Nilsson Eva <eva.nilsson@malmo.se>', ['Hej,', 'svar från servicenämnden nedan.', '', 'Nämnden välkomnar förslaget om mötesplatser.', '', 'Nämnden anser att fritidsnämnden bör leda arbetet med mötesplatserna.'], ['/Eva']),
      ...quote,
      ...QS.map((q, i) => `${quote[1].startsWith('>') ? '> ' : ''}${i + 1}. ${q}`),
    ].join('\n');
    const r = await roundFromText(text, 'mejl.txt', QS);
    const sn = r.segments.filter((s) => s.respondent === 'SN');
    expect(sn.find((s) => s.question === 'Q2')?.text).toContain('fritidsnämnden bör leda');
    expect(sn.filter((s) => s.text.includes('Vem bör leda arbetet')).every((s) => s.question === null)).toBe(true);
  });
});


describe("a compiler's caption naming the sender", () => {
  it('"Från: X" in a caption that is no mail header names the respondent, whatever X is', async () => {
    const caption = (n: number, from: string, how: string) => ['=========================', `Svar ${n} av 3`, `Från: ${from}`, `Inkom: 2026-02-1${n} (${how})`, '========================='];
    const text = [
      'Sammanställning av svar från föreningar', '', 'Frågor i utskicket', '', '1. Vad tycker ni om förslaget?', '2. Vem ska samordna arbetet?', '',
      ...caption(1, 'Pensionärsföreningen Solen', 'e-post'), '', 'Hej! Vi tycker förslaget är bra. Fritidsförvaltningen ska hålla i det.', '',
      ...caption(2, 'Ungdomsrådet i Fosie', 'webbformulär'), '', '1) Bra idé.', '', '2) Kommunen.', '',
      ...caption(3, 'Kulturnämnden', 'brev'), '', 'Fråga 1', 'Positivt.', '', 'Fråga 2', 'Fritidsnämnden bör samordna.',
    ].join('\n');
    const round = await roundFromText(text);
    expect(round.respondents.map((r) => r.name)).toEqual(['Pensionärsföreningen Solen', 'Ungdomsrådet i Fosie', 'Kulturnämnden']);
  });

  it('a mail header\'s "Från:" names a person, not the respondent', async () => {
    const text = ['Från: Nordin Malin <malin.nordin@malmo.se>', 'Skickat: den 3 juni 2026', 'Till: Lind Karin', 'Ämne: Remissvar', '', 'Hej, här är kulturnämndens svar.', '', 'Kulturnämnden föreslår att fritidsnämnden samordnar.'].join('\n');
    const round = await roundFromText(text, 'mejl.txt');
    expect(round.respondents.map((r) => r.name)).not.toContain('Nordin Malin');
  });
});

describe('a form among a compilation\'s answers', () => {
  it('names its own respondent and leaves the answers before it theirs', async () => {
    const text = [
      'Sammanställning av remissvar', '', 'Remissinstanserna ombeds svara på följande frågor:', ...QUESTIONS.map((q, i) => `${i + 1}. ${q}`), '',
      'Kulturnämnden – yttrande', '', 'Fråga 1', 'Nämnden välkomnar förslaget.', '', 'Fråga 2', 'Nämnden vill att fritidsnämnden leder arbetet.', '',
      'Vallbyrådet – yttrande', '', 'Fråga 1', 'Rådet välkomnar förslaget.', '', 'Fråga 2', 'Rådet vill att tekniska nämnden leder arbetet.', '',
      'Remissinstans: Servicenämnden', 'Kontaktperson: Eva Ek', 'Datum: 2026-03-01', '',
      '1. Hur ser ni på förslaget?', 'Bra.', '', '2. Vem bör leda?', 'Servicenämnden vill att kommunstyrelsen leder arbetet.',
    ].join('\n');
    const round = await roundFromText(text);
    expect(round.respondents.map((r) => r.name)).toEqual(['Kulturnämnden', 'Vallbyrådet', 'Servicenämnden']);
  });
});

describe('a heading that says it heads an answer', () => {
  it.each(['Grannrådet Öst – yttrande', 'Grannrådet Öst - remissvar över förslaget'])('%j names a body the registry does not know', async (heading) => {
    const text = [
      'Remissinstanserna ombeds svara på följande frågor:', ...QUESTIONS.map((q, i) => `${i + 1}. ${q}`), '',
      heading, '', 'Vi har läst förslaget med stort intresse och lämnar följande svar.', '',
      'Fråga 1', 'Bra.', '', 'Fråga 2', 'Tekniska nämnden bör leda arbetet.',
    ].join('\n');
    const round = await roundFromText(text);
    expect(round.respondents.map((r) => r.name)).toEqual(['Grannrådet Öst']);
  });
});

describe('a compilation that numbers the answers it reprints', () => {
  it.each([
    ['SVAR 1 – AVDELNINGEN FÖR ANLÄGGNINGAR (e-post)', 'AVDELNINGEN FÖR ANLÄGGNINGAR'],
    ['Svar 12: Planavdelningen', 'Planavdelningen'],
    ['SVAR 2 – ENHETEN FÖR FÖRENINGSSTÖD (PM)', 'ENHETEN FÖR FÖRENINGSSTÖD'],
    ['Remissvar nr 3 – Kvarterslaget Ängen', 'Kvarterslaget Ängen'],
    ['Svar på fråga 2', undefined],
    ['Svar 2', undefined],
  ])('%j names %j', (heading, name) => {
    expect(captionedName(heading)).toBe(name);
  });

  it('files a pasted mail under the caption, not under the signature\'s administration', async () => {
    const mail = (n: number, unit: string, who: string): string[] => [
      '======================================', `SVAR ${n} – ${unit.toUpperCase()} (e-post)`, '======================================', '',
      `Från: ${who}`, 'Skickat: den 9 mars 2026 14:12', 'Till: Berg Lina', 'Ämne: SV: Remiss handlingsplan', '',
      'Hej,', '', '1. Målen är bra.', '', `2. Vi anser att ${unit.toLowerCase()} bör leda arbetet.`, '',
      'Med vänlig hälsning', who, `Enhetschef, ${unit}`, 'Fritidsförvaltningen', '',
    ];
    const text = [
      'Remissinstanserna ombeds svara på följande frågor:', ...QUESTIONS.map((q, i) => `${i + 1}. ${q}`), '',
      ...mail(1, 'Avdelningen för anläggningar', 'Johan Ek'), ...mail(2, 'Enheten för föreningsstöd', 'Sara Lind'),
    ].join('\n');
    const round = await roundFromText(text);
    expect(round.respondents.map((r) => r.name)).toEqual(['AVDELNINGEN FÖR ANLÄGGNINGAR', 'ENHETEN FÖR FÖRENINGSSTÖD']);
    // The caption and its rules above the mail's header are no earlier mail quoted under the answer: its numbered parts are read.
    for (const r of round.respondents) {
      expect(round.segments.find((s) => s.respondent === r.id && s.question === 'Q2')?.text).toContain('bör leda arbetet');
    }
  });
});

describe('a mail sent from an organisation\'s own address', () => {
  const mail = (from: string): string =>
    [`Från: ${from}`, 'Till: Stadskontoret', 'Datum: 20 mars 2026', 'Ämne: svar på remissen', '', 'hej!', '', 'här kommer vårt svar på frågorna.', '',
      'fråga 1', 'vi tycker att det är bra.', '', 'fråga 2', 'fritidsförvaltningen borde leda det här.'].join('\n');

  it.each([
    ['Malmö ungdomsråd', 'Malmö ungdomsråd'],
    ['Föreningen Gröna gårdar', 'Föreningen Gröna gårdar'],
  ])('%j is its sender', async (from, name) => {
    const round = await roundFromText(mail(from), 'inkommet_2026-03-20.txt');
    expect(round.respondents.map((r) => r.name)).toEqual([name]);
  });

  it.each(['Ekström Johan', 'Nordin Malin <malin.nordin@example.se>', 'info@gronagardar.se'])('%j, a person or an address, is not', async (from) => {
    const round = await roundFromText(mail(from), 'inkommet_2026-03-20.txt');
    expect(round.respondents.map((r) => r.name)).not.toContain(from);
  });
});

describe('a proper name that speaks below its letter\'s furniture', () => {
  it.each([
    [['Ert diarienummer: KS-2026-0412', 'Vårt diarienummer: VS-2026-318', '', 'Yttrande över förslaget', ''], true],
    [['Datum: 2026-03-01', ''], true],
  ])('%j → a respondent: %s', async (furniture, named) => {
    const text = [
      'Remissinstanserna ombeds svara på följande frågor:', ...QUESTIONS.map((q, i) => `${i + 1}. ${q}`), '',
      'Kulturnämnden', '', 'Fråga 1', 'Bra.', '', 'Fråga 2', 'Nämnden föreslår att fritidsnämnden leder arbetet.', '',
      'VA SYD', '', ...furniture, 'VA SYD har beretts tillfälle att yttra sig och lämnar följande synpunkter.', '',
      '1) Bra.', '', '2) VA SYD anser att tekniska nämnden bör leda arbetet.',
    ].join('\n');
    const round = await roundFromText(text);
    expect(round.respondents.map((r) => r.name).includes('VA SYD')).toBe(named);
  });
});

describe('a memo under a compiler\'s caption', () => {
  it(`its own header, below the caption, its rules and its title (within ${OWN_HEADER_LINES} lines), is no earlier mail`, async () => {
    expect(OWN_HEADER_LINES).toBe(6);
    const text = [
      'Remissinstanserna ombeds svara på följande frågor:', ...QUESTIONS.map((q, i) => `${i + 1}. ${q}`), '',
      '======================================', 'SVAR 2 – ENHETEN FÖR FÖRENINGSSTÖD (PM)', '======================================', '',
      'PM', 'Till: Lina Berg, Avdelningen för strategi', 'Från: Enheten för föreningsstöd', 'Datum: 2026-03-12', '',
      'Fråga 1', 'Enheten ställer sig bakom målen.', '', 'Fråga 2', 'Vi på enheten tar gärna ansvaret för samordningen.',
    ].join('\n');
    const round = await roundFromText(text);
    expect(round.respondents.map((r) => r.name)).toEqual(['ENHETEN FÖR FÖRENINGSSTÖD']);
    expect(round.segments.find((s) => s.question === 'Q2')?.text).toContain('tar gärna ansvaret');
  });
});

describe('a field whose label has a comma ("Annan, ange vilken:")', () => {
  it.each(['Annan, ange vilken: Fritidsförvaltningen', 'Annan, ange vilken: Nämnd med stadsutvecklingsuppdrag', 'Om ja, ange vilken: SSPF'])('%j is a field, no respondent\'s name', async (line) => {
    const { isFieldLine } = await import('../../src/segment/respondents.js');
    expect(isFieldLine(line)).toBe(true);
    const text = ['Organisation: Kulturnämnden', 'Kontaktperson: Anna Berg', 'E-post: anna.berg@malmo.se', '', 'Fråga 2', 'Vi föreslår fritidsnämnden.', 'Föreslagen samordnare: Annan', line, ''].join('\n');
    const { roundFromText } = await import('../helpers.js');
    const round = await roundFromText(text, 'export.txt', ['Hur ser ni på förslaget?', 'Vilken nämnd bör samordna arbetet?']);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN']);
  });
});
