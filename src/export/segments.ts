/** Formats of `remiss segments`: the completeness grid (table), JSON and CSV. */
import type { Round } from '../model.js';
import { fill, loadData } from '../data.js';
import { renderTable, type Style } from './table.js';
import { toCsv, type CsvOptions } from './csv.js';

export function segmentsJson(round: Round): object {
  return {
    title: round.title,
    questions: round.questions,
    respondents: round.respondents.map((r) => ({ id: r.id, name: r.name })),
    segments: round.segments.map((s) => ({
      respondent: s.respondent,
      ...(s.part ? { part: s.part } : {}),
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
  const rows: Array<Array<string | number | null>> = [['respondent', 'name', 'question', 'heading', 'page', 'line', 'words', 'text']];
  for (const s of round.segments) {
    rows.push([s.respondent ?? s.part ?? '', s.respondent === null ? '' : names.get(s.respondent) ?? '', s.question ?? '', s.heading ?? '', s.page, s.line, wordCount(s.text), s.text]);
  }
  return toCsv(rows, options);
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
  respondent: string;
  unanswered: string;
  words: string;
  missing: string;
  summary: string;
  none: string;
}

export function segmentsTable(round: Round, styles: GridStyles): string {
  const l = loadData<{ grid: GridLabels }>('lexicon/report.json').grid;
  const header = ['', l.respondent, ...round.questions.map((q) => q.id), l.unanswered];
  const rows: string[][] = [];
  const missing: string[] = [];
  // Segments by respondent once (filtering all of them per respondent is quadratic).
  const byRespondent = new Map<string | null, Round['segments']>();
  for (const s of round.segments) byRespondent.set(s.respondent, [...(byRespondent.get(s.respondent) ?? []), s]);
  for (const r of round.respondents) {
    const mine = byRespondent.get(r.id) ?? [];
    const cells = [...round.questions.map((q) => q.id), null].map((qid) => {
      const words = mine.filter((s) => s.question === qid).reduce((a, s) => a + wordCount(s.text), 0);
      const any = mine.some((s) => s.question === qid);
      if (!any) {
        if (qid !== null) missing.push(`${r.id} ${qid}`);
        return l.missing;
      }
      return fill(l.words, { n: words });
    });
    rows.push([r.id, r.name, ...cells]);
  }
  const align: Array<'left' | 'right'> = ['left', 'left', ...header.slice(2).map(() => 'right' as const)];
  const table = renderTable(header, rows, {
    align,
    header: styles.header,
    cell: (text, _r, c) => (c < 2 ? undefined : text === l.missing ? (c === header.length - 1 ? styles.dim : styles.missing) : styles.answered),
  });
  const legend = round.questions.map((q) => `${q.id}  ${q.text}`).join('\n');
  // Text of no respondent is shown, never hidden: how much, and where it starts.
  const loose = (byRespondent.get(null) ?? []).filter((s) => s.part === 'unattributed');
  const looseLines = loose.reduce((a, s) => a + s.lines.filter((x) => x.text !== '').length, 0);
  const unattributed = loose.length > 0 ? `\n${fill(l.unattributed, { lines: looseLines, where: loose.map((s) => (s.page !== null ? `s. ${s.page} rad ${s.line}` : `rad ${s.line}`)).join(', ') })}` : '';
  const summary = fill(l.summary, { respondents: round.respondents.length, questions: round.questions.length, missing: missing.length ? missing.join(', ') : l.none });
  return `${table}\n${legend}\n\n${summary}${unattributed}\n`;
}
