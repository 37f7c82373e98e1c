/**
 * Minutes of dialogue meetings, written here: what each body said, reported in the past tense
 * ("Representanten för kulturförvaltningen framförde att …"); a meeting taken question by question
 * with the bodies' views as paragraphs; the chair's and the staff's words no one's answer; a body
 * the participant list names among the bodies, laid out as the others are; written answers
 * numbered and noted alike ("4.1 … (inkom …)", "4.2 … (inkom …)").
 */
import { describe, expect, it } from 'vitest';
import { MAX_ASIDE_WORDS, MAX_ROLE_WORDS, MAX_SPEAKER_NAME_WORDS, reportedSpeaker, reportsNonRespondent } from '../../src/segment/reported-speech.js';
import { matchBodyName, nameAsRespondent, loadRegistry } from '../../src/segment/registry.js';
import type { Respondent } from '../../src/model.js';
import { buildRound } from '../../src/round.js';
import { tabulate } from '../../src/analyze/tabulate.js';

const reg = loadRegistry();
const LISTED = new Set(['Nätverket Kvällsljus', 'Föreningsrådet Norr']);
const resolve = (name: string): Respondent | undefined => (matchBodyName(name, reg) || LISTED.has(name) ? nameAsRespondent(name, reg) : undefined);
const who = (paragraph: string): string | undefined => {
  const r = reportedSpeaker(paragraph, resolve);
  return r?.known ? r.id : r?.name;
};

const BY_QUESTION = [
  'Sammanställning av remissvar',
  '',
  'Remissinstanserna ombads besvara följande frågor:',
  '',
  '1. Hur berör förslaget er verksamhet?',
  '2. Vem bör samordna trygghetsråden?',
  '',
  'FRÅGA 1 – VERKSAMHETEN',
  '',
  'Hur berör förslaget er verksamhet?',
  '',
  'Kulturnämnden: Biblioteken deltar redan i trygghetsarbetet.',
  '',
  'GRN och FSKN (gemensamt yttrande): Skolgårdarna används redan kvällstid.',
  '',
  'Hyresgästföreningen Syd – Föreningen har lokaler i alla områden.',
  '',
  'FRÅGA 2 – SAMORDNING',
  '',
  'Vem bör samordna trygghetsråden?',
  '',
  'Kulturnämnden: Nämnden anser att fritidsnämnden bör samordna råden.',
  '',
  'GRN och FSKN (gemensamt yttrande): Nämnderna föreslår att stadskontoret samordnar.',
  '',
  'Hyresgästföreningen Syd – Föreningen föreslår att MKB samordnar råden.',
].join('\n');

describe('a compilation arranged by question, each paragraph labelled with its body', () => {
  it('each label opens its body\'s answer: a body the registry knows, several answering together, or a proper name with a body\'s word', async () => {
    const round = await buildRound([{ path: 'fragevis.txt', bytes: Buffer.from(BY_QUESTION, 'utf8') }]);
    expect(round.respondents.map((r) => r.id).sort()).toEqual(['FSKN', 'GRN', 'KN', 'hyresgastforeningen-syd']);
    const t = tabulate(round);
    const choice = (id: string) => t.rows.find((r) => r.respondent === id)!.choices.map((c) => [...t.columns.find((x) => x.id === c)!.members].join('+'));
    expect(choice('KN')).toEqual(['FRN']);
    expect(choice('GRN')).toEqual(['KS']);
    expect(choice('FSKN')).toEqual(['KS']);
    expect(choice('hyresgastforeningen-syd')).toEqual(['MKB']);
  });
});

describe('the body a paragraph of minutes reports speaking', () => {
  it('the limits are pinned', () => {
    expect([MAX_SPEAKER_NAME_WORDS, MAX_ROLE_WORDS, MAX_ASIDE_WORDS]).toEqual([6, 3, 8]);
  });

  it.each([
    ['Kulturförvaltningen framförde att biblioteken bör få en större roll.', 'KN'],
    ['Representanten för fritidsförvaltningen menade att mötesplatserna är kärnan.', 'FRN'],
    ['Företrädaren för Tekniska nämnden underströk behovet av belysning.', 'TN'],
    ['Nätverket Kvällsljus, företrätt av sin samordnare, ställde sig bakom förslaget.', 'Nätverket Kvällsljus'],
    ['Tekniska nämndens andre vice ordförande förordade att kommunstyrelsen leder.', 'TN'],
    ['Från fritidsnämndens sida betonades att gårdarnas skötsel är viktig.', 'FRN'],
    ['Föreningsrådet Norr efterlyste en tydligare uppföljning. Rådet ville också …', 'Föreningsrådet Norr'],
    // A paragraph labelled with the body's name (a compilation arranged by question).
    ['Kulturnämnden: Förslaget ligger väl i linje med bibliotekens arbete.', 'KN'],
    ['Tekniska nämnden – Förvaltningen arbetar redan med belysningen.', 'TN'],
    ['Fritidsnämnden (FRN): Nämnden ser förslaget som en bekräftelse.', 'FRN'],
  ])('%j → %s', (paragraph, want) => {
    expect(who(paragraph)).toBe(want);
  });

  it.each([
    'Kulturnämnden anser att biblioteken bör få en större roll.', // present tense: a letter's own voice, not a report
    'Moderatorn frågade om någon hade ändrat uppfattning.',
    'Maria Holm förtydligade att inget beslut var fattat.',
    'Förslaget framförde tre insatsområden.', // no body
    'Nätverket Solsken framförde att …', // a name no list of the source gives
    'Det framfördes flera synpunkter om belysningen.',
    'Stadskontorets kommentar: flera instanser pekar på samma risk.', // the compiler's label, no body's
    'Sammanfattningsvis – förslaget får ett brett stöd.',
    'Kl. 13.00: Mötet återupptogs.',
  ])('%j → nobody', (paragraph) => {
    expect(who(paragraph)).toBeUndefined();
  });

  it.each([
    ['Moderatorn frågade om någon hade ändrat uppfattning.', true],
    ['Maria Holm förtydligade att inget beslut var fattat.', true],
    ['Kulturförvaltningen framförde att biblioteken bör få en större roll.', false],
    ['Förslaget bygger på tre insatsområden.', false],
  ])('no one\'s answer (the chair, a person): %j → %s', (paragraph, want) => {
    expect(reportsNonRespondent(paragraph, resolve)).toBe(want);
  });
});

const MINUTES = [
  'Minnesanteckningar från dialogmöten om parkvärdar',
  '',
  'Remissfrågor',
  '1. Hur ser ni på förslaget om parkvärdar?',
  '2. Vilken nämnd bör samordna parkvärdarna?',
  '',
  'Dialogmöte 1',
  '',
  'Deltagande organisationer',
  '- Fritidsnämnden – fritidsförvaltningen',
  '- Tekniska nämnden – fastighets- och gatukontoret',
  '- Nätverket Kvällsljus, ideell förening',
  '',
  'Mötets inledning',
  '',
  'Moderatorn hälsade alla välkomna och gick igenom dagordningen.',
  '',
  'Fritidsnämnden',
  '',
  'Representanten för fritidsförvaltningen välkomnade förslaget om parkvärdar.',
  '',
  'Fritidsförvaltningen ansåg att fritidsnämnden bör samordna parkvärdarna.',
  '',
  'Tekniska nämnden',
  '',
  'Fastighets- och gatukontoret framhöll att parkerna behöver mer belysning.',
  '',
  'Kontoret förordade att fritidsnämnden samordnar arbetet.',
  '',
  'Nätverket Kvällsljus',
  '',
  'Nätverkets ordförande berättade att volontärerna redan rör sig i parkerna kvällstid.',
  '',
  'Nätverket ville inte föreslå någon nämnd.',
  '',
  'Mötets avslutning',
  '',
  'Moderatorn tackade för synpunkterna.',
  '',
  'Dialogmöte 2',
  '',
  'Fråga 1 – Förslaget',
  '',
  'Kulturförvaltningen framförde att parkvärdarna också bör kunna hänvisa till biblioteken.',
  '',
  'Representanten för grundskoleförvaltningen menade att skolgårdarna bör ingå.',
  '',
  'Fråga 2 – Samordning',
  '',
  'Kulturförvaltningen ansåg att tekniska nämnden bör samordna parkvärdarna.',
  '',
  'Maria Holm förtydligade att kommunstyrelsen inte ska samordna parkvärdarna.',
  '',
  'Representanten för grundskoleförvaltningen förordade att fritidsnämnden samordnar parkvärdarna.',
  '',
  '4. Skriftliga kompletteringar',
  '',
  '4.1 Miljönämnden (inkom 2026-03-20)',
  '',
  'Miljönämnden ser positivt på parkvärdar och anser att tekniska nämnden bör samordna dem.',
  '',
  '4.2 Föreningsrådet Norr (inkom 2026-03-22 via e-post)',
  '',
  'Vi tycker att parkvärdarna behövs. Fritidsnämnden bör samordna dem.',
].join('\n');

describe('minutes of dialogue meetings', () => {
  it('reads a body listed among the participants, the views given question by question, and answers numbered and noted alike', async () => {
    const round = await buildRound([{ path: 'minnesanteckningar.txt', bytes: Buffer.from(MINUTES) }]);
    const ids = round.respondents.map((r) => (r.known ? r.id : r.name));
    expect(ids).toEqual(expect.arrayContaining(['FRN', 'TN', 'Nätverket Kvällsljus', 'KN', 'GRN', 'MN', 'Föreningsrådet Norr']));
    expect(ids).not.toContain('Mötets inledning');
    expect(ids).not.toContain('Mötets avslutning');
    const t = tabulate(round);
    const choice = (id: string): string[] => t.rows.find((r) => r.respondent === id)!.choices.map((c) => t.columns.find((x) => x.id === c)!.members.join('+'));
    expect(choice('KN')).toEqual(['TN']);
    expect(choice('GRN')).toEqual(['FRN']);
    // The staff's words belong to no one: kommunstyrelsen is proposed by nobody.
    expect(t.rows.some((r) => r.choices.includes('KS'))).toBe(false);
  });
});
