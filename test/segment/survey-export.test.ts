/**
 * A survey tool's plain-text export, as tools other than ours write it: records captioned in a rule
 * ("----- Svar 2 av 4 -----"), a question label that repeats the question with a colon
 * ("Fråga 2 – Vilka …?:"), the export's own head with the remiss's sender in it, values that
 * give a body by its abbreviation or with commas inside — on exports written for this test.
 */
import { describe, expect, it } from 'vitest';
import { FRAMED_CAPTION, findHeadings, isRule, RULE_LINE } from '../../src/segment/headings.js';
import { MIN_REPEATED_RECORDS, valueParts } from '../../src/segment/fields.js';
import { listItemText } from '../../src/segment/questions.js';
import { bodyOfAbbreviation, loadRegistry } from '../../src/segment/registry.js';
import { linesOf, roundFromText } from '../helpers.js';

const QUESTIONS = ['Hur ser ni på förslaget om lokala mötesplatser?', 'Vilka pågående samarbeten kan programmet bygga på?', 'Vilken nämnd bör samordna arbetet? Motivera gärna.'];

describe('a caption set in a rule', () => {
  it.each(['----- Svar 3 av 9 -----', '=== Bilaga 2 ===', '*** Yttrande 4 ***', '-----Ursprungligt meddelande-----', '---------- Vidarebefordrat meddelande ---------'])('%j sets apart as a rule does', (line) => {
    expect(FRAMED_CAPTION.test(line)).toBe(true);
    expect(isRule(line)).toBe(true);
  });

  it.each([
    '- Punkt ett -',
    'Svar 3 av 9',
    '-- kort --',
    '----- Nämnden anser att förslaget är väl genomarbetat men vill särskilt peka på finansieringen -----',
    '=== Svar === 3 ===',
  ])('%j does not', (line) => {
    expect(isRule(line)).toBe(false);
  });

  it('a plain rule is still one', () => {
    expect(RULE_LINE.test('----------')).toBe(true);
    expect(isRule('= = = = = =')).toBe(true);
  });

  it.each(['----- Svar 2 av 4 -----', '===== Post 2 =====', '***** Inskickat svar 2 *****'])('the fields right under %j are headings, as under a rule', (caption) => {
    const text = ['Export', '', caption, 'Svars-ID: 17', 'Status: Komplett', 'Organisation: Kulturnämnden', 'Kontaktperson: Per Ek, handläggare'].join('\n');
    expect(findHeadings(linesOf(text)).map((h) => h.text)).toContain('Organisation: Kulturnämnden');
  });
});

describe("a form's question label", () => {
  it.each([
    'Fråga 2 – Vilka pågående samarbeten kan programmet bygga på?:',
    'Fråga 3 – Vilken nämnd bör samordna arbetet? Motivera gärna.:',
    'Remissfråga 1 - Hur ser ni på förslaget om mötesplatser i stadsdelarna?:',
  ])('%j is a heading', (label) => {
    const text = ['Svars-ID: 3', 'Organisation: Kulturnämnden', 'Status: Komplett', label, 'Nämnden ser positivt på förslaget och vill bidra med sina lokaler.'].join('\n');
    expect(findHeadings(linesOf(text)).map((h) => h.text)).toContain(label);
  });

  it.each([
    'Fråga 3: Nämnden delar i allt väsentligt förvaltningens bedömning och anför följande:',
    'Vad gäller finansieringen av mötesplatserna vill nämnden framhålla följande:',
  ])('%j, which asks nothing, is not', (line) => {
    const text = ['Nämnden har tagit del av förslaget.', '', line, 'Nämnden ser positivt på förslaget och vill bidra med sina lokaler.'].join('\n');
    expect(findHeadings(linesOf(text)).map((h) => h.text)).not.toContain(line);
  });

  it.each([
    ['Fråga 1 – Hur ser ni på förslaget?', 'Hur ser ni på förslaget?'],
    ['Remissfråga 2 — Vilka samarbeten finns?', 'Vilka samarbeten finns?'],
    ['Fråga 3 - Vem bör leda arbetet?', 'Vem bör leda arbetet?'],
    ['Fråga 4: Vem bör leda arbetet?', 'Vem bör leda arbetet?'],
  ])('%j is a list item: %j', (line, text) => {
    expect(listItemText(line)).toBe(text);
  });

  it('"Fråga 2 – vilka" before a lower-case word is no item', () => {
    expect(listItemText('Fråga 2 – vilka samarbeten finns?')).toBeUndefined();
  });
});

describe("a field's value", () => {
  it.each([
    ['Fritidsförvaltningen, Malmö stad', ['Fritidsförvaltningen', 'Malmö stad']],
    ['Seniorsamverkan Malmö (PRO, SPF Seniorerna och SKPF)', ['Seniorsamverkan Malmö (PRO, SPF Seniorerna och SKPF)']],
    ['Hälsa-, vård- och omsorgsnämnden', ['Hälsa-, vård- och omsorgsnämnden']],
    ['Anna Berg, strateg, Kulturförvaltningen', ['Anna Berg', 'strateg', 'Kulturförvaltningen']],
  ])('%j is cut into %j', (value, parts) => {
    expect(valueParts(value)).toEqual(parts);
  });

  it.each([
    ['MKB', 'MKB'],
    ['ÖFN', 'ÖFN'],
  ])('the abbreviation %j alone names %s', (text, id) => {
    expect(bodyOfAbbreviation(text, loadRegistry())?.id).toBe(id);
  });

  it.each(['mkb', 'M', 'MKB-huset', ''])('%j names no body by abbreviation', (text) => {
    expect(bodyOfAbbreviation(text, loadRegistry())).toBeUndefined();
  });
});

/** An export: its head (with the remiss's sender), the questions, then one record per respondent. */
function exportOf(records: Array<{ organisation: string; answers: string[] }>, head = ['Remiss: Program för lokala mötesplatser', 'Diarienummer: KS-2026-0101', 'Avsändare: Stadskontoret', 'Antal svar: ' + records.length]): string {
  const out = ['ENKÄTEXPORT', ...head, '', 'Frågor i enkäten:', ...QUESTIONS.map((q, i) => `Fråga ${i + 1} – ${q}`), ''];
  records.forEach((r, k) => {
    out.push(`----- Svar ${k + 1} av ${records.length} -----`, `Svars-ID: ${100 + k}`, 'Status: Komplett', `Organisation: ${r.organisation}`, 'Kontaktperson: Eva Lund, utvecklare');
    r.answers.forEach((a, i) => out.push(`Fråga ${i + 1} – ${QUESTIONS[i]}:`, a, ''));
  });
  return out.join('\n');
}

const answersOf = (who: string, coordinator: string): string[] => [
  `${who} ser positivt på förslaget om mötesplatser.`,
  `${who} deltar redan i flera samarbeten i stadsdelarna.`,
  `${who} anser att ${coordinator} bör samordna arbetet.`,
];

describe('a survey export read whole', () => {
  it(`is known by its records' shared labels from ${MIN_REPEATED_RECORDS} records on`, () => {
    expect(MIN_REPEATED_RECORDS).toBe(3);
  });

  it("reads its questions, and its head's sender is no respondent", async () => {
    const round = await roundFromText(
      exportOf([
        { organisation: 'Kulturnämnden', answers: answersOf('Nämnden', 'fritidsnämnden') },
        { organisation: 'MKB', answers: answersOf('Bolaget', 'kommunstyrelsen') },
        { organisation: 'Hälsa-, vård- och omsorgsnämnden', answers: answersOf('Nämnden', 'kulturnämnden') },
        { organisation: 'Grannar i Sorgenfri (boende, föreningar, fastighetsägare)', answers: answersOf('Nätverket', 'fritidsnämnden') },
      ]),
      'export.txt',
    );
    expect(round.questions.map((q) => q.text)).toEqual(QUESTIONS);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'MKB', 'HVON', 'grannar-i-sorgenfri']);
    const kn = round.segments.filter((s) => s.respondent === 'KN');
    expect(kn.find((s) => s.question === 'Q3')?.text).toContain('fritidsnämnden bör samordna');
    expect(kn.find((s) => s.question === 'Q2')?.text).toContain('deltar redan');
  });

  it("with too few records to compare, a record's sender field still names its respondent", async () => {
    const text = ['Svarsblankett', '', 'Avsändare: Kulturnämnden', 'Datum: 2026-03-01', 'Kontaktperson: Per Ek', '', ...QUESTIONS.flatMap((q, i) => [`Fråga ${i + 1} – ${q}:`, answersOf('Nämnden', 'fritidsnämnden')[i], ''])].join('\n');
    const round = await roundFromText(text, 'blankett.txt');
    expect(round.respondents.map((r) => r.id)).toEqual(['KN']);
  });
});

describe('a mail quoted under a reply', () => {
  it.each(['-----Ursprungligt meddelande-----', '---------- Vidarebefordrat meddelande ----------'])('under %j it is the remiss replied to, no answer', async (marker) => {
    const text = [
      'Från: Eva Lund <eva.lund@example.se>',
      'Skickat: den 2 mars 2026 10:12',
      'Till: Remisser Stadskontoret <remisser@malmo.se>',
      'Ämne: SV: Remiss om mötesplatser',
      '',
      'Hej! Här kommer Grannar i Sorgenfris svar.',
      '',
      ...QUESTIONS.map((_q, i) => `${i + 1}) ${answersOf('Vi', 'fritidsnämnden')[i]}`),
      '',
      'Vänliga hälsningar',
      'Eva Lund',
      'Grannar i Sorgenfri',
      '',
      marker,
      'Från: Remisser Stadskontoret <remisser@malmo.se>',
      'Skickat: den 1 februari 2026 09:00',
      'Till: Remissinstanser enligt sändlista',
      'Ämne: Remiss om mötesplatser',
      '',
      'Stadskontoret översänder remissen och ber er besvara följande frågor:',
      ...QUESTIONS.map((q, i) => `${i + 1}. ${q}`),
      '',
      'Med vänlig hälsning',
      'Karin Ek',
      'Utredare, stadskontoret',
    ].join('\n');
    const round = await roundFromText(text, 'svar.txt', QUESTIONS);
    expect(round.respondents.map((r) => r.id)).not.toContain('KS');
  });
});

describe('a mail that forwards what it quotes', () => {
  // The forward's own subject opens with "VB:"; the answer is in the mail quoted under it.
  const forward = (subject: string): string =>
    [
      'Från: Lena Håkansson',
      'Skickat: den 22 maj 2026 11:20',
      'Till: Stadskontoret',
      `Ämne: ${subject}`,
      '',
      'Hej,',
      '',
      'Vidarebefordrar arbetsmarknads- och socialnämndens beslut. Yttrandet är inklistrat nedan.',
      '',
      'Med vänlig hälsning',
      'Lena Håkansson',
      'Arbetsmarknads- och socialförvaltningen',
      '',
      '-----Ursprungligt meddelande-----',
      'Från: Per Ek',
      'Skickat: den 21 maj 2026 16:02',
      'Till: Lena Håkansson',
      'Ämne: Protokollsutdrag § 118',
      '',
      'Fråga 1', 'Nämnden ser positivt på förslaget om mötesplatser.', '',
      'Fråga 2', 'Nämnden bygger på SSPF och områdesteamen.', '',
      'Fråga 3', 'Nämnden förordar att fritidsnämnden samordnar arbetet.', '',
    ].join('\n');

  it.each(['VB: Protokollsutdrag § 118', 'FW: Protokollsutdrag § 118', 'Fwd: Protokollsutdrag § 118'])('"Ämne: %s": the quoted mail is the answer', async (subject) => {
    const round = await roundFromText(forward(subject), 'vb.txt', QUESTIONS);
    const q3 = round.segments.filter((s) => s.respondent === 'ASN' && s.question === 'Q3').map((s) => s.text).join(' ');
    expect(q3).toContain('fritidsnämnden samordnar');
  });

  it('the forward\'s subject is looked for this far above the quoted mail: pinned', async () => {
    const { FORWARD_SUBJECT_REACH } = await import('../../src/segment/fields.js');
    expect(FORWARD_SUBJECT_REACH).toBe(40);
  });

  it('"Ämne: SV: …": the quoted mail is the one replied to, no answer', async () => {
    const round = await roundFromText(forward('SV: Protokollsutdrag § 118'), 'sv.txt', QUESTIONS);
    expect(round.segments.some((s) => s.respondent === 'ASN' && s.question === 'Q3' && s.text.includes('fritidsnämnden samordnar'))).toBe(false);
  });
});
