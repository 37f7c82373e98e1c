/**
 * The HTML report of two rounds compared (remiss report --diff, remiss diff -f html): the questions
 * aligned, then the rounds side by side — per respondent the proposal and the processes named then
 * and now — with what changed marked: added respondents green, removed red, changed cells yellow,
 * processes gained underlined in green and lost struck through.
 */
import type { Respondent } from '../../model.js';
import type { PreferenceChange, RoundAnalysis, RoundDiff } from '../../analyze/diff.js';
import type { Column } from '../../analyze/tabulate.js';
import { choiceText, changeText, correctedLegend, correctedMark, preferenceDiffers, questionChangeText } from '../diff.js';
import { html, page, type Html } from './html.js';
import { decimal, fill, reportLabels } from './labels.js';
import { sourceNames } from './round.js';
import { count } from '../words.js';
import { Footnotes, proposalsChart, proposalsMax, quotes } from './sections.js';

/** A respondent's proposal cell: what it proposes, with the quotes behind it on hover or click. */
function choiceCell(a: RoundAnalysis, id: string, cls: string, notes: Footnotes): Html {
  const row = a.table?.rows.find((r) => r.respondent === id);
  if (!a.table || !row) return html`<td class="empty">–</td>`;
  const cols = row.choices.map((c) => a.table!.columns.find((x) => x.id === c)).filter((c): c is Column => c !== undefined);
  // An analyst's decision is marked, its reason in the cell's tooltip.
  const text = choiceText(cols, row.stance, row.conditional) + correctedMark(Boolean(row.corrected));
  const c = row.corrected ? `${cls} corrected`.trim() : cls;
  const title = row.corrected?.reason ? html` title="${row.corrected.reason}"` : '';
  if (row.evidence.length === 0) return html`<td class="${c}"${title}>${text}</td>`;
  return html`<td class="${c} has-pop" tabindex="0"${title}>${text}${quotes(row.evidence, notes)}</td>`;
}

function processesOf(a: RoundAnalysis, id: string): Array<{ id: string; name: string }> {
  return a.xref.processes.filter((p) => p.respondents.includes(id)).map((p) => ({ id: p.id, name: p.name }));
}

function questionsTable(d: RoundDiff): Html {
  const l = reportLabels().diff;
  const text = (which: 'old' | 'new', id: string | null): Html =>
    id === null ? html`<span class="empty">–</span>` : html`<strong>${id}</strong> ${d[which].round.questions.find((q) => q.id === id)?.text ?? ''}`;
  const pos = (which: 'old' | 'new', id: string | null): number => (id === null ? -1 : d[which].round.questions.findIndex((q) => q.id === id));
  const rows = d.questions.map((q) => {
    const cls = q.old === null ? 'added' : q.changed ? 'changed' : '';
    return html`<tr class="${cls}"><td>${text('new', q.new)}</td><td>${text('old', q.old)}</td><td class="num">${decimal(q.similarity)}</td><td class="change">${questionChangeText(q, pos('old', q.old), pos('new', q.new))}</td></tr>`;
  });
  const dropped = d.questionsDropped.map((id) => html`<tr class="removed"><td><span class="empty">–</span></td><td>${text('old', id)}</td><td class="num">–</td><td>${l.questionsDropped}</td></tr>`);
  return html`<table class="questions-diff"><thead><tr><th scope="col">${l.new}</th><th scope="col">${l.old}</th><th scope="col">${l.similarity}</th><th scope="col">${l.change}</th></tr></thead>
<tbody>${rows}${dropped}</tbody></table>`;
}

function processCell(list: Array<{ id: string; name: string }>, marked: string[], tag: 'ins' | 'del'): Html {
  if (list.length === 0) return html`<span class="empty">–</span>`;
  return html`${list.map((p, i) => html`${i ? ', ' : ''}${marked.includes(p.id) ? (tag === 'ins' ? html`<ins title="${p.id}">${p.name}</ins>` : html`<del title="${p.id}">${p.name}</del>`) : p.name}`)}`;
}

/** One table, the old round's columns on the left and the new round's on the right. */
function sideBySide(d: RoundDiff): Html {
  const l = reportLabels().diff;
  const r = reportLabels().report;
  const pref = new Map<string, PreferenceChange>(d.preferences.map((p) => [p.respondent.id, p]));
  const proc = new Map(d.processes.map((p) => [p.respondent.id, p]));
  const oldIdOf = (n: Respondent): string | undefined => {
    if (d.added.includes(n)) return undefined;
    return d.matchedByName.find((m) => m.new === n)?.old.id ?? n.id;
  };
  const rows: Html[] = [];
  const notes = new Footnotes();
  for (const n of d.new.round.respondents) {
    const oldId = oldIdOf(n);
    if (oldId === undefined) {
      rows.push(html`<tr class="added" data-respondent="${n.id}"><th scope="row" title="${n.name}">${n.name}</th>
<td class="empty">–</td><td class="empty">–</td>${choiceCell(d.new, n.id, '', notes)}<td>${processCell(processesOf(d.new, n.id), [], 'ins')}</td><td class="change">${r.legendAdded}</td></tr>`);
      continue;
    }
    const p = pref.get(n.id);
    const pc = proc.get(n.id);
    const changedPref = p ? preferenceDiffers(p) : false;
    const cls = changedPref || pc ? 'changed' : '';
    const change = [p && changedPref ? changeText(p) : '', pc ? l.processes.toLowerCase() : ''].filter(Boolean).join(', ');
    const c = changedPref ? 'changed' : '';
    rows.push(html`<tr class="${cls}" data-respondent="${n.id}"><th scope="row" title="${n.name}">${n.name}</th>
${choiceCell(d.old, oldId, c, notes)}<td>${processCell(processesOf(d.old, oldId), pc?.lost ?? [], 'del')}</td>
${choiceCell(d.new, n.id, c, notes)}<td>${processCell(processesOf(d.new, n.id), pc?.gained ?? [], 'ins')}</td>
<td class="change">${change}</td></tr>`);
  }
  for (const o of d.removed) {
    rows.push(html`<tr class="removed" data-respondent="${o.id}"><th scope="row" title="${o.name}">${o.name}</th>
${choiceCell(d.old, o.id, '', notes)}<td>${processCell(processesOf(d.old, o.id), [], 'del')}</td><td class="empty">–</td><td class="empty">–</td><td class="change">${r.legendRemoved}</td></tr>`);
  }
  return html`<div class="scroll"><table class="side-by-side">
<thead><tr><th scope="col" rowspan="2">${r.respondent}</th><th scope="colgroup" colspan="2">${l.old}</th><th scope="colgroup" colspan="2">${l.new}</th><th scope="col" rowspan="2">${l.change}</th></tr>
<tr><th scope="col">${l.preferences}</th><th scope="col">${l.processes}</th><th scope="col">${l.preferences}</th><th scope="col">${l.processes}</th></tr></thead>
<tbody>${rows}</tbody></table></div>
${notes.list()}`;
}

/** Every process shared in either round: how many named it then and now. */
function sharedTable(d: RoundDiff): Html {
  const l = reportLabels().diff;
  const r = reportLabels().report;
  const s = d.sharedProcesses;
  const ids = [...s.old, ...s.new.filter((x) => !s.old.includes(x))];
  const count = (a: RoundAnalysis, id: string): number => a.xref.processes.find((p) => p.id === id)?.respondents.length ?? 0;
  const name = (id: string): string => (d.new.xref.processes.find((p) => p.id === id) ?? d.old.xref.processes.find((p) => p.id === id))?.name ?? id;
  const rows = ids.map((id) => {
    const cls = s.gained.includes(id) ? 'added' : s.lost.includes(id) ? 'removed' : '';
    const change = s.gained.includes(id) ? l.gained : s.lost.includes(id) ? l.lost : '';
    return html`<tr class="${cls}" data-process="${id}"><th scope="row">${name(id)}</th><td class="num">${count(d.old, id)}</td><td class="num">${count(d.new, id)}</td><td class="change">${change}</td></tr>`;
  });
  return html`<table class="shared"><thead><tr><th scope="col">${r.process}</th><th scope="col">${l.old}</th><th scope="col">${l.new}</th><th scope="col">${l.change}</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

function panel(a: RoundAnalysis, label: string, scale: number): Html {
  const r = reportLabels().report;
  return html`<section><h3>${label}: ${a.round.title}</h3>
${a.table ? proposalsChart(a.table, scale) : html`<p class="note">${r.noCoordinatorQuestion}</p>`}
</section>`;
}

export function diffReportHtml(d: RoundDiff): string {
  const l = reportLabels().diff;
  const r = reportLabels().report;
  const changedPrefs = d.preferences.filter(preferenceDiffers).length;
  // One scale for both charts: a bar of 3 is as long in the old round as in the new.
  const scale = Math.max(...[d.old.table, d.new.table].map((t) => (t ? proposalsMax(t) : 0)));
  const summary = fill(l.summary, {
    added: count(d.added.length, 'tillkommen remissinstans'),
    removed: count(d.removed.length, 'borttagen remissinstans'),
    preferences: count(changedPrefs, 'ändrat förslag'),
    processes: count(d.processes.length, 'remissinstans'),
  });
  const notes = d.notCompared.map((w) => (w === 'old' ? l.notComparedOld : l.notComparedNew));
  const body = html`<header>
<p class="meta">${r.heading}</p>
<h1>${l.title}</h1>
<p class="meta"><strong>${l.old}:</strong> ${d.old.round.title} (${sourceNames(d.old)})<br><strong>${l.new}:</strong> ${d.new.round.title} (${sourceNames(d.new)})</p>
<p class="summary">${d.differs ? summary : l.noDifference}</p>
${notes.map((n) => html`<p class="note">${n}</p>`)}
<div class="legend"><span><span class="swatch added"></span>${r.legendAdded}</span><span><span class="swatch removed"></span>${r.legendRemoved}</span><span><span class="swatch changed"></span>${r.legendChanged}</span></div>
</header>
<main>
<h2>${l.questions}</h2>
${questionsTable(d)}
<h2>${r.sideBySide}</h2>
<p class="note">${r.sideBySideNote}</p>
<p class="note screen-only">${r.hoverNote}</p>
${sideBySide(d)}
<p class="note">${l.conditionalMark}</p>
${d.preferences.some((p) => p.corrected.old || p.corrected.new) ? html`<p class="note">${correctedLegend()}</p>` : ''}
<h2>${l.sharedProcesses}</h2>
${sharedTable(d)}
<h2>${r.proposals}</h2>
<p class="note">${r.proposalsNote}</p>
<div class="side">${panel(d.old, l.old, scale)}${panel(d.new, l.new, scale)}</div>
</main>`;
  return page(r.language, l.title, body);
}
