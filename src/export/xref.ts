/**
 * Formats of `remiss xref`: the processes × respondents grid (table, CSV), the same grid with
 * every quote under it (Markdown, the appendix the office compiles), and JSON (CONTRACT.md).
 * The grid lists the processes someone names; JSON lists the whole dictionary.
 */
import { countOf, type Xref, type XrefProcess } from '../analyze/xref.js';
import { toCsv, type CsvOptions } from './csv.js';
import { fill, loadData } from '../data.js';
import { where } from './where.js';
import { csvHeaders, type GridStyles } from './segments.js';
import { count } from './words.js';
import type { Respondent } from '../model.js';
import { renderTable, wrapText } from './table.js';
import { mdText } from './sanitize.js';
import type { CorrectedProcess, ProcessCorrection } from '../analyze/corrections.js';
import { correctionLabels } from './corrections.js';

export function xrefJson(x: Xref): object {
  return {
    respondents: x.respondents.map((r) => ({ id: r.id, name: r.name })),
    minRespondents: x.minRespondents,
    processes: x.processes.map((p) => ({
      id: p.id,
      name: p.name,
      shared: p.shared,
      respondents: p.respondents,
      counts: p.counts,
      mentions: p.mentions.map((m) => ({ respondent: m.respondent, question: m.question, quote: m.quote, match: m.match, page: m.page, line: m.line })),
      ...(fixes(p).length ? { corrected: fixes(p).map((c) => ({ respondent: c.respondent, action: c.action, reason: c.reason, source: c.source })) } : {}),
    })),
  };
}

const fixes = (p: XrefProcess): ProcessCorrection[] => (p as CorrectedProcess).corrections ?? [];
/** Processes someone names, and those an analyst removed from someone (the grid shows the decision). */
const named = (x: Xref): XrefProcess[] => x.processes.filter((p) => p.respondents.length > 0 || fixes(p).length > 0);
/** Mentions, or the analyst's mark: "0†" for a process added, "†" for one removed. */
const cell = (p: XrefProcess, respondent: string): number | string | null => {
  const fix = fixes(p).find((c) => c.respondent === respondent);
  if (fix) return `${fix.action === 'add' ? countOf(p, respondent) : ''}${correctionLabels().mark}`;
  return countOf(p, respondent) || null;
};

/** The processes analysts added or removed, one line each: "KN + BID (…): reason". */
function correctionList(x: Xref): string[] {
  return x.processes.flatMap((p) => fixes(p).map((c) => `${c.respondent} ${c.action === 'add' ? '+' : '−'} ${p.name}${c.reason ? `: ${c.reason}` : ''}`));
}

export function xrefCsv(x: Xref, options: CsvOptions = {}): string {
  const ids = x.respondents.map((r) => r.id);
  const rows: Array<Array<string | number | null>> = [[...csvHeaders().xref, ...ids]];
  for (const p of named(x)) rows.push([p.id, p.name, p.respondents.length, p.shared ? 'X' : '', ...ids.map((id) => cell(p, id))]);
  return toCsv(rows, options);
}

interface XrefLabels {
  respondents: string;
  process: string;
  sharedMark: string;
  summary: string;
  notNamed: string;
  mdTitle: string;
  mdProcess: string;
  mdRespondents: string;
  mdBold: string;
  namedBy: string;
}

const labels = (): XrefLabels => loadData<{ xref: XrefLabels }>('lexicon/report.json').xref;

/**
 * "13 processer nämns av 12 remissinstanser …": the respondents counted are those that name at
 * least one process, not every respondent of the round.
 */
export function summary(x: Xref): string {
  const l = labels();
  const all = named(x);
  const shared = all.filter((p) => p.shared).length;
  const naming = new Set(all.flatMap((p) => p.respondents)).size;
  const unnamed = x.processes.filter((p) => p.respondents.length === 0).map((p) => p.name);
  return (
    fill(l.summary, { processes: count(all.length, 'process'), respondents: count(naming, 'remissinstans'), shared, n: x.minRespondents }) +
    (unnamed.length ? fill(l.notNamed, { ids: unnamed.join(', ') }) : '')
  );
}

/** A respondent as a column head: the registry's abbreviation, else the name as written (never a derived id). */
export function shortName(r: Respondent): string {
  return r.known ? r.id : r.name;
}

/** The grid: a row per process named, a column per respondent with its number of mentions. */
export function xrefTable(x: Xref, styles: GridStyles, options: { width?: number } = {}): string {
  const ids = x.respondents.map((r) => r.id);
  const header = [labels().process, labels().respondents, ...x.respondents.map(shortName)];
  const rows = named(x).map((p) => [p.shared ? `* ${p.name}` : p.name, String(p.respondents.length), ...ids.map((id) => String(cell(p, id) ?? '·'))]);
  const table = renderTable(header, rows, {
    align: header.map((_, i) => (i === 0 ? 'left' : 'right')),
    header: styles.header,
    maxWidth: options.width,
    wrap: [0],
    cell: (text, _r, c) => (c < 2 ? undefined : text === '·' ? styles.dim : styles.answered),
  });
  const fit = (s: string): string => (options.width ? wrapText(s, options.width).join('\n') : s);
  const corrected = correctionList(x);
  const audit = corrected.length ? `\n${fit(correctionLabels().legend)}\n\n${styles.header(correctionLabels().audit)}\n${corrected.map(fit).join('\n')}\n` : '';
  return `${table}\n${fit(fill(labels().sharedMark, { n: x.minRespondents }))}\n${fit(summary(x))}\n${audit}`;
}

/** Markdown: the grid, then per process the sentences that name it. */
export function xrefMarkdown(x: Xref): string {
  const ids = x.respondents.map((r) => r.id);
  const names = new Map(x.respondents.map((r) => [r.id, r.name]));
  const l = labels();
  const out: string[] = [`# ${l.mdTitle}`, ''];
  out.push(`| ${l.mdProcess} | ${l.mdRespondents} | ${ids.map(md).join(' | ')} |`);
  out.push(`|---|--:|${ids.map(() => ':-:').join('|')}|`);
  for (const p of named(x)) {
    out.push(`| ${p.shared ? `**${md(p.name)}**` : md(p.name)} | ${p.respondents.length} | ${ids.map((id) => cell(p, id) ?? '').join(' | ')} |`);
  }
  out.push('', `${fill(l.mdBold, { n: x.minRespondents })} ${md(summary(x))}.`);
  const fixed = correctionList(x);
  if (fixed.length) out.push('', md(correctionLabels().legend), '', `## ${correctionLabels().audit}`, '', ...fixed.map((f) => `- ${md(f)}`));
  for (const p of named(x)) {
    out.push('', `## ${md(p.name)} (${p.id})`, '', fill(l.namedBy, { names: p.respondents.map((id) => md(names.get(id) ?? id)).join(', ') }), '');
    for (const m of p.mentions) {
      out.push(`- **${md(m.respondent)}** (${where(m, m.question)}): ”${md(m.quote)}”`);
    }
  }
  return out.join('\n') + '\n';
}

/** Escape what Markdown would read as markup in running text and table cells. */
const md = mdText;
