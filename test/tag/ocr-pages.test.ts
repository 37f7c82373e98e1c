/**
 * A PDF of which only some pages were read by OCR (a scanned appendix, a page with no text
 * layer): only those pages' text is read with OCR's tolerant readings (tag/ocr-read.ts
 * readByOcrAt); the rest is the PDF's own text. A round of our own.
 */
import { describe, expect, it } from 'vitest';
import type { Round } from '../../src/model.js';
import { readByOcrAt } from '../../src/tag/ocr-read.js';

const round = (ocrPages?: number[]): Round =>
  ({
    format: 'remiss-round/1',
    title: 't',
    questions: [],
    respondents: [],
    segments: [{ respondent: null, question: null, heading: null, text: 'Nämnden har läst förslaget.', page: 1, line: 1, lines: [{ text: 'Nämnden har läst förslaget.', page: 1, line: 1, source: 0 }] }],
    sources: [{ path: 'a.pdf', kind: 'ocr', pages: 3, ...(ocrPages ? { ocrPages } : {}), sha256: 'x' }],
    warnings: [],
  }) as unknown as Round;

describe('text read by OCR, page by page', () => {
  it.each([
    [[3], 3, true],
    [[3], 1, false],
    [[2, 3], 2, true],
    // Every page OCR'd (no list kept): all of it.
    [undefined, 1, true],
  ])('OCR\'d pages %j, page %s: %s', (pages, page, expected) => {
    expect(readByOcrAt(round(pages), 0, page)).toBe(expected);
  });

  it('a source not read by OCR is clean on every page', () => {
    const r = round();
    r.sources[0].kind = 'pdf';
    expect(readByOcrAt(r, 0, 1)).toBe(false);
  });
});
