/**
 * The office that compiles a round is no respondent of it, and notes a compilation adds after a
 * respondent's name are not part of the name — rounds written for the test.
 */
import { describe, expect, it } from 'vitest';
import { nameOfHeading } from '../../src/segment/respondents.js';
import { isCompilationSection } from '../../src/segment/questions.js';
import { isTitleToAddressee } from '../../src/segment/furniture-lines.js';
import { roundFromText } from '../helpers.js';

describe('names with notes', () => {
  it.each([
    ['Kulturnämnden (beslut 2026-04-22, § 38)', 'Kulturnämnden'],
    ['Socialnämnden – protokollsutdrag 2026-04-16, § 71', 'Socialnämnden'],
    ['2.3 Byggnadsnämnden', 'Byggnadsnämnden'],
    ['KULTURNÄMNDEN (KN)', 'KULTURNÄMNDEN (KN)'],
    ['Vård- och omsorgsnämnden', 'Vård- och omsorgsnämnden'],
    ['Holma – Kroksbäck Tillsammans', 'Holma – Kroksbäck Tillsammans'],
  ])('%s names %s', (heading, name) => {
    expect(nameOfHeading(heading)).toBe(name);
  });
});

describe('the compiling office', () => {
  const round = (letterhead: string, office: string) =>
    [
      letterhead,
      '',
      'Sammanställning av remissvar',
      '',
      ...['Kulturnämnden', 'Fritidsnämnden', 'Grannrådet i Oxie'].flatMap((b) => ['——————————', '', b, '', `${b} har läst förslaget och tillstyrker det i sin helhet.`, '']),
      '——————————',
      '',
      office,
      '',
      'Sammantaget ger svaren en splittrad bild, som kontoret återkommer till i sitt förslag.',
    ].join('\n');

  it.each([
    ['Helsingborgs stad\nStadsledningsförvaltningen', 'Stadsledningsförvaltningens kommentar'],
    ['Malmö stad\nStadskontoret', 'Stadskontorets sammanfattande bedömning'],
    ['Lunds kommun\nKommunkontoret', 'Kommentar från kommunkontoret'],
  ])('under %s, "%s" is the compiler\'s own section', async (letterhead, office) => {
    const r = await roundFromText(round(letterhead, office));
    expect(r.respondents.map((x) => x.name)).toEqual(['Kulturnämnden', 'Fritidsnämnden', 'Grannrådet i Oxie']);
    const own = r.segments.find((s) => /splittrad bild/.test(s.text));
    expect(own?.respondent).toBeNull();
    expect(own?.part).toBe('compilation');
  });
});

describe('a compilation titled so, under a title that asks, keeps its office out of the respondents', () => {
  it.each([
    ['Vad tycker andra om förslaget?', 'Svaren på remissen om mötesplatser'],
    ['Vad svarade de vi frågade?', 'Sammanfattning av svaren på remissen'],
  ])('"%s" / "%s"', async (question, title) => {
    const text = [
      'Malmö stad',
      'Stadskontoret',
      'Avdelningen för social hållbarhet',
      '',
      question,
      title,
      '',
      'Här berättar vi kort vad varje grupp skrev om förslaget till panelen.',
      '',
      'Frågorna vi ställde',
      '',
      '1. Vad tycker ni om förslaget?',
      '2. Vem ska hålla ihop arbetet? Vilken nämnd ska ha det samordnande ansvaret?',
      '',
      ...['Kulturnämnden', 'Fritidsnämnden', 'Grannrådet i Oxie'].flatMap((b) => [b, '', 'Om förslaget', `${b} tycker att förslaget är bra.`, '', 'Vem ska hålla i arbetet?', 'De vill att kommunstyrelsen ska hålla i arbetet.', '']),
    ].join('\n');
    const r = await roundFromText(text);
    expect(r.respondents.map((x) => x.name)).toEqual(['Kulturnämnden', 'Fritidsnämnden', 'Grannrådet i Oxie']);
    expect(r.questions.length).toBe(2);
  });
});

describe("the compilation's own sections", () => {
  it.each(['Läsanvisning', 'Läsanvisningar', 'Sammanställning av inkomna svar', 'Svaren på remissen om trygghet', 'Sammanfattning av remissvaren', 'Remissinstanser', 'Bilaga 2', 'INKOMMET EFTER REMISSTIDENS UTGÅNG', 'Inkomna efter svarstiden', 'Sent inkomna yttranden'])('%j is the compilation’s, no respondent’s', (h) => {
    expect(isCompilationSection(h)).toBe(true);
  });
  it.each(['Inledning', 'Kulturnämnden', 'Samordning', 'Läsning och bibliotek', 'Sent om sider', 'Svaren på fråga 3'])('%j is not', (h) => {
    expect(isCompilationSection(h)).toBe(false);
  });
});

describe('an address under "Till …" and a signature\'s lead-in are no respondents', () => {
  it('whatever layout the names share', async () => {
    const letter = (name: string) => ['==========', 'Svar', `Från: ${name}`, 'Inkom: 2026-03-05 (brev)', '==========', '', 'Till Malmö stad', 'Stadskontoret', '205 80 Malmö', '', 'Fråga 1', `${name} är positiv.`, '', 'Fråga 2', 'Fritidsnämnden bör samordna.', '', 'Med vänliga hälsningar', `För styrelsen i ${name}`, 'Lena, ordförande', ''];
    const text = ['Remissen ställde två frågor:', '', '1. Hur ser ni på förslaget?', '2. Vem bör samordna arbetet?', '', ...letter('Kvinnojouren Malva'), ...letter('Pensionärsföreningen Solen'), ...letter('Ungdomsrådet i Fosie')].join('\n');
    const round = await roundFromText(text);
    expect(round.respondents.map((r) => r.name)).toEqual(['Kvinnojouren Malva', 'Pensionärsföreningen Solen', 'Ungdomsrådet i Fosie']);
  });
});

describe('an answer\'s title naming its addressee', () => {
  it.each(['Yttrande till kommunstyrelsen', 'Remissvar till stadskontoret', 'YTTRANDE TILL KOMMUNSTYRELSEN'])('%j names no sender', (t) => {
    expect(isTitleToAddressee(t)).toBe(true);
  });
  it.each(['Yttrande från kulturnämnden', 'Kulturnämndens yttrande', 'Tillägg till yttrandet', 'Yttrande'])('%j is not', (t) => {
    expect(isTitleToAddressee(t)).toBe(false);
  });

  it('under a förvaltning\'s letterhead, the body is the letter\'s sender', async () => {
    const text = ['Remissen ställde två frågor:', '', '1. Hur ser ni på förslaget?', '2. Vem bör samordna arbetet?', '', '2.1 Grundskolenämnden', '', 'Grundskoleförvaltningen', 'Yttrande till kommunstyrelsen', 'Datum 2026-03-05', '', 'Grundskolenämnden har fått förslaget på remiss.', '', '1. Nämnden är positiv.', '', '2. Fritidsnämnden bör samordna arbetet.'].join('\n');
    const round = await roundFromText(text);
    expect(round.respondents.map((r) => r.id)).toEqual(['GRN']);
  });
});

describe('a draft\'s title names the body whose yttrande it prepares, and no other name', () => {
  it.each([
    ['UTKAST – förslag från fritidsförvaltningen till fritidsnämndens yttrande', 'FRN'],
    ['Underlag till miljönämndens yttrande', 'MN'],
    ['Arbetsmaterial till kulturnämndens yttrande', 'KN'],
  ])('%j → %s', async (title, id) => {
    const text = ['Remissen ställde två frågor:', '', '1. Hur ser ni på förslaget?', '2. Vem bör samordna arbetet?', '', title, '', 'Förvaltningen har tagit del av förslaget.', '', '1. Förvaltningen är positiv.', '', '2. Kommunstyrelsen bör samordna arbetet.'].join('\n');
    const round = await roundFromText(text);
    expect(round.respondents.map((r) => r.id)).toEqual([id]);
  });
});

describe("the office's own closing, where the registry knows the office as a body's", () => {
  // "Stadskontoret" is the kommunstyrelse's office in the registry: signing the compilation after
  // its last answer, or heading its closing section, it is still the compiler, no respondent.
  const compilation = (closing: string, signature: string[], roster: string[] = []) =>
    [
      'Malmö stad', 'Stadskontoret', '', 'Sammanställning av remissvar – parkvärdar', '',
      '1. Bakgrund', '', 'Remissinstanserna ombads besvara följande frågor:', '',
      'Fråga 1. Hur ser ni på förslaget?', 'Fråga 2. Vilken nämnd bör samordna arbetet med parkvärdarna?', '',
      ...roster,
      ...['Kulturnämnden', 'Fritidsnämnden', 'Servicenämnden', 'Miljönämnden'].flatMap((b) => [b, '', 'Fråga 1', `${b} är positiv till förslaget.`, '', 'Fråga 2', `${b} anser att tekniska nämnden bör samordna arbetet.`, '']),
      '', closing, '', 'Flera remissinstanser pekar på tekniska nämnden. Stadskontoret föreslår att kommunstyrelsen ges det samordnande ansvaret.', '',
      ...signature,
    ].join('\n');

  it.each([
    ['3. Stadskontorets samlade bedömning', ['Stadskontoret', '', 'Eva Ek', 'Utredare']],
    ['Stadskontorets bedömning', ['Stadskontoret']],
    ['4 Stadskontorets sammanfattande kommentar', ['STADSKONTORET', '', 'Per Holm                    Lisa Berg', 'Strateg                     Utredare']],
  ])('%j and the signature %j: the compiler\'s text, no answer of the kommunstyrelse', async (closing, signature) => {
    const r = await roundFromText(compilation(closing, signature));
    expect(r.respondents.map((x) => x.id)).toEqual(['KN', 'FRN', 'SN', 'MN']);
    const own = r.segments.find((s) => s.text.includes('Stadskontoret föreslår'));
    expect(own?.respondent).toBeNull();
    expect(own?.part).toBe('compilation');
  });

  it('"Stadskontoret" under "Till Kommunstyrelsen" in a letter between the answers stays its addressee, and the letter its sender\'s', async () => {
    const text = compilation('Stadskontorets bedömning', ['Stadskontoret']).replace(
      'Miljönämnden\n\nFråga 1',
      'Miljönämnden\n\nTill Kommunstyrelsen, Malmö stad\nStadskontoret\n\nFråga 1',
    );
    const r = await roundFromText(text);
    expect(r.respondents.map((x) => x.id)).toEqual(['KN', 'FRN', 'SN', 'MN']);
    expect(r.segments.find((s) => s.text.includes('Miljönämnden är positiv'))?.respondent).toBe('MN');
  });

  it.each([
    [['Fyra remissinstanser har svarat:', '', '- Kulturnämnden (KN-2026-00871), beslut 2026-03-26', '- Fritidsnämnden (FRN-2026-00233), beslut 2026-03-19', '- Servicenämnden, beslut 2026-03-25', '- Miljönämnden (MN-2026-00618)', '', 'Remissen sändes även till förskolenämnden, som inte har svarat.', '']],
    [['Svar har kommit in från:', '• Kulturnämnden', '• Fritidsnämnden', '• Servicenämnden', '• Miljönämnden', '', 'Svaren återges nedan i sin helhet, nämnd för nämnd, med stadskontorets kommentarer.', '']],
  ])('the list of the bodies that answered, before the first answer, is the preamble\'s: %j', async (roster) => {
    const r = await roundFromText(compilation('Stadskontorets bedömning', ['Stadskontoret'], roster));
    expect(r.segments.filter((s) => s.part === 'unattributed')).toEqual([]);
    expect(r.segments.find((s) => s.text.includes('Fritidsnämnden (FRN-2026-00233)') || s.text.includes('• Fritidsnämnden'))?.part).toBe('preamble');
  });
});

describe('a line with a colon over a list', () => {
  const answers = ['Kulturnämnden', 'Fritidsnämnden', 'Servicenämnden'].flatMap((b) => [b, '', 'Fråga 1', `${b} är positiv.`, '', 'Fråga 2', `${b} föreslår tekniska nämnden.`, '']);
  const head = ['Malmö stad', 'Stadskontoret', '', 'Sammanställning', '', 'Fråga 1. Hur ser ni på förslaget?', 'Fråga 2. Vem bör samordna arbetet?', ''];
  it.each([
    ['Tre remissinstanser har svarat:', '- Kulturnämnden (KN-2026-00871)\n- Fritidsnämnden, beslut 2026-03-19\n- Servicenämnden'],
    ['Svar har inkommit från följande:', '• Kulturnämnden\n• Fritidsnämnden\n• Servicenämnden'],
  ])('%j over a list of bodies introduces it, no respondent', async (intro, list) => {
    const r = await roundFromText([...head, intro, '', list, '', ...answers].join('\n'));
    expect(r.respondents.map((x) => x.id)).toEqual(['KN', 'FRN', 'SN']);
  });

  it('a body\'s name with a colon over its own points names it', async () => {
    const pointed = ['Kulturnämnden', 'Fritidsnämnden', 'Servicenämnden'].flatMap((b) => [`${b}:`, '', '- Är positiv till förslaget.', '- Tekniska nämnden bör samordna arbetet.', '']);
    const r = await roundFromText([...head, ...pointed].join('\n'));
    expect(r.respondents.map((x) => x.id)).toEqual(['KN', 'FRN', 'SN']);
  });
});

describe('"Svar på remissfråga N" inside each letter of a compilation', () => {
  const letter = (n: number, name: string, label: string) => [
    '__________________________________________', '', `${n}. ${name.toUpperCase()}`, `Dnr X-2026-${n}`, '', 'Yttrande över remissen', '', 'Sammanfattning', `${name} är positiv till förslaget.`, '',
    `${label} 1`, 'Modellen är i grunden rätt tänkt.', '', `${label} 2`, 'Nämnden deltar i CTC.', '', `${label} 3`, `${name} anser att kommunstyrelsen bör samordna arbetet.`, '', name, '',
  ];
  it.each(['Svar på remissfråga', 'Svar på fråga'])('"%s N" with prose under it is the letter\'s own heading of the question', async (label) => {
    const text = ['Malmö stad', 'Stadskontoret', '', 'Sammanställning av remissvar', '', 'Fråga 1. Hur ser ni på modellen?', 'Fråga 2. Vilka processer berörs?', 'Fråga 3. Vem bör samordna?', '', ...letter(1, 'Fritidsnämnden', label), ...letter(2, 'Kulturnämnden', label), ...letter(3, 'Miljönämnden', label)].join('\n');
    const r = await roundFromText(text);
    expect(r.respondents.map((x) => x.id)).toEqual(['FRN', 'KN', 'MN']);
    for (const [id, name] of [['FRN', 'Fritidsnämnden'], ['KN', 'Kulturnämnden'], ['MN', 'Miljönämnden']]) {
      expect(r.segments.find((s) => s.text.includes(`${name} anser att kommunstyrelsen`))).toMatchObject({ respondent: id, question: 'Q3' });
    }
  });

  it('over the bodies\' names, it arranges a compilation by question', async () => {
    const text = ['Sammanställning', '', 'Fråga 1. Hur ser ni på modellen?', 'Fråga 2. Vem bör samordna?', '', 'Svar på remissfråga 1', '', 'Fritidsnämnden', 'Positiv.', '', 'Kulturnämnden', 'Tveksam.', '', 'Svar på remissfråga 2', '', 'Fritidsnämnden', 'Kommunstyrelsen bör samordna.', '', 'Kulturnämnden', 'Tekniska nämnden bör samordna.', ''].join('\n');
    const r = await roundFromText(text);
    expect(r.segments.find((s) => s.text.startsWith('Tekniska nämnden bör'))).toMatchObject({ respondent: 'KN', question: 'Q2' });
  });
});

describe('an arrival note naming the office', () => {
  it('"Inkom till stadskontoret 2026-06-05" in a letter\'s head is no section of the office', async () => {
    const rule = '='.repeat(60);
    const letter = (name: string, dnr: string, body: string[]) => [rule, name.toUpperCase(), dnr, 'Inkom till stadskontoret 2026-06-05', rule, '', `Remissvar – Förslag till program för trygg uppväxt i Malmö`, '', ...body, '', name, '', 'Per Holm', 'Ordförande', '', ''];
    const text = [
      'MALMÖ STAD', 'Stadskontoret', 'Avdelningen för social hållbarhet', '', 'SAMMANSTÄLLNING AV REMISSVAR', '',
      'Remissinstanserna ombads besvara följande frågor:', '', '  1. Vilka synpunkter har ni på programmets mål?', '  2. Vilken nämnd bör ha det samordnande ansvaret?', '',
      ...letter('Kulturnämnden', 'Dnr KN-2026-0874', ['Fråga 1', 'Kulturnämnden är positiv.', '', 'Fråga 2', 'Kulturnämnden föreslår fritidsnämnden.']),
      ...letter('MKB Fastighet AB', 'Bolagets dnr 2026/118', ['1. Mål och inriktning', 'MKB delar målbilden.', '', '2. Samordnande roll', 'Ansvaret bör ligga hos kommunstyrelsen.']),
      ...letter('Tekniska nämnden', 'Dnr TN-2026-2290', ['Fråga 1', 'Tekniska nämnden är positiv.', '', 'Fråga 2', 'Tekniska nämnden föreslår kommunstyrelsen.']),
    ].join('\n');
    const r = await roundFromText(text);
    expect(r.segments.find((s) => s.text.includes('Ansvaret bör ligga hos kommunstyrelsen'))).toMatchObject({ respondent: 'MKB', question: 'Q2' });
  });
});

describe("a letter's appendix named in a few words", () => {
  it.each(['Bilaga 1', 'Bilaga – Förslag till yttrande (grundskoleförvaltningen 2026-03-27)', 'Bilaga 2 Förslag till yttrande över remissen'])('%j is an appendix', async (h) => {
    const { isAppendixHeading, MAX_APPENDIX_HEADING_WORDS } = await import('../../src/segment/questions.js');
    expect(MAX_APPENDIX_HEADING_WORDS).toBe(8);
    expect(isAppendixHeading(h)).toBe(true);
  });
  it.each(['Bilagan till protokollet visar att nämnden har diskuterat frågan ingående i flera omgångar', 'Kulturnämnden'])('%j is not', async (h) => {
    const { isAppendixHeading } = await import('../../src/segment/questions.js');
    expect(isAppendixHeading(h)).toBe(false);
  });
});
