/**
 * A source in which no heading names a respondent — a protocol's extract, whose committee stands
 * only in the head of every page — is the answer of the body its running header names, when the
 * header names one body; else of its file's name, as before. Layouts of our own.
 */
import { describe, expect, it } from 'vitest';
import { buildRound } from '../../src/round.js';
import { respondentFromRunningHeader } from '../../src/segment/respondents.js';

const QUESTIONS = ['Hur ser ni på förslaget om parkvärdar?', 'Vem bör samordna parkvärdarna?'];

/** Two columns, as a protocol's head sets them. */
const columns = (left: string, right: string): string => `${left.padEnd(60)}${right}`;

/** A minutes extract of three pages, each opened by the same head and closed by the same foot. */
function extract(committee: string): string {
  const head = (n: number): string[] => [columns('MALMÖ STAD', 'PROTOKOLL'), columns(committee, 'Sammanträdesdatum 2026-05-04'), `${' '.repeat(62)}Sida ${n} (3)`, ''];
  const foot = ['', '', columns('Justerandes signatur', 'Utdragsbestyrkande'), columns('....................', '....................')];
  const pages = [
    ['§ 41', '', 'Remiss från kommunstyrelsen om parkvärdar', '', 'Sammanfattning', '', 'Kommunstyrelsen har remitterat ett förslag om parkvärdar för yttrande.', '', 'Beslut', '', `${committee} beslutar`, '', 'att anta förvaltningens förslag till yttrande som sitt eget.'],
    ['Reservation', '', 'Ledamoten Nils Berg (X) reserverar sig mot beslutet till förmån för eget yrkande.', '', 'Beslutsunderlag', '', '• Tjänsteskrivelse 2026-04-20'],
    ['Yttrande', '', 'Fråga 1', 'Parkvärdar behövs i de större parkerna, särskilt kvällstid.', '', 'Fråga 2', 'Servicenämnden bör samordna parkvärdarna.'],
  ];
  return pages.map((p, i) => [...head(i + 1), ...p, ...foot].join('\n')).join('\n\f');
}

const read = (file: string, text: string) => buildRound([{ path: file, bytes: Buffer.from(text) }], { questions: QUESTIONS });

describe('the running header names the answering body', () => {
  it.each([
    ['Kulturnämnden', 'KN'],
    ['Tekniska nämnden', 'TN'],
    ['Miljöförvaltningen', 'MN'], // an administration stands for its committee
  ])('%j', async (committee, id) => {
    const round = await read('utdrag_p41_2026-05-04.txt', extract(committee));
    expect(round.respondents.map((r) => r.id)).toEqual([id]);
    expect(round.segments.find((s) => s.respondent === id && s.question === 'Q2')?.text).toContain('Servicenämnden bör samordna');
    expect(round.warnings.join(' ')).not.toMatch(/filnamnet/);
  });

  it('one body, or none: a header naming two bodies, or none, leaves the file to name it', () => {
    const line = (text: string) => ({ text, page: 1, line: 1, source: 0 });
    expect(respondentFromRunningHeader([line('MALMÖ STAD'), line('Kulturnämnden'), line('Kulturnämnden')])?.id).toBe('KN');
    expect(respondentFromRunningHeader([line('Kulturnämnden'), line('Fritidsnämnden')])).toBeUndefined();
    expect(respondentFromRunningHeader([line('MALMÖ STAD'), line('PROTOKOLL'), line('Justerandes signatur')])).toBeUndefined();
  });
});

describe('a distribution list names no respondent', () => {
  it.each(['Protokollsutdrag till', 'Expedieras till:', 'Beslutet skickas till', 'Kopia för kännedom till', 'Sändlista'])('%j', async (label) => {
    const text = [
      'Servicenämnden',
      '',
      'Beslut',
      '',
      'Nämnden beslutar att anta yttrandet som sitt eget.',
      '',
      label,
      'Kommunstyrelsen',
      'Tekniska nämnden',
      '',
      'Yttrande',
      '',
      'Fråga 1',
      'Parkvärdar behövs.',
      '',
      'Fråga 2',
      'Fritidsnämnden bör samordna parkvärdarna.',
      '',
    ].join('\n');
    const round = await read('svar.txt', text);
    expect(round.respondents.map((r) => r.id)).toEqual(['SN']);
    expect(round.segments.find((s) => s.respondent === 'SN' && s.question === 'Q2')?.text).toContain('Fritidsnämnden bör samordna');
  });

  it('the list is read for at most MAX_RECIPIENTS lines', async () => {
    const { MAX_RECIPIENTS } = await import('../../src/segment/furniture-lines.js');
    expect(MAX_RECIPIENTS).toBe(40);
  });
});

describe('a document\'s own title names no body', () => {
  it.each([
    ['Protokoll fört vid sammanträde med styrelsen', true],
    ['Tjänsteskrivelse från serviceförvaltningen', true],
    ['Utdrag ur sammanträdesprotokoll', true],
    ['Kallelse till sammanträde med tekniska nämnden', true],
    ['Protokoll', false], // one word: no name to take either
    ['Kulturnämnden', false],
    ['Protokollgruppen Syd', false],
  ])('%j → %s', async (line, expected) => {
    const { opensWithDocumentKind } = await import('../../src/segment/furniture-lines.js');
    expect(opensWithDocumentKind(line)).toBe(expected);
  });

  it('a board\'s extract headed by its own title is the answer of the body its header names', async () => {
    const head = (n: number): string[] => [columns('Parkering Malmö', `Sida ${n} (3)`), 'Protokoll fört vid sammanträde med styrelsen', 'Datum: 2026-04-16   Plats: Bolagets kontor', ''];
    const pages = [
      ['§ 9   Remissvar om parkvärdar', '', 'Efter diskussion beslutar styrelsen att anta förslaget till remissvar, bilaga 3.', '', 'Vid protokollet', 'Eva Ström'],
      ['Bilaga 3 till § 9', '', 'Parkering Malmö', 'Remissvar', '2026-04-09', '', 'Till: Malmö stad, Kommunstyrelsen', '205 80 Malmö', '', 'Fråga 1', 'Bolaget ser positivt på parkvärdar.'],
      ['Fråga 2', 'Fritidsnämnden bör samordna parkvärdarna.', '', 'Parkering Malmö', 'Karl Berg, vd'],
    ];
    const text = pages.map((p, i) => [...head(i + 1), ...p, '', 'Justerandes signatur'].join('\n')).join('\n\f');
    const round = await read('styrelseprotokoll_utdrag.txt', text);
    expect(round.respondents.map((r) => r.id)).toEqual(['P-Malmö']);
  });
});
