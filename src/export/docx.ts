/**
 * The coordinator table as a Word document (remiss tabulate -o tabell.docx), to paste into a
 * tjänsteskrivelse: the remissfrågor above it, the table in the published layout — respondent,
 * one column per proposal with X, the comment (conditions, refusals, supporting actors) — in a
 * real Word table with a repeated header row, on A4 landscape. docx is loaded only when needed.
 */
import type { Round } from '../model.js';
import type { Table } from '../analyze/tabulate.js';
import { fill } from '../data.js';
import { loadLabels } from '../extract/lexicon.js';
import { officeLabels } from './xlsx.js';
import { shortName } from './xref.js';
import { cellText, commentWithCorrection } from './corrections.js';
import { loadPackage } from '../load-package.js';

interface DocLabels {
  docTitle: string;
  docQuestions: string;
  docTableFor: string;
  docNoQuestion: string;
  docSource: string;
}

/** A4 in twentieths of a point, and the width between 2 cm margins in landscape. */
const A4 = { short: 11906, long: 16838 };
const MARGIN = 1134;
const TEXT_WIDTH = A4.long - 2 * MARGIN;

export async function tabulateDocx(round: Pick<Round, 'questions' | 'title'>, t: Table | null): Promise<Uint8Array> {
  const d = await loadPackage('docx');
  const l = officeLabels<DocLabels>();
  const labels = loadLabels();
  const children: Array<InstanceType<typeof d.Paragraph> | InstanceType<typeof d.Table>> = [];
  children.push(new d.Paragraph({ text: l.docTitle, heading: d.HeadingLevel.HEADING_2 }));
  if (round.questions.length) {
    children.push(new d.Paragraph({ text: l.docQuestions }));
    round.questions.forEach((q, i) =>
      children.push(new d.Paragraph({ children: [new d.TextRun(`${i + 1}. ${q.text}`)], indent: { left: 360 }, spacing: { after: 60 } })),
    );
  }
  if (!t) {
    children.push(new d.Paragraph({ text: l.docNoQuestion }));
  } else {
    if (t.question) children.push(new d.Paragraph({ text: fill(l.docTableFor, { id: t.question.id, text: t.question.text }), spacing: { before: 200, after: 120 } }));
    const who = new Map(t.respondents.map((r) => [r.id, shortName(r)]));
    // The respondent and comment columns get what they need; the proposals share the rest by the
    // longest word of their label, so that Word never breaks "stadsutvecklingsuppdrag" inside.
    const first = 1700;
    const comment = Math.round(TEXT_WIDTH * 0.3);
    const weights = t.columns.map((c) => Math.max(4, ...c.label.split(/\s+/).map((w) => [...w].length)));
    const unit = (TEXT_WIDTH - first - comment) / Math.max(1, weights.reduce((a, b) => a + b, 0));
    const widths = [first, ...weights.map((w) => Math.floor(w * unit)), comment];
    const border = { style: d.BorderStyle.SINGLE, size: 4, color: '999999' };
    const borders = { top: border, bottom: border, left: border, right: border };
    const cell = (text: string, i: number, opts: { bold?: boolean; center?: boolean; shade?: boolean } = {}) =>
      new d.TableCell({
        width: { size: widths[i], type: d.WidthType.DXA },
        borders,
        shading: opts.shade ? { type: d.ShadingType.CLEAR, color: 'auto', fill: 'EEF1F5' } : undefined,
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        children: text.split('\n').map(
          (line) =>
            new d.Paragraph({
              alignment: opts.center ? d.AlignmentType.CENTER : d.AlignmentType.LEFT,
              children: [new d.TextRun({ text: line, bold: opts.bold, size: opts.shade ? 18 : undefined })],
            }),
        ),
      });
    const header = [labels.respondent, ...t.columns.map((c) => c.label), labels.comment];
    const rows = [
      new d.TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, i, { bold: true, shade: true, center: i > 0 && i < header.length - 1 })) }),
      ...t.rows.map(
        (r) =>
          new d.TableRow({
            cantSplit: true,
            children: [
              cell(who.get(r.respondent) ?? r.respondent, 0, { bold: true }),
              ...t.columns.map((c, i) => cell(cellText(r, c.id, false), i + 1, { center: true })),
              cell(commentWithCorrection(t, r), header.length - 1),
            ],
          }),
      ),
    ];
    children.push(new d.Table({ rows, width: { size: TEXT_WIDTH, type: d.WidthType.DXA }, columnWidths: widths, layout: d.TableLayoutType.FIXED }));
  }
  children.push(new d.Paragraph({ children: [new d.TextRun({ text: fill(l.docSource, { title: round.title }), italics: true, size: 16 })], spacing: { before: 200 } }));
  const doc = new d.Document({
    creator: 'remiss',
    title: l.docTitle,
    styles: { default: { document: { run: { font: 'Calibri', size: 20 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.short, height: A4.long, orientation: d.PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await d.Packer.toBuffer(doc));
}
