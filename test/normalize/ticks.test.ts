/**
 * A form's tick boxes as text: ticked and empty boxes as word processors write them, and as OCR
 * reads a paper form; each option is the text after its box. A line of boxes stands apart.
 */
import { describe, expect, it } from 'vitest';
import { isTickLine, tickOptions } from '../../src/normalize/ticks.js';
import { joinKind } from '../../src/normalize/flatten.js';

const ticked = (text: string, least?: number) => tickOptions(text, least)?.filter((o) => o.ticked).map((o) => o.label);

describe('lines of boxes', () => {
  it.each([
    ['☐ Kommunstyrelsen/stadskontoret   ☒ Fritidsnämnden   ☐ Tekniska nämnden', ['Fritidsnämnden']],
    ['[ ] Instämmer helt  [X] Instämmer delvis  [ ] Instämmer inte', ['Instämmer delvis']],
    ['[x] Ja  [ ] Nej', ['Ja']],
    ['X Kommunstyrelsen   _ Fritidsnämnden   _ Grundskolenämnden', ['Kommunstyrelsen']],
    ['_ Ja   _ Nej   X Delvis', ['Delvis']],
    ['☒ Fritidsnämnden ☑ Grundskolenämnden ☐ Annan, nämligen: ______', ['Fritidsnämnden', 'Grundskolenämnden']],
    ['[ ] Tekniska nämnden  [X] Annan, nämligen: Servicenämnden (Stadsfastigheter)', ['Annan, nämligen: Servicenämnden (Stadsfastigheter)']],
  ])('%j', (text, want) => {
    expect(ticked(text)).toEqual(want);
    expect(isTickLine(text)).toBe(true);
  });

  it.each([
    'Nämnden föreslår att X ska leda arbetet.',
    'Fritidsnämnden (FRN) bör få rollen [se bilaga].',
    'X-gruppen och Y-gruppen',
    'Box 120, 211 20 Malmö',
    'snake_case och x',
    'Vem ska leda? Nämnden vet inte?',
    'Är det rimligt ? Knappast.',
  ])('not a line of boxes: %j', (text) => {
    expect(isTickLine(text)).toBe(false);
  });

  it.each([
    ['? Kommunstyrelsen/stadskontoret ? Fritidsnämnden ? Grundskolenämnden', 3],
    ['\ufffd Ja  \ufffd Nej  \ufffd Delvis', 3],
  ])('boxes the text lost (a PDF font without the glyph) are boxes of unknown state: %j', (text, n) => {
    const options = tickOptions(text)!;
    expect(options.length).toBe(n);
    expect(options.every((o) => o.unreadable === true && !o.ticked)).toBe(true);
  });

  it('a line of one box counts only when it goes on from a line of boxes', () => {
    expect(ticked('_ Annan, nämligen: ______')).toBeUndefined();
    expect(ticked('X Annan, nämligen: Servicenämnden', 1)).toEqual(['Annan, nämligen: Servicenämnden']);
  });

  it('stands apart from the lines around it, as a label alone does', () => {
    const L = (text: string) => ({ text, page: null, line: 1, source: 0 });
    expect(joinKind(L('☐ Ja   ☒ Nej'), L('Kommentar:'))).toBe('break');
    expect(joinKind(L('Kommentar:'), L('Nämnden anser att'))).toBe('break');
    expect(joinKind(L('Nämnden anser att'), L('fritidsnämnden bör leda.'))).toBe('space');
  });
});
