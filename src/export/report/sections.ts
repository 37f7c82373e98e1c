/**
 * The parts of the report of one round: the questions, the completeness grid, the coordinator
 * table (each mark with the quotes and pages behind it, shown on hover or click), the bar chart of
 * proposals and the process × respondent heatmap.
 */
import type { Round } from '../../model.js';
import type { Row, Table } from '../../analyze/tabulate.js';
import { countOf, type Xref } from '../../analyze/xref.js';
import type { Evidence } from '../../extract/preferences.js';
import { loadCues } from '../../extract/lexicon.js';
import { wordCount } from '../segments.js';
import { html, type Html } from './html.js';
import { fill, reportLabels } from './labels.js';
import { barChart } from './svg.js';
import { count } from '../words.js';
import { cellCorrected } from '../../analyze/corrections.js';
import type { CorrectedProcess } from '../../analyze/corrections.js';
import { auditRows, cellText, correctionLabels, quoteWhere, stillFlagged } from '../corrections.js';

const L = (): Record<string, string> => reportLabels().report;

export function questionList(round: Round): Html {
  return html`<ol class="questions">${round.questions.map((q) => html`<li><strong>${q.id}</strong> ${q.text}</li>`)}</ol>`;
}

/** Respondent × question: words written, or "Obesvarad". */
export function completenessGrid(round: Round): Html {
  const l = L();
  const qids: Array<string | null> = [...round.questions.map((q) => q.id), null];
  // Words per respondent and question, counted in one pass over the segments (filtering every
  // segment for every respondent made a round of thousands of respondents quadratic).
  const words = new Map<string | null, Map<string | null, number>>();
  for (const s of round.segments) {
    if (s.noAnswer) continue;
    const mine = words.get(s.respondent) ?? new Map<string | null, number>();
    mine.set(s.question, (mine.get(s.question) ?? 0) + wordCount(s.text));
    words.set(s.respondent, mine);
  }
  const rows = round.respondents.map((r) => {
    const mine = words.get(r.id);
    const cells = qids.map((qid) => {
      const n = mine?.get(qid);
      if (n === undefined) return qid === null ? html`<td class="dim">–</td>` : html`<td class="missing">${l.unanswered}</td>`;
      return html`<td class="ok">${fill(l.words, { n })}</td>`;
    });
    return html`<tr><th scope="row">${r.id}</th><td>${r.name}</td>${cells}</tr>`;
  });
  const head = qids.map((q) => html`<th scope="col">${q ?? l.other}</th>`);
  return html`<div class="scroll"><table class="completeness">
<thead><tr><th scope="col"></th><th scope="col">${l.respondent}</th>${head}</tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

export function where(e: { page: number | null; line: number }): string {
  const l = L();
  return [e.page !== null ? fill(l.page, { page: e.page }) : '', fill(l.line, { line: e.line })].filter(Boolean).join(', ');
}

/**
 * The quotes behind a mark, shown when the reader points at it or clicks it (`note` first: an
 * analyst's reason); in print, where nothing can be pointed at, a footnote number instead (the
 * quotes listed under the table).
 */
export function quotes(evidence: Array<Evidence & { by?: string }>, notes?: Footnotes, note?: string): Html {
  const pop = html`<span class="pop" role="tooltip">${note ? html`<span class="note">${note}</span>` : ''}${evidence.map((e) => html`<q>${e.quote}</q><span class="where">${quoteWhere(e, where)}</span>`)}</span>`;
  return notes && evidence.length ? html`${notes.add(evidence)}${pop}` : pop;
}

/** The quotes of a table, numbered, for print: hover text does not exist on paper. */
export class Footnotes {
  private readonly items: Array<Array<Evidence & { by?: string }>> = [];
  add(evidence: Array<Evidence & { by?: string }>): Html {
    this.items.push(evidence);
    return html`<sup class="fn print-only">${this.items.length}</sup>`;
  }
  list(): Html {
    if (this.items.length === 0) return html``;
    return html`<ol class="footnotes print-only">${this.items.map((ev) => html`<li>${ev.map((e, i) => html`${i ? ' ' : ''}”${e.quote}” (${quoteWhere(e, where)})`)}</li>`)}</ol>`;
  }
}

function coordinatorRow(t: Table, row: Row, name: string, notes: Footnotes): Html {
  const marks = t.columns.map((c) => {
    const fixed = cellCorrected(row, c.id);
    // "X", a rank, "*" when conditional, "†" when an analyst decided it (src/export/corrections.ts).
    const text = cellText(row, c.id, true);
    if (!row.choices.includes(c.id)) return fixed ? html`<td class="nomark corrected" title="${correctionLabels().legend}">${text}</td>` : html`<td class="nomark">·</td>`;
    const ev = row.evidence.filter((e) => e.choice === c.id);
    const note = fixed ? fill(correctionLabels().csvComment, { reason: row.corrected!.reason, original: auditRows({ ...t, rows: [row] })[0].before }) : undefined;
    return html`<td class="mark has-pop${fixed ? ' corrected' : ''}" tabindex="0" data-column="${c.id}">${text}${quotes(ev, notes, note)}</td>`;
  });
  const refusal = row.evidence.filter((e) => e.choice === null);
  const comment = refusal.length
    ? html`<td class="comment has-pop" tabindex="0">${row.comment}${quotes(refusal, notes)}</td>`
    : html`<td class="comment">${row.comment}</td>`;
  return html`<tr data-respondent="${row.respondent}"${row.corrected ? html` class="corrected-row"` : ''}><th scope="row" title="${name}">${row.respondent}</th>${marks}${comment}</tr>`;
}

export function coordinatorTable(t: Table): Html {
  const labels = loadCues().labels;
  const names = new Map(t.respondents.map((r) => [r.id, r.name]));
  const head = t.columns.map((c) => html`<th scope="col" title="${c.generic ?? c.members.join(', ')}">${c.label}</th>`);
  const notes = new Footnotes();
  const body = t.rows.map((r) => coordinatorRow(t, r, names.get(r.respondent) ?? r.respondent, notes));
  return html`${t.question ? html`<p class="meta"><strong>${t.question.id}</strong> ${t.question.text}</p>` : ''}
<div class="scroll"><table class="coordinator">
<thead><tr><th scope="col">${labels.respondent}</th>${head}<th scope="col">${labels.comment}</th></tr></thead>
<tbody>${body}</tbody></table></div>
${t.rows.some((r) => r.conditional) ? html`<p class="note">${L().conditionalMark}</p>` : ''}
${t.rows.some((r) => r.corrected) ? html`<p class="note">${correctionLabels().legend}</p>` : ''}
${notes.list()}`;
}

/**
 * The audit of what people decided: per corrected row the tool's reading, the corrected one, the
 * reason and every quote (the tool's, and those the analyst cited); the processes an analyst added
 * or removed; the rows the tool still flags for review.
 */
export function auditSection(t: Table | null, x: Xref): Html {
  const cl = correctionLabels();
  const labels = loadCues().labels;
  const rows = t ? auditRows(t) : [];
  const processRows = (x.processes as CorrectedProcess[]).flatMap((p) =>
    (p.corrections ?? []).map((c) => ({ ...c, text: fill(c.action === 'add' ? cl.processAdded : cl.processRemoved, { process: p.name }) })),
  );
  const flagged = t ? stillFlagged(t) : [];
  const evidenceOf = (id: string): Html => {
    const row = t?.rows.find((r) => r.respondent === id);
    if (!row || row.evidence.length === 0) return html`<span class="empty">–</span>`;
    return html`${row.evidence.map((e) => html`<q>${e.quote}</q> <span class="where">(${quoteWhere(e, where)})</span><br>`)}`;
  };
  const table =
    rows.length === 0 && processRows.length === 0
      ? html`<p class="note">${cl.noCorrections}</p>`
      : html`<div class="scroll"><table class="audit">
<thead><tr><th scope="col">${labels.respondent}</th><th scope="col">${cl.toolReading}</th><th scope="col">${cl.corrected}</th><th scope="col">${cl.reason}</th><th scope="col">${cl.evidence}</th></tr></thead>
<tbody>${rows.map((a) => html`<tr data-respondent="${a.respondent}"><th scope="row" title="${a.name}">${a.respondent}</th><td><del>${a.before}</del>${a.review.length ? html`<br><span class="where">${a.review.join('; ')}</span>` : ''}</td><td class="corrected"><ins>${a.after}</ins></td><td>${a.reason}<br><span class="where">${a.source}</span></td><td class="quotes">${evidenceOf(a.respondent)}</td></tr>`)}
${processRows.map((p) => html`<tr data-respondent="${p.respondent}" data-process-correction="${p.action}"><th scope="row">${p.respondent}</th><td>${cl.processes}</td><td class="corrected">${p.text}</td><td>${p.reason}<br><span class="where">${p.source}</span></td><td></td></tr>`)}</tbody></table></div>`;
  const open = flagged.length
    ? html`<h3>${cl.stillFlagged}</h3><ul class="flagged">${flagged.map((r) => html`<li><strong>${r.respondent}</strong>: ${r.review.join('; ')}</li>`)}</ul>`
    : '';
  return html`<p class="note">${cl.auditNote}</p>${table}${open}`;
}

/** The largest count of a proposals chart: two charts side by side share one scale. */
export function proposalsMax(t: Table): number {
  // Counted in one pass over the rows (not the rows once per column), and no spread.
  const n = new Map<string, number>();
  for (const r of t.rows) for (const id of r.choices) n.set(id, (n.get(id) ?? 0) + 1);
  let max = 0;
  for (const c of t.columns) max = Math.max(max, n.get(c.id) ?? 0);
  return max;
}

/**
 * How many respondents chose each proposal, as bars; refusals and answers without a proposal
 * counted under it. `scale`: the count a full bar stands for (default: this chart's largest).
 */
export function proposalsChart(t: Table, scale?: number): Html {
  const l = L();
  const byColumn = new Map<string, string[]>();
  for (const r of t.rows) for (const id of r.choices) {
    const list = byColumn.get(id) ?? [];
    list.push(r.respondent);
    byColumn.set(id, list);
  }
  const bars = t.columns.map((c) => {
    const who = byColumn.get(c.id) ?? [];
    return { label: c.label, value: who.length, title: `${c.label}: ${who.join(', ')}` };
  });
  const declined = t.rows.filter((r) => r.stance === 'declines').length;
  const none = t.rows.filter((r) => r.stance === 'no-proposal').length;
  return html`<div class="chart">${barChart(bars, l.proposals, scale)}</div>
<p class="note">${fill(l.declined, { n: declined })}; ${fill(l.noProposal, { n: none })}</p>`;
}

const WHITE = [255, 255, 255];
const DEEP = [31, 95, 168];

/** A count as a colour from white to deep blue; the square root so that 1 and 2 stay apart from 8. */
export function heat(count: number, max: number): { background: string; ink: string } {
  const t = max > 0 ? Math.sqrt(count / max) : 0;
  const c = WHITE.map((w, i) => Math.round(w + (DEEP[i] - w) * t));
  return { background: `rgb(${c.join(',')})`, ink: t > 0.55 ? '#fff' : '#1d2430' };
}

/** Processes (rows) × respondents (columns): how many sentences name the process, as colour and number. */
export function heatmap(x: Xref): Html {
  const l = L();
  const named = x.processes.filter((p) => p.respondents.length > 0);
  if (named.length === 0) return html`<p class="note">${l.noProcesses}</p>`;
  // No spread: Math.max(...a list of a hundred thousand counts) overflows the stack.
  let max = 0;
  for (const p of named) for (const r of x.respondents) max = Math.max(max, countOf(p, r.id));
  // The first mention of each process by each respondent, found once.
  const firsts = named.map((p) => {
    const m = new Map<string, (typeof p.mentions)[number]>();
    for (const x of p.mentions) if (!m.has(x.respondent)) m.set(x.respondent, x);
    return m;
  });
  const head = x.respondents.map((r) => html`<th scope="col" title="${r.name}">${r.id}</th>`);
  const rows = named.map((p, pi) => {
    const cells = x.respondents.map((r) => {
      const n = countOf(p, r.id);
      const fix = (p as CorrectedProcess).corrections?.find((c) => c.respondent === r.id);
      if (fix) return html`<td class="corrected" data-count="${n}" title="${fix.reason}">${fix.action === 'add' ? `${n || ''}${correctionLabels().mark}` : html`<del>${correctionLabels().mark}</del>`}</td>`;
      if (n === 0) return html`<td class="empty" data-count="0"></td>`;
      const { background, ink } = heat(n, max);
      const first = firsts[pi].get(r.id);
      const tip = `${fill(l.mentions, { name: r.name, process: p.name, count: count(n, 'mening') })}${first ? `: ”${first.quote.slice(0, 240)}” (${where(first)})` : ''}`;
      return html`<td data-count="${n}" style="background:${background};color:${ink}" title="${tip}">${n}</td>`;
    });
    return html`<tr data-process="${p.id}"><th scope="row" class="${p.shared ? 'shared' : ''}" title="${p.id}">${p.shared ? html`<strong>${p.name}</strong>` : p.name}</th>${cells}</tr>`;
  });
  const legend = [1, Math.ceil(max / 2), max]
    .filter((v, i, a) => a.indexOf(v) === i)
    .map((v) => {
      const { background } = heat(v, max);
      return html`<span><span class="swatch" style="background:${background}"></span>${v}</span>`;
    });
  return html`<div class="scroll"><table class="heatmap">
<thead><tr><th scope="col">${l.process}</th>${head}</tr></thead>
<tbody>${rows}</tbody></table></div>
<div class="legend">${legend}</div>
<p class="note">${fill(l.processesNote, { n: x.minRespondents })}</p>`;
}
