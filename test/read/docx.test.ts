/**
 * Word answers (.docx) and folders of answers. The Word files are made here with the `docx`
 * package: a letter with heading styles, a numbered question list and a bulleted list, a table.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { buildRound } from '../../src/round.js';
import { htmlToLines, readDocxText } from '../../src/read/docx.js';
import { roundFilesIn } from '../../src/cli/io.js';
import { cli } from '../helpers.js';

type Block = { h: string } | { p: string } | { ol: string[] } | { ul: string[] } | { table: string[][] };

async function docxOf(blocks: Block[]): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [];
  let list = 0;
  for (const b of blocks) {
    if ('h' in b) children.push(new Paragraph({ text: b.h, heading: HeadingLevel.HEADING_1 }));
    else if ('p' in b) children.push(new Paragraph({ children: [new TextRun(b.p)] }));
    else if ('ol' in b) {
      list++;
      for (const t of b.ol) children.push(new Paragraph({ text: t, numbering: { reference: 'frågor', level: 0, instance: list } }));
    } else if ('ul' in b) for (const t of b.ul) children.push(new Paragraph({ text: t, bullet: { level: 0 } }));
    else
      children.push(
        new Table({ rows: b.table.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }),
      );
  }
  const doc = new Document({
    numbering: {
      config: [{ reference: 'frågor', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

const LETTER: Block[] = [
  { h: 'Yttrande över remiss om lokal utveckling' },
  { p: 'Kommunstyrelsen har bett om svar på följande remissfrågor:' },
  { ol: ['Vilka pågående processer finns i ert område?', 'Vem bör samordna arbetet i områdena?'] },
  { h: 'Kulturnämnden' },
  { h: 'Vilka pågående processer finns i ert område?' },
  { p: 'Nämnden deltar i följande:' },
  { ul: ['Örat mot marken i Rosengård', 'CTC tillsammans med skolorna'] },
  { h: 'Vem bör samordna arbetet i områdena?' },
  { p: 'Kulturnämnden anser att Fritidsnämnden bör samordna arbetet.' },
];

describe('.docx input', () => {
  it('headings, paragraphs and list items are lines of their own; numbered items keep their number', async () => {
    const text = await readDocxText(await docxOf(LETTER), 'svar.docx');
    const lines = text.split('\n');
    // A heading stands alone, between blank lines, as the heading detector expects.
    const h = lines.indexOf('Kulturnämnden');
    expect([lines[h - 1], lines[h + 1]]).toEqual(['', '']);
    expect(text).toContain('remissfrågor:\n\n1. Vilka pågående processer finns i ert område?\n2. Vem bör samordna arbetet i områdena?\n');
    expect(text).toContain('• Örat mot marken i Rosengård\n• CTC tillsammans med skolorna');
  });

  it('reads as a round: the preamble questions, the respondent, its answers and their lines', async () => {
    const round = await buildRound([{ path: 'svar.docx', bytes: await docxOf(LETTER) }]);
    expect(round.sources[0]).toMatchObject({ kind: 'docx' });
    expect(round.questions.map((q) => q.text)).toEqual(['Vilka pågående processer finns i ert område?', 'Vem bör samordna arbetet i områdena?']);
    expect(round.respondents.map((r) => r.id)).toEqual(['KN']);
    const q2 = round.segments.find((s) => s.question === 'Q2');
    expect(q2?.text).toBe('Kulturnämnden anser att Fritidsnämnden bör samordna arbetet.');
    expect(q2?.page).toBeNull();
    expect(q2?.line).toBeGreaterThan(1);
  });

  it('tables: one line per cell', () => {
    expect(htmlToLines('<p>Före</p><table><tr><td><p>Remissinstans</p></td><td><p>Kulturnämnden</p></td></tr></table><p>Efter &amp; sist</p>')).toEqual([
      'Före',
      '',
      'Remissinstans',
      'Kulturnämnden',
      '',
      'Efter & sist',
    ]);
  });

  it('an old .doc, and a file that is no Word document, say so', async () => {
    await expect(readDocxText(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), 'gammal.doc')).rejects.toThrow(/^gammal\.doc: ett Word 97–2003-dokument \(\.doc\) kan inte läsas; spara det som \.docx/);
    await expect(readDocxText(Buffer.from('hej'), 'fel.docx')).rejects.toThrow(/^fel\.docx: inte ett Word-dokument/);
  });
});

describe('a directory as input', () => {
  const entries = (names: string[]) => names.map((name) => ({ name, isFile: () => !name.endsWith('/') }));

  it('reads the round files sorted by name, one document once, and notes what it leaves out', () => {
    const { files, notes } = roundFilesIn(
      'runda',
      entries(['ö-nämnden.txt', 'b.pdf', 'a.txt', 'b.txt', 'c.docx', 'c.pdf', 'runda.json', 'frågor.txt', '.DS_Store', '~$c.docx', 'bilder/', 'logga.png', 'enkät.csv']),
      path.resolve('runda', 'frågor.txt'),
    );
    expect(files).toEqual(['a.txt', 'b.pdf', 'c.docx', 'enkät.csv', 'ö-nämnden.txt'].map((f) => path.join('runda', f)));
    expect(notes).toEqual([
      `${path.join('runda', 'frågor.txt')}: läses som remissfrågor (--questions), inte som ett remissvar`,
      `${path.join('runda', 'logga.png')}: hoppas över (inte en fil remiss läser (.txt, .pdf, .docx, .csv))`,
      `${path.join('runda', 'runda.json')}: hoppas över (en omgångsfil från remiss ingest ges ensam, inte i en mapp)`,
      `${path.join('runda', 'b.pdf')}: samma dokument finns som b.txt; läser b.pdf en gång`,
      `${path.join('runda', 'c.docx')}: samma dokument finns som c.pdf; läser c.docx en gång`,
    ]);
  });

  it('the CLI reads a folder of answers (Word and text) as one round; the --questions file in it is not a respondent', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'remiss-mapp-'));
    writeFileSync(path.join(dir, 'frågor.txt'), '1. Vilka pågående processer finns i ert område?\n2. Vem bör samordna arbetet i områdena?\n');
    writeFileSync(path.join(dir, '01-kulturnamnden.docx'), await docxOf(LETTER.slice(3)));
    writeFileSync(
      path.join(dir, '02-tekniska.txt'),
      'Tekniska nämnden\n\nVem bör samordna arbetet i områdena?\nTekniska nämnden anser att kommunstyrelsen bör samordna arbetet.\n',
    );
    writeFileSync(path.join(dir, 'runda.json'), '{}');
    const res = await cli(['segments', '-f', 'json', '--questions', path.join(dir, 'frågor.txt'), dir]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toContain(`remiss: ${path.join(dir, 'frågor.txt')}: läses som remissfrågor (--questions), inte som ett remissvar\n`);
    expect(res.stderr).toContain(`remiss: ${path.join(dir, 'runda.json')}: hoppas över`);
    const out = JSON.parse(res.stdout);
    expect(out.questions).toHaveLength(2);
    expect(out.respondents.map((r: { id: string }) => r.id)).toEqual(['KN', 'TN']);
    // The questions file given as an input as well is still not read as a respondent.
    const again = await cli(['segments', '-f', 'json', '--questions', path.join(dir, 'frågor.txt'), path.join(dir, 'frågor.txt'), path.join(dir, '02-tekniska.txt')]);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).respondents.map((r: { id: string }) => r.id)).toEqual(['TN']);
  });

  it('an empty folder is an input error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'remiss-tom-'));
    const res = await cli(['segments', dir]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('mappen innehåller inga filer att läsa');
  });
});
