/** The process dictionary: shipped data, an analyst's file merged over it, one-line errors. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { InputError } from '../../src/errors.js';
import { mergeDictionaries, parseDictionary, shippedDictionary } from '../../src/tag/dictionary.js';
import { fixture } from '../helpers.js';
import { processesIn } from './support.js';

const withFile = (json: unknown, file = 'mine.json') =>
  mergeDictionaries(shippedDictionary(), [{ file, entries: parseDictionary(JSON.stringify(json), file) }]);

const problem = (text: string): string => {
  try {
    mergeDictionaries(shippedDictionary(), [{ file: 'mine.json', entries: parseDictionary(text, 'mine.json') }]);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('no error');
};

describe('process dictionary', () => {
  it('ships the processes of the contract, each with a name and something to match', () => {
    const d = shippedDictionary();
    expect(d.map((p) => p.id)).toEqual(expect.arrayContaining(['ctc', 'sspf', 'orat-mot-marken', 'bid', 'trygga-barnet']));
    for (const p of d) {
      expect(p.name).not.toBe('');
      expect(p.forms.length + p.acronyms.length + p.spelledOut.length).toBeGreaterThan(0);
    }
    expect(new Set(d.map((p) => p.id)).size).toBe(d.length);
  });

  it('the shipped file documents where its lists come from', () => {
    const file = JSON.parse(readFileSync(new URL('../../data/processes.json', import.meta.url), 'utf8'));
    expect(file.$comment).toMatch(/DOMAIN\.md/);
  });

  it('a file adds a process, which is then found', () => {
    const d = withFile({ processes: [{ id: 'fritidsbanken', name: 'Fritidsbanken', forms: ['Fritidsbank*'] }] });
    expect(d.at(-1)).toEqual({ id: 'fritidsbanken', name: 'Fritidsbanken', forms: ['Fritidsbank*'], acronyms: [], spelledOut: [], exclusions: [] });
    expect(processesIn('Barnen lånar utrustning på Fritidsbanken i Rosengård.', d)).toEqual(['fritidsbanken']);
  });

  it('a bare list of processes is accepted; the name defaults to the first form', () => {
    const d = withFile([{ id: 'ung-livsstil-2', forms: ['Ung Livsstil'] }]);
    expect(d.at(-1)?.name).toBe('Ung Livsstil');
  });

  it('an entry with a shipped id replaces the fields it gives and keeps the others', () => {
    const d = withFile({ processes: [{ id: 'bid', acronyms: ['BID', 'BIDS'] }] });
    const bid = d.find((p) => p.id === 'bid')!;
    expect(bid.acronyms).toEqual(['BID', 'BIDS']);
    expect(bid.spelledOut).toEqual(['Boende, integration och dialog']);
    expect(d.filter((p) => p.id === 'bid')).toHaveLength(1);
  });

  it('"disabled": true switches a shipped process off', () => {
    const d = withFile({ processes: [{ id: 'omradesteam', disabled: true }] });
    expect(d.some((p) => p.id === 'omradesteam')).toBe(false);
    expect(processesIn('Vi deltar i områdesteamet.', d)).toEqual([]);
  });

  it('problems are one-line input errors naming the file and the process', () => {
    const messages = [
      problem('{"processes": [ {"id": "x", '),
      problem('{"processer": []}'),
      problem('{"processes": [{"name": "Utan id", "forms": ["X"]}]}'),
      problem('{"processes": [{"id": "x", "forms": "Läslyftet"}]}'),
      problem('{"processes": [{"id": "x", "forms": [""]}]}'),
      problem('{"processes": [{"id": "x", "name": "X"}]}'),
      problem('{"processes": [{"id": "x", "forms": ["X"]}, {"id": "x", "forms": ["Y"]}]}'),
      problem(readFileSync(fixture('xref', 'dictionary-with-a-misspelt-field.json'), 'utf8')),
    ];
    for (const m of messages) {
      expect(m).toMatch(/^mine\.json: /);
      expect(m).not.toContain('\n');
    }
    expect(messages[3]).toContain('"forms" must be a list');
    expect(messages[5]).toContain('has no forms');
    expect(messages[6]).toContain('listed twice');
    expect(messages[7]).toContain('unknown field "form"');
  });
});
