/** Matching the parts of two rounds: questions by their words, respondents by id or by name. */
import { describe, expect, it } from 'vitest';
import { alignQuestions, matchRespondents, nameSimilarity } from '../../src/analyze/diff-match.js';
import { analyseRound, diffRounds, sameProposal } from '../../src/analyze/diff.js';
import { diffTable } from '../../src/export/diff.js';
import type { Respondent } from '../../src/model.js';
import { shippedDictionary } from '../../src/tag/dictionary.js';
import { roundFromText } from '../helpers.js';

const preamble = (title: string, questions: string[]): string =>
  `Sammanställning av remissvar\n\nRemissen gällande ”${title}” skickades till nämnderna. Remissinstanserna ombads besvara följande remissfrågor:\n\n${questions
    .map((q, i) => `${i + 1}. ${q}`)
    .join('\n')}\n\nInkomna remissvar\n\n`;

const answer = (body: string, text: string): string => `${body}\n\nYttrande\n${text}\n\n`;

const OLD_QUESTIONS = [
  'Vilka befintliga insatser för belysning i parkerna bör samordnas med handlingsplanen?',
  'Vem bör ansvara för uppföljningen av handlingsplanens mål?',
  'Hur bedömer ni förslaget om gemensamma trygghetsvandringar i stadsområdena?',
];
// The same three reworded and in another order, and one about something else.
const NEW_QUESTIONS = [
  'Vilken nämnd bör ha ansvaret för att följa upp målen i handlingsplanen?',
  'Hur ser ni på gemensamma trygghetsvandringar i varje stadsområde?',
  'Vilka kostnader för skötseln av lekplatser förväntar ni er?',
  'Vilka av era insatser för belysning i parker bör samordnas med planen?',
];

describe('aligning the questions of two rounds', () => {
  it('pairs each reworded question with its old one, one to one, and a new topic with none', async () => {
    const before = await roundFromText(preamble('Trygga parker 2024', OLD_QUESTIONS) + answer('Kulturnämnden', 'Kulturnämnden välkomnar planen.'));
    const after = await roundFromText(preamble('Trygga parker 2026', NEW_QUESTIONS) + answer('Kulturnämnden', 'Kulturnämnden välkomnar planen.'));
    const { pairs, unmatchedOld } = alignQuestions(before, after);
    expect(pairs.map((p) => [p.new, p.old])).toEqual([
      ['Q1', 'Q2'],
      ['Q2', 'Q3'],
      ['Q3', null],
      ['Q4', 'Q1'],
    ]);
    expect(pairs[2].similarity).toBeNull();
    for (const p of [pairs[0], pairs[1], pairs[3]]) expect(p.similarity).toBeGreaterThan(0.3);
    expect(unmatchedOld).toEqual([]);
  });

  it('an old question nothing in the new round asks about is left over', async () => {
    const before = await roundFromText(preamble('Trygga parker 2024', OLD_QUESTIONS) + answer('Kulturnämnden', 'Kulturnämnden välkomnar planen.'));
    const after = await roundFromText(preamble('Trygga parker 2026', NEW_QUESTIONS.slice(0, 2)) + answer('Kulturnämnden', 'Kulturnämnden välkomnar planen.'));
    expect(alignQuestions(before, after).unmatchedOld.map((q) => q.id)).toEqual(['Q1']);
  });
});

const unknown = (name: string, id = name.toLowerCase()): Respondent => ({ id, name, known: false });
const known = (id: string, name: string): Respondent => ({ id, name, known: true, kind: 'nämnd' });

describe('matching respondents across rounds', () => {
  it('pairs known bodies by registry id, whatever the name as written', () => {
    const m = matchRespondents([known('HVON', 'Hälsa-, vård och omsorgsnämnden')], [known('HVON', 'Hälsa-, vård- och omsorgsnämnden')]);
    expect(m.pairs).toEqual([expect.objectContaining({ by: 'id', similarity: 1 })]);
    expect([m.added, m.removed]).toEqual([[], []]);
  });

  it('pairs a body the registry does not know by its folded name: OCR damage and a small renaming', () => {
    const old = [unknown('Räddningstjänsten Syd', 'raddningstjansten-syd'), unknown('Malmö Universitet', 'malmo-universitet')];
    const neu = [unknown('Raddningstjamsten Syd', 'raddningstjamsten-syd'), unknown('Malmö universitet (MAU)', 'malmo-universitet-mau')];
    const m = matchRespondents(old, neu);
    expect(m.pairs.map((p) => [p.old.id, p.new.id, p.by])).toEqual([
      ['raddningstjansten-syd', 'raddningstjamsten-syd', 'name'],
      ['malmo-universitet', 'malmo-universitet-mau', 'name'],
    ]);
    expect([m.added, m.removed]).toEqual([[], []]);
  });

  it('does not pair different bodies with alike names', () => {
    const m = matchRespondents([unknown('Räddningstjänsten Syd', 'raddningstjansten-syd')], [unknown('Räddningstjänsten Nord', 'raddningstjansten-nord')]);
    expect(m.pairs).toEqual([]);
    expect(m.added.map((r) => r.id)).toEqual(['raddningstjansten-nord']);
    expect(m.removed.map((r) => r.id)).toEqual(['raddningstjansten-syd']);
    // Two bodies the registry knows as different are never paired by name.
    expect(matchRespondents([known('FSN', 'Funktionsstödsnämnden')], [known('FSKN', 'Förskolenämnden')]).pairs).toEqual([]);
  });

  it('name similarity: 1 for the same name, high for a slip, low for another body', () => {
    expect(nameSimilarity('raddningstjansten syd', 'raddningstjansten syd')).toBe(1);
    expect(nameSimilarity('raddningstjansten syd', 'raddningstjanst syd')).toBeGreaterThanOrEqual(0.75);
    expect(nameSimilarity('raddningstjansten syd', 'raddningstjansten nord')).toBeLessThan(0.75);
  });

  it('in a diff, the renamed body is neither added nor removed, and its changes are reported', async () => {
    const q = ['Vem bör ansvara för samordningen av trygghetsarbetet i parkerna?'];
    const before = await roundFromText(
      preamble('Trygga parker 2024', q) + answer('Kommunförbundet Skåne', 'Kommunförbundet Skåne föreslår att kommunstyrelsen får ansvaret för samordningen. Vi deltar i SSPF.'),
    );
    const after = await roundFromText(
      preamble('Trygga parker 2026', q) + answer('Kommunförbundet i Skåne', 'Kommunförbundet i Skåne föreslår att fritidsnämnden får ansvaret för samordningen. Vi deltar i SSPF och i CTC.'),
    );
    expect(before.respondents.map((r) => r.id)).toEqual(['kommunforbundet-skane']);
    expect(after.respondents.map((r) => r.id)).toEqual(['kommunforbundet-i-skane']);
    const d = shippedDictionary();
    const diff = diffRounds(analyseRound(before, d), analyseRound(after, d), d);
    expect([diff.added, diff.removed]).toEqual([[], []]);
    expect(diff.matchedByName.map((p) => [p.old.name, p.new.name])).toEqual([['Kommunförbundet Skåne', 'Kommunförbundet i Skåne']]);
    expect(diff.preferences).toEqual([
      expect.objectContaining({ old: ['KS'], new: ['FRN'], changed: true, oldRespondent: expect.objectContaining({ id: 'kommunforbundet-skane' }) }),
    ]);
    expect(diff.processes.map((p) => [p.respondent.id, p.gained, p.lost])).toEqual([['kommunforbundet-i-skane', ['ctc'], []]]);
  });
});

describe('the same proposal across rounds', () => {
  const col = (members: string[], generic: string | null = null) => ({ id: members.join('+'), label: members.join(' och '), members, generic });

  it('compares members, not their order or the column id', () => {
    expect(sameProposal(col(['MKB', 'KS']), col(['KS', 'MKB']))).toBe(true);
    expect(sameProposal(col(['MKB']), col(['MKB', 'KS']))).toBe(false);
  });

  it('compares a described body by its label or most of its words', () => {
    expect(sameProposal(col(['MKB'], 'en av kommunstyrelsen utsedd ansvarig nämnd'), col(['MKB'], 'en av kommunstyrelsen utsedd nämnd'))).toBe(true);
    expect(
      sameProposal(col([], 'en teknisk nämnd med ett stadsutvecklings- och samhällsplaneringsuppdrag'), col([], 'en nämnd med stadsutvecklingsuppdrag')),
    ).toBe(true);
    expect(sameProposal(col([], 'en nämnd med stadsutvecklingsuppdrag'), col([], 'ett bolag med bostäder i området'))).toBe(false);
    expect(sameProposal(col(['MKB'], 'en av kommunstyrelsen utsedd nämnd'), col(['MKB']))).toBe(false);
  });
});

describe('rounds without a question about the coordinating role', () => {
  it('compares everything else and says why the proposals were not compared', async () => {
    const q = ['Vilka befintliga insatser för belysning i parkerna bör samordnas med handlingsplanen?'];
    const before = await roundFromText(preamble('Trygga parker 2024', q) + answer('Kulturnämnden', 'Kulturnämnden deltar i CTC.'));
    const after = await roundFromText(preamble('Trygga parker 2026', q) + answer('Kulturnämnden', 'Kulturnämnden deltar i CTC och i SSPF.'));
    const d = shippedDictionary();
    const diff = diffRounds(analyseRound(before, d), analyseRound(after, d), d);
    expect(diff.notCompared).toEqual(['old', 'new']);
    expect(diff.preferences).toEqual([]);
    expect(diff.processes.map((p) => [p.respondent.id, p.gained])).toEqual([['KN', ['sspf']]]);
    expect(diff.questions).toEqual([{ new: 'Q1', old: 'Q1', similarity: 1, changed: false }]);
    expect(diff.differs).toBe(true);
    const table = diffTable(diff, { header: id, added: id, removed: id, changed: id, dim: id });
    expect(table).toContain('Förslagen kunde inte jämföras: den tidigare omgången har ingen remissfråga om den samordnande rollen.');
  });
});

const id = (s: string): string => s;
