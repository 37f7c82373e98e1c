/**
 * Two rounds compared (remiss diff): which question of the new round is which of the old one,
 * who answered now but not then (and the reverse), whose proposal for the coordinating role
 * changed, and which processes each respondent names now that it did not name then.
 *
 * A proposal is compared by what it proposes, not by how it is written: the same bodies are the
 * same choice whether the text says "stadskontoret" or "kommunstyrelsen", and a described body
 * ("en av kommunstyrelsen utsedd nämnd") is the same when its short label or most of its words
 * are. Column ids and their member order are the round's own (tabulate orders members by how
 * often each is proposed alone), so they are never compared as strings.
 */
import type { Respondent, Round } from '../model.js';
import type { Stance } from '../extract/preferences.js';
import { fold, foldWords } from '../normalize/fold.js';
import { contentStems, stemSimilarity } from '../normalize/words.js';
import type { Dictionary } from '../tag/dictionary.js';
import { tagRound } from '../tag/tag.js';
import { coordinatorQuestion } from './coordinator.js';
import { alignQuestions, matchRespondents, type QuestionPair, type RespondentPair } from './diff-match.js';
import { genericLabel } from './labels.js';
import { tabulate, type Column, type Row, type Table } from './tabulate.js';
import { crossReference, type Xref } from './xref.js';

/**
 * One round with what the comparison reads from it. The report of a single round reads the same,
 * so `remiss report` builds it here too.
 */
export interface RoundAnalysis {
  round: Round;
  /** The coordinator-preference table, or null when no remissfråga asks who should coordinate. */
  table: Table | null;
  xref: Xref;
}

export interface AnalysisOptions {
  /** How many respondents make a process shared (default 2, as in remiss xref). */
  minRespondents?: number;
}

export function analyseRound(round: Round, dictionary: Dictionary, options: AnalysisOptions = {}): RoundAnalysis {
  const table = coordinatorQuestion(round.questions) ? tabulate(round) : null;
  const xref = crossReference(round, tagRound(round, dictionary), dictionary, { minRespondents: options.minRespondents ?? 2 });
  return { round, table, xref };
}

export interface QuestionChange extends QuestionPair {
  /** Whether the question differs: another position, other words, or no counterpart. */
  changed: boolean;
}

export interface PreferenceChange {
  /** The respondent as the new round names it. */
  respondent: Respondent;
  /** The old round's respondent when it was matched by name (OCR damage, a renaming). */
  oldRespondent?: Respondent;
  /** Choices as column ids; an old choice the new round also has is given the new round's id. */
  old: string[];
  new: string[];
  /** The columns behind the ids, for display. */
  oldColumns: Column[];
  newColumns: Column[];
  /** The choices differ (compared by the bodies proposed). */
  changed: boolean;
  gained: string[];
  dropped: string[];
  stance: { old: Stance; new: Stance; changed: boolean };
  conditional: { old: boolean; new: boolean; changed: boolean };
  /** Whether an analyst's correction decided the old and the new reading (--corrections-old/-new). */
  corrected: { old: boolean; new: boolean };
}

export interface ProcessChange {
  respondent: Respondent;
  gained: string[];
  lost: string[];
}

export interface RoundDiff {
  old: RoundAnalysis;
  new: RoundAnalysis;
  questions: QuestionChange[];
  /** Old questions no new question corresponds to. */
  questionsDropped: string[];
  added: Respondent[];
  removed: Respondent[];
  /** Respondents matched by name rather than id: worth a look. */
  matchedByName: RespondentPair[];
  /** Per respondent of both rounds (new round's order); empty when a round has no coordinator question. */
  preferences: PreferenceChange[];
  /** Per respondent of both rounds whose processes changed. */
  processes: ProcessChange[];
  sharedProcesses: { old: string[]; new: string[]; gained: string[]; lost: string[] };
  /** The rounds without a remissfråga about the coordinating role: preferences are then not compared. */
  notCompared: Array<'old' | 'new'>;
  differs: boolean;
}

/** Weighted overlap of two wordings' stems at which two described bodies are the same. */
const SAME_WORDING = 0.7;

function wordingOverlap(a: string, b: string): number {
  const sa = contentStems(a);
  const sb = contentStems(b);
  if (sa.length === 0 || sb.length === 0) return sa.length === sb.length ? 1 : 0;
  const cover = (x: string[], y: string[]): number => x.reduce((acc, s) => acc + Math.max(0, ...y.map((t) => (stemSimilarity(s, t) >= 0.75 ? 1 : 0))), 0);
  return (cover(sa, sb) + cover(sb, sa)) / (sa.length + sb.length);
}

/** Whether two columns (of different rounds) propose the same: the same bodies, the same described body. */
export function sameProposal(a: Column, b: Column): boolean {
  if ([...a.members].sort().join('+') !== [...b.members].sort().join('+')) return false;
  if (!a.generic || !b.generic) return !a.generic && !b.generic;
  const label = (g: string): string => fold(genericLabel(g));
  return label(a.generic) === label(b.generic) || wordingOverlap(a.generic, b.generic) >= SAME_WORDING;
}

function columnsOf(table: Table, row: Row | undefined): Column[] {
  if (!row) return [];
  return row.choices.map((id) => table.columns.find((c) => c.id === id)).filter((c): c is Column => c !== undefined);
}

function comparePreferences(pair: RespondentPair, oldTable: Table, newTable: Table): PreferenceChange {
  const oldRow = oldTable.rows.find((r) => r.respondent === pair.old.id);
  const newRow = newTable.rows.find((r) => r.respondent === pair.new.id);
  const oldColumns = columnsOf(oldTable, oldRow);
  const newColumns = columnsOf(newTable, newRow);
  // An old choice the new round also has is named as the new round names it.
  const idOf = (c: Column): string => newTable.columns.find((n) => sameProposal(n, c))?.id ?? c.id;
  const gained = newColumns.filter((n) => !oldColumns.some((o) => sameProposal(o, n))).map((c) => c.id);
  const dropped = oldColumns.filter((o) => !newColumns.some((n) => sameProposal(o, n))).map(idOf);
  const oldStance: Stance = oldRow?.stance ?? 'no-proposal';
  const newStance: Stance = newRow?.stance ?? 'no-proposal';
  const oldConditional = oldRow?.conditional ?? false;
  const newConditional = newRow?.conditional ?? false;
  return {
    respondent: pair.new,
    ...(pair.by === 'name' ? { oldRespondent: pair.old } : {}),
    old: oldColumns.map(idOf),
    new: newColumns.map((c) => c.id),
    oldColumns,
    newColumns,
    changed: gained.length > 0 || dropped.length > 0,
    gained,
    dropped,
    stance: { old: oldStance, new: newStance, changed: oldStance !== newStance },
    conditional: { old: oldConditional, new: newConditional, changed: oldConditional !== newConditional },
    corrected: { old: Boolean(oldRow?.corrected), new: Boolean(newRow?.corrected) },
  };
}

/** Per respondent, the processes it names (ids, in the dictionary's order). */
function processesBy(xref: Xref, order: Map<string, number>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of xref.processes) for (const r of p.respondents) out.set(r, [...(out.get(r) ?? []), p.id]);
  for (const list of out.values()) list.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  return out;
}

/** The same wording, case, diacritics and punctuation aside (a question read from text and from PDF). */
const sameText = (a: string, b: string): boolean => foldWords(a) === foldWords(b);

export interface DiffOptions {
  /** The analyst's alignment of questions (--align NEW=OLD): new id → old id, or null for none. */
  align?: ReadonlyMap<string, string | null>;
}

export function diffRounds(oldA: RoundAnalysis, newA: RoundAnalysis, dictionary: Dictionary, options: DiffOptions = {}): RoundDiff {
  const { pairs: qPairs, unmatchedOld } = alignQuestions(oldA.round, newA.round, options.align);
  const oldText = new Map(oldA.round.questions.map((q) => [q.id, q.text]));
  const newText = new Map(newA.round.questions.map((q) => [q.id, q.text]));
  const questions: QuestionChange[] = qPairs.map((p) => ({
    ...p,
    changed: p.old === null || p.old !== p.new || !sameText(oldText.get(p.old) ?? '', newText.get(p.new) ?? ''),
  }));

  const { pairs, added, removed } = matchRespondents(oldA.round.respondents, newA.round.respondents);

  const [ot, nt] = [oldA.table, newA.table];
  const preferences = ot && nt ? pairs.map((p) => comparePreferences(p, ot, nt)) : [];
  const notCompared = (['old', 'new'] as const).filter((w) => (w === 'old' ? ot : nt) === null);

  const order = new Map(dictionary.map((e, i) => [e.id, i]));
  const before = processesBy(oldA.xref, order);
  const after = processesBy(newA.xref, order);
  const processes: ProcessChange[] = [];
  for (const p of pairs) {
    const o = before.get(p.old.id) ?? [];
    const n = after.get(p.new.id) ?? [];
    const gained = n.filter((x) => !o.includes(x));
    const lost = o.filter((x) => !n.includes(x));
    if (gained.length || lost.length) processes.push({ respondent: p.new, gained, lost });
  }

  const shared = (x: Xref): string[] => x.processes.filter((p) => p.shared).map((p) => p.id).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const sOld = shared(oldA.xref);
  const sNew = shared(newA.xref);
  const sharedProcesses = { old: sOld, new: sNew, gained: sNew.filter((x) => !sOld.includes(x)), lost: sOld.filter((x) => !sNew.includes(x)) };

  const differs =
    questions.some((q) => q.changed) ||
    unmatchedOld.length > 0 ||
    added.length > 0 ||
    removed.length > 0 ||
    preferences.some((p) => p.changed || p.stance.changed || p.conditional.changed) ||
    processes.length > 0 ||
    sharedProcesses.gained.length > 0 ||
    sharedProcesses.lost.length > 0;

  return {
    old: oldA,
    new: newA,
    questions,
    questionsDropped: unmatchedOld.map((q) => q.id),
    added,
    removed,
    matchedByName: pairs.filter((p) => p.by === 'name'),
    preferences,
    processes,
    sharedProcesses,
    notCompared,
    differs,
  };
}
