/**
 * Letters and digits without a regex per character (src/normalize/chars.ts) agree with the
 * Unicode classes they stand for, on every code point of the Basic Multilingual Plane and on
 * letters beyond it, and words split as the regex splits them.
 */
import { describe, expect, it } from 'vitest';
import { isLetterCode, isWordCode, wordRuns } from '../../src/normalize/chars.js';
import { words } from '../../src/normalize/words.js';

const BEYOND = [0x1d400, 0x1d7ce, 0x20000, 0x1f600, 0x10400, 0x1f1e6];

describe('letter and digit code points', () => {
  it('agree with \\p{L} and [\\p{L}\\p{N}] on every code point of the BMP and some beyond', () => {
    const wrong: number[] = [];
    for (const cp of [...Array.from({ length: 0x10000 }, (_, i) => i), ...BEYOND]) {
      const c = String.fromCodePoint(cp);
      if (isLetterCode(cp) !== /^\p{L}$/u.test(c) || isWordCode(cp) !== /^[\p{L}\p{N}]$/u.test(c)) wrong.push(cp);
    }
    expect(wrong).toEqual([]);
  });
});

describe('words of a text', () => {
  const cases: Array<[string, string[]]> = [
    ['', []],
    ['   ', []],
    ['Nämnden föreslår att MKB samordnar.', ['Nämnden', 'föreslår', 'att', 'MKB', 'samordnar']],
    ['CTC-arbetet, SSPF:s del (2023–2024)', ['CTC', 'arbetet', 'SSPF', 's', 'del', '2023', '2024']],
    ['st6dja 4r f6r', ['st6dja', '4r', 'f6r']],
    ['Ærø Øresund ﬁnns', ['Ærø', 'Øresund', 'ﬁnns']],
    ['𝐀𝐁 och 😀 x', ['𝐀𝐁', 'och', 'x']],
    ['a\u0301b', ['a', 'b']], // a combining mark is no letter, as in the regex
    ['lone \ud800 surrogate', ['lone', 'surrogate']],
    ['tab\tand\u00a0nbsp', ['tab', 'and', 'nbsp']],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(wordRuns(text)).toEqual(expected);
    expect(words(text)).toEqual(expected);
    expect(wordRuns(text)).toEqual(text.match(/[\p{L}\p{N}]+/gu) ?? []);
  });
});
