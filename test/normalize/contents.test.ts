/**
 * A document's table of contents is furniture (src/normalize/furniture.ts contentsLines): its
 * entries repeat the chapter titles with page numbers and must not be read as headings.
 */
import { describe, expect, it } from 'vitest';
import { contentsLines, MAX_CONTENTS_ENTRY_CHARS, MIN_PLAIN_CONTENTS_ENTRIES, removeFurniture } from '../../src/normalize/furniture.js';
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

describe('a table of contents without leader dots, right under its label', () => {
  const chapters = ['', '1 Inledning', 'Nämnden har läst förslaget.', '', 'Kulturnämndens synpunkter', 'Kulturnämnden bör samordna arbetet.'];
  it.each([
    ['tabs, as Word writes it', ['Innehåll', '1 Inledning\t2', '3.1 Miljönämnden\t3', 'Kulturnämndens synpunkter\t5']],
    ['a space, as a PDF sets it', ['Innehållsförteckning', '', '1 Inledning 2', '3.1 Miljönämnden 3', 'Kulturnämndens synpunkter 5', '4 Sammanfattande analys 9']],
    ['a colon after the label', ['Innehåll:', '1 Inledning   2', 'Yttrande från Servicenämnden   4', 'Kulturnämndens synpunkter   4']],
  ])('%s: the label and entries are furniture, the chapters stay', (_, toc) => {
    const { lines, furniture } = removeFurniture(linesOf([...toc, ...chapters].join('\n')));
    expect(furniture.map((l) => l.text)).toEqual(toc.filter((t) => t !== ''));
    expect(lines.map((l) => l.text)).toEqual(expect.arrayContaining(['1 Inledning', 'Kulturnämndens synpunkter']));
  });

  it.each([
    ['numbers that go down: ranks or counts, not pages', ['Innehåll', 'Kommunstyrelsen 3', 'Fritidsnämnden 1', 'Kulturnämnden 2']],
    ['too few entries', ['Innehåll', '1 Inledning 2', '2 Synpunkter 3']],
    ['no label above them', ['Svar', '1 Inledning 2', '2 Synpunkter 3', '3 Samordning 4']],
  ])('%s: text', (_, lines) => {
    expect(contentsLines(linesOf(lines.join('\n'))).size).toBe(0);
  });

  it('pins the fewest entries', () => {
    expect(MIN_PLAIN_CONTENTS_ENTRIES).toBe(3);
  });
});
