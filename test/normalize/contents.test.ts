/**
 * A document's table of contents is furniture (src/normalize/furniture.ts contentsLines): its
 * entries repeat the chapter titles with page numbers and must not be read as headings.
 */
import { describe, expect, it } from 'vitest';
import { contentsLines, MAX_CONTENTS_ENTRY_CHARS, removeFurniture } from '../../src/normalize/furniture.js';
import { linesOf } from '../helpers.js';

describe('a table of contents', () => {
  it.each([
    ['3.2 Styrning och samordning ........................ 4', true],
    ['1 Inledning . . . . . . . . . . 2', true],
    ['Bilaga: Särskilt yttrande (M, L) ............ 12', true],
    ['2.1 Mål och inriktning …… 7', true],
    ['Kapitel 5 Organisation och ansvar.......5', true],
    ['Nämnden anser att… 12', false],
    ['Se vidare avsnitt 4.', false],
    ['Kostnaden beräknas till 2.5 miljoner kronor år 2026', false],
    ['3.2 Styrning och samordning', false],
  ])('%j is an entry: %s', (line, entry) => {
    expect(contentsLines(linesOf(line)).has(0)).toBe(entry);
  });

  it('the label above the entries goes with them; the chapters themselves stay', () => {
    const text = ['Innehåll', '', '1 Inledning ........ 2', '2 Synpunkter ........ 3', '', '1 Inledning', 'Nämnden har läst förslaget.', '', '2 Synpunkter', 'Fritidsnämnden bör samordna arbetet.'].join('\n');
    const { lines, furniture } = removeFurniture(linesOf(text));
    expect(furniture.map((l) => l.text)).toEqual(['Innehåll', '1 Inledning ........ 2', '2 Synpunkter ........ 3']);
    expect(lines.map((l) => l.text)).toContain('2 Synpunkter');
  });

  it('a long run of spaced dots is read at once, and long lines are not tried', () => {
    const t = performance.now();
    contentsLines(linesOf(`a${'. '.repeat(5000)}x\n${'.'.repeat(100_000)}`));
    expect(performance.now() - t).toBeLessThan(200);
    expect(MAX_CONTENTS_ENTRY_CHARS).toBe(250);
  });
});
