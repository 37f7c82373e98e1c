/**
 * A mention quotes the sentence that names the process, verbatim from the source, with the page
 * and line where the name stands; one mention per process and sentence.
 */
import { describe, expect, it } from 'vitest';
import type { Line } from '../../src/model.js';
import { compileDictionary } from '../../src/tag/match.js';
import { shippedDictionary } from '../../src/tag/dictionary.js';
import { tagLines } from '../../src/tag/tag.js';
import { collapse } from '../helpers.js';
import { mentionsIn } from './support.js';

describe('mention quotes and provenance', () => {
  it('quotes the sentence, with page and line of the name', () => {
    const text = 'Nämnden ingår i SSPF. Det ger\nsnabba kontakter.\nVi deltar även i CTC sedan 2021.';
    const m = mentionsIn(text, undefined, 3);
    expect(m.map((x) => [x.process, x.quote, x.page, x.line])).toEqual([
      ['sspf', 'Nämnden ingår i SSPF.', 3, 1],
      ['ctc', 'Vi deltar även i CTC sedan 2021.', 3, 3],
    ]);
  });

  it('a sentence over several lines is quoted whole, line breaks as spaces; the line is the name\'s', () => {
    const text = 'Skolorna deltar i det lokala\narbetet inom Communities That\nCare sedan flera år. Nästa mening.';
    const [m] = mentionsIn(text);
    expect(m.quote).toBe('Skolorna deltar i det lokala arbetet inom Communities That Care sedan flera år.');
    expect(m.match).toBe('Communities That Care');
    expect(m.line).toBe(2);
  });

  it('a quote over a hyphenated line end occurs in the source (whitespace collapsed)', () => {
    const text = 'Svaren från CTC-\nenkäten och från Ung Livs-\nstil används.';
    const quotes = mentionsIn(text).map((m) => m.quote);
    expect(quotes).toEqual(['Svaren från CTC- enkäten och från Ung Livs- stil används.', 'Svaren från CTC- enkäten och från Ung Livs- stil används.']);
    for (const q of quotes) expect(collapse(text)).toContain(q);
  });

  it('one mention per process and sentence, however often it is named there', () => {
    const m = mentionsIn('CTC – Communities That Care (CTC) är ett styrsystem.');
    expect(m).toHaveLength(1);
    expect(m[0].match).toBe('CTC');
  });

  it('where lines were taken out (page furniture), the quote keeps the side with the name', () => {
    // Source lines 10–11, then a running header and page number (12–13) removed, then 14.
    const lines: Line[] = [
      { text: 'Förvaltningen deltar sedan länge i', page: 4, line: 10, source: 0 },
      { text: 'Örat mot marken och i flera andra', page: 4, line: 11, source: 0 },
      { text: 'lokala nätverk.', page: 5, line: 14, source: 0 },
    ];
    const source = [lines[0].text, lines[1].text, 'Malmö stad', '5 (12)', lines[2].text].join('\n');
    const [m] = tagLines(lines, compileDictionary(shippedDictionary()));
    expect(m.quote).toBe('Förvaltningen deltar sedan länge i Örat mot marken och i flera andra');
    expect(collapse(source)).toContain(m.quote);
    expect([m.page, m.line]).toEqual([4, 11]);
  });

  it('a run-on "sentence" (a list without full stops) is quoted as whole words around the name', () => {
    const items = Array.from({ length: 40 }, (_, i) => `insats nummer ${i + 1}`);
    const text = [...items.slice(0, 20), 'samverkan inom SSPF', ...items.slice(20)].join(',\n');
    const [m] = mentionsIn(text);
    expect(m.quote.length).toBeLessThanOrEqual(400);
    expect(m.quote).toContain('samverkan inom SSPF');
    // Whole words: spaces on both sides in the source.
    expect(collapse(text)).toContain(` ${m.quote} `);
  });
});
