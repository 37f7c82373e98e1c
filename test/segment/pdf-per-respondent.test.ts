/**
 * A round of one PDF per respondent, as committees send them: each file a letter with its own
 * heading and page header; the questions given with --questions. Written for this test.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { tabulate } from '../../src/analyze/tabulate.js';
import { writePdf } from '../support/pdf-writer.js';

const QUESTIONS = ['Hur ser ni på förslaget till ny parkplan?', 'Vem bör ansvara för samordningen av parkplanen?'];

const letter = (header: string, lines: string[]) => writePdf([{ lines: [header, '', ...lines.slice(0, 12)] }, { lines: [header, '', ...lines.slice(12)] }]);

describe('one PDF per respondent', () => {
  it('finds each respondent from its letter heading and each answer on its page', async () => {
    const kn = letter('Malmö stad', [
      'Yttrande från Kulturnämnden',
      '',
      'Sammanfattning',
      'Kulturnämnden ser positivt på parkplanen.',
      '',
      'Hur ser ni på förslaget till ny parkplan?',
      'Planen ger fler platser för kultur i parkerna.',
      '',
      'Vem bör ansvara för samordningen av parkplanen?',
      'Kulturnämnden föreslår att tekniska nämnden ansvarar',
      'för samordningen, i samverkan med fritidsnämnden.',
      '',
      'Reservationer',
      'Inga reservationer.',
    ]);
    const sbn = letter('Malmö stad', [
      'Stadsbyggnadsnämnden',
      '',
      'Yttrande',
      'Nämnden tillstyrker förslaget.',
      '',
      'Samordning av parkplanen',
      'Stadsbyggnadsnämnden avstår från att föreslå en ansvarig.',
    ]);
    const round = await buildRound(
      [
        { path: 'kn.pdf', bytes: kn },
        { path: 'sbn.pdf', bytes: sbn },
      ],
      { questions: QUESTIONS },
    );
    expect(round.respondents.map((r) => r.id)).toEqual(['KN', 'SBN']);
    const q2 = round.segments.find((s) => s.respondent === 'KN' && s.question === 'Q2')!;
    expect(q2.page).toBeGreaterThanOrEqual(1);
    expect(q2.text).toMatch(/tekniska nämnden ansvarar/);
    expect(round.segments.some((s) => /^Malmö stad$/m.test(s.text))).toBe(false);
    expect(round.segments.find((s) => s.respondent === 'SBN' && s.question === 'Q2')?.heading).toBe('Samordning av parkplanen');
    const t = tabulate(round);
    expect(t.rows.find((r) => r.respondent === 'KN')!.choices).toEqual(['FRN+TN']);
    expect(t.rows.find((r) => r.respondent === 'SBN')!.stance).toBe('declines');
  });
});

describe('paragraphs of a PDF text layer, which has no blank lines', () => {
  it('a paragraph that names its question starts one, however long the line before it', async () => {
    const questions = ['Vilka insatser pågår?', 'Vilka stadsdelar bör prioriteras?', 'Hur bör arbetet finansieras?', 'Vem bör vara huvudman för arbetet?'];
    const pdf = writePdf([
      {
        lines: [
          'Servicenämnden',
          'Sammanträdesdatum 2026-04-02',
          'Servicenämnden lämnar följande synpunkter.',
          'Nämnden driver i dag tre träffpunkter i Holma och en i Kroksbäck.',
          'Nämnden vill att Holma och Kroksbäck prioriteras under den första perioden.',
          'Beträffande fråga 3 anser nämnden att arbetet under försöksperioden bör finansieras med en pott.',
          'Vad gäller huvudmannaskapet anser nämnden att kommunstyrelsen bör leda arbetet.',
        ],
        size: 10,
      },
    ]);
    const round = await buildRound([{ path: 'svar.pdf', bytes: pdf }], { questions });
    const q = (start: string): string | null | undefined => round.segments.find((s) => s.text.startsWith(start))?.question;
    expect(q('Nämnden driver')).toBe('Q1');
    expect(q('Nämnden vill')).toBe('Q2');
    expect(q('Beträffande fråga 3')).toBe('Q3');
    expect(q('Vad gäller huvudmannaskapet')).toBe('Q4');
  });
});

describe('paragraphs set apart by space on the page', () => {
  it('split as in the text, a full last line notwithstanding; line numbers count printed lines only', async () => {
    const questions = ['Vilka insatser pågår?', 'Vilka stadsdelar bör prioriteras?', 'Vem bör samordna arbetet?'];
    const full = 'Särskild uppmärksamhet bör ägnas åt flickors tillgång till kultur- och fritidsaktiviteter.';
    const pdf = writePdf([
      {
        lines: [
          'Servicenämnden',
          '',
          'Nämnden lämnar följande yttrande.',
          '',
          'Nämnden driver i dag tre träffpunkter i Holma.',
          full,
          '',
          'Holma och Kroksbäck bör prioriteras under den första perioden av planen.',
          '',
          'Arbetet bör samordnas av kommunstyrelsen.',
        ],
        size: 10,
      },
    ]);
    const round = await buildRound([{ path: 'svar.pdf', bytes: pdf }], { questions });
    const seg = (start: string) => round.segments.find((s) => s.text.startsWith(start));
    expect(seg('Nämnden driver')?.question).toBe('Q1');
    expect(seg('Holma och Kroksbäck')?.question).toBe('Q2');
    expect(seg('Arbetet bör samordnas')?.question).toBe('Q3');
    // Printed lines: the name 1, the introduction 2, … — the space between paragraphs is no line.
    expect(seg('Holma och Kroksbäck')?.line).toBe(5);
  });
});
