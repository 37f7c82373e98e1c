/** Tagging texts written in the tests with the shipped dictionary (or one given). */
import { linesOf } from '../helpers.js';
import { shippedDictionary, type Dictionary } from '../../src/tag/dictionary.js';
import { compileDictionary } from '../../src/tag/match.js';
import { tagLines, type TextMention } from '../../src/tag/tag.js';

const shipped = compileDictionary(shippedDictionary());

export function mentionsIn(text: string, dictionary?: Dictionary, page: number | null = null, ocr = false): TextMention[] {
  return tagLines(linesOf(text, page), dictionary ? compileDictionary(dictionary) : shipped, ocr);
}

/** The process ids a text names, in order of first mention. */
export function processesIn(text: string, dictionary?: Dictionary): string[] {
  return [...new Set(mentionsIn(text, dictionary).map((m) => m.process))];
}

/** The process ids a text read by OCR names (OCR's letter confusions allowed). */
export function processesInOcr(text: string): string[] {
  return [...new Set(mentionsIn(text, undefined, null, true).map((m) => m.process))];
}
