/** Formats of `remiss segments`: the completeness grid (table), JSON and CSV. */
import type { Round } from '../model.js';
import { fill, loadData } from '../data.js';
import { renderTable, wrapText, type Style } from './table.js';
import { toCsv, type CsvOptions } from './csv.js';
import { count } from './words.js';

export function segmentsJson(round: Round): object {
  return {
    title: round.title,
    questions: round.questions,
    respondents: round.respondents.map((r) => ({ id: r.id, name: r.name, ...(r.organisation ? { organisation: r.organisation } : {}), ...(r.noObjection ? { noObjection: true } : {}) })),
    segments: round.segments.map((s) => ({
      respondent: s.respondent,
      ...(s.part ? { part: s.part } : {}),
      ...(s.noAnswer ? { noAnswer: true } : {}),
      ...(s.refersTo ? { refersTo: s.refersTo } : {}),
      question: s.question,
      heading: s.heading,
      text: s.text,
      page: s.page,
      line: s.line,
    })),
  };
}

export function segmentsCsv(round: Round, options: CsvOptions = {}): string {
  const names = new Map(round.respondents.map((r) => [r.id, r.name]));
  const rows: Array<Array<string | number | null>> = [csvHeaders().segments];
  for (const s of round.segments) {
    rows.push([s.respondent ?? s.part ?? '', s.respondent === null ? '' : names.get(s.respondent) ?? '', s.question ?? '', s.heading ?? '', s.page, s.line, wordCount(s.text), s.text]);
  }
  return toCsv(rows, options);
}

/** The Swedish header rows of the CSV and xlsx outputs (data/lexicon/report.json, "csv"). */
export function csvHeaders(): { segments: string[]; xref: string[]; mentions: string[] } {
  return loadData<{ csv: { segments: string[]; xref: string[]; mentions: string[] } }>('lexicon/report.json').csv;
}

export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

export interface GridStyles {
  header: Style;
  answered: Style;
  missing: Style;
  dim: Style;
}

/**
 * The completeness grid: one row per respondent, one column per question, plus the text that
 * answers no question. A cell shows how much was written (words) or "–" when nothing was.
 */
interface GridLabels {
  unattributed: string;
  noObjection: string;
  respondent: string;
  unanswered: string;
  words: string;
  missing: string;
  summary: string;
  none: string;
}

export interface GridData {
  header: string[];
  /** Per respondent: id, name, then words per question and for the text answering none (null: nothing written). */
  rows: Array<{ id: string; name: string; words: Array<number | null> }>;
  missing: string[];
}

/** The completeness grid as data: the terminal table and the workbook show it. */
export function completeness(round: Round): GridData {
  const l = loadData<{ grid: GridLabels }>('lexicon/report.json').grid;
  // The abbreviation's column has no head: "Remissinstans" stands over the names, and the
  // narrowest column stays as narrow as the abbreviations.
  const header = ['', l.respondent, ...round.questions.map((q) => q.id), l.unanswered];
  const byRespondent = new Map<string | null, Round['segments']>();
  for (const s of round.segments) {
    const list = byRespondent.get(s.respondent);
    if (list) list.push(s);
    else byRespondent.set(s.respondent, [s]);
  }
  const missing: string[] = [];
  const rows = round.respondents.map((r) => {
    const mine = byRespondent.get(r.id) ?? [];
    const words = [...round.questions.map((q) => q.id), null].map((qid) => {
      // A form's empty field ("–", "Inget svar", "Se svar på fråga 2") answers nothing.
      const answer = mine.filter((s) => s.question === qid && !s.noAnswer);
      if (answer.length === 0) {
        // A body with nothing to say on the matter is named once, below, not question by question.
        if (qid !== null && !r.noObjection) missing.push(`${r.id} ${qid}`);
        return null;
      }
      return answer.reduce((a, s) => a + wordCount(s.text), 0);
    });
    return { id: r.id, name: r.name, words };
  });
  return { header, rows, missing };
}

/** The grid for the terminal, fitting `width` (the names wrap). */
export function segmentsTable(round: Round, styles: GridStyles, options: { width?: number } = {}): string {
  const l = loadData<{ grid: GridLabels }>('lexicon/report.json').grid;
  const grid = completeness(round);
  const header = grid.header;
  const rows = grid.rows.map((r) => [r.id, r.name, ...r.words.map((w) => (w === null ? l.missing : fill(l.words, { n: w })))]);
  const missing = grid.missing;
  const align: Array<'left' | 'right'> = ['left', 'left', ...header.slice(2).map(() => 'right' as const)];
  const table = renderTable(header, rows, {
    align,
    header: styles.header,
    maxWidth: options.width,
    wrap: [1],
    cell: (text, _r, c) => (c < 2 ? undefined : text === l.missing ? (c === header.length - 1 ? styles.dim : styles.missing) : styles.answered),
  });
  const fit = (s: string): string => (options.width ? wrapText(s, options.width).join('\n') : s);
  const legend = round.questions.map((q) => fit(`${q.id}  ${q.text}`)).join('\n');
  // Text of no respondent is shown, never hidden: how much, and where it starts.
  const loose = round.segments.filter((s) => s.respondent === null && s.part === 'unattributed');
  const looseLines = loose.reduce((a, s) => a + s.lines.filter((x) => x.text !== '').length, 0);
  const unattributed = loose.length > 0 ? `\n${fit(fill(l.unattributed, { lines: looseLines, where: loose.map((s) => (s.page !== null ? `s. ${s.page} rad ${s.line}` : `rad ${s.line}`)).join(', ') }))}` : '';
  const summary = fill(l.summary, { respondents: count(round.respondents.length, 'remissinstans'), questions: count(round.questions.length, 'fråga'), missing: missing.length ? missing.join(', ') : l.none });
  const quiet = round.respondents.filter((r) => r.noObjection).map((r) => r.id);
  const noObjection = quiet.length > 0 ? `\n${fit(fill(l.noObjection, { ids: quiet.join(', ') }))}` : '';
  return `${table}\n${legend}\n\n${fit(summary)}${noObjection}${unattributed}\n`;
}
