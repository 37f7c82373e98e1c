/**
 * Formats of `remiss diff`: JSON per the contract (with the stance, condition and shared-process
 * changes added), a terminal table that shows only what changed, and Markdown for a report.
 */
import type { Respondent } from '../model.js';
import type { PreferenceChange, RoundDiff } from '../analyze/diff.js';
import type { Column } from '../analyze/tabulate.js';
import { decimal, fill, reportLabels } from './report/labels.js';
import { renderTable, wrapText, type Style } from './table.js';
import { count } from './words.js';
import { shortName } from './xref.js';
import { mdText } from './sanitize.js';
import { loadData } from '../data.js';

const who = (r: Respondent): { id: string; name: string } => ({ id: r.id, name: r.name });

export function diffJson(d: RoundDiff): object {
  const side = (a: RoundDiff['old']) => ({
    title: a.round.title,
    questions: a.round.questions.map((q) => ({ id: q.id, text: q.text })),
    respondents: a.round.respondents.length,
  });
  return {
    old: side(d.old),
    new: side(d.new),
    questions: d.questions.map((q) => ({ old: q.old, new: q.new, similarity: q.similarity, changed: q.changed })),
    questionsDropped: d.questionsDropped,
    added: d.added.map(who),
    removed: d.removed.map(who),
    matchedByName: d.matchedByName.map((p) => ({ old: who(p.old), new: who(p.new), similarity: p.similarity })),
    preferences: d.preferences.map((p) => ({
      respondent: who(p.respondent),
      ...(p.oldRespondent ? { oldRespondent: who(p.oldRespondent) } : {}),
      old: p.old,
      new: p.new,
      changed: p.changed,
      gained: p.gained,
      dropped: p.dropped,
      stance: p.stance,
      conditional: p.conditional,
      ...(p.corrected.old || p.corrected.new ? { corrected: p.corrected } : {}),
    })),
    processes: d.processes.map((p) => ({ respondent: who(p.respondent), gained: p.gained, lost: p.lost })),
    sharedProcesses: d.sharedProcesses,
    notCompared: d.notCompared,
    differs: d.differs,
  };
}

/** The mark of a reading an analyst decided (data/lexicon/corrections.json), and its legend. */
export const correctedMark = (corrected: boolean): string => (corrected ? loadData<{ labels: Record<string, string> }>('lexicon/corrections.json').labels.mark : '');
export const correctedLegend = (): string => loadData<{ labels: Record<string, string> }>('lexicon/corrections.json').labels.diffLegend;

/** Whether a respondent's preference changed in any way the diff reports. */
export const preferenceDiffers = (p: PreferenceChange): boolean => p.changed || p.stance.changed || p.conditional.changed;

/** What a respondent proposes, in words: the column labels (* when conditional), else its stance. */
export function choiceText(columns: Column[], stance: string, conditional: boolean): string {
  const stances = reportLabels().stance;
  if (columns.length === 0) return stances[stance] ?? stance;
  return columns.map((c) => c.label + (conditional ? '*' : '')).join('; ');
}

/** The kinds of change of a preference, in words ("nytt förslag, villkor"). */
export function changeText(p: PreferenceChange): string {
  const l = reportLabels().diff;
  return [p.changed ? l.choiceChanged : '', p.stance.changed ? l.stanceChanged : '', p.conditional.changed ? l.conditionalChanged : '']
    .filter(Boolean)
    .join(', ');
}

/** How a question changed, in words. */
export function questionChangeText(q: RoundDiff['questions'][number], oldPosition: number, newPosition: number): string {
  const l = reportLabels().diff;
  if (q.old === null) return l.noCounterpart;
  const parts: string[] = [];
  if (q.changed && (q.similarity ?? 0) < 1) parts.push(l.reworded);
  if (oldPosition !== newPosition) parts.push(l.moved);
  return parts.length ? parts.join(', ') : l.same;
}

const position = (d: RoundDiff, which: 'old' | 'new', id: string | null): number =>
  id === null ? -1 : d[which].round.questions.findIndex((q) => q.id === id);

/** Why preferences were not compared, in words, per round without a coordinator question. */
export function notComparedText(d: RoundDiff): string[] {
  const l = reportLabels().diff;
  return d.notCompared.map((w) => (w === 'old' ? l.notComparedOld : l.notComparedNew));
}

const list = (items: string[], none: string): string => (items.length ? items.join(', ') : none);

export interface DiffStyles {
  header: Style;
  added: Style;
  removed: Style;
  changed: Style;
  dim: Style;
}

/** The terminal table: the questions aligned, then only what changed; names, not ids; fits `width`. */
export function diffTable(d: RoundDiff, styles: DiffStyles, options: { width?: number } = {}): string {
  const l = reportLabels().diff;
  const r = reportLabels().report;
  const out: string[] = [];
  const maxWidth = options.width;
  // A line of running text wraps at the width; colour is applied after, on the whole.
  const fit = (s: string, style: Style = (x) => x): string => (maxWidth ? wrapText(s, maxWidth) : [s]).map(style).join('\n');
  const processName = new Map([...d.old.xref.processes, ...d.new.xref.processes].map((p) => [p.id, p.name]));
  const pname = (id: string): string => processName.get(id) ?? id;
  const overview = (a: RoundDiff['old']): string =>
    `${a.round.title}  (${fill(r.overview, { respondents: count(a.round.respondents.length, 'remissinstans'), questions: count(a.round.questions.length, 'remissfråga') })})`;
  out.push(styles.header(l.title), fit(`${l.old}: ${overview(d.old)}`), fit(`${l.new}: ${overview(d.new)}`), '');

  out.push(styles.header(l.questions));
  const qRows = d.questions.map((q) => [
    q.new,
    q.old ?? '–',
    decimal(q.similarity),
    questionChangeText(q, position(d, 'old', q.old), position(d, 'new', q.new)),
    d.new.round.questions.find((x) => x.id === q.new)?.text ?? '',
  ]);
  out.push(
    renderTable([l.new, l.old, l.similarity, l.change, l.question], qRows, {
      align: ['left', 'left', 'right', 'left', 'left'],
      header: styles.header,
      maxWidth,
      wrap: [3, 4],
      cell: (_t, ri, c) => (c === 3 && d.questions[ri].changed ? (d.questions[ri].old === null ? styles.added : styles.changed) : undefined),
    }).trimEnd(),
  );
  const dropped = d.questionsDropped.map((id) => `${id} ${d.old.round.questions.find((q) => q.id === id)?.text ?? ''}`);
  out.push(dropped.length ? `${l.questionsDropped}: ${fit(dropped.join('; '), styles.removed)}` : `${l.questionsDropped}: ${l.none}`, '');

  out.push(styles.header(l.respondents));
  const names = (rs: Respondent[]): string => rs.map((x) => x.name).join('; ');
  out.push(fit(`${l.added} (${d.added.length}): ${d.added.length ? names(d.added) : l.none}`, d.added.length ? styles.added : undefined));
  out.push(fit(`${l.removed} (${d.removed.length}): ${d.removed.length ? names(d.removed) : l.none}`, d.removed.length ? styles.removed : undefined));
  if (d.matchedByName.length) {
    out.push(fit(`${l.matchedByName}: ${d.matchedByName.map((p) => `${p.old.name} → ${p.new.name} (${decimal(p.similarity)})`).join('; ')}`));
  }
  out.push('');

  out.push(styles.header(l.preferences));
  for (const note of notComparedText(d)) out.push(fit(note, styles.dim));
  if (d.preferences.length) {
    const changed = d.preferences.filter(preferenceDiffers);
    if (changed.length) {
      const rows = changed.map((p) => [
        shortName(p.respondent),
        choiceText(p.oldColumns, p.stance.old, p.conditional.old) + correctedMark(p.corrected.old),
        choiceText(p.newColumns, p.stance.new, p.conditional.new) + correctedMark(p.corrected.new),
        changeText(p),
      ]);
      out.push(
        renderTable([r.respondent, l.old, l.new, l.change], rows, {
          header: styles.header,
          maxWidth,
          wrap: [0, 1, 2, 3],
          cell: (_t, _r, c) => (c === 3 ? styles.changed : undefined),
        }).trimEnd(),
      );
    }
    const same = d.preferences.filter((p) => !preferenceDiffers(p)).map((p) => shortName(p.respondent));
    out.push(fit(`${l.unchanged}: ${list(same, l.none)}`));
    if (d.preferences.some((p) => p.conditional.old || p.conditional.new)) out.push(styles.dim(l.conditionalMark));
    if (d.preferences.some((p) => p.corrected.old || p.corrected.new)) out.push(styles.dim(correctedLegend()));
  }
  out.push('');

  out.push(styles.header(l.processes));
  if (d.processes.length) {
    const rows = d.processes.map((p) => [shortName(p.respondent), list(p.gained.map(pname), '–'), list(p.lost.map(pname), '–')]);
    out.push(
      renderTable([r.respondent, l.gained, l.lost], rows, {
        header: styles.header,
        maxWidth,
        wrap: [0, 1, 2],
        cell: (t, _r, c) => (t === '–' ? styles.dim : c === 1 ? styles.added : c === 2 ? styles.removed : undefined),
      }).trimEnd(),
    );
  } else {
    out.push(l.none);
  }
  const s = d.sharedProcesses;
  out.push(fit(`${l.sharedProcesses}: ${l.gained.toLowerCase()} ${list(s.gained.map(pname), l.none)}; ${l.lost.toLowerCase()} ${list(s.lost.map(pname), l.none)}`));
  if (!d.differs) out.push('', l.noDifference);
  return out.join('\n') + '\n';
}

const md = mdText;

/** Markdown: the same sections as the table, with both wordings of every question. */
export function diffMarkdown(d: RoundDiff): string {
  const l = reportLabels().diff;
  const r = reportLabels().report;
  const processName = new Map(d.new.xref.processes.map((p) => [p.id, p.name]));
  const pname = (id: string): string => md(processName.get(id) ?? id);
  const out: string[] = [`# ${md(l.title)}`, '', `- **${l.old}:** ${md(d.old.round.title)}`, `- **${l.new}:** ${md(d.new.round.title)}`, ''];

  out.push(`## ${l.questions}`, '', `| ${l.new} | ${l.old} | ${l.similarity} | ${l.change} |`, '|---|---|--:|---|');
  const text = (which: 'old' | 'new', id: string | null): string =>
    id === null ? '–' : `**${id}** ${md(d[which].round.questions.find((q) => q.id === id)?.text ?? '')}`;
  for (const q of d.questions) {
    out.push(`| ${text('new', q.new)} | ${text('old', q.old)} | ${decimal(q.similarity)} | ${questionChangeText(q, position(d, 'old', q.old), position(d, 'new', q.new))} |`);
  }
  out.push('', `${l.questionsDropped}: ${d.questionsDropped.length ? d.questionsDropped.map((id) => text('old', id)).join('; ') : l.none}.`, '');

  out.push(`## ${l.respondents}`, '');
  const names = (rs: Respondent[]): string => (rs.length ? rs.map((x) => `${md(x.name)} (${md(x.id)})`).join(', ') : l.none);
  out.push(`- **${l.added}:** ${names(d.added)}`, `- **${l.removed}:** ${names(d.removed)}`);
  if (d.matchedByName.length) out.push(`- **${l.matchedByName}:** ${d.matchedByName.map((p) => `${md(p.old.name)} → ${md(p.new.name)}`).join(', ')}`);
  out.push('');

  out.push(`## ${l.preferences}`, '');
  for (const note of notComparedText(d)) out.push(md(note), '');
  const changed = d.preferences.filter(preferenceDiffers);
  if (changed.length) {
    out.push(`| ${r.respondent} | ${l.old} | ${l.new} | ${l.change} |`, '|---|---|---|---|');
    for (const p of changed) {
      out.push(
        `| ${md(p.respondent.name)} | ${md(choiceText(p.oldColumns, p.stance.old, p.conditional.old) + correctedMark(p.corrected.old))} | ${md(choiceText(p.newColumns, p.stance.new, p.conditional.new) + correctedMark(p.corrected.new))} | ${changeText(p)} |`,
      );
    }
    out.push('');
    if (changed.some((p) => p.corrected.old || p.corrected.new)) out.push(md(correctedLegend()), '');
  }
  if (d.preferences.length) {
    out.push(`${l.unchanged}: ${d.preferences.filter((p) => !preferenceDiffers(p)).map((p) => md(p.respondent.id)).join(', ') || l.none}.`, '');
  }

  out.push(`## ${l.processes}`, '');
  if (d.processes.length) {
    out.push(`| ${r.respondent} | ${l.gained} | ${l.lost} |`, '|---|---|---|');
    for (const p of d.processes) out.push(`| ${md(p.respondent.name)} | ${p.gained.map(pname).join(', ') || '–'} | ${p.lost.map(pname).join(', ') || '–'} |`);
    out.push('');
  }
  const s = d.sharedProcesses;
  out.push(`**${l.sharedProcesses}:** ${l.gained.toLowerCase()} ${s.gained.map(pname).join(', ') || l.none}; ${l.lost.toLowerCase()} ${s.lost.map(pname).join(', ') || l.none}.`);
  if (!d.differs) out.push('', l.noDifference);
  return out.join('\n') + '\n';
}
