/**
 * Analyst corrections: decisions a person made about the tool's reading, kept in a file
 * ("format": "remiss-corrections/1", CONTRACT.md) and applied on top of every analysis, so they
 * survive re-runs, `diff` and the report. The analysis itself (and its cache) never sees them: this
 * module is a pure function from (analysis, corrections) to (corrected analysis, warnings), and a
 * round file never holds them.
 *
 * Nothing is dropped silently: every entry that cannot be used — malformed, for a respondent the
 * round lacks, naming no body, naming an unknown process, or changing nothing — gives a warning
 * that names the entry (file, number, respondent).
 */
import type { Respondent } from '../model.js';
import type { Stance } from '../extract/preferences.js';
import { fill, loadData } from '../data.js';
import { InputError } from '../errors.js';
import { foldWords } from '../normalize/fold.js';
import { loadRegistry, matchBody } from '../segment/registry.js';
import { columnMaker, sortColumns, type Column, type Row, type RowEvidence, type Table } from './tabulate.js';
import type { Xref, XrefProcess } from './xref.js';
import type { RoundAnalysis } from './diff.js';

export const CORRECTIONS_FORMAT = 'remiss-corrections/1';

/** A member of a proposal: a body by id or name, or a described body. */
export type Member = string | { generic: string };

export interface QuoteSpec {
  quote: string;
  page: number | null;
  line: number | null;
}

export interface Reading {
  stance: Stance;
  choices: Member[][];
  conditional: boolean;
}

/** One entry of a corrections file, checked for shape (not yet against a round). */
export interface Correction {
  /** 1-based position in the file, for messages. */
  n: number;
  respondent: string;
  /** false: written by `remiss review` and not yet decided; such an entry is not applied. */
  decided: boolean;
  stance?: Stance;
  choices?: Member[][];
  conditional?: boolean;
  /** The choices are ranked alternatives, in the order given ("i första hand …, i andra hand …"). */
  ranked?: boolean;
  /** A comment for the table that replaces the tool's. */
  comment?: string;
  processes?: { add: string[]; remove: string[] };
  reason: string;
  quotes: QuoteSpec[];
  /** The tool's reading when `remiss review` wrote the entry: a later, different reading is reported. */
  reading?: Reading;
}

export interface Corrections {
  file: string;
  entries: Correction[];
  /** The entries as written (remiss review keeps the analyst's entries exactly as they are). */
  raw: unknown[];
  /** Problems of shape, found while parsing; each names its entry. */
  warnings: string[];
}

interface Messages {
  messages: Record<string, string>;
  labels: Record<string, string>;
  csv: Record<string, string>;
}

export const correctionWords = (): Messages => loadData<Messages>('lexicon/corrections.json');
const M = (): Record<string, string> => correctionWords().messages;

const STANCES: Stance[] = ['proposes', 'declines', 'no-proposal'];

/** "3 rättelser", "1 rättelse": the plural ending fills {s}, {s2} (-r, -e). */
export function plural(template: string, n: number, values: Record<string, string | number> = {}): string {
  return fill(template, { n, s: n === 1 ? '' : 'r', s2: n === 1 ? '' : 'e', ...values });
}

/** The parsed JSON of a corrections file, checked; `InputError` (exit 2) when it is not one at all. */
export function parseCorrections(data: unknown, file: string): Corrections {
  const m = M();
  const obj = data as { format?: unknown; corrections?: unknown } | null;
  if (!obj || typeof obj !== 'object' || Array.isArray(obj) || !Array.isArray(obj.corrections)) throw new InputError(file, m.notFile);
  const warnings: string[] = [];
  if (obj.format === undefined) warnings.push(`${file}: ${m.noFormat}`);
  else if (obj.format !== CORRECTIONS_FORMAT) throw new InputError(file, fill(m.otherFormat, { format: shown(obj.format) }));
  const entries: Correction[] = [];
  obj.corrections.forEach((raw, i) => {
    const c = parseEntry(raw, i + 1, file, warnings);
    if (c) entries.push(c);
  });
  return { file, entries, raw: obj.corrections, warnings };
}

/** The text of a JSON corrections file. */
export function parseCorrectionsJson(text: string, file: string): Corrections {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(file, fill(M().invalidJson, { detail: (e as Error).message }));
  }
  return parseCorrections(data, file);
}

/**
 * A value of the analyst's file as it stands there, for a message. Not String(): any JSON may come,
 * and an object with a "toString" key (or an array holding one) makes String() throw.
 */
const shown = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)));

const label = (file: string, n: number, respondent: unknown): string =>
  `${file}: ${fill(M().entry, { n, respondent: typeof respondent === 'string' && respondent ? respondent : '?' })}`;

const isMember = (m: unknown): m is Member =>
  (typeof m === 'string' && m.trim() !== '') ||
  (typeof m === 'object' && m !== null && typeof (m as { generic?: unknown }).generic === 'string' && (m as { generic: string }).generic.trim() !== '');

/**
 * Choices as a list of lists of members; a lone member stands for a proposal of one body. A
 * proposal describes at most one body ("en nämnd med …", with named partners or not).
 */
function parseChoices(v: unknown): Member[][] | undefined {
  if (!Array.isArray(v)) return undefined;
  const out: Member[][] = [];
  for (const choice of v) {
    const members = Array.isArray(choice) ? choice : [choice];
    if (members.length === 0 || !members.every(isMember)) return undefined;
    if (members.filter((x) => typeof x !== 'string').length > 1) return undefined;
    out.push(members.map((x) => (typeof x === 'string' ? x.trim() : { generic: x.generic.trim() })));
  }
  return out;
}

function parseQuotes(v: unknown): QuoteSpec[] | undefined {
  if (v === undefined) return [];
  const list = Array.isArray(v) ? v : [v];
  const out: QuoteSpec[] = [];
  for (const q of list) {
    if (typeof q === 'string' && q.trim()) out.push({ quote: q.trim(), page: null, line: null });
    else if (q && typeof q === 'object' && typeof (q as QuoteSpec).quote === 'string') {
      const x = q as Partial<QuoteSpec>;
      const num = (n: unknown): number | null => (typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null);
      out.push({ quote: x.quote!.trim(), page: num(x.page), line: num(x.line) });
    } else return undefined;
  }
  return out;
}

function parseReading(v: unknown): Reading | undefined {
  const r = v as Partial<Reading> | undefined;
  if (!r || typeof r !== 'object' || !STANCES.includes(r.stance as Stance)) return undefined;
  const choices = parseChoices(r.choices ?? []);
  return choices ? { stance: r.stance as Stance, choices, conditional: r.conditional === true } : undefined;
}

function parseEntry(raw: unknown, n: number, file: string, warnings: string[]): Correction | undefined {
  const m = M();
  const e = raw as Record<string, unknown>;
  const who = e && typeof e === 'object' ? e.respondent : undefined;
  const warn = (problem: string): undefined => {
    warnings.push(`${label(file, n, who)}: ${problem}`);
    return undefined;
  };
  if (!e || typeof e !== 'object' || Array.isArray(e)) return warn(m.notObject);
  if (typeof e.respondent !== 'string' || !e.respondent.trim()) return warn(m.noRespondent);
  if (e.decided !== undefined && typeof e.decided !== 'boolean') return warn(m.badDecided);
  const decided = e.decided !== false;
  if (e.stance !== undefined && !STANCES.includes(e.stance as Stance)) return warn(fill(m.badStance, { stance: shown(e.stance) }));
  const choices = e.choices === undefined ? undefined : parseChoices(e.choices);
  if (e.choices !== undefined && !choices) return warn(m.badChoices);
  if (e.conditional !== undefined && typeof e.conditional !== 'boolean') return warn(m.badConditional);
  if (e.ranked !== undefined && typeof e.ranked !== 'boolean') return warn(m.badRanked);
  let processes: Correction['processes'];
  if (e.processes !== undefined) {
    const p = e.processes as { add?: unknown; remove?: unknown };
    const ids = (v: unknown): string[] | undefined =>
      v === undefined ? [] : Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim()) ? (v as string[]).map((x) => x.trim()) : undefined;
    const isObject = Boolean(p) && typeof p === 'object' && !Array.isArray(p);
    const add = isObject ? ids(p.add) : undefined;
    const remove = isObject ? ids(p.remove) : undefined;
    if (!add || !remove) return warn(m.badProcesses);
    processes = { add, remove };
  }
  let quotes = parseQuotes(e.quote);
  if (!quotes) {
    warn(m.badQuote);
    quotes = [];
  }
  const stance = e.stance as Stance | undefined;
  const c: Correction = {
    n,
    respondent: e.respondent.trim(),
    decided,
    ...(stance ? { stance } : {}),
    ...(choices ? { choices } : {}),
    ...(typeof e.conditional === 'boolean' ? { conditional: e.conditional } : {}),
    ...(typeof e.ranked === 'boolean' ? { ranked: e.ranked } : {}),
    ...(typeof e.comment === 'string' && e.comment.trim() ? { comment: e.comment.trim() } : {}),
    ...(processes ? { processes } : {}),
    reason: typeof e.reason === 'string' ? e.reason.trim() : '',
    quotes,
    ...(parseReading(e.reading) ? { reading: parseReading(e.reading) } : {}),
  };
  // An entry still to be decided may be incomplete: it is not applied anyway.
  if (!decided) return c;
  if (stance === undefined && choices === undefined && c.conditional === undefined && c.ranked === undefined && !processes) return warn(m.nothing);
  if (stance === 'proposes' && choices?.length === 0) return warn(m.proposesWithoutChoices);
  if (stance && stance !== 'proposes' && choices && choices.length > 0) return warn(fill(m.choicesWithoutProposal, { stance }));
  return c;
}

/** The decided entries of a file, by the round's respondent they name; the rest reported. */
export interface Resolved {
  file: string;
  /** The entry that decides a respondent's row (the last one that touches it). */
  rows: Map<string, Correction>;
  /** Every entry with process changes, by respondent. */
  processes: Map<string, Correction[]>;
  warnings: string[];
}

const fold = (s: string): string => foldWords(s);

/** The file's name without its directories: outputs are passed around, the analyst's paths are not theirs. */
const baseName = (file: string): string => file.replace(/^.*[\\/]/, '');

/** The body a member names: a registry id, a respondent's id or name, or a name the registry knows. */
export function resolveBody(name: string, respondents: Respondent[]): string | undefined {
  const reg = loadRegistry();
  if (reg.byId.has(name) || respondents.some((r) => r.id === name)) return name;
  const f = fold(name);
  const byId = reg.bodies.find((b) => fold(b.id) === f) ?? respondents.find((r) => fold(r.id) === f);
  if (byId) return byId.id;
  const byName = respondents.find((r) => fold(r.name) === f);
  if (byName) return byName.id;
  return matchBody(name)?.id;
}

/** The round's respondent an entry names (by id, or by name as written). */
function resolveRespondent(name: string, respondents: Respondent[]): string | undefined {
  const id = resolveBody(name, respondents);
  return id !== undefined && respondents.some((r) => r.id === id) ? id : undefined;
}

export function resolveCorrections(c: Corrections, respondents: Respondent[]): Resolved {
  const m = M();
  const out: Resolved = { file: c.file, rows: new Map(), processes: new Map(), warnings: [...c.warnings] };
  const undecided = c.entries.filter((e) => !e.decided).length;
  for (const e of c.entries) {
    if (!e.decided) continue;
    const id = resolveRespondent(e.respondent, respondents);
    if (!id) {
      out.warnings.push(`${label(c.file, e.n, e.respondent)}: ${fill(m.unknownRespondent, { respondent: e.respondent })}`);
      continue;
    }
    if (e.stance !== undefined || e.choices !== undefined || e.conditional !== undefined || e.ranked !== undefined) {
      const before = out.rows.get(id);
      if (before) out.warnings.push(`${label(c.file, before.n, before.respondent)}: ${fill(m.duplicate, { other: e.n })}`);
      out.rows.set(id, e);
    }
    if (e.processes) out.processes.set(id, [...(out.processes.get(id) ?? []), e]);
  }
  if (undecided) out.warnings.push(`${c.file}: ${plural(m.undecided, undecided)}`);
  return out;
}

/** A reading in words for messages: the choices by column id (* when conditional), else the stance. */
function readingWords(stance: Stance, choices: string[], conditional: boolean): string {
  const stances = loadData<{ stance: Record<string, string> }>('lexicon/report.json').stance;
  return choices.length ? choices.map((c) => c + (conditional ? '*' : '')).join('; ') : stances[stance];
}

/** A reading as written in a file, in words: members joined by +, choices by ;, else the stance. */
function specWords(r: Reading): string {
  const stances = loadData<{ stance: Record<string, string> }>('lexicon/report.json').stance;
  if (r.choices.length === 0) return stances[r.stance];
  return r.choices.map((ms) => ms.map((x) => (typeof x === 'string' ? x : x.generic)).join('+') + (r.conditional ? '*' : '')).join('; ');
}

/** A reading as comparable text: stance, the choices as sorted member ids (or folded wordings), condition. */
function readingKey(r: Reading, respondents: Respondent[]): string {
  const choice = (ms: Member[]): string =>
    ms
      .map((x) => (typeof x === 'string' ? (resolveBody(x, respondents) ?? fold(x)) : `g:${fold(x.generic)}`))
      .sort()
      .join('+');
  return `${r.stance}|${r.choices.map(choice).join('|')}|${r.conditional}`;
}

/** The tool's reading of a row as members (ids; names as written for bodies the registry lacks). */
export function rowReading(table: Table, row: Pick<Row, 'stance' | 'choices' | 'conditional'>): Reading {
  const names = new Map(table.respondents.filter((r) => !r.known).map((r) => [r.id, r.name]));
  const choices = row.choices.map((id) => {
    const col = table.columns.find((c) => c.id === id);
    if (!col) return [id];
    return [...col.members.map((x) => names.get(x) ?? x), ...(col.generic ? [{ generic: col.generic }] : [])];
  });
  return { stance: row.stance, choices, conditional: row.conditional };
}

/** Whether the mark in a column is the analyst's: it differs from the tool's reading. */
export function cellCorrected(row: Row, column: string): boolean {
  if (!row.corrected) return false;
  const o = row.corrected.original;
  const now = row.choices.includes(column);
  const then = o.choices.includes(column);
  return now !== then || (now && o.conditional !== row.conditional);
}

/** The corrected coordinator table: rows replaced by the analyst's decisions, columns made for new choices. */
export function correctTable(table: Table, r: Resolved): { table: Table; warnings: string[] } {
  const m = M();
  const warnings: string[] = [];
  if (r.rows.size === 0) return { table, warnings };
  const columns = [...table.columns];
  const columnOf = columnMaker(table.respondents, columns);
  const stances = loadData<{ labels: Record<string, string> }>('lexicon/coordination.json').labels;
  const rows = table.rows.map((row): Row => {
    const e = r.rows.get(row.respondent);
    if (!e) return row;
    const at = label(r.file, e.n, e.respondent);
    // Members resolved before anything changes: a choice naming no body leaves the row as the tool read it.
    let choiceIds: string[] | undefined;
    if (e.choices) {
      choiceIds = [];
      for (const spec of e.choices) {
        const members: string[] = [];
        const generics: string[] = [];
        for (const x of spec) {
          if (typeof x !== 'string') generics.push(x.generic);
          else {
            const id = resolveBody(x, table.respondents);
            if (!id) {
              warnings.push(`${at}: ${fill(m.unknownMember, { member: x })}`);
              return row;
            }
            members.push(id);
          }
        }
        const col = columnOf({ members: [...new Set(members)], generic: generics[0] ?? null, example: false });
        if (!choiceIds.includes(col.id)) choiceIds.push(col.id);
      }
    }
    // Without a stance, choices imply one: some → proposes; none → no proposal (a refusal stays one).
    const stance: Stance = e.stance ?? (choiceIds ? (choiceIds.length ? 'proposes' : row.stance === 'proposes' ? 'no-proposal' : row.stance) : row.stance);
    const choices = stance === 'proposes' ? (choiceIds ?? row.choices) : [];
    if (stance === 'proposes' && choices.length === 0) {
      warnings.push(`${at}: ${m.proposesWithoutChoices}`);
      return row;
    }
    const conditional = stance === 'proposes' ? (e.conditional ?? (stance === row.stance ? row.conditional : false)) : false;
    // Ranked only as the analyst says, or as the tool read it when the choices are the tool's.
    const ranked = choices.length > 1 && (e.ranked ?? (choiceIds ? false : Boolean(row.ranked)));
    const now = rowReading({ ...table, columns }, row);
    if (e.reading && readingKey(e.reading, table.respondents) !== readingKey(now, table.respondents)) {
      warnings.push(
        `${at}: ${fill(m.stale, { then: specWords(e.reading), now: readingWords(row.stance, row.choices, row.conditional) })}`,
      );
    }
    const same =
      stance === row.stance && conditional === row.conditional && ranked === Boolean(row.ranked) && choices.join('\n') === row.choices.join('\n');
    if (same) {
      warnings.push(`${at}: ${fill(m.unnecessary, { reading: readingWords(row.stance, row.choices, row.conditional) })}`);
      return row;
    }
    const stanceComment = stance === 'declines' ? stances.declines : stance === 'no-proposal' ? stances.noProposal : '';
    const comment = e.comment ?? (stance === row.stance && conditional === row.conditional ? row.comment : stanceComment);
    const cited: RowEvidence[] = e.quotes.map((q) => ({ quote: q.quote, page: q.page, line: q.line ?? 0, choice: choices[0] ?? null, by: 'analyst' }));
    return {
      ...row,
      stance,
      choices,
      conditional,
      ...(row.ranked !== undefined || ranked ? { ranked } : {}),
      comment,
      evidence: [...row.evidence, ...cited],
      // A person decided the row: nothing is left to check; the tool's reasons stay in the record.
      review: [],
      corrected: {
        reason: e.reason,
        review: row.review,
        original: { stance: row.stance, choices: row.choices, conditional: row.conditional, comment: row.comment },
        originalColumns: row.choices.map((id) => table.columns.find((c) => c.id === id)).filter((c): c is Column => c !== undefined),
        source: `${baseName(r.file)} #${e.n}`,
      },
    };
  });
  // A proposal nobody makes any more is no column of the table.
  const used = new Set(rows.flatMap((x) => x.choices));
  const kept = columns.filter((c) => used.has(c.id));
  sortColumns(kept);
  return { table: { ...table, columns: kept, rows }, warnings };
}

/** A process correction as the formats show it. */
export interface ProcessCorrection {
  respondent: string;
  action: 'add' | 'remove';
  reason: string;
  source: string;
}

/** XrefProcess with the analysts' decisions about it. */
export type CorrectedProcess = XrefProcess & { corrections?: ProcessCorrection[] };

/** The corrected cross-reference: processes added to or removed from respondents, shared ones recomputed. */
export function correctXref(xref: Xref, r: Resolved): { xref: Xref; warnings: string[] } {
  const m = M();
  const warnings: string[] = [];
  if (r.processes.size === 0) return { xref, warnings };
  const order = new Map(xref.respondents.map((x, i) => [x.id, i]));
  // Counts keyed by respondent ids from documents: copied into an object without a prototype (as xref makes them).
  const processes: CorrectedProcess[] = xref.processes.map((p) => ({ ...p, respondents: [...p.respondents], counts: Object.assign(Object.create(null), p.counts) }));
  const byId = new Map(processes.map((p) => [p.id, p]));
  for (const [respondent, entries] of r.processes) {
    for (const e of entries) {
      const at = label(r.file, e.n, e.respondent);
      const source = `${baseName(r.file)} #${e.n}`;
      for (const [action, ids] of [['add', e.processes!.add], ['remove', e.processes!.remove]] as const) {
        for (const id of ids) {
          const p = byId.get(id);
          if (!p) {
            warnings.push(`${at}: ${fill(m.unknownProcess, { process: id })}`);
            continue;
          }
          const named = p.respondents.includes(respondent);
          if (action === 'add' && named) {
            warnings.push(`${at}: ${fill(m.unnecessaryAdd, { respondent, process: id })}`);
            continue;
          }
          if (action === 'remove' && !named) {
            warnings.push(`${at}: ${fill(m.unnecessaryRemove, { respondent, process: id })}`);
            continue;
          }
          if (action === 'add') p.respondents.push(respondent);
          else {
            p.respondents = p.respondents.filter((x) => x !== respondent);
            delete p.counts[respondent];
            p.mentions = p.mentions.filter((x) => x.respondent !== respondent);
          }
          p.respondents.sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
          p.corrections = [...(p.corrections ?? []), { respondent, action, reason: e.reason, source }];
        }
      }
    }
  }
  for (const p of processes) p.shared = p.respondents.length >= xref.minRespondents;
  // Shared first, then the most widely named; otherwise the order stays (the dictionary's).
  const position = new Map(xref.processes.map((p, i) => [p.id, i]));
  processes.sort((a, b) => Number(b.shared) - Number(a.shared) || b.respondents.length - a.respondents.length || position.get(a.id)! - position.get(b.id)!);
  return { xref: { ...xref, processes }, warnings };
}

/** A round's analysis (diff, report) with the corrections applied to its table and its processes. */
export function correctAnalysis(a: RoundAnalysis, c: Corrections): { analysis: RoundAnalysis; warnings: string[] } {
  const r = resolveCorrections(c, a.round.respondents);
  const warnings = [...r.warnings];
  let table = a.table;
  if (table) {
    const t = correctTable(table, r);
    table = t.table;
    warnings.push(...t.warnings);
  } else if (r.rows.size > 0) warnings.push(`${c.file}: ${M().noTable}`);
  const x = correctXref(a.xref, r);
  warnings.push(...x.warnings);
  return { analysis: { ...a, table, xref: x.xref }, warnings };
}

/** Only the table (tabulate): process changes are checked by the commands that show processes. */
export function correctTableOnly(table: Table, c: Corrections): { table: Table; warnings: string[] } {
  const r = resolveCorrections(c, table.respondents);
  const t = correctTable(table, r);
  return { table: t.table, warnings: [...r.warnings, ...t.warnings] };
}

/** Only the processes (xref). */
export function correctXrefOnly(xref: Xref, c: Corrections): { xref: Xref; warnings: string[] } {
  const r = resolveCorrections(c, xref.respondents);
  const x = correctXref(xref, r);
  return { xref: x.xref, warnings: [...r.warnings, ...x.warnings] };
}

/** Commands that show neither table nor processes (segments, ingest): the file checked against the round. */
export function checkCorrections(respondents: Respondent[], c: Corrections): string[] {
  return resolveCorrections(c, respondents).warnings;
}
