/**
 * The coordinator-preference table: one row per respondent (document order), one column per
 * distinct proposal of the round (its members, or the wording of a described body), an X where
 * the respondent proposed it, and a comment generated from what the reading found.
 */
import type { Respondent, Round } from '../model.js';
import { fill } from '../data.js';
import { fold } from '../normalize/fold.js';
import { UsageError } from '../errors.js';
import { loadRegistry } from '../segment/registry.js';
import { loadCues } from '../extract/lexicon.js';
import { extractPreferences, functionStems, sameChoice, type Choice, type Evidence, type Preferences, type Stance } from '../extract/preferences.js';
import { coordinatorQuestion } from './coordinator.js';
import { findMentions, registryOf, roundBodies, type RoundBodies } from '../extract/mentions.js';
import { roundOptions, type RoundOptions } from '../extract/options.js';
import { genericLabel } from './labels.js';
import { unplacedRoleText } from './unplaced-role-text.js';

export interface Column {
  id: string;
  label: string;
  members: string[];
  generic: string | null;
}

export interface RowEvidence extends Evidence {
  /** The column this quote supports, or null for a refusal. */
  choice: string | null;
  /** Set on a quote an analyst cited in a correction (its line is 0 when not given). */
  by?: 'analyst';
}

/** What an analyst's correction replaced (src/analyze/corrections.ts). */
export interface RowCorrection {
  reason: string;
  original: { stance: Stance; choices: string[]; conditional: boolean; comment: string };
  /** Why the tool asked for a person's check (its `review` before the decision). */
  review: string[];
  /** The columns of the original choices: one no row chooses any more is gone from the table. */
  originalColumns: Column[];
  /** Where the decision is written: the file and the entry's number in it. */
  source: string;
}

export interface Row {
  respondent: string;
  stance: Stance;
  choices: string[];
  conditional: boolean;
  /** The choices are ranked alternatives, in rank order. */
  ranked: boolean;
  comment: string;
  evidence: RowEvidence[];
  /** Reasons (Swedish, for the analyst) why a person should check the row; empty when certain. */
  review: string[];
  /** Set when an analyst's correction replaced the tool's reading; the values are then the analyst's. */
  corrected?: RowCorrection;
}

export interface Table {
  question: { id: string; text: string } | null;
  respondents: Respondent[];
  columns: Column[];
  rows: Row[];
}

const KIND_RANK: Record<string, number> = { styrelse: 0, nämnd: 1, generic: 2, bolag: 3 };

/**
 * Canonical member order of a joint proposal, the same in every round: companies first, then
 * committees, then the executive board ("MKB och KS", "MKB och TN"), then bodies the registry does
 * not know; within a kind, registry order.
 */
const JOINT_RANK: Record<string, number> = { bolag: 0, nämnd: 1, styrelse: 2 };

function memberOrder(): (a: string, b: string) => number {
  const reg = loadRegistry();
  const index = new Map(reg.bodies.map((b, i) => [b.id, i]));
  const rank = (id: string): number => JOINT_RANK[reg.byId.get(id)?.kind ?? ''] ?? 3;
  return (a, b) => rank(a) - rank(b) || (index.get(a) ?? reg.bodies.length) - (index.get(b) ?? reg.bodies.length) || a.localeCompare(b);
}

function slug(s: string): string {
  return s.toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}


/**
 * A function giving the column of a choice, made on first use and appended to `columns`: the
 * same members (and, for a described body, the same wording) are the same column. Analyst
 * corrections (src/analyze/corrections.ts) make their columns the same way.
 */
export function columnMaker(respondents: Respondent[], columns: Column[]): (c: Pick<Choice, 'members' | 'generic' | 'example'>) => Column {
  const order = memberOrder();
  const labels = loadCues().labels;
  // A body the registry does not know is labelled by its name as the round writes it.
  const display = new Map(respondents.filter((r) => !r.known).map((r) => [r.id, r.name]));
  const shown = (id: string): string => display.get(id) ?? id;
  // Columns by their members; a described body is compared by wording only among those.
  const byMembers = new Map<string, Column[]>();
  for (const col of columns) {
    const key = [...col.members].sort().join('+');
    byMembers.set(key, [...(byMembers.get(key) ?? []), col]);
  }
  const asChoice = (c: Pick<Choice, 'members' | 'generic' | 'example'>): Choice => ({ ...c, conditional: false, evidence: [] });
  return (c) => {
    const members = [...c.members].sort(order);
    const key = [...members].sort().join('+');
    const candidates = byMembers.get(key) ?? [];
    let col = candidates.find((x) => sameChoice(asChoice({ ...c, members: x.members, generic: x.generic }), asChoice(c)));
    if (!col) {
      const names = members.map(shown).join(` ${labels.and} `);
      let label = names;
      if (c.generic) {
        const g = genericLabel(c.generic);
        label = members.length ? `${g} ${labels.togetherWith} ${c.example ? `${labels.forExample} ` : ''}${names}` : g;
      }
      col = { id: c.generic ? slug(label) : members.join('+'), label, members, generic: c.generic };
      columns.push(col);
      candidates.push(col);
      byMembers.set(key, candidates);
    }
    return col;
  };
}

/** Sort the columns in place, the published order. */
export function sortColumns(columns: Column[]): void {
  const reg = loadRegistry();
  // Order: single bodies, then joint ones, then described ones with partners; within that KS, nämnder,
  // described nämnder, bolag; then registry order; then the label (numbers in it numerically).
  const kindOf = (id: string): number => KIND_RANK[reg.byId.get(id)?.kind ?? ''] ?? 4;
  const regIndex = new Map(reg.bodies.map((b, i) => [b.id, i]));
  const sortKey = (c: Column): number[] => [
    c.generic && c.members.length ? 3 : c.members.length > 1 ? 2 : 1,
    c.generic && !c.members.length ? KIND_RANK.generic : kindOf(c.members[0]),
    ...c.members.map((id) => regIndex.get(id) ?? reg.bodies.length),
  ];
  const keys = new Map(columns.map((c) => [c, sortKey(c)]));
  columns.sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
      const d = (ka[i] ?? -1) - (kb[i] ?? -1);
      if (d !== 0) return d;
    }
    return labelCollator().compare(a.label, b.label);
  });
}

let collator: Intl.Collator | undefined;
/** Swedish order with numbers read as numbers; made only when two columns tie on everything else (making one loads ICU's Swedish data: 7 ms). */
function labelCollator(): Intl.Collator {
  collator ??= new Intl.Collator('sv', { numeric: true });
  return collator;
}

/** A name in the genitive: "Fritidsnämndens", "MKB:s" (an abbreviation takes a colon), "Räddningstjänsten Syds", "Brås"; a name ending in s, x or z takes nothing. */
export function genitive(name: string): string {
  // "Brottsförebyggande rådet (Brå)": the name takes the ending, the abbreviation stays after it.
  const bracket = /^(.*\S)(\s*\([^()]*\))$/u.exec(name);
  if (bracket) return genitive(bracket[1]) + bracket[2];
  if (/[sxz]$/iu.test(name)) return name;
  return /(?:^|\s)[\p{Lu}\p{N}-]{2,}$/u.test(name) ? `${name}:s` : `${name}s`;
}

/**
 * "instämmer i fritidsnämndens förslag": a respondent that only agrees with another takes that
 * respondent's own choices in this round, with the evidence of both — and says so in review.
 */
function resolveEndorsements(prefs: Preferences[], name: (id: string) => string, labels: Record<string, string>): void {
  const byId = new Map(prefs.map((p) => [p.respondent, p]));
  for (const p of prefs) {
    if (p.choices.length > 0 || p.endorses.length === 0) continue;
    for (const e of p.endorses) {
      for (const id of e.ids) {
        const other = byId.get(id);
        if (!other || other === p || other.choices.length === 0) {
          p.review.push(fill(labels.reviewEndorsedMissing, { body: name(id), genitive: genitive(name(id)) }));
          continue;
        }
        for (const c of other.choices) p.choices.push({ ...c, members: [...c.members], evidence: [e.evidence, ...c.evidence] });
        p.ranked ||= other.ranked;
        p.review.push(fill(labels.reviewEndorsed, { body: name(id), genitive: genitive(name(id)) }));
      }
    }
    if (p.choices.length > 0) p.stance = 'proposes';
  }
}

/** The remiss's own alternatives for the role, each with the bodies it names (read as any text is, with the round's registry). */
function alternativesOf(round: Round, others: RoundBodies): RoundOptions | undefined {
  const registry = registryOf(round, null);
  const cues = loadCues();
  return roundOptions(round, (text) =>
    findMentions(text, fold(text), null, others, cues, registry)
      .filter((m) => m.kind === 'named' && !m.genitive)
      .flatMap((m) => m.ids),
  );
}

export function tabulate(round: Round): Table {
  const q = coordinatorQuestion(round.questions);
  if (!q) {
    throw new UsageError(
      `ingen remissfråga i omgången frågar vem som ska samordna (${round.questions.length} ${round.questions.length === 1 ? 'fråga' : 'frågor'} lästa); ange frågorna med --questions`,
    );
  }
  const fn = functionStems(q.text);
  // Segments grouped once: scanning all of them for every respondent made large rounds quadratic.
  const byRespondent = new Map<string | null, Round['segments']>();
  for (const s of round.segments) {
    const list = byRespondent.get(s.respondent) ?? [];
    list.push(s);
    byRespondent.set(s.respondent, list);
  }
  const others = roundBodies(round.respondents, round.segments.map((s) => s.text), registryOf(round, null));
  others.options = alternativesOf(round, others);
  const prefs = round.respondents.map((r) => extractPreferences(round, r, q.id, fn, others, byRespondent.get(r.id) ?? []));
  const labels = loadCues().labels;
  // Text of no respondent about the role among the answers: each answering there is flagged.
  const unplaced = unplacedRoleText(round, q.id);
  for (const p of prefs) {
    const quote = unplaced.get(p.respondent);
    if (quote !== undefined) p.review.push(fill(labels.reviewUnplacedRole, { quote }));
  }
  resolveEndorsements(prefs, (id) => round.respondents.find((r) => r.id === id)?.name ?? id, labels);
  const columns: Column[] = [];
  const columnOf = columnMaker(round.respondents, columns);

  const rows: Row[] = prefs.map((p) => {
    const cols = p.choices.map(columnOf);
    const evidence: RowEvidence[] = [];
    // A sentence across table cells is quoted by its verbatim parts (each where it stands).
    const verbatim = (e: Evidence): Array<Omit<Evidence, 'parts'>> => e.parts ?? [{ quote: e.quote, page: e.page, line: e.line }];
    p.choices.forEach((c, i) => c.evidence.forEach((e) => verbatim(e).forEach((v) => evidence.push({ ...v, choice: cols[i].id }))));
    if (p.stance === 'declines') p.declines.forEach((e) => verbatim(e).forEach((v) => evidence.push({ ...v, choice: null })));
    const conditional = p.choices.some((c) => c.conditional);
    const comment: string[] = [];
    if (p.stance === 'declines') comment.push(labels.declines);
    else if (p.stance === 'no-proposal') comment.push(p.answered ? labels.noProposal : labels.unanswered);
    for (const c of p.choices) if (c.conditional && c.condition) comment.push(fill(labels.conditional, { condition: c.condition }));
    if (p.supporting.length) comment.push(fill(labels.supporting, { bodies: [...new Set(p.supporting.flatMap((s) => s.ids))].join(', ') }));
    for (const r of p.rejections) comment.push(fill(labels.rejects, { what: r.what }));
    for (const o of p.otherFunction) comment.push(fill(labels.otherFunction, { bodies: [...new Set(o.ids)].join(', '), function: o.what }));
    return {
      respondent: p.respondent,
      stance: p.stance,
      choices: [...new Set(cols.map((c) => c.id))],
      conditional,
      ranked: p.ranked,
      comment: [...new Set(comment)].join('; '),
      evidence,
      review: p.review,
    };
  });

  sortColumns(columns);
  return { question: { id: q.id, text: q.text }, respondents: round.respondents, columns, rows };
}
