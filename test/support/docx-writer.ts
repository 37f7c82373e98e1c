/**
 * The blind rounds' Word documents: a respondent's answer written as blocks (headings, paragraphs,
 * automatically numbered and bulleted lists, tables, a running header and footer), rendered as a
 * .docx with the `docx` package — list numbers from Word's numbering, not typed; header and footer
 * in the document's header and footer — and as the plain text a person gets by copying the
 * document (the round's .txt source, which the gold's quotes are checked against).
 */
import { AlignmentType, Document, Footer, Header, HeadingLevel, LevelFormat, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

export type Block =
  | { header: string }
  | { footer: string }
  | { h1: string }
  | { h2: string }
  | { p: string }
  | { ol: string[]; continue?: boolean }
  | { ul: string[] }
  | { table: string[][] }
  | { pagebreak: true };

const NUMBERING = 'svar';

/** The .docx of a document's blocks. */
export async function blocksToDocx(blocks: Block[]): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [];
  let header: string | undefined;
  let footer: string | undefined;
  let list = 0;
  for (const b of blocks) {
    if ('header' in b) header = b.header;
    else if ('footer' in b) footer = b.footer;
    else if ('h1' in b) children.push(new Paragraph({ text: b.h1, heading: HeadingLevel.HEADING_1 }));
    else if ('h2' in b) children.push(new Paragraph({ text: b.h2, heading: HeadingLevel.HEADING_2 }));
    else if ('p' in b) children.push(new Paragraph({ children: [new TextRun(b.p)] }));
    else if ('ol' in b) {
      if (!b.continue || list === 0) list++;
      for (const t of b.ol) children.push(new Paragraph({ text: t, numbering: { reference: NUMBERING, level: 0, instance: list } }));
    } else if ('ul' in b) for (const t of b.ul) children.push(new Paragraph({ text: t, bullet: { level: 0 } }));
    else if ('table' in b)
      children.push(new Table({ rows: b.table.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }));
    else if ('pagebreak' in b) children.push(new Paragraph({ children: [new PageBreak()] }));
  }
  const doc = new Document({
    numbering: { config: [{ reference: NUMBERING, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [
      {
        headers: header === undefined ? undefined : { default: new Header({ children: [new Paragraph(header)] }) },
        footers: footer === undefined ? undefined : { default: new Footer({ children: [new Paragraph(footer)] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * The text of a document's blocks as copied out of Word: each heading and paragraph a line, a
 * blank line between blocks, list items "1. …" / "• …" with the numbers written out, a table row
 * its cells joined by a tab, a page break a form feed; header and footer left out.
 */
export function blocksToText(blocks: Block[]): string {
  const out: string[] = [];
  let number = 0;
  for (const b of blocks) {
    if ('header' in b || 'footer' in b) continue;
    if ('h1' in b) out.push(b.h1);
    else if ('h2' in b) out.push(b.h2);
    else if ('p' in b) out.push(b.p);
    else if ('ol' in b) {
      if (!b.continue) number = 0;
      out.push(b.ol.map((t) => `${++number}. ${t}`).join('\n'));
    } else if ('ul' in b) out.push(b.ul.map((t) => `• ${t}`).join('\n'));
    else if ('table' in b) out.push(b.table.map((r) => r.join('\t')).join('\n'));
    else if ('pagebreak' in b) out.push('\f');
  }
  return `${out.join('\n\n').replace(/\n\n\f\n\n/g, '\n\f\n')}\n`;
}
