/** The cross-reference: counts per respondent, "shared" by --min-respondents, shared first. */
import { describe, expect, it } from 'vitest';
import { crossReference } from '../../src/analyze/xref.js';
import type { Round } from '../../src/model.js';
import type { Dictionary } from '../../src/tag/dictionary.js';
import type { Mention } from '../../src/tag/tag.js';

const round: Round = {
  format: 'remiss-round/1',
  title: 'Prov',
  sources: [],
  questions: [{ id: 'Q1', text: 'Vilka processer?' }],
  respondents: ['FRN', 'KN', 'TN', 'MKB'].map((id) => ({ id, name: `${id}-namn`, known: true })),
  segments: [],
  warnings: [],
};

const entry = (id: string): Dictionary[number] => ({ id, name: id.toUpperCase(), forms: [id], acronyms: [], spelledOut: [], exclusions: [] });
const dictionary: Dictionary = ['alfa', 'beta', 'gamma', 'delta'].map(entry);
const mention = (process: string, respondent: string, line: number): Mention => ({
  process,
  respondent,
  question: 'Q1',
  quote: `${process} nämns här.`,
  match: process,
  page: null,
  line,
});

const mentions: Mention[] = [
  mention('alfa', 'TN', 30),
  mention('beta', 'MKB', 40),
  mention('beta', 'FRN', 10),
  mention('beta', 'FRN', 11),
  mention('gamma', 'KN', 20),
  mention('gamma', 'FRN', 12),
  mention('gamma', 'TN', 31),
];

describe('crossReference', () => {
  it('counts mentions per respondent and lists respondents in the round\'s order', () => {
    const x = crossReference(round, mentions, dictionary);
    const beta = x.processes.find((p) => p.id === 'beta')!;
    expect(beta.respondents).toEqual(['FRN', 'MKB']);
    expect(beta.counts).toEqual({ FRN: 2, MKB: 1 });
    expect(beta.mentions).toHaveLength(3);
  });

  it('shared processes come first, the most widely named first; then the rest in dictionary order', () => {
    const x = crossReference(round, mentions, dictionary);
    expect(x.processes.map((p) => [p.id, p.shared])).toEqual([
      ['gamma', true],
      ['beta', true],
      ['alfa', false],
      ['delta', false],
    ]);
    expect(x.minRespondents).toBe(2);
  });

  it('--min-respondents sets what "shared" means', () => {
    const x = crossReference(round, mentions, dictionary, { minRespondents: 3 });
    expect(x.processes.filter((p) => p.shared).map((p) => p.id)).toEqual(['gamma']);
    const one = crossReference(round, mentions, dictionary, { minRespondents: 1 });
    expect(one.processes.filter((p) => p.shared).map((p) => p.id)).toEqual(['gamma', 'beta', 'alfa']);
  });

  it('a process nobody names is kept, with no respondents, and is never shared', () => {
    const x = crossReference(round, [], dictionary, { minRespondents: 1 });
    expect(x.processes.map((p) => p.id)).toEqual(['alfa', 'beta', 'gamma', 'delta']);
    expect(x.processes.every((p) => p.respondents.length === 0 && !p.shared)).toBe(true);
  });
});
