/**
 * diff pairs questions by what they ask: the coordinator question with the coordinator question and
 * the processes question with the processes question, however reworded; --align overrides.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'remiss-align-'));
const round = (name: string, questions: string[], answers: string[]): string => {
  const file = path.join(dir, name);
  const text = [
    'Sammanställning av remissvar',
    '',
    'Remissinstanserna ombads besvara följande frågor:',
    '',
    ...questions.map((q) => `• ${q}`),
    '',
    ...['Kulturnämnden', 'Fritidsnämnden'].flatMap((body) => ['', body, '', 'Yttrande', '', ...answers.flatMap((a) => [`${body} ${a}`, ''])]),
  ].join('\n');
  writeFileSync(file, text);
  return file;
};

const OLD = round(
  'old.txt',
  [
    'Vilken nämnd eller vilket bolag bör få den samordnande rollen för arbetet?',
    'Vilka pågående processer inom ert ansvarsområde har bäring på förslaget?',
    'Hur ser ni på förslagets tidplan?',
  ],
  ['anser att stadskontoret bör samordna.', 'deltar i flera nätverk.', 'tycker att tidplanen är rimlig.'],
);
const NEW = round(
  'new.txt',
  [
    'Vilka samverkansformer deltar er förvaltning redan i?',
    'Hur bör uppföljningen av satsningen redovisas?',
    'Vem bör leda och hålla ihop insatsen i staden?',
  ],
  ['deltar i två lokala nätverk.', 'vill se en årlig rapport.', 'föreslår att fritidsnämnden leder.'],
);

describe('diff aligns questions by what they ask', () => {
  it('the coordinator and processes questions pair up however reworded; an unrelated one pairs with none', async () => {
    const res = await cli(['diff', OLD, NEW, '--format', 'json', '--no-cache']);
    expect(res.code).toBe(0);
    const pairs = JSON.parse(res.stdout).questions.map((q: { new: string; old: string | null }) => [q.new, q.old]);
    expect(pairs).toEqual([
      ['Q1', 'Q2'],
      ['Q2', null],
      ['Q3', 'Q1'],
    ]);
  });

  it('--align NEW=OLD overrides, "Q2=" gives none, and unknown ids are usage errors', async () => {
    const res = await cli(['diff', OLD, NEW, '--format', 'json', '--no-cache', '--align', 'Q2=Q3,Q1=']);
    expect(res.code).toBe(0);
    const pairs = JSON.parse(res.stdout).questions.map((q: { new: string; old: string | null }) => [q.new, q.old]);
    expect(pairs).toEqual([
      ['Q1', null],
      ['Q2', 'Q3'],
      ['Q3', 'Q1'],
    ]);
    const bad = await cli(['diff', OLD, NEW, '--no-cache', '--align', 'Q9=Q1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--align: den nya omgången har ingen fråga Q9/);
    const shape = await cli(['diff', OLD, NEW, '--no-cache', '--align', 'Q1:Q2']);
    expect(shape.code).toBe(2);
  });
});
