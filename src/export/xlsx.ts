/**
 * Workbooks (.xlsx) for the analysts who continue in Excel: every sheet a header row that stays
 * in view (frozen) and filters, columns as wide as their content (long text wraps), and cells
 * typed: text from the documents is a text cell in the text format ("@"), never a formula or a
 * number Excel guessed, so a quote starting with "=" or "0046…" stays what it was. Counts, pages
 * and lines are numbers. exceljs is loaded only when a workbook is written.
 */
import type { Round } from '../model.js';
import type { Table } from '../analyze/tabulate.js';
import type { Xref } from '../analyze/xref.js';
import { loadData } from '../data.js';
import { loadLabels } from '../extract/lexicon.js';
import { completeness, csvHeaders, wordCount } from './segments.js';
import { shortName } from './xref.js';
import { cellText, commentWithCorrection } from './corrections.js';
import { loadPackage } from '../load-package.js';

export type Cell = string | number | null;

export interface Sheet {
  name: string;
  header: string[];
  rows: Cell[][];
}

interface OfficeLabels {
  coordinator: string;
  evidence: string;
  completeness: string;
  processes: string;
  mentions: string;
  segments: string;
  questions: string;
  evidenceHeader: string[];
  questionsHeader: string[];
  refusal: string;
}

export const officeLabels = <T = OfficeLabels>(): T => loadData<{ office: T }>('lexicon/report.json').office;

/** Columns wrap beyond this width (characters); Excel's widths are in characters too. */
const MAX_COLUMN = 60;

export async function workbook(sheets: Sheet[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await loadPackage('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'remiss';
  // A fixed date: the same round gives the same workbook (and the analysis cache stays honest).
  wb.created = wb.modified = new Date(Date.UTC(2000, 0, 1));
  for (const s of sheets) {
    // Printed from Excel as from Word: A4 landscape, every column on the page, the header on each page.
    const ws = wb.addWorksheet(s.name, {
      views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
    });
    const widths = s.header.map((h, i) => Math.min(MAX_COLUMN, Math.max(4, length(h), ...s.rows.map((r) => length(r[i])))) + 2);
    const head = ws.addRow(s.header.map(String));
    head.font = { bold: true };
    head.eachCell((c) => {
      c.numFmt = '@';
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F5' } };
      c.alignment = { vertical: 'top', wrapText: true };
    });
    for (const r of s.rows) {
      const row = ws.addRow(r.map((v) => (v === null || v === undefined ? null : v)));
      row.eachCell((c, col) => {
        if (typeof c.value === 'string') c.numFmt = '@';
        c.alignment = { vertical: 'top', wrapText: widths[col - 1] > MAX_COLUMN };
      });
    }
    // exceljs 4.4 merges a run of equal widths into one <col min max> and then drops the column
    // after the run; adjacent widths that differ by a hundredth of a character are never merged.
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w + (i % 2) * 0.01));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, s.header.length) } };
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const length = (v: Cell | undefined): number => (v === null || v === undefined ? 0 : Math.max(...String(v).split('\n').map((l) => [...l].length)));

/** The coordinator table in the published layout: respondent, one column per proposal with X, comment. */
export function coordinatorSheet(t: Table): Sheet {
  const labels = loadLabels();
  const who = new Map(t.respondents.map((r) => [r.id, shortName(r)]));
  return {
    name: officeLabels().coordinator,
    header: [labels.respondent, ...t.columns.map((c) => c.label), labels.comment],
    // An analyst's decision is marked as in every format: "X†", and the reason in the comment.
    rows: t.rows.map((r) => [who.get(r.respondent) ?? r.respondent, ...t.columns.map((c) => cellText(r, c.id, false) || null), commentWithCorrection(t, r) || null]),
  };
}

/** Every quote behind a mark or a refusal, with the page and line to find it. */
export function evidenceSheet(t: Table): Sheet {
  const l = officeLabels();
  const names = new Map(t.respondents.map((r) => [r.id, r]));
  const rows: Cell[][] = [];
  for (const r of t.rows) {
    const resp = names.get(r.respondent);
    for (const e of r.evidence) {
      const col = t.columns.find((c) => c.id === e.choice);
      rows.push([resp ? shortName(resp) : r.respondent, resp?.name ?? r.respondent, col ? col.label : l.refusal, e.quote, e.page, e.line]);
    }
  }
  return { name: l.evidence, header: l.evidenceHeader, rows };
}

/** The completeness grid: words per answer, "–" where nothing was written. */
export function completenessSheet(round: Round): Sheet {
  const g = completeness(round);
  const missing = loadData<{ grid: { missing: string } }>('lexicon/report.json').grid.missing;
  const header = [...g.header];
  [header[0], header[1]] = csvHeaders().segments.slice(0, 2);
  return { name: officeLabels().completeness, header, rows: g.rows.map((r) => [r.id, r.name, ...r.words.map((w) => (w === null ? missing : w))]) };
}

export function questionsSheet(round: Round): Sheet {
  const l = officeLabels();
  return { name: l.questions, header: l.questionsHeader, rows: round.questions.map((q) => [q.id, q.text]) };
}

/** Processes × respondents: how many sentences of each respondent name each process. */
export function processesSheet(x: Xref): Sheet {
  const named = x.processes.filter((p) => p.respondents.length > 0);
  return {
    name: officeLabels().processes,
    header: [...csvHeaders().xref, ...x.respondents.map(shortName)],
    rows: named.map((p) => [p.id, p.name, p.respondents.length, p.shared ? 'X' : null, ...x.respondents.map((r) => p.counts[r.id] ?? null)]),
  };
}

/** Every sentence that names a process, with the page and line to find it. */
export function mentionsSheet(x: Xref): Sheet {
  const names = new Map(x.respondents.map((r) => [r.id, r]));
  const rows: Cell[][] = [];
  for (const p of x.processes) {
    for (const m of p.mentions) {
      const r = names.get(m.respondent);
      rows.push([p.name, r ? shortName(r) : m.respondent, r?.name ?? m.respondent, m.question, m.quote, m.page, m.line]);
    }
  }
  return { name: officeLabels().mentions, header: csvHeaders().mentions, rows };
}

/** The round's segments, one a row, as in the CSV. */
export function segmentsSheet(round: Round): Sheet {
  const names = new Map(round.respondents.map((r) => [r.id, r.name]));
  return {
    name: officeLabels().segments,
    header: csvHeaders().segments,
    rows: round.segments.map((s) => [s.respondent ?? s.part ?? null, s.respondent === null ? null : names.get(s.respondent) ?? null, s.question, s.heading, s.page, s.line, wordCount(s.text), s.text]),
  };
}
