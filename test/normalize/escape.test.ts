/**
 * Data phrases are compiled into patterns in "u" mode, which refuses needless escapes: every
 * phrase, with any punctuation an analyst may type ("remiss -", "t.ex.", "(ej besvarad)", "a/b"),
 * must compile and match itself literally, alone and in a character class.
 */
import { describe, expect, it } from 'vitest';
import { escapeClass, escapeRegex } from '../../src/normalize/ocr.js';

const PHRASES = ['remiss -', 't.ex.', '(ej besvarad)', 'a/b', 'Fråga 1?', '[x]', 'kr*', '$ ^ | \\', '{2}'];

describe('escapeRegex', () => {
  it.each(PHRASES)('%j compiles and matches only itself', (phrase) => {
    const re = new RegExp(`^(?:${escapeRegex(phrase)}|annat)$`, 'u');
    expect(re.test(phrase)).toBe(true);
    expect(re.test(`${phrase}x`)).toBe(false);
  });
});

describe('escapeClass', () => {
  it.each(['-', ']', '[', '^', '\\', '•', '–'])('%j in a class matches itself and nothing else', (mark) => {
    const re = new RegExp(`^[${escapeClass(mark)}a]$`, 'u');
    expect(re.test(mark)).toBe(true);
    expect(re.test('b')).toBe(false);
  });
  it('a range is not made of escaped dashes', () => {
    const re = new RegExp(`^[${['a', '-', 'c'].map(escapeClass).join('')}]$`, 'u');
    expect(re.test('b')).toBe(false);
    expect(re.test('-')).toBe(true);
  });
});
