/** Unicode, folding, hyphenation across line breaks, page furniture and false paragraph breaks. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, foldEach, foldWords } from '../../src/normalize/fold.js';
import { flatten, joinKind, sourceSlice, provenance } from '../../src/normalize/flatten.js';
import { toLines } from '../../src/normalize/unicode.js';
import { isFurniture, removeFurniture } from '../../src/normalize/furniture.js';
import { dropFalseBreaks } from '../../src/normalize/paragraphs.js';
import { sentences } from '../../src/normalize/sentences.js';
import { linesOf } from '../helpers.js';

describe('unicode', () => {
  it('normalises to NFC, one line end, no BOM or invisible characters', () => {
    const nfd = 'na\u0308mnden';
    expect(toLines(`\uFEFF${nfd}\r\nsoft\u00ADhyphen\rx\u00A0y  `)).toEqual(['nämnden', 'softhyphen', 'x y']);
  });
});

describe('fold', () => {
  it('drops case and diacritics, keeping the length', () => {
    expect(fold('Förskolenämnden Å É')).toBe('forskolenamnden a e');
    expect(fold('Förskolenämnden').length).toBe('Förskolenämnden'.length);
  });
  it('reads digits glued to letters as the letters OCR took them for', () => {
    expect(fold('st6dja 6rat 4r f6r')).toBe('stodja orat ar for');
    expect(fold('14 områden 2023-2024 3–5 år')).toBe('14 omraden 2023-2024 3–5 ar');
  });
  // fold takes the engine's lower-casing where it may (src/normalize/fold.ts); foldEach is the
  // definition, one code unit at a time. Texts of the characters where the two could part.
  const TRICKY = ['A', 'z', 'Å', 'ä', 'Ö', 'É', 'Æ', 'Ø', 'ß', 'ẞ', 'Ł', 'đ', 'İ', 'ı', 'Σ', 'σ', 'ς', 'K', 'Ǆ', 'ǅ', '\u0301', '𐐀', '𝐀', '\ud800', '0', '1', '4', '6', '7', ' ', '-', '–', '.', '²', 'ﬁ', 'Ж', 'ǰ'];
  it.each([
    ['Förskolenämnden 2023', 'ascii, Swedish letters and a year'],
    ['ΟΔΟΣ ΣΩΣ', 'capital sigmas'],
    ['İstanbul', 'a capital whose lower case is longer'],
    ['𐐀𐐁 deseret', 'capitals beyond U+FFFF'],
    ['st6dja 4r 1nte 0rat', 'OCR digits'],
    ['x'.repeat(300) + 'Å6k', 'a long text'],
  ])('the fast path is the definition: %j (%s)', (text) => {
    expect(fold(text)).toBe(foldEach(text));
  });
  it('long texts folded again come from the few remembered, each its own', () => {
    const texts = Array.from({ length: 6 }, (_, i) => `${'Å'.repeat(300)}${i}Ö`);
    for (let round = 0; round < 3; round++) for (const t of texts) expect(fold(t)).toBe(foldEach(t));
    // Equal in length, different in content: never another's fold.
    expect(fold(`${'Ä'.repeat(300)}B`)).toBe(`${'a'.repeat(300)}b`);
    expect(fold(`${'Ä'.repeat(300)}C`)).toBe(`${'a'.repeat(300)}c`);
  });
  it('the fast path is the definition on any text of the characters where they could part', () => {
    const text = fc.array(fc.constantFrom(...TRICKY), { maxLength: 40 }).map((a) => a.join(''));
    const long = fc.array(fc.constantFrom(...TRICKY), { minLength: 256, maxLength: 400 }).map((a) => a.join(''));
    fc.assert(fc.property(fc.oneof(text, long), (t) => fold(t) === foldEach(t) && fold(t).length === t.length), { numRuns: 2000, seed: 2026 });
  });
  it('foldWords compares names without punctuation', () => {
    expect(foldWords('Hälsa-, vård- och omsorgsnämnden')).toBe('halsa vard och omsorgsnamnden');
  });
});

describe('flatten', () => {
  const flat = (t: string) => flatten(linesOf(t));
  it('joins a word broken at the end of a line', () => {
    expect(flat('De viktigaste framgångs-\nfaktorerna är tre.').text).toBe('De viktigaste framgångsfaktorerna är tre.');
  });
  it('keeps the hyphen after an acronym', () => {
    expect(flat('enligt SSPF-\nsamverkan och BID-\nområden').text).toBe('enligt SSPF-samverkan och BID-områden');
  });
  it('keeps a Swedish suspended hyphen', () => {
    expect(flat('inom hälso-\noch sjukvården och arbetsmarknads-\neller socialtjänsten').text).toBe(
      'inom hälso- och sjukvården och arbetsmarknads- eller socialtjänsten',
    );
  });
  it('does not join before a capital or a number', () => {
    expect(flat('Malmö-\nLund samt 08.00-\n16.30').text).toBe('Malmö- Lund samt 08.00-16.30');
  });
  it('breaks at blank lines, so sentences do not run across paragraphs', () => {
    expect(flat('Rubrik utan punkt\n\nText här.').text).toMatch(/^Rubrik utan punkt\n+Text här\.$/);
  });
  it('quotes the source verbatim, a removed hyphen put back', () => {
    const f = flat('Vi ser framgångs-\nfaktorer i arbetet.\nNästa mening.');
    const [first] = sentences(f);
    expect(sourceSlice(f, first.start, first.end)).toBe('Vi ser framgångs- faktorer i arbetet.');
    expect(provenance(f, f.text.indexOf('Nästa')).line).toBe(3);
  });
});

describe('sentences', () => {
  it('does not end at abbreviations', () => {
    const spans = sentences('Vi samverkar t.ex. med polisen. Det går bra, bl.a. i Rosengård. Slut');
    expect(spans).toHaveLength(3);
  });
});

describe('page furniture', () => {
  it('recognises running headers and page numbers, also as OCR reads them', () => {
    for (const t of ['12 (85)', 'Malmö stad 1 (82)', 'Malmao stad', '5 (31)', 'Sida 3 av 9', '- 4 -', '11 (85)   Justerandes signatur', 'Sida 2 (3)', 'sida 12 ( 40 )', 'Page 3 (7)']) {
      expect(isFurniture(t), t).toBe(true);
    }
    for (const t of ['Malmö stads budget för 2024', '14 geografiska områden', 'Fritidsnämnden']) {
      expect(isFurniture(t), t).toBe(false);
    }
  });
  it('removes it from the content and keeps it as provenance', () => {
    const lines = linesOf('Text före\n12 (85)\nText efter');
    const { lines: content, furniture } = removeFurniture(lines);
    expect(content.map((l) => l.text)).toEqual(['Text före', 'Text efter']);
    expect(furniture.map((l) => l.line)).toEqual([2]);
  });
  it('treats a line starting most PDF pages as a running header', () => {
    const words = ['ett', 'två', 'tre', 'fyra'];
    const lines = words.flatMap((w, i) => [
      { text: 'Remissvar Kulturnämnden', page: i + 1, line: i * 10, source: 0 },
      { text: `Första raden på sida ${w}.`, page: i + 1, line: i * 10 + 1, source: 0 },
      { text: `Sista raden på sida ${w}.`, page: i + 1, line: i * 10 + 2, source: 0 },
    ]);
    expect(removeFurniture(lines).lines.map((l) => l.text)).toEqual(words.flatMap((w) => [`Första raden på sida ${w}.`, `Sista raden på sida ${w}.`]));
  });
});

describe('false paragraph breaks', () => {
  it('drops blank lines inside a sentence (OCR, page breaks), keeps real paragraph breaks', () => {
    const out = dropFalseBreaks(linesOf('dess alder\n\neller bakgrund.\n\nNytt stycke.'));
    expect(out.map((l) => l.text)).toEqual(['dess alder', 'eller bakgrund.', '', 'Nytt stycke.']);
  });
});

describe('a line ending on an abbreviation', () => {
  it.each([
    ['planeras de närmaste åren, t.ex.', true],
    ['flera aktörer, bl.a.', true],
    ['och liknande insatser m.m.', true],
    ['Nämnden tillstyrker förslaget.', false],
    ['Se bilaga 2.', false],
  ])('%s → %s', async (text, want) => {
    const { endsWithAbbreviation } = await import('../../src/normalize/sentences.js');
    expect(endsWithAbbreviation(text)).toBe(want);
  });
});

describe('a noun derived from a question word', () => {
  it.each([
    ['huvudman', 'huvudmannaskap', true],
    ['huvudman', 'huvudmannaskapet', true],
    ['samordnar', 'samordnarskap', true],
    ['tillgäng', 'tillgänglighet', true],
    ['stadsdel', 'stadsdelsnämnd', false],
    ['skola', 'skolgård', false],
  ])('%s ~ %s: %s', async (a, b, derived) => {
    const { stemSimilarity, contentStems } = await import('../../src/normalize/words.js');
    const [x] = contentStems(a);
    const [y] = contentStems(b);
    expect(stemSimilarity(x, y) >= 0.85).toBe(derived);
  });
});

describe('forms of one verb in the related-words table', () => {
  it.each([
    ['pågående', 'pågår'],
    ['pågående', 'pågick'],
  ])('%s ~ %s', async (a, b) => {
    const { stemSimilarity, contentStems } = await import('../../src/normalize/words.js');
    expect(stemSimilarity(contentStems(a)[0], contentStems(b)[0])).toBeGreaterThanOrEqual(0.6);
  });
});

describe('a list item opens a sentence of its own', () => {
  const L = (text: string) => ({ text, page: null, line: 1, source: 0 });
  it.each([
    ['Samordningen bör ligga hos en nämnd.', 'o\tMKB medverkar gärna i grupperna.', 'break'],
    ['Nämnden föreslår följande', '• Fritidsnämnden bör leda', 'break'],
    ['och vidare', '* Stadskontoret följer upp', 'break'],
    ['Ett första stycke', 'e Nämnden anser', 'break'],
  ])('%j + %j', (a, b, kind) => {
    expect(joinKind(L(a), L(b))).toBe(kind);
  });
  it.each([
    ['… vilket', '– enligt nämnden – innebär mer arbete'],
    ['… och det', 'o nej, inte här'],
    ['Ett stycke som', 'fortsätter här'],
  ])('wrapped prose joins: %j + %j', (a, b) => {
    expect(joinKind(L(a), L(b))).toBe('space');
  });
});

describe('words remembered', () => {
  it('each remembering function keeps at most this many words before it starts over', async () => {
    const { MAX_REMEMBERED } = await import('../../src/normalize/words.js');
    expect(MAX_REMEMBERED).toBe(200_000);
  });
});

describe('edit distance (levenshtein, bounded)', () => {
  /** The textbook table, unbounded: what the bounded one must agree with up to its bound. */
  const reference = (a: string, b: string): number => {
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      const cur = [i];
      for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
    return prev[b.length];
  };

  it.each([
    ['samordning', 'samordning', 1, 0],
    ['samordning', 'samordnlng', 1, 1], // an OCR slip: one letter for another
    ['samordning', 'samordnng', 1, 1], // a letter lost
    ['samordning', 'samorddning', 1, 1], // a letter doubled
    ['samordning', 'samordnlg', 1, 2], // two apart: over the bound
    ['stadskontoret', 'stadskontor', 1, 2],
    ['stadskontoret', 'stadskontor', 2, 2],
    ['ab', 'ba', 1, 2],
    ['', 'a', 1, 1],
  ] as const)('%s ~ %s within %i: %i', async (a, b, max, d) => {
    const { levenshtein } = await import('../../src/normalize/words.js');
    expect(levenshtein(a, b, max)).toBe(d);
    expect(levenshtein(b, a, max)).toBe(d);
  });

  // Callers ask only "within the bound?": the distance is exact up to the bound, and over it when the words are.
  it('agrees with the textbook table up to its bound, on random short words', async () => {
    const fc = await import('fast-check');
    const { levenshtein } = await import('../../src/normalize/words.js');
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'å'), maxLength: 7 });
    fc.assert(
      fc.property(word, word, fc.constantFrom(1, 2), (a, b, max) => {
        const d = levenshtein(a, b, max);
        const r = reference(a, b);
        return r <= max ? d === r : d > max;
      }),
      { numRuns: 3000 },
    );
  });
});
