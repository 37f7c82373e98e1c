/**
 * Word's own numbers on numbered paragraphs (src/read/docx-numbering.ts): a list goes on after a
 * paragraph between its items, an instance that restarts a level starts again, a deeper level
 * starts again under each item above it, bullets take no number. Numbering written here, and a
 * document made with the `docx` package read end to end.
 */
import { describe, expect, it } from 'vitest';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';
import { orderedNumbers } from '../../src/read/docx-numbering.js';
import { readDocxText } from '../../src/read/docx.js';

const numbering = (abstracts: string, nums: string): string => `<w:numbering>${abstracts}${nums}</w:numbering>`;
const abstractNum = (id: string, levels: Array<{ fmt: string; start?: number }>): string =>
  `<w:abstractNum w:abstractNumId="${id}">${levels.map((l, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.fmt}"/></w:lvl>`).join('')}</w:abstractNum>`;
const num = (id: string, abstract: string, restart?: number): string =>
  `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstract}"/>${restart === undefined ? '' : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${restart}"/></w:lvlOverride>`}</w:num>`;
const p = (numId?: string, ilvl = 0): string =>
  `<w:p><w:pPr>${numId === undefined ? '' : `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`}</w:pPr><w:r><w:t>x</w:t></w:r></w:p>`;
const doc = (...paragraphs: string[]): string => `<w:document><w:body>${paragraphs.join('')}</w:body></w:document>`;

describe('the numbers Word shows', () => {
  const decimal = abstractNum('0', [{ fmt: 'decimal' }, { fmt: 'lowerLetter' }]);
  const cases: Array<[string, string, string, number[]]> = [
    ['a list going on after a paragraph', doc(p('1'), p(), p('1'), p(), p('1')), numbering(decimal, num('1', '0')), [1, 2, 3]],
    ['two instances of one list count on together', doc(p('1'), p(), p('2')), numbering(decimal, num('1', '0') + num('2', '0')), [1, 2]],
    ['an instance that restarts starts again', doc(p('1'), p('1'), p(), p('2'), p('2')), numbering(decimal, num('1', '0') + num('2', '0', 1)), [1, 2, 1, 2]],
    ['a deeper level starts again under each item', doc(p('1'), p('1', 1), p('1', 1), p('1'), p('1', 1)), numbering(decimal, num('1', '0')), [1, 1, 2, 2, 1]],
    ['a list starting at 3', doc(p('1'), p('1')), numbering(abstractNum('0', [{ fmt: 'decimal', start: 3 }]), num('1', '0')), [3, 4]],
    ['bullets take no number', doc(p('1'), p('2'), p('1')), numbering(decimal + abstractNum('5', [{ fmt: 'bullet' }]), num('1', '0') + num('2', '5')), [1, 2]],
    ['numId 0 is no numbering', doc(p('1'), p('0'), p('1')), numbering(decimal, num('1', '0')), [1, 2]],
  ];
  it.each(cases)('%s', (_what, documentXml, numberingXml, expected) => {
    expect(orderedNumbers(documentXml, numberingXml)).toEqual(expected);
  });

  it('reads a Word list that goes on after a paragraph as Word numbers it', async () => {
    const item = (text: string) => new Paragraph({ text, numbering: { reference: 'svar', level: 0, instance: 1 } });
    const bytes = await Packer.toBuffer(
      new Document({
        numbering: { config: [{ reference: 'svar', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
        sections: [{ children: [item('Nämnden ser positivt på förslaget.'), new Paragraph('Ett stycke mellan svaren.'), item('Nämnden deltar i två nätverk.')] }],
      }),
    );
    const lines = (await readDocxText(bytes, 'svar.docx')).split('\n').filter((l) => /^\d+\./.test(l));
    expect(lines).toEqual(['1. Nämnden ser positivt på förslaget.', '2. Nämnden deltar i två nätverk.']);
  });
});
