/** The HTML report of one round (remiss report): what an analyst pastes into a report or shows. */
import type { RoundAnalysis } from '../../analyze/diff.js';
import { html, page, type Html } from './html.js';
import { fill, reportLabels } from './labels.js';
import { count } from '../words.js';
import { auditSection, completenessGrid, coordinatorTable, heatmap, proposalsChart, questionList } from './sections.js';
import { correctionLabels } from '../corrections.js';

/** Source file names only: a report is passed around, the analyst's directories are not its business. */
export function sourceNames(a: RoundAnalysis): string {
  return a.round.sources.map((s) => s.path.replace(/^.*[\\/]/, '')).join(', ');
}

/** The sections of one round, without the page around them (the diff report shows two). */
export function roundSections(a: RoundAnalysis, level: 2 | 3 = 2): Html {
  const l = reportLabels().report;
  const h = (text: string): Html => (level === 2 ? html`<h2>${text}</h2>` : html`<h3>${text}</h3>`);
  return html`${h(l.questions)}
${questionList(a.round)}
${h(l.completeness)}
<p class="note">${l.completenessNote}</p>
${completenessGrid(a.round)}
${h(l.coordinator)}
${a.table ? html`<p class="note screen-only">${l.coordinatorNote}</p><p class="note print-only">${l.printNote}</p>${coordinatorTable(a.table)}` : html`<p class="note">${l.noCoordinatorQuestion}</p>`}
${a.table ? html`${h(l.proposals)}<p class="note">${l.proposalsNote}</p>${proposalsChart(a.table)}` : ''}
${h(l.processes)}
${heatmap(a.xref)}
${h(correctionLabels().audit)}
${auditSection(a.table, a.xref)}`;
}

export function roundReportHtml(a: RoundAnalysis): string {
  const l = reportLabels().report;
  const body = html`<header>
<p class="meta">${l.heading}</p>
<h1>${a.round.title}</h1>
<p class="meta">${fill(l.overview, { respondents: count(a.round.respondents.length, 'remissinstans'), questions: count(a.round.questions.length, 'remissfråga') })}. ${fill(l.generatedBy, { sources: sourceNames(a) })}</p>
</header>
<main>
${roundSections(a)}
</main>`;
  return page(l.language, a.round.title, body);
}
