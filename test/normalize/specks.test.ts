/**
 * OCR specks at a line's edge — a lone "|" or "_" set apart by a space — are dropped; bars of a
 * table row and marks glued to words are text. A speck dropped at the start moves the line's offset;
 * one dropped at the end gives the line an offset of 0 (a part of the line as read, from its start).
 */
import { describe, expect, it } from 'vitest';
import { withoutSpecks } from '../../src/normalize/specks.js';
import type { Line } from '../../src/model.js';

const line = (text: string): Line => ({ text, page: null, line: 1, source: 0 });

describe('OCR specks at the edges of a line', () => {
  it.each([
    // Dropped at the end: the line is still a part of the line as read, from its start.
    ['Malmö stad |', 'Malmö stad', 0],
    [': _', ':', 0],
    ['_ 2026-03-03', '2026-03-03', 2],
    ['| Sara Holm', 'Sara Holm', 2],
    ['nära relation till skolorna i fokusområdena. |', 'nära relation till skolorna i fokusområdena.', 0],
    ['__ Stadsbyggnadsnämndens yttrande _', 'Stadsbyggnadsnämndens yttrande', 3],
  ])('%j → %j', (text, want, offset) => {
    const l = withoutSpecks(line(text));
    expect(l.text).toBe(want);
    expect(l.offset).toBe(offset);
  });

  it.each(['| Fråga | Svar |', 'a|b', 'snake_case', 'Fråga 1 | Nämnden deltar | i CTC', '|', '_', 'Inga specks här'])('%j stays as it is', (text) => {
    expect(withoutSpecks(line(text)).text).toBe(text);
  });
});
