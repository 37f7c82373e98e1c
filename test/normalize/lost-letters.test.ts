/**
 * A text export that lost å/ä/ö writes a question mark in their place ("n?mnden", "b?r",
 * "?verv?gt"): folding reads a question mark right before a letter as the letter "ʔ", which the
 * lexicons take for such a letter, no reader takes for a stop, and which keeps the word one word. A question that ends a
 * sentence stays a question mark, and so does one in a pattern's source folded for matching.
 */
import { describe, expect, it } from 'vitest';
import { fold, foldEach } from '../../src/normalize/fold.js';

describe('a question mark before a letter is a lost letter', () => {
  it.each([
    ['N?mnden f?resl?r', 'n\u0294mnden f\u0294resl\u0294r'],
    ['?verv?gt', '\u0294verv\u0294gt'],
    ['Fr?ga 3', 'fr\u0294ga 3'],
  ])('%j', (text, expected) => {
    expect(fold(text)).toBe(expected);
    expect(foldEach(text)).toBe(expected);
  });

  it.each([
    ['Vem ska samordna? Nämnden vet inte.', 'vem ska samordna? namnden vet inte.'],
    ['Hur ser ni på förslaget?', 'hur ser ni pa forslaget?'],
    ['Malm? 2026', 'malm? 2026'],
    // A pattern's source: its groups and escapes keep their question marks.
    ['(?:vi )?hänvisar (?:här )?till', '(?:vi )?hanvisar (?:har )?till'],
    ['(x|ix|iv|v?i{1,3}|v)\\b', '(x|ix|iv|v?i{1,3}|v)\\b'],
  ])('not: %j', (text, expected) => {
    expect(fold(text)).toBe(expected);
    expect(foldEach(text)).toBe(expected);
  });
});
