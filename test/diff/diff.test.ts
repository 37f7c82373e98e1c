/**
 * `remiss diff` end to end: the 2023 round against a second round written for this test
 * (test/fixtures/diff/round-2025-reworded.txt): questions reworded, reordered and one added; four
 * respondents gone and one new (a body the registry does not know); proposals changed, one kept
 * in other words; processes gained and lost.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS, cli, fixture } from '../helpers.js';

const OLD = CORPUS.text;
const NEW = fixture('diff', 'round-2025-reworded.txt');

let json: any;
async function diffJson(): Promise<any> {
  if (!json) {
    const res = await cli(['diff', OLD, NEW, '-f', 'json']);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    json = JSON.parse(res.stdout);
  }
  return json;
}

const changedPreferences = (j: any): any[] => j.preferences.filter((p: any) => p.changed || p.stance.changed || p.conditional.changed);

describe('remiss diff: the 2023 round against a reworded 2025 round', () => {
  it('aligns every new question with its reworded old one, and the new question with none', async () => {
    const j = await diffJson();
    expect(j.old.title).toMatch(/^Uppdrag budget 2023/);
    expect(j.new.title).toMatch(/^Uppdrag budget 2025/);
    expect(j.questions.map((q: any) => [q.new, q.old])).toEqual([
      ['Q1', 'Q4'],
      ['Q2', 'Q1'],
      ['Q3', null],
      ['Q4', 'Q3'],
      ['Q5', 'Q2'],
    ]);
    for (const q of j.questions) {
      if (q.old === null) expect(q.similarity).toBeNull();
      else expect(q.similarity).toBeGreaterThan(0.5);
      expect(q.changed).toBe(true);
    }
    expect(j.questionsDropped).toEqual([]);
  });

  it('reports exactly the respondents added and removed', async () => {
    const j = await diffJson();
    expect(j.added).toEqual([{ id: 'raddningstjansten-syd', name: 'Räddningstjänsten Syd' }]);
    expect(j.removed).toEqual([
      { id: 'ASN', name: 'Arbetsmarknads- och socialnämnden' },
      { id: 'FSKN', name: 'Förskolenämnden' },
      { id: 'MN', name: 'Miljönämnden' },
      { id: 'P-Malmö', name: 'Parkering Malmö' },
    ]);
    expect(j.matchedByName).toEqual([]);
  });

  it('reports exactly the changed proposals, stances and conditions', async () => {
    const j = await diffJson();
    expect(j.preferences.map((p: any) => p.respondent.id)).toEqual(['FRN', 'FSN', 'GRN', 'GVN', 'HVON', 'KN', 'SN', 'SBN', 'TN', 'MKB', 'PÖMAB']);
    const changed = changedPreferences(j).map((p: any) => ({
      id: p.respondent.id,
      old: p.old,
      new: p.new,
      changed: p.changed,
      stance: [p.stance.old, p.stance.new],
      conditional: [p.conditional.old, p.conditional.new],
    }));
    expect(changed).toEqual([
      // Proposed MKB (alone and with KS), now Fritidsnämnden.
      { id: 'FSN', old: ['MKB', 'MKB+KS'], new: ['FRN'], changed: true, stance: ['proposes', 'proposes'], conditional: [false, false] },
      // Declined, now proposes.
      { id: 'GVN', old: [], new: ['FRN'], changed: true, stance: ['declines', 'proposes'], conditional: [false, false] },
      // Declined, now answers without naming anyone: the stance changed, the (empty) choice did not.
      { id: 'KN', old: [], new: [], changed: false, stance: ['declines', 'no-proposal'], conditional: [false, false] },
      // The same body, now on a condition.
      { id: 'PÖMAB', old: ['KS'], new: ['KS'], changed: false, stance: ['proposes', 'proposes'], conditional: [false, true] },
    ]);
  });

  it('counts the same bodies in other words as no change', async () => {
    const j = await diffJson();
    const byId = (id: string) => j.preferences.find((p: any) => p.respondent.id === id);
    // "MKB, möjligtvis i samverkan med stadskontoret" (2023) and "MKB Fastighet AB …, gärna i samverkan med stadskontoret":
    // The same bodies in other words ("MKB Fastighet AB …, gärna i samverkan med stadskontoret"): no change.
    expect(byId('SN')).toMatchObject({ old: ['MKB', 'MKB+KS'], new: ['MKB', 'MKB+KS'], changed: false, gained: [], dropped: [] });
    // A described body in other words: "en av kommunstyrelsen utsedd ansvarig nämnd" / "… utsedd nämnd", with MKB.
    expect(byId('GRN')).toMatchObject({ changed: false, stance: { changed: false } });
    expect(byId('GRN').new).toEqual(byId('GRN').old);
    expect(byId('FRN')).toMatchObject({ old: ['FRN'], new: ['FRN'], changed: false, conditional: { old: true, new: true, changed: false } });
  });

  it('reports exactly the processes gained and lost, and the change of the shared ones', async () => {
    const j = await diffJson();
    expect(j.processes.map((p: any) => [p.respondent.id, p.gained, p.lost])).toEqual([
      ['FRN', ['orat-mot-marken'], []],
      ['FSN', ['vaxa-tryggt'], ['malmo-tillsammans']],
      ['GVN', ['ctc'], []],
      ['HVON', ['trygga-barnet', 'vaxa-tryggt'], []],
      ['KN', [], ['sspf', 'ung-livsstil']],
      ['SBN', ['bid'], []],
      ['TN', [], ['ctc']],
    ]);
    expect(j.sharedProcesses.gained).toEqual(['vaxa-tryggt']);
    expect(j.sharedProcesses.lost).toEqual(['sbum', 'ung-i-sommar', 'familjecentraler', 'ung-livsstil']);
    expect(j.differs).toBe(true);
  });

  it('shows those changes in the table, with names rather than ids', async () => {
    const res = await cli(['diff', OLD, NEW], { env: { COLUMNS: '200' } });
    expect(res.code).toBe(0);
    expect(res.stderr).toBe('');
    const lines = res.stdout.split('\n');
    const row = (start: string): string => lines.find((l) => l.startsWith(start)) ?? '';
    expect(row('Q1 ')).toMatch(/^Q1\s+Q4\s+0,\d\d\s+omformulerad, flyttad\s+Vilken nämnd/);
    expect(row('Q3 ')).toMatch(/^Q3\s+–\s+–\s+ny fråga\s+Hur bör arbetet följas upp/);
    expect(res.stdout).toMatch(/^Tillkomna remissinstanser \(1\): Räddningstjänsten Syd$/m);
    expect(res.stdout).toMatch(/^Remissinstanser som inte svarat nu \(4\): Arbetsmarknads- och socialnämnden; Förskolenämnden; Miljönämnden; Parkering Malmö$/m);
    expect(res.stdout).not.toMatch(/raddningstjansten-syd|orat-mot-marken|vaxa-tryggt/);
    expect(row('FSN ')).toMatch(/^FSN\s+MKB; MKB och KS\s+FRN\s+nytt förslag$/);
    expect(row('GVN ')).toMatch(/^GVN\s+avstår\s+FRN\s+nytt förslag, ställningstagande$/);
    expect(row('KN ')).toMatch(/^KN\s+avstår\s+inget förslag\s+ställningstagande$/);
    expect(row('PÖMAB ')).toMatch(/^PÖMAB\s+KS\s+KS\*\s+villkor$/);
    expect(res.stdout).toMatch(/^Oförändrade: FRN, GRN, HVON, SN, SBN, TN, MKB$/m);
    expect(row('HVON ')).toMatch(/^HVON\s+Trygga barnet, Växa tryggt\s+–$/);
    expect(row('TN ')).toMatch(/^TN\s+–\s+Communities That Care$/);
    expect(res.stdout).toMatch(/^Delade processer: tillkomna Växa tryggt; borttagna SBUM .*, Ung i sommar, Familjecentraler, Ung Livsstil$/m);
    expect(res.stdout).not.toMatch(/\u001b\[/);
  });

  it('writes Markdown with both wordings of each question', async () => {
    const res = await cli(['diff', OLD, NEW, '-f', 'md']);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^\| \*\*Q1\*\* Vilken nämnd eller vilket bolag .* \| \*\*Q4\*\* Vilken nämnd eller bolag ser ni .* \| 0,\d\d \| omformulerad, flyttad \|$/m);
    expect(res.stdout).toMatch(/^\| Funktionsstödsnämnden \| MKB; MKB och KS \| FRN \| nytt förslag \|$/m);
    expect(res.stdout).toMatch(/^\| Hälsa-, vård- och omsorgsnämnden \| Trygga barnet, Växa tryggt \| – \|$/m);
  });
});

describe('remiss diff: exit codes and inputs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'remiss-diff-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--exit-code exits 1 when the rounds differ, after writing the product', async () => {
    const res = await cli(['diff', OLD, NEW, '--exit-code', '-f', 'json']);
    expect(res.code).toBe(1);
    expect(JSON.parse(res.stdout).differs).toBe(true);
    expect(res.stderr).toBe('');
  });

  it('a round compared with itself (text against its round file) does not differ', async () => {
    const roundFile = path.join(dir, 'round-2023.json');
    expect((await cli(['ingest', OLD, '-o', roundFile])).code).toBe(0);
    const res = await cli(['diff', OLD, roundFile, '--exit-code']);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^Inga skillnader\.$/m);
    const j = JSON.parse((await cli(['diff', roundFile, OLD, '-f', 'json'])).stdout);
    expect(j.questions.every((q: any) => q.old === q.new && q.similarity === 1 && !q.changed)).toBe(true);
    expect([j.added, j.removed, j.processes, j.sharedProcesses.gained, j.sharedProcesses.lost]).toEqual([[], [], [], [], []]);
    expect(j.preferences).toHaveLength(15);
    expect(changedPreferences(j)).toEqual([]);
  });

  it('-o writes the product to the file and nothing to stdout', async () => {
    const out = path.join(dir, 'diff.json');
    const res = await cli(['diff', OLD, NEW, '-f', 'json', '-o', out]);
    expect(res.code).toBe(0);
    expect(res.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).added).toHaveLength(1);
  });

  it('takes exactly two inputs; anything else is a usage error on one line', async () => {
    for (const argv of [['diff', OLD], ['diff'], ['diff', OLD, NEW, NEW]]) {
      const res = await cli(argv);
      expect(res.code).toBe(2);
      expect(res.stdout).toBe('');
      expect(res.stderr.trim().split('\n')).toHaveLength(1);
    }
    const help = await cli(['diff', '--help']);
    expect(help.stdout).toMatch(/EN fil/);
  });

  it('a missing input is an input error naming the file', async () => {
    const res = await cli(['diff', OLD, path.join(dir, 'no-such-round.txt')]);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/^remiss: .*no-such-round\.txt: filen finns inte\n$/);
  });
});
