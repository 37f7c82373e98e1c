/**
 * Letters and digits without a regex per character (src/normalize/chars.ts) agree with the
 * classes every pattern of remiss has (src/normalize/letters.ts: \p{L} and \p{N} of the European
 * scripts), on every code point of the Basic Multilingual Plane and on letters beyond it, and
 * words split as the patterns split them.
 */
import { describe, expect, it } from 'vitest';
import { isLetterCode, isWordCode, wordRuns } from '../../src/normalize/chars.js';
import { words } from '../../src/normalize/words.js';
import { letterRegExp } from '../../src/normalize/letters.js';

const BEYOND = [0x1d400, 0x1d7ce, 0x20000, 0x1f600, 0x10400, 0x1f1e6];

describe('letter and digit code points', () => {
  it('agree with the patterns\' \\p{L} and [\\p{L}\\p{N}] on every code point of the BMP and some beyond', () => {
    const wrong: number[] = [];
    const letter = letterRegExp('^\\p{L}$', 'u');
    const wordChar = letterRegExp('^[\\p{L}\\p{N}]$', 'u');
    for (const cp of [...Array.from({ length: 0x10000 }, (_, i) => i), ...BEYOND]) {
      const c = String.fromCodePoint(cp);
      if (isLetterCode(cp) !== letter.test(c) || isWordCode(cp) !== wordChar.test(c)) wrong.push(cp);
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
    ['Ærø Øresund Łódź Škoda', ['Ærø', 'Øresund', 'Łódź', 'Škoda']],
    ['Sámi giella: Đ ŋ ŧ', ['Sámi', 'giella', 'Đ', 'ŋ', 'ŧ']],
    ['Αθήνα och Москва', ['Αθήνα', 'och', 'Москва']],
    // Outside the European scripts a letter is punctuation (src/normalize/letters.ts); a ligature
    // is spelled out when text is read (src/normalize/unicode.ts), not here.
    ['ﬁnns', ['nns']],
    ['𝐀𝐁 och 😀 x', ['och', 'x']],
    ['東京 och القاهرة', ['och']],
    ['a\u0301b', ['a', 'b']], // a combining mark is no letter, as in the regex
    ['lone \ud800 surrogate', ['lone', 'surrogate']],
    ['tab\tand\u00a0nbsp', ['tab', 'and', 'nbsp']],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(wordRuns(text)).toEqual(expected);
    expect(words(text)).toEqual(expected);
    expect(wordRuns(text)).toEqual(text.match(letterRegExp('[\\p{L}\\p{N}]+', 'gu')) ?? []);
  });
});
