/**
 * Words of a text (src/normalize/chars.ts) split as every pattern of remiss splits them
 * (src/normalize/letters.ts: \p{L} and \p{N} of the European scripts), beyond them too.
 */
import { describe, expect, it } from 'vitest';
import { wordRuns } from '../../src/normalize/chars.js';
import { words } from '../../src/normalize/words.js';
import { letterRegExp } from '../../src/normalize/letters.js';

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
