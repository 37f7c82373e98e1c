/**
 * Coordinator preferences of one respondent, read sentence by sentence from its answer to the
 * coordinator question and from the proposals its summary states.
 *
 * Per clause: a refusal ("yttrar sig inte") is noted and proposes nothing; a supporting part
 * ("som en stödjande aktör") is a comment; a proposal cue ("föreslår", "bör få", "lämplig
 * kandidat") makes the bodies in the clause candidates — unless the clause is negated (then they
 * are rejected), or the role it gives them is another function than the one asked about. The
 * candidates are grouped: "tillsammans med", "i samverkan med", "X och Y" join them into one
 * choice; "eller" separates alternatives; "möjligtvis i samverkan med" offers both. Across
 * sentences: "dessa två" refers back, "Till exempel X" instantiates a description before it, a
 * condition may follow in the next sentence, "ännu bättre" prefers a proposal over an earlier one.
 */
import type { Respondent, Round, Segment } from '../model.js';
import { flatten, provenance, sourceSlice } from '../normalize/flatten.js';
import { fold } from '../normalize/fold.js';
import { sentences } from '../normalize/sentences.js';
import { contentStems, sameWording, stemSimilarity } from '../normalize/words.js';
import { unansweredKind } from '../segment/questions.js';
import { blankAll, clauses, prepare } from './clauses.js';
import { loadCues } from './lexicon.js';
import { findMentions, isSpeaker, roundBodies, type Mention, type RoundBodies } from './mentions.js';

export interface Evidence {
  quote: string;
  page: number | null;
  line: number;
}

export interface Choice {
  /** Registry ids (or derived ids) of the bodies proposed together. */
  members: string[];
  /** The wording of a described-but-unnamed body, else null. */
  generic: string | null;
  /** The named members were given as examples ("tillsammans med till exempel MKB"). */
  example: boolean;
  conditional: boolean;
  condition?: string;
  evidence: Evidence[];
}

export interface Note {
  ids: string[];
  what: string;
  evidence: Evidence;
}

export type Stance = 'proposes' | 'declines' | 'no-proposal';

export interface Preferences {
  respondent: string;
  /** Whether the respondent has a segment for the coordinator question. */
  answered: boolean;
  stance: Stance;
  choices: Choice[];
  declines: Evidence[];
  supporting: Note[];
  rejections: Note[];
  otherFunction: Note[];
}

interface SentenceResult {
  choices: Choice[];
  decline: boolean;
  declineToName: boolean;
  preference: boolean;
  exampleLead: boolean;
  followUpCondition?: string;
  supporting: Note[];
  rejections: Note[];
  otherFunction: Note[];
}

interface Context {
  respondent: Respondent;
  /** The round's respondents the registry does not know, to resolve their names in proposals. */
  others: RoundBodies;
  functionStems: string[];
  /** Named bodies mentioned so far in the segment (most recent last), for "dessa två". */
  recent: string[];
  /** Choices of the last sentence that proposed something. */
  last: Choice[];
}

/** Spans blanked with spaces, offsets kept (in one pass: see blankAll). */
const blankOut = blankAll;

/** The function words of the question: what the role asked about is for ("… rollen för arbetet med X"). */
export function functionStems(questionText: string): string[] {
  const cues = loadCues();
  const folded = fold(questionText);
  const out = new Set<string>();
  for (const r of cues.role.find(folded)) {
    for (const s of objectStems(folded.slice(r.end), 12)) out.add(s);
  }
  return [...out];
}

/**
 * Content stems of a role's object: the words after "ansvar för", up to the clause end or a
 * joint cue ("rollen i samarbete med X" has no object).
 */
function objectStems(rest: string, maxWords: number): string[] {
  const cues = loadCues();
  const stop = /[,.;:!?]/.exec(rest);
  let object = rest.slice(0, stop ? stop.index : rest.length);
  const joint = cues.joint.find(object).find((j) => j.phrase !== 'och');
  if (joint) object = object.slice(0, joint.start);
  const words = object.trim().split(/\s+/).slice(0, maxWords).join(' ');
  return contentStems(words).filter((s) => !cues.roleFiller.has(s) && ![...cues.roleFiller].some((f) => stemSimilarity(s, f) >= 0.9));
}

/** Where this clause gives a role for another function than the one asked about: every role object differs. */
function otherFunction(clause: string, fn: string[]): { start: number; end: number } | undefined {
  if (fn.length === 0) return undefined;
  let other: { start: number; end: number } | undefined;
  for (const r of loadCues().role.find(clause)) {
    const stems = objectStems(clause.slice(r.end), 8);
    if (stems.length === 0) continue;
    if (stems.some((s) => fn.some((f) => stemSimilarity(s, f) >= 0.5))) return undefined;
    const stop = /[,.;]/.exec(clause.slice(r.end));
    other ??= { start: r.start, end: r.end + (stop ? stop.index : clause.length - r.end) };
  }
  return other;
}

function newChoice(evidence: Evidence): Choice {
  return { members: [], generic: null, example: false, conditional: false, evidence: [evidence] };
}

/** The members of a choice as a set, so that adding to a choice of thousands stays constant time. */
const memberSets = new WeakMap<Choice, Set<string>>();

function add(choice: Choice, m: Mention): void {
  if (m.kind === 'generic') choice.generic ??= m.generic ?? null;
  let set = memberSets.get(choice);
  if (!set || set.size !== choice.members.length) {
    set = new Set(choice.members);
    memberSets.set(choice, set);
  }
  for (const id of m.ids) {
    if (set.has(id)) continue;
    set.add(id);
    choice.members.push(id);
  }
}

const copy = (c: Choice): Choice => ({ ...c, members: [...c.members], evidence: [...c.evidence] });

/** Group the candidates of a clause into choices by the words between them. */
function group(prepared: string, clauseStart: number, entities: Mention[], ctx: Context, evidence: Evidence): Choice[] {
  const cues = loadCues();
  const out: Choice[] = [];
  let current = newChoice(evidence);
  // "Ett delat ledarskap med FGK": the partner of the body proposed just before.
  const lead = prepared.slice(clauseStart, entities[0].start);
  if (cues.joint.find(lead).some((j) => j.phrase !== 'och') && ctx.last.length > 0) {
    current = copy(ctx.last[ctx.last.length - 1]);
    current.evidence = [evidence];
    current.conditional = false;
    current.condition = undefined;
  }
  add(current, entities[0]);
  for (let i = 1; i < entities.length; i++) {
    const link = prepared.slice(entities[i - 1].end, entities[i].start);
    const joint = cues.joint.find(link).filter((j) => j.phrase !== 'och');
    const alternative = cues.alternative.test(link);
    const example = cues.example.find(link);
    const words = link.trim().split(/\s+/).filter((w) => w !== '' && w !== ',');
    if (joint.length > 0) {
      const optional = cues.optional.find(link).some((o) => o.end <= joint[0].start);
      if (optional) out.push(copy(current));
      if (example.length > 0) current.example = true;
      add(current, entities[i]);
    } else if (alternative) {
      out.push(current);
      current = newChoice(evidence);
      add(current, entities[i]);
    } else if (example.length > 0 && current.members.length === 0 && current.generic && entities[i].kind !== 'generic') {
      // "en nämnd med …, till exempel MKB": the name instantiates the description.
      current.generic = null;
      add(current, entities[i]);
    } else if (words.length <= 3 && (words.includes('och') || words.length === 0)) {
      add(current, entities[i]);
    } else {
      out.push(current);
      current = newChoice(evidence);
      add(current, entities[i]);
    }
  }
  out.push(current);
  return out.filter((c) => c.members.length > 0 || c.generic);
}

function analyseSentence(text: string, folded: string, evidence: Evidence, ctx: Context, summary: boolean): SentenceResult {
  const cues = loadCues();
  const res: SentenceResult = { choices: [], decline: false, declineToName: false, preference: false, exampleLead: false, supporting: [], rejections: [], otherFunction: [] };
  const mentions = findMentions(text, folded, ctx.respondent, ctx.others);
  const remember = (): void => {
    for (const m of mentions) {
      if (m.kind !== 'named' || m.ids[0] === ctx.respondent.id) continue;
      ctx.recent = ctx.recent.filter((id) => id !== m.ids[0]);
      ctx.recent.push(m.ids[0]);
      // Only the last few are ever looked at ("dessa två": the last two); a long list would make
      // every mention cost as much as all before it.
      if (ctx.recent.length > 8) ctx.recent = ctx.recent.slice(-8);
    }
  };
  if (cues.decline.test(folded)) {
    // In a summary, only a refusal about the role itself counts.
    if (!summary || cues.questionRole.test(folded)) {
      res.decline = true;
      res.declineToName = cues.declineToName.test(folded);
    }
    remember();
    return res;
  }
  const prepared = prepare(folded);
  const lead = /^\s*/.exec(prepared)![0].length;
  res.exampleLead = cues.example.find(prepared).some((e) => e.start === lead);
  res.preference = cues.preference.test(prepared);
  const follow = cues.followUpCondition.find(prepared).find((c) => c.start === lead);
  if (follow) res.followUpCondition = text.slice(follow.start).trim();
  const condition = cues.condition.find(folded)[0];

  // The anaphora of the lexicon ("dessa två", "de båda", "båda parterna") all point at two bodies:
  // the last two named before.
  for (const m of mentions) if (m.kind === 'anaphora') m.ids = ctx.recent.slice(-2);
  const live = mentions.filter((m) => prepared.slice(m.start, m.end).trim() !== '' && (m.kind !== 'anaphora' || m.ids.length > 0));

  // "X bör även vara med men som en stödjande aktör": X supports, whatever else the sentence says.
  const supports = cues.supporting.test(prepared);
  if (supports) {
    const ids = live.filter((m) => m.kind !== 'generic' && !m.genitive && !isSpeaker(prepared, m)).flatMap((m) => m.ids);
    if (ids.length) res.supporting.push({ ids: [...new Set(ids)], what: text.trim(), evidence });
    remember();
    return res;
  }

  // Clauses and mentions are both in order of position: walk them together (filtering every
  // mention for every clause is quadratic on a sentence of thousands of clauses).
  let first = 0;
  for (const clause of clauses(prepared)) {
    const cf = prepared.slice(clause.start, clause.end);
    while (first < live.length && live[first].start < clause.start) first++;
    const inClause: Mention[] = [];
    for (let k = first; k < live.length && live[k].start < clause.end; k++) if (live[k].end <= clause.end) inClause.push(live[k]);
    const candidates = inClause.filter((m) => !m.genitive && (m.kind === 'generic' || m.kind === 'anaphora' || !isSpeaker(prepared, m)));
    if (candidates.length === 0) continue;
    const named = candidates.filter((m) => m.kind !== 'generic');
    const proposalCues = summary ? cues.strongProposal : cues.proposal;
    const proposes = proposalCues.test(cf) || (res.exampleLead && named.length > 0 && cues.proposal.test(cf));
    if (!proposes) continue;
    const unnegated = blankOut(cf, cues.negationNot.find(cf));
    if (cues.negation.test(unnegated)) {
      res.rejections.push({
        ids: named.flatMap((m) => m.ids),
        what: candidates.map((m) => (m.kind === 'generic' ? text.slice(m.start, m.end) : text.slice(m.start, m.end))).join(', '),
        evidence,
      });
      continue;
    }
    // Roles inside a description or a name ("en nämnd med ansvar för fysisk planering") are not the proposal's.
    const bare = blankOut(cf, inClause.map((m) => ({ start: m.start - clause.start, end: m.end - clause.start })));
    const fn = otherFunction(bare, ctx.functionStems);
    if (fn) {
      const what = text.slice(clause.start + fn.start, clause.start + fn.end).replace(/\s+/g, ' ').trim();
      if (named.length) res.otherFunction.push({ ids: named.flatMap((m) => m.ids), what, evidence });
      continue;
    }
    for (const c of group(prepared, clause.start, candidates, ctx, evidence)) res.choices.push(c);
  }
  if (condition && res.choices.length > 0) {
    for (const c of res.choices) {
      c.conditional = true;
      c.condition = text.slice(condition.start).trim();
    }
  }
  remember();
  return res;
}


/** The same choice: the same members and, for a described body, the same wording (OCR slips aside). */
export function sameChoice(a: Choice, b: Choice): boolean {
  if ([...a.members].sort().join('+') !== [...b.members].sort().join('+')) return false;
  if (!a.generic || !b.generic) return !a.generic && !b.generic;
  return sameWording(a.generic, b.generic);
}

const memberKey = (c: Choice): string => [...c.members].sort().join('+');
/** Per list of choices: its choices by members; per choice: the keys of its evidence. Both make merging constant time. */
const listIndex = new WeakMap<Choice[], { map: Map<string, Choice[]>; count: number }>();
/** Evidence seen, by page and line, then quote (no key built by concatenating a quote: quotes may be 250 kB long). */
class EvidenceSet {
  private byLine = new Map<string, Set<string>>();
  size = 0;
  add(e: Evidence): boolean {
    const at = `${e.page}:${e.line}`;
    const quotes = this.byLine.get(at) ?? new Set<string>();
    this.byLine.set(at, quotes);
    if (quotes.has(e.quote)) return false;
    quotes.add(e.quote);
    this.size++;
    return true;
  }
}
const evidenceKeys = new WeakMap<Choice, EvidenceSet>();

function mergeInto(list: Choice[], c: Choice): void {
  let entry = listIndex.get(list);
  if (!entry || entry.count !== list.length) {
    // The list changed behind our back (or is new): index it afresh.
    const map = new Map<string, Choice[]>();
    for (const x of list) {
      const bucket = map.get(memberKey(x)) ?? [];
      bucket.push(x);
      map.set(memberKey(x), bucket);
    }
    entry = { map, count: list.length };
    listIndex.set(list, entry);
  }
  const key = memberKey(c);
  const same = entry.map.get(key)?.find((x) => sameChoice(x, c));
  if (!same) {
    list.push(c);
    const bucket = entry.map.get(key) ?? [];
    bucket.push(c);
    entry.map.set(key, bucket);
    entry.count++;
    return;
  }
  let seen = evidenceKeys.get(same);
  if (!seen || seen.size !== same.evidence.length) {
    seen = new EvidenceSet();
    for (const e of same.evidence) seen.add(e);
    evidenceKeys.set(same, seen);
  }
  for (const e of c.evidence) if (seen.add(e)) same.evidence.push(e);
  if (c.conditional && !same.conditional) {
    same.conditional = true;
    same.condition = c.condition;
  }
  same.example ||= c.example;
}

/** The segments tabulate reads for a respondent: its answer to the question, then its summaries. */
export function scopeOf(segments: Segment[], respondent: string, question: string): Array<{ segment: Segment; summary: boolean }> {
  const mine = segments.filter((s) => s.respondent === respondent);
  const answer = mine.filter((s) => s.question === question).map((segment) => ({ segment, summary: false }));
  const summaries = mine
    .filter((s) => s.question === null)
    .filter((s) => {
      const kind = s.heading ? unansweredKind(s.heading) : 'summary';
      return kind === 'summary' || kind === 'other' || kind === undefined;
    })
    .map((segment) => ({ segment, summary: true }));
  return [...answer, ...summaries];
}

export function extractPreferences(round: Round, respondent: Respondent, question: string, fnStems: string[], others: RoundBodies = roundBodies(round.respondents), segments?: Segment[]): Preferences {
  const scope = scopeOf(segments ?? round.segments, respondent.id, question);
  const out: Preferences = {
    respondent: respondent.id,
    answered: scope.some((s) => !s.summary),
    stance: 'no-proposal',
    choices: [],
    declines: [],
    supporting: [],
    rejections: [],
    otherFunction: [],
  };
  let declineToName = false;
  // Choices dropped at the end; compared as merging compares them (sameChoice), OCR slips aside.
  const superseded: Choice[] = [];
  for (const { segment, summary } of scope) {
    const flat = flatten(segment.lines);
    const ctx: Context = { respondent, others, functionStems: fnStems, recent: [], last: [] };
    let previous: SentenceResult | undefined;
    for (const span of sentences(flat)) {
      const text = flat.text.slice(span.start, span.end);
      const folded = flat.folded.slice(span.start, span.end);
      const evidence: Evidence = { quote: sourceSlice(flat, span.start, span.end), ...provenance(flat, span.start) };
      const res = analyseSentence(text, folded, evidence, ctx, summary);
      if (res.decline) {
        out.declines.push(evidence);
        declineToName ||= res.declineToName;
      }
      // One by one: a sentence of a hundred thousand clauses would overflow push(...spread).
      for (const x of res.supporting) out.supporting.push(x);
      for (const x of res.rejections) out.rejections.push(x);
      for (const x of res.otherFunction) out.otherFunction.push(x);
      // A condition stated in the next sentence belongs to the proposal before it.
      if (res.followUpCondition && res.choices.length === 0 && previous && previous.choices.length > 0) {
        for (const c of previous.choices) {
          const kept = out.choices.find((x) => sameChoice(x, c));
          if (kept && !kept.conditional) {
            kept.conditional = true;
            kept.condition = res.followUpCondition;
            kept.evidence.push(evidence);
          }
        }
      }
      if (res.choices.length > 0) {
        // "Till exempel MKB är lämpligt": the name instantiates the description proposed just before.
        if (res.exampleLead && res.choices.some((c) => c.members.length > 0)) {
          for (const c of ctx.last) if (c.members.length === 0 && c.generic) superseded.push(c);
        }
        // "… skulle dock vara ännu bättre": preferred over the simpler proposals it contains.
        if (res.preference) {
          for (const c of res.choices) {
            for (const x of out.choices) {
              if (x.members.length < c.members.length && x.members.every((id) => c.members.includes(id))) superseded.push(x);
            }
          }
        }
        for (const c of res.choices) mergeInto(out.choices, c);
        ctx.last = res.choices;
        previous = res;
      } else if (res.decline) {
        // A refusal between a proposal and a "Detta förutsätter …" breaks the link.
        previous = undefined;
      }
    }
  }
  out.choices = out.choices.filter((c) => !superseded.some((x) => sameChoice(x, c)));
  // After "vill inte föreslå någon", descriptions of a body are criteria, not proposals.
  if (declineToName) out.choices = out.choices.filter((c) => c.members.length > 0);
  out.stance = out.choices.length > 0 ? 'proposes' : out.declines.length > 0 ? 'declines' : 'no-proposal';
  return out;
}
