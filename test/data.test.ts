/** Shipped data read once; a data file that does not parse names itself in the error. */
import { afterEach, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { dataPath, loadData } from '../src/data.js';

describe('loadData', () => {
  const rel = `broken-${process.pid}.json`;
  afterEach(() => rmSync(dataPath(rel), { force: true }));

  it('names the file of a lexicon that does not parse', () => {
    writeFileSync(dataPath(rel), '{"words": ["a" "b"]}');
    expect(() => loadData(rel)).toThrow(new RegExp(`${rel}: .*JSON`));
  });
});
