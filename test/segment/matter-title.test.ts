/**
 * Lines that share a question's words without answering it: the title of the matter (a letter's
 * subject line, a title citing the report), the body's own name signing its letter, and the list
 * of respondents in a compilation's preamble — on rounds written for this test.
 */
import { describe, expect, it } from 'vitest';
import { isMatterTitle } from '../../src/segment/questions.js';
import { roundFromText } from '../helpers.js';

const QUESTIONS = [
  '3 Hur bör stödet till kommunernas arbete mot våld i nära relationer organiseras?',
  '4.1 Vilken myndighet bör samordna arbetet mot våld i nära relationer?',
  '8 Vilka konsekvenser får förslagen för kommuner och regioner?',
];

describe('the title of the matter', () => {
  it.each([
    'Yttrande över betänkandet Ett samordnat arbete mot våld i nära relationer (SOU 2026:31)',
    'Remissvar avseende promemorian Samordning av arbetet mot våld',
    'Remissyttrande angående utredningens förslag om samordning',
    'Svar på remiss om samordnat stöd till kommunerna',
    'Ett samordnat arbete mot våld i nära relationer (SOU 2026:31)',
    'Nationell samordning av stödet (Ds 2025:9)',
    'Samordnat stöd, prop. 2025/26:40',
    'Yttrande – Handlingsplan för tryggare parker 2027–2030',
    'Remissyttrande – förslag om samordnat stöd',
    'Remissvar: Riktlinjer för stöd till våldsutsatta',
    'Yttrande: Samordnat stöd till kommunerna',
    'Remissvar gällande Handlingsplan för tryggare parker',
    'Yttrande gällande förslaget om samordnat stöd',
    'Remiss: Plan för främjande och förebyggande arbete för barn och unga 2026–2030',
  ])('is the matter: %s', (heading) => {
    expect(isMatterTitle(heading)).toBe(true);
  });

  it.each(['Yttrande', 'Yttrande:', 'Remiss:', 'Remissvar på fråga 2', 'Samordningsansvaret (avsnitt 4.1)', 'Konsekvenser för kommunerna', 'Svar på remissfråga 3', 'Kostnader 2026:1 och framåt'])(
    'is not the matter: %s',
    (heading) => {
      expect(isMatterTitle(heading)).toBe(false);
    },
  );

  const round = (): Promise<import('../../src/model.js').Round> =>
    roundFromText(
      [
        'Remissammanställning',
        '',
        'Ett samordnat arbete mot våld i nära relationer (SOU 2026:31)',
        '',
        'Yttranden har kommit in från följande remissinstanser.',
        '',
        'Kommunförbundet Väst',
        'Regionala kommuner och regioner i samverkan',
        '',
        '',
        'Kommunförbundet Väst',
        '',
        'Yttrande över betänkandet Ett samordnat arbete mot våld i nära relationer (SOU 2026:31)',
        '',
        'Förbundet har tagit del av betänkandet och lämnar följande synpunkter.',
        '',
        'Stödets organisering (avsnitt 3)',
        '',
        'Förbundet ser gärna att stödet organiseras regionalt.',
        '',
        'Samordningen (avsnitt 4.1)',
        '',
        'Förbundet anser att länsstyrelsen bör samordna arbetet.',
        '',
        'Kommunförbundet Väst',
        'Eva Lind',
        'Förbundsdirektör',
        '',
        '',
        'Regionala kommuner och regioner i samverkan',
        '',
        'Remissvar avseende betänkandet (SOU 2026:31)',
        '',
        'Nätverket instämmer i betänkandets bedömningar.',
        '',
        'När det gäller samordningen i avsnitt 4.1 anser nätverket att Socialstyrelsen bör samordna arbetet.',
        '',
      ].join('\n'),
      'round.txt',
      QUESTIONS,
    );

  it('a subject line shares the questions\' words but starts no answer to any of them', async () => {
    const r = await round();
    const titled = r.segments.filter((s) => s.heading !== null && isMatterTitle(s.heading));
    expect(titled.length).toBe(2);
    expect(titled.every((s) => s.question === null)).toBe(true);
    const first = r.segments.find((s) => s.text.startsWith('Förbundet anser att länsstyrelsen'));
    expect(first?.question).toBe('Q2');
  });

  it('the body signing with its own name answers no question', async () => {
    const r = await round();
    const signature = r.segments.find((s) => s.text.includes('Eva Lind'));
    expect(signature?.question).toBe('Q2');
    expect(r.segments.some((s) => s.heading === 'Kommunförbundet Väst' && s.question !== null)).toBe(false);
  });

  it('the preamble\'s list of respondents is no question heading the answers inherit', async () => {
    const r = await round();
    const intro = r.segments.find((s) => s.text.startsWith('Nätverket instämmer'));
    expect(intro?.question).toBeNull();
    const q2 = r.segments.find((s) => s.text.startsWith('När det gäller samordningen i avsnitt 4.1'));
    expect(q2?.question).toBe('Q2');
  });
});

describe('between the answers of a compilation', () => {
  const QS = ['Hur förhåller sig förslaget till regional plan för äldres hälsa till ert arbete?', 'Vilka grupper bör prioriteras?', 'Vem bör samordna genomförandet?', 'Hur bör planen följas upp?'];

  it('a title that shares a question\'s words, and rules drawn between answers, give no answer a question', async () => {
    const text = [
      'Sammanställning av nämndernas synpunkter',
      'Remiss från regionen: Regional plan för äldres hälsa 2026–2030',
      '',
      '________________________________________',
      '',
      'Servicenämnden',
      '',
      'Nämnden har tagit del av förslaget och lämnar följande synpunkter.',
      '',
      'Nämndens arbete med träffpunkter för äldre berör planen.',
      '',
      'Äldre som bor ensamma bör prioriteras.',
      '',
      'Samordningen bör ligga hos kommunstyrelsen.',
      '',
      'Uppföljningen bör ske årligen.',
      '',
      '________________________________________',
      '',
      'Fritidsnämnden',
      '',
      'Nämnden har inga synpunkter.',
    ].join('\n');
    const r = await roundFromText(text, 'round.txt', QS);
    const sn = r.segments.filter((s) => s.respondent === 'SN').map((s) => [s.question, s.text.split(' ')[0]]);
    expect(sn).toEqual([
      [null, 'Nämnden'],
      ['Q1', 'Nämndens'],
      ['Q2', 'Äldre'],
      ['Q3', 'Samordningen'],
      ['Q4', 'Uppföljningen'],
    ]);
  });
});

describe('the title of the matter names no respondent', () => {
  it.each(['Remiss från kommunstyrelsen om parkvärdar', 'Remiss av tekniska nämndens förslag om belysning', 'Yttrande över kulturnämndens handlingsplan'])(
    'a file whose only heading-like line is %j is still named by its file',
    async (title) => {
      const text = [title, '', 'Nämnden har tagit del av förslaget och lämnar följande svar.', '', 'Fråga 1', 'Förslaget är bra.', '', 'Fråga 2', 'Fritidsnämnden bör samordna parkvärdarna.', ''].join('\n');
      const r = await roundFromText(text, 'servicenamnden.txt', ['Hur ser ni på förslaget?', 'Vem bör samordna parkvärdarna?']);
      expect(r.respondents.map((x) => x.id)).toEqual(['SN']);
    },
  );
});
