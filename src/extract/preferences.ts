/**
 * Coordinator preferences of one respondent, read sentence by sentence from its answer to the
 * coordinator question and from the proposals its summary states.
 *
 * Per sentence: decision procedure ("föreslås besluta att översända yttrandet") is skipped; a
 * refusal ("yttrar sig inte") is noted and proposes nothing; a supporting part ("som en
 * stödjande aktör") is a comment. Per clause, a body is a candidate when the clause puts it in
 * the role: a proposal ("föreslår", "lämplig kandidat"), a role predicate (modal + role verb:
 * "bör få", "ska ligga kvar hos", passive "bör ledas av X"), or willingness ("kan åta sig", "vi
 * tar gärna") — unless the clause reports another's proposal ("promemorian förordar …"), is
 * negated (then the bodies are rejected; "inte X utan Y" proposes Y), or the role it gives is
 * another function than the one asked about. Agreeing with another respondent ("instämmer i
 * X:s förslag") is resolved to X's own choice by tabulate. The
 * candidates are grouped: "tillsammans med", "i samverkan med", "X och Y" join them into one
 * choice; "eller" separates alternatives; "möjligtvis i samverkan med" offers both. Across
 * sentences: "dessa två" refers back, "Till exempel X" instantiates a description before it, a
 * condition may follow in the next sentence, "ännu bättre" prefers a proposal over an earlier one.
 */
import type { Line, Respondent, Round, Segment } from '../model.js';
import { ellipticMentions, type EllipticWords } from './elliptic.js';
import { roleMarks } from './role-matrix.js';
import { flatten, lineAt, provenance, sourceSlice, type FlatText } from '../normalize/flatten.js';
import { fold } from '../normalize/fold.js';
import { escapeRegex } from '../normalize/ocr.js';
import { lowerBound } from '../sorted.js';
import { sentences } from '../normalize/sentences.js';
import { contentStems, sameWording, stemSimilarity } from '../normalize/words.js';
import { numberedQuestion, unansweredKind } from '../segment/questions.js';
import { LABELLED } from '../segment/reported-speech.js';
import { loadStructure } from '../normalize/structure.js';
import { blankAll, clauses, concessionSpans, conditionAsides, hypothesisEnd, openingIsTopic, prepare, previousWord, purposeSpans, quotedAsSaid, sentenceLead } from './clauses.js';
import { loadCues, type Cues, type CueSet } from './lexicon.js';
import { fill, loadData } from '../data.js';
import type { Registry } from '../segment/registry.js';
import { ocrSources, readByOcrAt } from '../tag/ocr-read.js';
import { tickOptions } from '../normalize/ticks.js';
import { verdictRows, type VerdictRow } from './verdicts.js';
import { findMentions, isSpeaker, othersView, registryOf, roundBodies, speaksWithOthers, type Mention, type RoundBodies } from './mentions.js';
import { letterRegExp } from '../normalize/letters.js';
import { amendmentsOf } from './amendments.js';
import { splitsByScope } from './scope-split.js';
import { statusQuoHolder } from './status-quo.js';
import { affirms, questionProposal } from './yes-to-question.js';

export interface Evidence {
  quote: string;
  page: number | null;
  line: number;
  /**
   * A sentence running across fragments of a table cell: its verbatim parts, one per source line
   * (the quote joins them and is not verbatim in the source). Tables and JSON give the parts.
   */
  parts?: Array<{ quote: string; page: number | null; line: number }>;
}

/** The evidence of a sentence: its quote, where it stands, and its verbatim parts when it runs across table cells. */
export function evidenceOf(flat: FlatText, start: number, end: number): Evidence {
  const evidence: Evidence = { quote: sourceSlice(flat, start, end), ...provenance(flat, start) };
  const a = lineAt(flat, start);
  const b = lineAt(flat, Math.max(start, end - 1));
  if (b > a && flat.lines.slice(a, b + 1).some((l) => l.cell)) {
    const parts: NonNullable<Evidence['parts']> = [];
    for (let i = a; i <= b; i++) {
      const quote = sourceSlice(flat, Math.max(start, flat.starts[i]), Math.min(end, flat.starts[i] + flat.lengths[i]));
      if (quote !== '') parts.push({ quote, ...provenance(flat, flat.starts[i]) });
    }
    evidence.parts = parts;
  }
  return evidence;
}

export interface Choice {
  /** Registry ids (or derived ids) of the bodies proposed together. */
  members: string[];
  /** Rank of a ranked alternative ("i första hand" = 1), else undefined. */
  rank?: number;
  /** Offered on its own besides a joint one ("MKB, möjligtvis i samverkan med X"; "X eller …"). */
  standalone?: boolean;
  /** The wording of a described-but-unnamed body, else null. */
  generic: string | null;
  /** The named members were given as examples ("tillsammans med till exempel MKB"). */
  example: boolean;
  conditional: boolean;
  condition?: string;
  /**
   * Read under an opening that a named body fails ("Om X inte …, bör Y …"): the condition is the
   * case of a fallback, should the answer rank Y second elsewhere.
   */
  fallback?: boolean;
  evidence: Evidence[];
}

export interface Note {
  ids: string[];
  what: string;
  evidence: Evidence;
  /** A rejection under the opposite condition ("Utan resurser kan nämnden inte åta sig …"): the flip side of a conditional proposal. */
  otherwise?: boolean;
  /** A body put in another function on a condition ("Om …, bör X leda …"): kept, should the note be taken as the proposal. */
  condition?: string;
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
  /** Whether the choices are ranked alternatives (then in rank order). */
  ranked: boolean;
  /** Bodies whose proposal the respondent endorses ("instämmer i X:s förslag"), with the sentence. */
  endorses: Array<{ ids: string[]; evidence: Evidence }>;
  /** Reasons (Swedish) why a person should check the reading. */
  review: string[];
}

interface SentenceResult {
  choices: Choice[];
  decline: boolean;
  declineToName: boolean;
  preference: boolean;
  exampleLead: boolean;
  followUpCondition?: string;
  /** The follow-up condition opens the sentence (it is all the sentence says). */
  opensWithCondition?: boolean;
  /**
   * The follow-up condition is what the work itself requires ("Handlingsplanen förutsätter att
   * …", "Arbetet förutsätter …"): its subject is the work (data: roleTask), not the proposal.
   */
  workRequires?: boolean;
  supporting: Note[];
  rejections: Note[];
  otherFunction: Note[];
  endorses: string[];
  /** Bodies named in a sentence about the role with no part read for them. */
  unclear: string[];
  /** The sentence speaks of the role with a proposal cue but no body was read from it. */
  unread: boolean;
  /** A condition applies to several choices of the sentence. */
  conditionScope: boolean;
  /** The sentence opens as a condition the reading could not delimit. */
  conditionUnread?: boolean;
  /** Another known body speaks the proposal ("Kulturnämnden anser att …" in another's answer). */
  otherSpeaker: string[];
  /** Capitalised names joined to a body proposed ("X och Polisstation Syd") that were not read as a body. */
  unknownPartner: string[];
  /** Bodies named in a sentence about the role, with no part read for them, whatever the wording. */
  named: string[];
  /** The sentence is names alone, read as the answer's choice (src/extract/elliptic.ts). */
  elliptic?: boolean;
}

interface Context {
  cues: Cues;
  /** The registry this respondent's text is read with (none for another organisation's). */
  registry: Registry;
  /** Whether an id is a body the registry knows. */
  known: (id: string) => boolean;
  /** Whether an id is one of the round's respondents (a speaker whose own answer this is not). */
  respondentOf?: (id: string) => boolean;
  respondent: Respondent;
  /** The round's respondents the registry does not know, to resolve their names in proposals. */
  others: RoundBodies;
  functionStems: string[];
  /** Named bodies mentioned so far in the segment (most recent last), for "dessa två". */
  recent: string[];
  /** The two bodies last pointed at together in this answer ("dessa två"), for "förstnämnda". */
  pair?: string[];
  /**
   * The bodies named in the respondent's answers to the questions before this one (read only
   * when a pointer back finds nothing in this answer: "samma nämnd som i förra frågan").
   */
  earlier?: () => Antecedents;
  /** Bodies this sentence took from an earlier answer by a pointer back: the analyst is told. */
  fromEarlier?: string[];
  /** Bodies this sentence named with one letter wrong, as written ("fritidsnämden" → FRN): the analyst is told. */
  misspelt?: Map<string, string>;
  /** The respondent has no answer to the question: its other text is all there is to read. */
  unanswered?: boolean;
  /** The number of the question whose answer is read (Q3 → 3): a sentence about another ("avstår från fråga 4") is not this answer's. */
  questionNumber?: number;
  /** Choices of the last sentence that proposed something. */
  last: Choice[];
  /** The sentence before put a role for another function than the question's ("ska ansvara för driften …"): "det ansvaret" now is that one. */
  previousOtherRole?: boolean;
  /**
   * The sentence opens the answer to the question: nothing before it in its part but names alone
   * or an introduction ending in a colon. Names alone are read as the answer only there.
   */
  answerOpening?: boolean;
  /** The number of the last item of a numbered list of names alone read in the answer's opening. */
  listItem?: number;
  /** The sentence before was a list item's mark alone ("2."): its number, for this sentence's names. */
  itemMark?: number;
}

/** The last two different ids of a list, in their order ("förstnämnda" is the first of them); undefined for fewer. */
function lastPair(ids: string[]): string[] | undefined {
  const distinct = [...new Set([...ids].reverse())].reverse();
  return distinct.length >= 2 ? distinct.slice(-2) : undefined;
}

/** The bodies an answer's pointers back may reach in the respondent's earlier answers. */
export interface Antecedents {
  /** Named bodies, most recent last (never the respondent itself). */
  recent: string[];
  /** The last two bodies named together or pointed at together ("fritidsnämnden och kulturnämnden", "dessa båda"). */
  pair?: string[];
}

/**
 * Each pointer back in a sentence given the bodies it points at. "dessa två", "de båda" point
 * at two: the last two named before. "den nämnden", "det bolaget" at one: the last body named
 * before it, in this sentence or the ones before ("Under förutsättning att X tillförs resurser
 * bör samordningen ligga hos den nämnden") — never the respondent speaking ("MKB föreslår samma
 * nämnd …"). "förstnämnda" and "sistnämnda" at one of the last two. Where this answer names
 * nothing before it, the pointer reaches into the respondent's earlier answers ("Dessa båda
 * nämnder …" under question 2, "Vi föreslår att de båda …" under question 3), and the sentence
 * says so (ctx.fromEarlier), for the analyst to check.
 */
function resolveAnaphora(mentions: Mention[], ctx: Context): void {
  const fromEarlier = (ids: string[]): string[] => {
    if (ids.length > 0) ctx.fromEarlier = [...new Set([...(ctx.fromEarlier ?? []), ...ids])];
    return ids;
  };
  for (const m of mentions) {
    if (m.kind !== 'anaphora') continue;
    const before = mentions.filter((o) => o.kind === 'named' && o.end <= m.start && o.ids.length === 1 && o.ids[0] !== ctx.respondent.id);
    if (!m.one) {
      if (ctx.recent.length > 0 || before.length > 0) m.ids = ctx.recent.slice(-2);
      else m.ids = fromEarlier(ctx.earlier?.().pair ?? []);
      if (m.ids.length === 2) ctx.pair = m.ids;
      continue;
    }
    if (m.which !== undefined) {
      // The two named last before it in this sentence, else the two this answer last named or
      // pointed at together, else the last two it named, else those of an earlier answer.
      const pair = lastPair(before.map((o) => o.ids[0])) ?? ctx.pair ?? lastPair(ctx.recent);
      const two = pair ?? ctx.earlier?.().pair ?? [];
      m.ids = two.length === 2 ? [two[m.which === 'first' ? 0 : 1]] : [];
      if (!pair) fromEarlier(m.ids);
      // "förstnämnda", "sistnämnda" stand where the name would, and are read as it is.
      if (m.ids.length === 1) m.kind = 'named';
      continue;
    }
    if (before.length > 0) m.ids = before[before.length - 1].ids;
    else if (ctx.recent.length > 0) m.ids = ctx.recent.slice(-1);
    else m.ids = fromEarlier((ctx.earlier?.().recent ?? []).slice(-1));
  }
  // "Av de två bör förstnämnda …": the two are what the pointer after chooses from, not put forward.
  // (The pointer that chooses is read as a name by now: found by its `which`, not its kind.)
  const chosen = mentions.find((m) => m.which !== undefined && m.ids.length > 0);
  if (chosen) for (const m of mentions) if (m.kind === 'anaphora' && !m.one && m.end <= chosen.start) m.ids = [];
}

/**
 * The bodies the respondent named in its answers before `until` (its answer to `question`), in
 * the order of the text: the last ones, and the last two named or pointed at together.
 */
function antecedentsBefore(segments: Segment[], respondent: Respondent, until: Segment | undefined, question: string, others: RoundBodies, cues: Cues, registry: Registry): Antecedents {
  const out: Antecedents = { recent: [] };
  const end = until ? segments.indexOf(until) : -1;
  for (let i = 0; i < end; i++) {
    const s = segments[i];
    if (s.respondent !== respondent.id || s.question === null || s.question === question) continue;
    const flat = flatten(s.lines);
    for (const span of sentences(flat)) {
      const named: string[] = [];
      for (const m of findMentions(flat.text.slice(span.start, span.end), flat.folded.slice(span.start, span.end), respondent, others, cues, registry)) {
        if (m.kind === 'anaphora' && !m.one && out.recent.length >= 2) out.pair = out.recent.slice(-2);
        if (m.kind !== 'named' || m.ids.length !== 1 || m.ids[0] === respondent.id) continue;
        out.recent = [...out.recent.filter((id) => id !== m.ids[0]), m.ids[0]].slice(-8);
        named.push(m.ids[0]);
      }
      out.pair = lastPair(named) ?? out.pair;
    }
  }
  return out;
}

/**
 * The body right after a role in a participle ("…, ledd av X", "under ledning av X";
 * coordination.json participleRole) in a sentence that proposes before it: a modal word or a
 * proposal's verb. Undefined where there is none.
 */
function participleAgent(prepared: string, live: Mention[], cues: Cues): Mention | undefined {
  for (const p of cues.participleRole.find(prepared)) {
    const before = prepared.slice(0, p.start);
    const proposes = (before.match(/[\p{L}]+/gu) ?? []).some((w) => cues.modalWord.test(w)) || cues.directProposal.test(before);
    if (!proposes) continue;
    const agent = live.find((m) => m.start >= p.end && prepared.slice(p.end, m.start).trim() === '' && (m.kind === 'named' || m.kind === 'self') && !m.genitive);
    if (agent) return agent;
  }
  return undefined;
}

/** A verb of saying, at most MAX_SAID_WORDS words after it, "att om": where a said condition starts (at "om"). */
export const MAX_SAID_WORDS = 3;

function saidConditionStart(text: string, folded: string, cues: Cues): number | undefined {
  const m = /(?:^|\s)att\s+om\s/u.exec(folded);
  if (!m || m.index > 120) return undefined;
  const before = folded.slice(0, m.index).trim().split(/\s+/u);
  const verbAt = before.slice(-MAX_SAID_WORDS - 1).findIndex((w) => cues.speech.test(w));
  if (verbAt < 0) return undefined;
  const at = m.index + m[0].length - 3;
  return text.slice(at, at + 2).toLowerCase() === 'om' ? at : undefined;
}

/** A sentence that asks: its question mark at the end (a quotation's or a bracket's close may follow). */
const ASKS = /\?["”’)]*\s*$/u;

/** A sentence that is a list item's mark and nothing else ("2.", "3)"). */
const ITEM_MARK_ALONE = /^\s*\(?(\d{1,2})[.)]\s*$/u;

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
function objectStems(rest: string, maxWords: number, cues: Cues = loadCues()): string[] {
  const stop = /[,.;:!?]/.exec(rest);
  let object = rest.slice(0, stop ? stop.index : rest.length);
  const joint = cues.joint.find(object).find((j) => j.phrase !== 'och');
  if (joint) object = object.slice(0, joint.start);
  // "samordningen gentemot kommunerna": the counterpart is not what the role is for.
  const all = object.trim().split(/\s+/);
  // "leda arbetet i stället för X": what follows a contrast is no part of the role's object either.
  const contrast = cues.contrast.find(object)[0];
  if (contrast) all.splice(object.slice(0, contrast.start).trim().split(/\s+/).filter(Boolean).length);
  const counterpart = all.findIndex((w) => cues.objectPreposition.test(w));
  const words = (counterpart >= 0 ? all.slice(0, counterpart) : all).slice(0, maxWords).join(' ');
  return contentStems(words).filter((s) => !cues.roleFiller.has(s) && ![...cues.roleFiller].some((f) => stemSimilarity(s, f) >= 0.9));
}

/**
 * Where this clause gives a role for another function than the one asked about: every role object
 * differs. A question that names no function of its own ("Vem bör vara huvudman för arbetet?")
 * asks about the work at hand: an object that names neither it (data: roleTask) nor the role
 * ("samordningen av …") is another function ("Gatukontoret bör ansvara för belysningen").
 */
function otherFunction(clause: string, fn: string[], cues: Cues): { start: number; end: number } | undefined {
  let other: { start: number; end: number } | undefined;
  for (const r of cues.role.find(clause)) {
    // The object's first words only: a clause of thousands of role words stays linear.
    const reach = clause.slice(r.end, r.end + MAX_OBJECT_CHARS);
    const stems = objectStems(reach, 8, cues);
    if (stems.length === 0) continue;
    if (fn.length === 0 ? namesTheWork(reach.slice(0, OBJECT_TASK_CHARS), cues) : stems.some((s) => fn.some((f) => stemSimilarity(s, f) >= 0.5))) return undefined;
    const stop = /[,.;]/.exec(reach);
    other ??= { start: r.start, end: r.end + (stop ? stop.index : reach.length) };
  }
  return other;
}

/** Whether a role's object names the work at hand ("arbetet", "genomförandet") or the role itself ("samordningen av …"). */
function namesTheWork(object: string, cues: Cues): boolean {
  return cues.roleTask.test(object) || cues.roleNoun.test(object) || cues.roleWord.test(object);
}

/** A role's object is read this far (characters): its first eight words, not the rest of a long clause. */
export const MAX_OBJECT_CHARS = 200;

/** How far after a role word the work at hand may be named in its object ("ansvara för genomförandet av planen"): characters. */
export const OBJECT_TASK_CHARS = 60;

/** How far into a clause its subject's head noun may stand ("Den strategiska uppföljningen …"): words. */
export const SUBJECT_HEAD_WORDS = 4;

/**
 * Another task placed with a body, as the subject of a placing verb: "Den strategiska
 * uppföljningen kan med fördel ligga hos stadskontoret" puts the follow-up there, not the role the
 * question asks about. The subject's head — the first definite noun among the clause's first words
 * — must be no role word ("ansvaret", "samordningen", "frågan"), no word for the work at hand
 * ("arbetet", "satsningen": data, 'roleTask'), and unlike the question's own task; a clause that
 * names the role anywhere ("bör ansvaret ligga hos") is the role's.
 */
function subjectTask(clause: string, fn: string[], cues: Cues): { start: number; end: number } | undefined {
  if (cues.roleNoun.test(clause) || cues.roleTask.test(clause)) return undefined;
  for (const r of cues.rolePredicate.find(clause)) {
    if (!cues.placing.test(clause.slice(r.start, r.end))) continue;
    const subject = clause.slice(0, r.start);
    // The first few words only: read one by one, not the whole of a long clause.
    const words: RegExpExecArray[] = [];
    const word = /[\p{L}\p{N}]+/gu;
    for (let w = word.exec(subject); w !== null && words.length < SUBJECT_HEAD_WORDS; w = word.exec(subject)) words.push(w);
    const head = words.find((w) => definiteNoun().test(w[0]));
    if (!head) return undefined;
    const stems = contentStems(head[0]);
    if (stems.length === 0 || stems.some((st) => fn.some((f) => stemSimilarity(st, f) >= 0.5))) return undefined;
    return { start: words[0].index!, end: r.start };
  }
  return undefined;
}

/** A definite noun, as folded: "uppföljningen", "budgeten", "utvärderingen", "analyserna" (five letters and more); its endings are data (coordination.json definiteEndings), compiled once on first use. */
let joiner: RegExp | undefined;
let nameJoiners: Set<string> | undefined;
/** A word that joins names only (coordination.json nameJoiners: "X samt Y" is one choice, as "X och Y" is). */
function isNameJoiner(word: string): boolean {
  nameJoiners ??= new Set(loadData<{ nameJoiners: string[] }>('lexicon/coordination.json').nameJoiners.map(fold));
  return nameJoiners.has(word);
}

/**
 * What stands between two names of an answer of names alone: a plain list's joiner (listJoin), or
 * a word that joins names only (coordination.json nameJoiners: "samt"), or a slash.
 */
const ellipticWords: EllipticWords = {
  joins(between: string): boolean {
    const word = between.replace(/^[\s,]*|\s*$/gu, '');
    return listJoin().test(between) || word === '/' || isNameJoiner(word);
  },
};

/** What stands between two items of a plain list: a comma, a list word (coordination.json listJoiners), or both. */
function listJoin(): RegExp {
  joiner ??= letterRegExp(`^(?:\\s*,)?\\s*(?:${loadData<{ listJoiners: string[] }>('lexicon/coordination.json').listJoiners.map((w) => escapeRegex(fold(w))).join('|')})?\\s*$`, 'u');
  return joiner;
}

let definite: RegExp | undefined;
function definiteNoun(): RegExp {
  definite ??= letterRegExp(`^\\p{L}{3,}(?:${(loadData<{ definiteEndings: string[] }>('lexicon/coordination.json').definiteEndings).join('|')})$`, 'u');
  return definite;
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
  const cues = ctx.cues;
  const out: Choice[] = [];
  let current = newChoice(evidence);
  // "Ett delat ledarskap med FGK": the partner of the body proposed just before.
  const lead = prepared.slice(clauseStart, entities[0].start);
  if (cues.joint.find(lead).some((j) => j.phrase !== 'och')) {
    if (ctx.last.length > 0) {
      current = copy(ctx.last[ctx.last.length - 1]);
      current.evidence = [evidence];
      current.conditional = false;
      current.condition = undefined;
      current.rank = undefined;
    } else {
      // No proposal before: the partner of a shared lead is the body spoken of just before.
      const partner = [...ctx.recent].reverse().find((id) => !entities.some((e) => e.ids.includes(id)));
      if (partner) current.members.push(partner);
    }
  }
  add(current, entities[0]);
  for (let i = 1; i < entities.length; i++) {
    const link = prepared.slice(entities[i - 1].end, entities[i].start);
    const joint = cues.joint.find(link).filter((j) => j.phrase !== 'och');
    const alternative = cues.alternative.test(link);
    const example = cues.example.find(link);
    const words = link.trim().split(/\s+/).filter((w) => w !== '' && w !== ',');
    if (joint.length > 0) {
      // "MKB, möjligtvis i samverkan med X": the optional word stands right before the joint cue
      // ("åtar sig gärna rollen tillsammans med X" is one joint offer).
      const optional = cues.optional.find(link).some((o) => o.end <= joint[0].start && link.slice(o.end, joint[0].start).trim() === '');
      if (optional) out.push({ ...copy(current), standalone: true });
      if (example.length > 0) current.example = true;
      add(current, entities[i]);
    } else if (alternative) {
      out.push({ ...current, standalone: true });
      current = newChoice(evidence);
      add(current, entities[i]);
    } else if (example.length > 0 && current.members.length === 0 && current.generic && entities[i].kind !== 'generic') {
      // "en nämnd med …, till exempel MKB": the name instantiates the description.
      current.generic = null;
      add(current, entities[i]);
    } else if ((words.length <= 3 && (words.includes('och') || words.some(isNameJoiner) || words.length === 0)) || unitsJoined(cues, link)) {
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

/**
 * Two bodies' units joined by "och" ("miljöförvaltningens enhet för hållbar stadsutveckling och
 * översiktsplaneavdelningen på stadsbyggnadskontoret"): what stands between the bodies is a unit
 * of the first (a unit noun and what it is for), "och", and a unit of the second ("… på", "… vid",
 * "… inom"), so the two are one proposal as the bodies themselves would be.
 */
function unitsJoined(cues: Cues, link: string): boolean {
  // Checked before the pattern: on a long stretch its lazy parts would cost the square of it.
  if (link.length > 2 * UNIT_PHRASE_CHARS + 10 || !link.includes(' och ')) return false;
  const m = /^\s*(.*?)\s+och\s+(.*?)\s*$/u.exec(link);
  if (!m || m[1].length > UNIT_PHRASE_CHARS || m[2].length > UNIT_PHRASE_CHARS) return false;
  const left = m[1] === '' || cues.unitNoun.test(m[1].split(/\s+/u)[0]);
  const right = m[2] === '' || /^[\p{L}-]+\s+(?:pa|vid|inom)$/u.test(m[2]) && unitStems(cues).some((u) => m[2].split(/\s+/u)[0].includes(u));
  return left && right && (m[1] !== '' || m[2] !== '');
}

/** A unit's phrase between two bodies is at most this long (characters, each side of "och"). */
export const UNIT_PHRASE_CHARS = 80;

/** The unit nouns' stems (coordination.json unitNoun without the "*"), for a compound that ends in one ("översiktsplaneavdelningen"). */
const unitStems = (cues: Cues): string[] => cues.unitNoun.phrases.map((p) => p.replace(/\*$/u, ''));

/** The rank cues of a sentence ("i andra hand"), in order, each with its rank. */
function ranksOf(cues: Cues, prepared: string): Array<{ start: number; rank: number }> {
  return cues.rank.find(prepared).map((r) => ({ start: r.start, rank: cues.rank.phrases.indexOf(r.phrase) + 1 })).sort((a, b) => a.start - b.start);
}

/** How far after a body its rank may follow ("kommunstyrelsen i första hand bör …", "MKB bör i första hand leda"). */
export const RANK_AFTER_CHARS = 12;

/** Rank of a rank cue that follows a body closely, in its clause, when none stands before it. */
function rankRightAfter(ranks: Array<{ start: number; rank: number }>, end: number, clauseEnd: number): number | undefined {
  return ranks.find((r) => r.start >= end && r.start < clauseEnd && r.start - end <= RANK_AFTER_CHARS)?.rank;
}

/** Rank of the nearest rank cue at or before a position of the sentence (binary search: asked for every choice). */
function rankAt(ranks: Array<{ start: number; rank: number }>, at: number): number | undefined {
  const lo = lowerBound(ranks.length, (i) => ranks[i].start > at);
  return lo > 0 ? ranks[lo - 1].rank : undefined;
}

/**
 * Whether the words right after the respondent say it wants the role itself: "vill", an adverb or
 * two aside, then a role predicate's verb ("Nämnden vill gärna samordna arbetet", "… vill ta
 * rollen"). "vill" is a verb of saying too ("Nämnden vill betona …"), so only right after the
 * respondent and only with the role's verb; "vill att X …" wishes it for another body.
 */
function wantsRole(after: string, cues: Cues): boolean {
  const m = /^\s*(\p{L}+)\s+/u.exec(after);
  const adverbs = loadStructure().speakerAdverbs;
  let rest = after;
  let word = m?.[1];
  while (word !== undefined && adverbs.has(word)) {
    rest = rest.slice(rest.indexOf(word) + word.length);
    word = /^\s*(\p{L}+)/u.exec(rest)?.[1];
  }
  if (word !== 'vill') return false;
  rest = rest.slice(rest.indexOf(word) + word.length);
  if (/^\s*att(?![\p{L}])/u.test(rest)) return false;
  // As after a modal: "vill gärna samordna" reads as "kan gärna samordna" does.
  return cues.rolePredicate.find(`kan${rest}`).some((p) => p.start === 0);
}

/** A preposition before a body makes it a complement, not the one given the role ("föreslår att personal från X …", "gentemot X"). Folded. */
const COMPLEMENT_PREPOSITION = /^(?:fran|av|med|inom|for|hos|pa|i|vid|till|om|mellan|gentemot|mot|at)$/u;

/**
 * Whether a clause gives its bodies the role: a proposal, a role predicate or willingness. A bare
 * proposal verb counts only when the sentence speaks of the role or a body follows the verb within
 * three words ("föreslår MKB", "förordar i första hand MKB"); "föreslår att personal från X knyts
 * till råden" does not. `roleTalk`: the sentence speaks of the role (computed once per sentence:
 * per clause it would be quadratic). `bodies`: where the clause's candidate bodies start.
 */
function givesRole(cues: Cues, cf: string, strong: boolean, roleTalk: boolean, bodies: number[] = [], roleInOpener = false): boolean {
  const set = strong ? cues.strongProposal : cues.proposal;
  const direct = (h: { start: number; end: number }): boolean => cues.directProposal.find(cf.slice(h.start, h.end)).some((d) => d.start === 0 && d.end === h.end - h.start);
  // "förordar i första hand MKB", not "föreslår att personal från MKB …" (a body after a preposition
  // is a complement). The verb's inverted subject and a rank are no words between ("förordar
  // nämnden i andra hand fritidsnämnden").
  const near = (at: number): boolean =>
    bodies.some((b) => {
      if (b < at) return false;
      let between = cf.slice(at, b);
      for (const r of cues.rank.find(between).reverse()) between = `${between.slice(0, r.start)} ${between.slice(r.end)}`;
      const words = between.trim().split(/\s+/).filter(Boolean);
      if (words.length > 0 && cues.mainClauseSubjectWord.test(words[0])) words.shift();
      return words.length <= 3 && !COMPLEMENT_PREPOSITION.test(words[words.length - 1] ?? '');
    });
  // "ett delat ledarskap (mellan X och Y)": a shared lead named as a noun puts in the role the bodies after it.
  const shared = cues.sharedLead.find(cf);
  let last = -1;
  for (const b of bodies) if (b > last) last = b;
  const before = (h: { start: number; end: number }): boolean => bodies.length > 0 && last < h.start && overlapsAny(shared, h.start, h.end);
  // "den samordningsgrupp som föreslås": a passive proposal word in a relative clause describes a
  // thing the remiss proposes; it puts no body of the clause forward.
  const described = (h: { start: number; end: number }): boolean => /s$/u.test(cf.slice(h.start, h.end).split(/\s+/u)[0] ?? '') && cues.relativePronoun.test(previousWord(cf, h.start) ?? '');
  if (set.find(cf).some((h) => !before(h) && !described(h) && (!direct(h) || roleTalk || near(h.end)))) return true;
  if (strong) return false;
  // "Om fritidsnämnden inte kan ta uppdraget bör tekniska nämnden göra det": in a sentence about
  // the role (or after an opening about it), "göra det" ending the clause takes the role spoken of
  // ("ta ansvaret").
  const doesIt = (roleTalk || roleInOpener) && DOES_IT.test(cf) && cues.rolePredicate.test(cf.replace(DOES_IT, ' ta ansvaret'));
  return doesIt || cues.rolePredicate.test(cf) || cues.willing.test(cf) || consequenceGivesRole(cues, cf);
}

/**
 * Whether a sentence's choices are only descriptions of the kind of body its previous sentence
 * chose by name ("Ett bolag med …" after MKB; "en nämnd som …" after kulturnämnden): the
 * description's head is the kind (registry) of one of the bodies named.
 */
function describesNamed(named: Choice[], described: Choice[], registry: Registry, cues: Cues): boolean {
  if (named.length === 0 || !named.every((c) => c.members.length > 0) || !described.every((c) => c.members.length === 0 && c.generic)) return false;
  const kinds = new Set(named.flatMap((c) => c.members.map((id) => registry.byId.get(id)?.kind)).filter((k): k is string => k !== undefined).map(fold));
  return described.every((c) => {
    const words = fold(c.generic!).split(/[^\p{L}]+/u);
    return cues.genericHead.some((h) => kinds.has(h) && words.some((w) => w === h || w.endsWith(h)));
  });
}

/** "göra det", "göra detta", "göra så" ending a clause (folded): the role spoken of, referred back to. */
const DOES_IT = /\sgora (?:det|detta|sa)[\s.!]*$/u;

/** Whether choices were read from two sentences or more (each choice's first quote). */
function severalSentences(choices: Choice[]): boolean {
  return choices.length > 1 && new Set(choices.map((c) => c.evidence[0]?.quote)).size > 1;
}

/** A sentence's opening label ("X och Y (gemensamt yttrande):", "X –"), at most this long. */
export const MAX_LABEL_CHARS = 100;

/** Where a label that names the respondent among its bodies ends, at the sentence's start (0 for none), and whether it is a clause, where only the respondent is set aside. */
function labelOfOwn(prepared: string, mentions: Mention[], self: string): { end: number; selfOnly: boolean } {
  const none = { end: 0, selfOnly: false };
  // Most sentences open with no label and no mention of the respondent: no pattern run for them.
  const head = prepared.slice(0, MAX_LABEL_CHARS);
  if (!/[:–—]/u.test(head) || !mentions.some((x) => x.start < MAX_LABEL_CHARS && (x.kind === 'self' || x.ids.includes(self)))) return none;
  // The label a paragraph of a compilation opens with (src/segment/reported-speech.ts), up to the text after it.
  const m = LABELLED.exec(head);
  if (!m) return none;
  const end = m[0].length;
  const named = mentions.filter((x) => x.end <= end);
  if (!named.some((x) => x.kind === 'self' || x.ids.includes(self))) return none;
  // A label is names and their joins ("GRN och FSKN"); a clause before a colon or dash is none:
  // there only the respondent speaks ("Nämnden är tydlig: …"), the others named may be its choice
  // ("Nämnden föreslår att kommunstyrelsen får ansvaret – frågan är stor").
  const rest = blankAll(m[1], named).match(/[\p{L}\p{N}]+/gu) ?? [];
  return { end, selfOnly: rest.length > MAX_LABEL_JOIN_WORDS };
}

/** Words of a label other than its names: "och", "samt", "gemensamt". */
export const MAX_LABEL_JOIN_WORDS = 2;

/** The most words between a sentence's opening document and the words that report it. */
export const DOCUMENT_REPORT_WORDS = 8;

/**
 * Whether a sentence opens by reporting the remiss's own text: a document of `reporter` first
 * ("Underlaget …", "I förslaget …", "Enligt promemorian …") and, within a few words, a word of
 * reporting (`documentSays`: "pekas ut", "anges", "för ett resonemang") — or that word first, the
 * document right after it ("Det föreslås i remissen att …").
 */
function documentReports(prepared: string, lead: number, cues: Cues): boolean {
  const words = [...prepared.slice(lead, lead + 200).matchAll(/[\p{L}\p{N}]+/gu)];
  const [first, second, third, fourth] = words;
  if (first === undefined) return false;
  // "Det föreslås i remissen att …", "Det anges i underlaget att …": the report first, the document right after it.
  if (first[0] === 'det' && second !== undefined && third !== undefined && fourth !== undefined && cues.reporterPlace.test(third[0]) && cues.reporter.test(fourth[0])) {
    const verb = prepared.slice(lead + second.index!, lead + third.index!);
    if (cues.documentSays.find(verb).some((h) => h.start === 0)) return true;
  }
  // "I underlaget …", or with the document's owner between: "I förvaltningens tjänsteskrivelse …".
  const placed = second !== undefined && cues.reporterPlace.test(first[0]);
  const doc = cues.reporter.test(first[0])
    ? first
    : placed && cues.reporter.test(second[0])
      ? second
      : placed && third !== undefined && /s$/u.test(second[0]) && cues.reporter.test(third[0])
        ? third
        : undefined;
  if (doc === undefined) return false;
  const from = lead + doc.index! + doc[0].length;
  const last = words[Math.min(words.length - 1, words.indexOf(doc) + DOCUMENT_REPORT_WORDS)];
  const span = prepared.slice(from, lead + last.index! + last[0].length);
  const says = cues.documentSays.find(span)[0];
  return says !== undefined && !/[,;:.]/u.test(span.slice(0, says.start));
}

/** A break after which a sentence speaks for the respondent again: "…; nämnden …", "…, men nämnden …". */
const BREAK = /;|\smen(?![\p{L}\p{N}])/u;

/** The choices whose first body stands before the sentence's first break after `from`: what a speaker or document there reaches. */
function choicesBeforeBreak(prepared: string, from: number, live: Mention[], choices: Choice[]): Set<Choice> {
  const brk = BREAK.exec(prepared.slice(from));
  const end = brk ? from + brk.index : prepared.length;
  const at = firstPositions(live, choices);
  return new Set(choices.filter((c) => (at.get(c) ?? 0) < end));
}

/** Choices that are another's view, not the respondent's: their bodies go to the analyst as bodies named about the role. */
function setAside(res: SentenceResult, aside: ReadonlySet<Choice>): void {
  for (const c of aside) for (const id of c.members) if (!res.unclear.includes(id)) res.unclear.push(id);
  res.choices = res.choices.filter((c) => !aside.has(c));
}

/** The choice a mention names (its first member's, or its description's), from maps of the sentence's choices. */
function choiceIndex(choices: Choice[]): (m: Mention) => Choice | undefined {
  const byMember = new Map<string, Choice>();
  const byGeneric = new Map<string, Choice>();
  for (const c of choices) {
    if (c.generic !== null) {
      if (!byGeneric.has(c.generic)) byGeneric.set(c.generic, c);
    } else if (c.members.length > 0 && !byMember.has(c.members[0])) byMember.set(c.members[0], c);
  }
  return (m) => (m.kind === 'generic' && m.generic !== undefined ? byGeneric.get(m.generic) : m.ids.length > 0 ? byMember.get(m.ids[0]) : undefined);
}

/** Where each choice's first body (or description) stands in the sentence. */
function firstPositions(live: Mention[], choices: Choice[]): Map<Choice, number> {
  const of = choiceIndex(choices);
  const out = new Map<Choice, number>();
  for (const m of live) {
    const c = of(m);
    if (c && !out.has(c)) out.set(c, m.start);
  }
  return out;
}

/** "Liksom Kulturnämnden anser vi …", "I likhet med X föreslår nämnden …": a view the respondent shares, not only reports. */
function viewShared(prepared: string, m: Mention, cues: Cues): boolean {
  const back = prepared.slice(Math.max(0, m.start - 30), m.start);
  return cues.sharedView.find(back).some((c) => back.slice(c.end).trim() === '');
}

/**
 * Another respondent of the round speaking inside a sentence ("Vi har noterat att X och Y i
 * utkastet förordar KS", "Tekniska nämnden har i sitt yttrande framhållit att ansvaret bör ligga
 * hos KS"): the speakers, and the choices with a body after a speaker in the same stretch (no
 * comma, semicolon or "men" between) — that speaker's view reported, not this body's choice. One
 * pass over the mentions: a sentence may name thousands.
 */
function reportedViews(prepared: string, live: Mention[], choices: Choice[], ctx: Context, cues: Cues): { ids: string[]; choices: Choice[] } {
  const ids: string[] = [];
  const taken = new Set<Choice>();
  const of = choiceIndex(choices);
  let speaker: Mention | undefined;
  for (let k = 0; k < live.length; k++) {
    const m = live[k];
    if (speaker && k > 0 && STRETCH_BREAK.test(prepared.slice(live[k - 1].end, m.start))) speaker = undefined;
    const c = of(m);
    if (speaker && c && !taken.has(c)) {
      taken.add(c);
      for (const id of speaker.ids) if (!ids.includes(id)) ids.push(id);
    }
    if (m.kind === 'named' && !m.genitive && !m.ids.includes(ctx.respondent.id) && ctx.respondentOf?.(m.ids[0]) && speaksWithOthers(prepared, live, k, cues, ctx.respondent.id) && !viewShared(prepared, m, cues)) speaker = m;
  }
  return { ids, choices: [...taken] };
}

/** What ends the stretch a speaker's verb reaches: a comma, a semicolon, "men". */
const STRETCH_BREAK = /,|;|\smen(?![\p{L}\p{N}])/u;

/** "… bör delas, så att X och Y gemensamt ansvarar för samordningen": a role in a clause of consequence, a modal before it. */
function consequenceGivesRole(cues: Cues, cf: string): boolean {
  const c = cues.consequenceRole.find(cf)[0];
  return c !== undefined && (cf.slice(0, c.start).match(/[\p{L}]+/gu) ?? []).some((w) => cues.modalWord.test(w));
}

/** Whether a partner follows "inte ensam": "utan …", or a joint cue other than "och" ("tillsammans med", "dela det med"). */
function partnerFollows(cues: Cues, rest: string): boolean {
  return cues.negationBut.test(rest) || cues.joint.find(rest).some((j) => j.phrase !== 'och');
}

/** "promemorian förordar att …": a proposal verb right after a reporter is not the respondent's. */
function reportsAnother(cues: Cues, cf: string): boolean {
  // "I tidigare dialoger har det förts fram att X …": a view reported without its holder.
  if (cues.impersonalReport.test(cf)) return true;
  for (const r of cues.reporter.find(cf)) {
    // ", som utredningen föreslår,": an aside comparing with the document, not the clause's proposal.
    const before = /(?:^|[^\p{L}\p{N}])(\p{L}+)\s+$/u.exec(cf.slice(Math.max(0, r.start - 6), r.start));
    if (before && cues.relativePronoun.test(before[1])) continue;
    const after = cf.slice(r.end);
    const verb = cues.proposal.find(after).find((p) => after.slice(0, p.start).trim() === '');
    if (verb) return true;
  }
  return false;
}

/** The quotation marks that open and close a quotation. */
const OPENING_QUOTE = /^\s*[”"“«]/u;
/** An introduction ending in a colon, then an opening quotation mark, within a sentence's first 200 characters. */
const INLINE_QUOTE = /^([^”"“«:]{1,200}:)\s*[”"“«]/u;
const CLOSING_QUOTE = /[”"»]\s*[.]?\s*$/u;

/** The most words of a question's label before a quoted answer ("Fråga 3:", "Svar på fråga 3:"). */
export const MAX_ANSWER_LABEL_WORDS = 4;

/**
 * A sentence that is all a quotation, introduced by the sentence before it with a verb of saying
 * and a colon ("Fritidsnämnden anför följande:", "Vad gäller samordningen skriver nämnden:"), not
 * by a document's author ("Utredningen föreslår följande:"): the respondent's own words, read as
 * written — the quotation marks are set to spaces (offsets kept), so they are not set aside as
 * another's words. So is one whose own introduction is a verb of saying or the label of the
 * question it answers ("Fråga 3: ”…”", in a compilation). Any other sentence is returned as it is.
 */
export function ownWordsQuoted(cues: Cues, before: string, folded: string): string {
  // "Vad gäller samordningen anförde nämnden: ”Om programmet … bör samordningen …”": the
  // introduction and the quotation in one sentence — the quotation is read as the sentence, its
  // own opening (a condition) included, the introduction set to spaces (offsets kept).
  const close = CLOSING_QUOTE.exec(folded);
  if (!close) return folded;
  // Where the closing mark stands.
  const j = close.index + close[0].search(/[”"»]/u);
  const wordsIn = (s: string): string[] => s.match(/[\p{L}\p{N}]+/gu) ?? [];
  const inline = INLINE_QUOTE.exec(folded);
  // "Fråga 3: ”Fritidsnämnden är beredd …”": a compiler's label of the question answered, then the answer in the body's own words.
  const answerLabel = inline !== null && wordsIn(inline[1]).length <= MAX_ANSWER_LABEL_WORDS && numberedQuestion(inline[1]) !== undefined;
  if (inline && (answerLabel || quotedAsSaid(cues, wordsIn(inline[1]), 2))) return `${' '.repeat(inline[0].length)}${folded.slice(inline[0].length, j)} ${folded.slice(j + 1)}`;
  const open = OPENING_QUOTE.exec(folded);
  if (!open || !/:\s*$/u.test(before) || !quotedAsSaid(cues, wordsIn(before), 4)) return folded;
  const i = open.index + open[0].search(/[”"“«]/u);
  return `${folded.slice(0, i)} ${folded.slice(i + 1, j)} ${folded.slice(j + 1)}`;
}

/** Whether a sentence agrees with a view (a word for one) and speaks of the role. */
function agreesOnRole(cues: Cues, text: string): boolean {
  return cues.endorse.test(text) && cues.endorsedThing.test(text) && cues.roleWord.test(text);
}

/** The most words of a subject that names the respondent's own position ("Nämndens ställningstagande"). */
export const POSITION_SUBJECT_WORDS = 3;

/** Whether a sentence's subject is the respondent's position: a few words ending in a word for a view (coordination.json endorsedThing). */
function namesOwnPosition(cues: Cues, subject: string): boolean {
  const words = subject.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0 && words.length <= POSITION_SUBJECT_WORDS && cues.endorsedThing.test(words[words.length - 1]);
}

/** The most words between "utan att" and the modal of the clause it opens ("utan att arbetet bör …"). */
export const BUT_THAT_WORDS = 5;

/** Whether "utan att" at `from` opens a clause of its own with a modal ("but that …"), not "without". */
function butThat(cues: Cues, text: string, from: number): boolean {
  const clause = text.slice(from, from + 120).split(/[,.;:!?]/u)[0];
  const words = clause.match(/[\p{L}\p{N}]+/gu) ?? [];
  // words[0] is "att".
  return words.slice(1, 1 + BUT_THAT_WORDS + 1).some((w, k) => k > 0 && cues.modalWord.test(w));
}

/** A view named before its holder, "den bedömning som X gör", "det förslag som X lämnar": X right after "<view> som". */
function heldBy(cues: Cues, prepared: string, m: Mention): boolean {
  const before = /(?:^|[^\p{L}\p{N}])(\p{L}+)\s+(\p{L}+)\s+$/u.exec(prepared.slice(Math.max(0, m.start - 40), m.start));
  return before !== null && cues.relativePronoun.test(before[2]) && cues.endorsedThing.test(before[1]);
}

/**
 * A sentence that tells the respondent's position in an earlier answer ("I vårt förra yttrande
 * föreslog vi att X …", "I förra remissomgången förordade nämnden …"): an earlier answer cited and
 * every proposal verb in the past tense. Kept positions ("står fast vid", "vidhåller") and a
 * proposal in the present beside it ("föreslog vi X; nu föreslår vi Y") are read as usual.
 */
function earlierPosition(cues: Cues, folded: string): boolean {
  // "Nämnden övervägde först att förorda X", "Vid en första genomläsning kunde det tyckas att X
  // borde samordna": a view given up (a "men …" or ";" after it goes on to the one held: BREAK).
  const given = cues.abandonedView.find(folded)[0];
  if (given && !cues.keepsEarlier.test(folded) && !BREAK.test(folded.slice(given.end))) return true;
  if (!cues.earlierAnswer.test(folded) || cues.keepsEarlier.test(folded) || cues.willing.test(folded)) return false;
  const past = cues.pastProposal.find(folded);
  if (past.length === 0) return false;
  return cues.directProposal.find(folded).every((p) => past.some((q) => q.start <= p.start && q.end >= p.end));
}

/**
 * Relative clauses after bodies (", som redan ansvarar för drift …,"), as spans of the clause, in
 * order. Matched in place from each body's end and the next stop found once for all the bodies
 * before it: a clause of thousands of names stays linear.
 */
function relativeSpans(cf: string, ends: number[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (ends.length === 0) return out;
  const stop = /[,.;:!?]/g;
  let next = -1;
  // Where the next character that is no space stands, from each position: with the bodies blanked
  // out a clause is one long run of spaces, and skipping it from every body's end was quadratic.
  const solid = new Int32Array(cf.length + 1);
  solid[cf.length] = cf.length;
  for (let i = cf.length - 1; i >= 0; i--) solid[i] = isSpace(cf[i]) ? solid[i + 1] : i;
  for (const end of [...ends].sort((a, b) => a - b)) {
    // ", som " / ", där " right after the body.
    const length = relativeOpening(cf, end, solid);
    if (length === 0) continue;
    const from = end + length;
    if (next < from) {
      stop.lastIndex = from;
      const x = stop.exec(cf);
      next = x ? x.index : cf.length;
    }
    out.push({ start: end, end: next });
  }
  return out;
}

const RELATIVE_WORDS = ['som', 'där', 'dar'];
const isSpace = (c: string | undefined): boolean => c !== undefined && (c === ' ' || /\s/u.test(c));

/** The length of ", som " (", där ") starting at `at` with any spaces around the comma, else 0. */
function relativeOpening(cf: string, at: number, solid: Int32Array): number {
  if (at < 0 || at > cf.length) return 0;
  let i = solid[at];
  if (cf[i] !== ',') return 0;
  i = solid[i + 1];
  const word = RELATIVE_WORDS.find((w) => cf.startsWith(w, i) && isSpace(cf[i + w.length]));
  return word === undefined ? 0 : i + word.length + 1 - at;
}

/** Whether [start, end) lies inside one of the (ordered) spans. */
function within(spans: Array<{ start: number; end: number }>, start: number, end: number): boolean {
  const lo = lowerBound(spans.length, (i) => spans[i].start > start);
  // Spans may overlap (bodies inside one relative clause); any span starting at or before `start` may hold it.
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (spans[k].start <= start && end <= spans[k].end) return true;
  return false;
}

/** Whether [start, end) overlaps one of the spans (ordered by start, as CueSet.find gives them). */
function overlapsAny(spans: Array<{ start: number; end: number }>, start: number, end: number): boolean {
  const lo = firstFrom(spans, end);
  // Cue matches are short: the few spans starting just before `end` are the only ones that can reach back.
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (spans[k].end > start) return true;
  return false;
}

/** "än" as a word, in folded text. */
const THAN = /(?<![\p{L}\p{N}])an(?![\p{L}\p{N}])/gu;

/**
 * Where a contrast in a clause starts ("och inte", "snarare än", ", inte"), when a candidate stands
 * before it: from there on, the bodies are rejected and the ones before it kept. A negation that
 * opens the clause ("inte X utan Y") is no contrast: it is read as a negation.
 */
function contrastAt(cues: Cues, cf: string, bodies: number[], isNegation: (n: { start: number; end: number; phrase: string }) => boolean): number | undefined {
  let first = Infinity;
  for (const b of bodies) if (b < first) first = b;
  const cue = cues.contrast.find(cf).find((c) => c.start > first);
  let at = cue?.start;
  // "ser hellre att X får uppdraget än Y": after a word of preference, the "än" past the first body.
  const rather = at === undefined ? cues.ratherThan.find(cf)[0] : undefined;
  if (rather) {
    THAN.lastIndex = Math.max(rather.end, first);
    const than = THAN.exec(cf);
    if (than) at = than.index;
  }
  for (const n of cues.negation.find(cf)) {
    if (n.start <= first || (at !== undefined && n.start >= at) || !isNegation(n)) continue;
    // ", inte Y": a negation right after a comma that follows the body put forward.
    let i = n.start;
    while (i > 0 && /\s/u.test(cf[i - 1])) i--;
    if (cf[i - 1] === ',') at = n.start;
    break;
  }
  return at;
}

/**
 * "Nämnden förordar att ansvaret läggs hos X, medan Y bör ha en stödjande roll": a later clause
 * (after "medan", "men", ";") that gives a body of its own a supporting part. Only that clause's
 * bodies support; the clauses before it are read on. With no body of its own ("… men som en
 * stödjande aktör"), or with nothing named before it, the whole sentence is the supporting part.
 */
function supportingClauses(cues: Cues, prepared: string, mentions: Mention[]): Array<{ start: number; end: number; mentions: Mention[] }> {
  const out: Array<{ start: number; end: number; mentions: Mention[] }> = [];
  const hits = cues.supporting.find(prepared);
  if (hits.length === 0) return out;
  const named = mentions.filter((m) => m.kind !== 'generic');
  const parts = clauses(prepared, named, cues);
  let h = 0;
  let k = 0;
  for (let c = 0; c < parts.length; c++) {
    const part = parts[c];
    while (h < hits.length && hits[h].start < part.start) h++;
    while (k < named.length && named[k].start < part.start) k++;
    if (c === 0 || h >= hits.length || hits[h].start >= part.end) continue;
    const inside: Mention[] = [];
    for (let i = k; i < named.length && named[i].start < part.end; i++) if (named[i].end <= part.end) inside.push(named[i]);
    if (inside.length > 0 && k > 0) out.push({ start: part.start, end: part.end, mentions: inside });
  }
  return out;
}

/**
 * "med Y som …" after the body proposed: from the cue to the next stop, with the mentions in it.
 * The cue must stand right before a body and "som" right after it, and not end a joint cue.
 */
function accompanying(cues: Cues, prepared: string, mentions: Mention[]): Array<{ start: number; end: number; mentions: Mention[] }> {
  const out: Array<{ start: number; end: number; mentions: Mention[] }> = [];
  const found = cues.accompanying.find(prepared);
  if (found.length === 0 && !cues.aidedBy.test(prepared)) return out;
  // The first body put forward (not a description) ends here: "med Y som …" only after it.
  let firstEnd = Infinity;
  for (const m of mentions) if (m.kind !== 'generic' && m.end < firstEnd) firstEnd = m.end;
  // Where joint cues end when they start before (the "med" of "tillsammans med"), found only when needed.
  let jointEnds: Map<number, number> | undefined;
  const named = cues.describedName;
  const stop = /[,.;:!?]/gu;
  let next = -1;
  // "…, men med kommunstyrelsen som sammanhållande": the role itself after "som" (roleAs) puts
  // the body in it; it does not go along.
  const inRole = found.length > 0 ? cues.roleAs.find(prepared) : [];
  for (const c of found) {
    if (firstEnd > c.start || inRole.some((r) => r.start === c.start)) continue;
    // The one going along: a body, or a name the tool does not know ("med LKF som en aktiv part"), of up to three words.
    named.lastIndex = c.end;
    const n = named.exec(prepared);
    if (!n || n[0].length > 80) continue;
    if (!jointEnds) {
      jointEnds = new Map();
      for (const j of cues.joint.find(prepared)) jointEnds.set(j.end, Math.min(j.start, jointEnds.get(j.end) ?? Infinity));
    }
    if ((jointEnds.get(c.end) ?? Infinity) < c.start) continue;
    const k = firstFrom(mentions, c.end);
    const body = k < mentions.length && mentions[k].start < c.end + n[0].length ? mentions[k] : undefined;
    if (body?.kind === 'generic' || (body && body.end > c.end + n[0].length)) continue;
    const from = c.end + n[0].length;
    if (next < from) {
      stop.lastIndex = from;
      const x = stop.exec(prepared);
      next = x ? x.index : prepared.length;
    }
    const inside: Mention[] = [];
    for (let i = firstFrom(mentions, c.start); i < mentions.length && mentions[i].start < next; i++) if (mentions[i].end <= next) inside.push(mentions[i]);
    out.push({ start: c.start, end: next, mentions: inside });
  }
  // "samordnas av X, med stöd av Y när det gäller …": Y helps the one proposed, up to the clause's end.
  const accompanied = out.length;
  let reach = -1; // the end of the last helping part: a cue inside it is part of it
  let stopAt = -1;
  for (const c of cues.aidedBy.find(prepared)) {
    if (firstEnd > c.start || c.start < reach || out.slice(0, accompanied).some((o) => o.start <= c.start && c.start < o.end)) continue;
    const k = firstFrom(mentions, c.end);
    const body = k < mentions.length ? mentions[k] : undefined;
    if (!body || body.kind === 'generic' || prepared.slice(c.end, body.start).trim() !== '') continue;
    // The next stop, found once for all the cues before it (searching from each is quadratic).
    if (stopAt < body.end) {
      stop.lastIndex = body.end;
      const x = stop.exec(prepared);
      stopAt = x ? x.index : prepared.length;
    }
    const end = stopAt;
    reach = end;
    const inside: Mention[] = [];
    for (let i = k; i < mentions.length && mentions[i].start < end; i++) if (mentions[i].end <= end) inside.push(mentions[i]);
    out.push({ start: c.start, end, mentions: inside });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The index of the first span or mention (ordered by start) starting at or after `pos`. */
function firstFrom(spans: Array<{ start: number }>, pos: number): number {
  return lowerBound(spans.length, (i) => spans[i].start >= pos);
}

/**
 * Capitalised names joined by a joint or alternative cue to a body proposed in the sentence, which
 * were not read as a body ("fritidsnämnden och Polisstation Syd gemensamt"): the choice may miss a
 * member. Names are runs of capitalised words; only the members next to a name are looked at.
 */
function unknownPartners(text: string, prepared: string, mentions: Mention[], choices: Choice[], cues: Cues): string[] {
  const chosen = new Set(choices.flatMap((c) => c.members));
  const members = mentions.filter((m) => m.ids.some((id) => chosen.has(id)));
  const out: string[] = [];
  if (members.length === 0) return out;
  // Joined by a cue: all that stands between them ("MKB och X"), or, after the member's own words,
  // the cue right before the name ("MKB bör leda arbetet tillsammans med X").
  // Beyond a comma or a semicolon, only a cue that is all that stands between them.
  const link = (a: number, b: number, cueEndsBetween: boolean): boolean => {
    // Only a cue right before the name reaches past the member's own few words ("Vi kan tänka oss
    // att vara med och driva det tillsammans med andra föreningar"), never past a comma.
    if (b - a > (cueEndsBetween ? MAX_PARTNER_REACH : 40)) return false;
    const raw = prepared.slice(a, b);
    const between = raw.replace(/[,\s]+/gu, ' ').trim();
    if (between === '') return false;
    const cueBeforeName = cueEndsBetween && !/[,;]/u.test(raw);
    return [...cues.joint.find(between), ...cues.alternative.find(between)].some((j) => j.end === between.length && (j.start === 0 || cueBeforeName));
  };
  // Capitalised names, and bodies in the plural after a word ("andra föreningar", "berörda
  // förvaltningar"; coordination.json genericHead and partnerPlural).
  const runs = pluralPartners(cues);
  runs.lastIndex = 0;
  let run: RegExpExecArray | null;
  while ((run = runs.exec(text)) !== null) {
    const start = run.index;
    const end = start + run[0].length;
    // Blanked (a quote, a reason): not read — a body described by what it does is blanked as
    // whoever gets the role would be ("den nämnd som …"), and is looked at all the same.
    if (prepared.charCodeAt(start) === 32 && !run.groups?.described) continue;
    // A mention overlapping the run: the one starting before its end, or the one before that —
    // for a body described by what it does, before its "som" (what it does may name a body).
    const k = firstFrom(mentions, run.groups?.described ? start + run.groups.described.length : end);
    if ((k > 0 && mentions[k - 1].end > start) || (k > 1 && mentions[k - 2].end > start)) continue;
    const after = firstFrom(members, end);
    const before = firstFrom(members, start) - 1;
    if ((before >= 0 && members[before].end <= start && link(members[before].end, start, true)) || (after < members.length && link(end, members[after].start, false))) out.push(run[0]);
  }
  return out;
}

/** How far after a proposed body a joint cue and the partner it names may stand, with no comma between. */
export const MAX_PARTNER_REACH = 160;

const partnerPatterns = new WeakMap<Cues, RegExp>();
/** How much of a partner described by what it does ("den nämnd som …") the row quotes, at most. */
export const MAX_DESCRIBED_PARTNER = 60;
/**
 * A run of capitalised words, a word and a body's kind in the plural ("andra föreningar"), or a
 * body described by what it does ("den nämnd som ansvarar för socialtjänsten", to the clause's end).
 */
function pluralPartners(cues: Cues): RegExp {
  let re = partnerPatterns.get(cues);
  if (!re) {
    const heads = [...cues.genericHeadWritten, ...cues.partnerPlural].map((h) => h.toLowerCase()).join('|');
    const kinds = cues.genericHeadWritten.map((h) => h.toLowerCase()).join('|');
    re = letterRegExp(
      `\\p{Lu}[\\p{L}\\p{N}-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}-]*)*|(?<![\\p{L}\\p{N}])\\p{Ll}+\\s+(?:${heads})(?:er|ar|or)(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?<described>(?:den|det|de)\\s+(?:${kinds})\\p{L}*\\s+som)\\s+[^,.;:!?]{1,${MAX_DESCRIBED_PARTNER}}`,
      'gu',
    );
    partnerPatterns.set(cues, re);
  }
  return re;
}

/** Relative clauses set off by a comma (", som inte har …"), to the next stop: a negation there is the clause's own. */
function relativeAsides(cf: string, cues: Cues): Array<{ start: number; end: number }> {
  return [...cf.matchAll(cues.relativeAside)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Blank relative clauses after bodies: they describe, they do not assign. */
function blankRelatives(cf: string, mentions: Array<{ end: number }>): string {
  return blankOut(cf, relativeSpans(cf, mentions.map((m) => m.end)));
}

/**
 * A decision's att-satser ("Nämnden beslutar / att …, / att …"), each as the body's own words
 * (the evidence stays the whole sentence): those that propose, not the decision's clauses of
 * procedure ("att översända … som sitt yttrande").
 */
function decidedClauses(text: string, folded: string, cues: Cues): Array<{ text: string; folded: string }> {
  const formula = cues.decision.find(folded).find((d) => /att$/u.test(folded.slice(d.start, d.end)));
  if (!formula) return [];
  // The clauses: from the formula's "att", each up to the next ", att" (", samt att", "; att") or a
  // line break before "att" — not "och att", which goes on within one att-sats ("… i första hand X
  // och att Y i andra hand …").
  const starts = [formula.end - 3];
  for (const m of folded.slice(formula.end).matchAll(/(?:[,;]\s*(?:samt\s+)?|\n\s*)(?=att\s)/gu)) starts.push(formula.end + m.index + m[0].length);
  const out: Array<{ text: string; folded: string }> = [];
  starts.forEach((from, k) => {
    const to = k + 1 < starts.length ? starts[k + 1] : text.length;
    const clause = folded.slice(from, to);
    if (cues.decision.test(clause) || !(cues.proposal.test(clause) || cues.rolePredicate.test(clause))) return;
    out.push({ text: text.slice(from, to), folded: clause });
  });
  return out;
}

function analyseSentence(text: string, folded: string, evidence: Evidence, ctx: Context, summary: boolean, strong: boolean): SentenceResult {
  const cues = ctx.cues;
  const res: SentenceResult = {
    choices: [], decline: false, declineToName: false, preference: false, exampleLead: false, supporting: [], rejections: [], otherFunction: [],
    endorses: [], unclear: [], unread: false, conditionScope: false, otherSpeaker: [], named: [], unknownPartner: [],
  };
  const mentions = findMentions(text, folded, ctx.respondent, ctx.others, cues, ctx.registry);
  ctx.fromEarlier = undefined;
  ctx.misspelt = undefined;
  for (const m of mentions) if (m.misspelt) (ctx.misspelt ??= new Map()).set(m.ids[0], text.slice(m.start, m.end));
  const remember = (): void => {
    // Two bodies or more named in the sentence: the last two are the pair "förstnämnda" points into.
    ctx.pair = lastPair(mentions.filter((m) => m.kind === 'named' && m.ids.length === 1 && m.ids[0] !== ctx.respondent.id).map((m) => m.ids[0])) ?? ctx.pair;
    for (const m of mentions) {
      if (m.kind !== 'named' || m.ids[0] === ctx.respondent.id) continue;
      ctx.recent = ctx.recent.filter((id) => id !== m.ids[0]);
      ctx.recent.push(m.ids[0]);
      // Only the last few are ever looked at ("dessa två": the last two); a long list would make
      // every mention cost as much as all before it.
      if (ctx.recent.length > 8) ctx.recent = ctx.recent.slice(-8);
    }
  };
  // Decision procedure ("Nämnden föreslås besluta att översända yttrandet till kommunstyrelsen").
  // … and a minority's view (a party's motion or reservation) is not the body's.
  if (cues.decision.test(folded) || cues.minority.test(folded)) {
    // A decision in att-satser whose own clause proposes ("Styrelsen beslutar / att ställa sig
    // bakom …, / att förorda att X ges rollen …, / att översända …"): the proposal is the body's.
    // Each att-sats is a decision of its own: the first that puts a body in the role is read.
    // A decision is the body's own word even where it only sums up (a minutes extract's "Beslut"
    // above the tjänsteskrivelse it sends): its att-satser are read with every proposal cue.
    for (const clause of cues.minority.test(folded) ? [] : decidedClauses(text, folded, cues)) {
      const decided = analyseSentence(clause.text, clause.folded, evidence, ctx, summary, false);
      if (decided.choices.length > 0 || decided.otherFunction.some((n) => n.ids.length > 0)) return decided;
    }
    // … but agreeing with a view on the role in a draft ("ansluter sig till den bedömning i
    // samordningsfrågan som görs i nämndens förslag till yttrande") is a reason to look.
    if (!summary && agreesOnRole(cues, folded)) res.unread = true;
    remember();
    return res;
  }
  // "Nämnden menar att om fritidsnämnden inte kan ta uppdraget bör kommunstyrelsen samordna": a
  // condition opening the clause a verb of saying introduces is read as the sentence it would be
  // alone ("Om fritidsnämnden inte kan …, bör kommunstyrelsen …"): the negation in it is the
  // condition's, not the proposal's. Only the respondent's own saying (no other body before it).
  const said = saidConditionStart(text, folded, cues);
  if (said !== undefined && !mentions.some((m) => m.kind === 'named' && m.start < said && !m.ids.includes(ctx.respondent.id))) {
    return analyseSentence(text.slice(said), folded.slice(said), evidence, ctx, summary, strong);
  }
  // "I vårt förra yttrande föreslog vi X": the respondent's earlier position, not this answer.
  if (earlierPosition(cues, folded)) {
    remember();
    return res;
  }
  // A refusal inside a condition ("…, om lagstiftaren väljer att inte peka ut X, …") is not the respondent's.
  if (cues.decline.test(blankOut(folded, conditionAsides(folded, cues)))) {
    // "Rådet avstår från att besvara fråga 4": a refusal of another question is not this answer's.
    const other = numberedQuestion(text);
    if (other !== undefined && ctx.questionNumber !== undefined && other !== ctx.questionNumber) {
      remember();
      return res;
    }
    // In a summary, only a refusal about the role itself counts.
    if (!summary || cues.questionRole.test(folded)) {
      res.decline = true;
      res.declineToName = cues.declineToName.test(folded);
    }
    remember();
    return res;
  }
  const lead = sentenceLead(folded);
  // "Om nämnden tillförs resurser, anser vi att …": a conditional opening (blanked by prepare).
  const opener = openingIsTopic(folded, cues) ? undefined : cues.conditionalOpener.find(folded).find((c) => c.start === lead && c.end === cues.hypothetical.find(folded).find((h) => h.start === lead)?.end);
  const openerEnd = opener ? hypothesisEnd(folded, cues) ?? -1 : -1;
  // "… inte hos en facknämnd, och under inga omständigheter hos ett bolag, vilket i praktiken lämnar
  // kommunstyrelsen": what the exclusions leave is wanted, as after "utan" (read so, offsets kept).
  const left = cues.leftOver.find(folded).find((l) => cues.negation.find(folded.slice(0, l.start)).length > 0);
  const but = fold(cues.negationBut.phrases[0] ?? '');
  let prepared = prepare(left && but.length <= left.end - left.start ? `${folded.slice(0, left.start)}${but.padEnd(left.end - left.start)}${folded.slice(left.end)}` : folded, cues);
  // "…, med Y som samverkanspart": Y goes along in a part of its own; the rest is read on.
  const along = accompanying(cues, prepared, mentions);
  if (along.length) {
    for (const a of along) {
      const ids = a.mentions.filter((m) => m.kind !== 'generic').flatMap((m) => m.ids);
      if (ids.length) res.supporting.push({ ids, what: text.slice(a.start, a.end).replace(/\s+/g, ' ').trim(), evidence });
    }
    prepared = blankOut(prepared, along);
  }
  // "…, medan FGK bör ha en stödjande roll": that clause's bodies support; the rest is read on.
  const helping = supportingClauses(cues, prepared, mentions);
  if (helping.length) {
    for (const a of helping) res.supporting.push({ ids: [...new Set(a.mentions.flatMap((m) => m.ids))], what: text.slice(a.start, a.end).replace(/^[\s,;]+/u, '').replace(/\s+/g, ' ').trim(), evidence });
    prepared = blankOut(prepared, helping);
  }
  res.exampleLead = cues.example.find(prepared).some((e) => e.start === lead);
  // "snarare än Y" sets Y aside; only "snarare X" prefers.
  const contrasts = cues.contrast.find(prepared);
  res.preference = cues.preference.find(prepared).some((p) => !overlapsAny(contrasts, p.start, p.end));
  // On the sentence as written: "Detta under förutsättning att …" is itself a condition aside.
  // A cue with nothing after it in its clause ends a relative clause ("… de nätverk som en samordning
  // förutsätter.", "… den närvaro som strukturen förutsätter, och X kommer att …"): no condition.
  // Nor is what holds whoever gets the role ("Oavsett val av huvudman förutsätter nämnden att …").
  const regardless = cues.regardless.find(folded).some((r) => r.start <= lead + 2);
  // Nor what a reason says: all the sentence it opens ("Skälet är att arbetet, i parker och på
  // skolgårdar, förutsätter att …"), or its clause ("…, eftersom modellen förutsätter att …").
  const reasons = cues.reasonOpener.find(folded);
  // A concession's clause likewise ("…, även om nämnden inte får medel": its "om … får" too).
  const conceded = concessionSpans(folded, cues);
  const inReason = (c: { start: number }): boolean =>
    reasons.some((r) => r.end <= c.start && (r.start <= lead + 2 || !/[,;:]/u.test(folded.slice(r.end, c.start)))) || conceded.some((r) => c.start >= r.start && c.start < r.end);
  const follow = regardless ? undefined : cues.followUpCondition.find(folded).find((f) => /^\s*[\p{L}\p{N}]/u.test(folded.slice(f.end)) && !inReason(f));
  if (follow) {
    res.followUpCondition = text.slice(lead).trim();
    // "Förutsättningen är att …", "Det förutsätter att …": the sentence is the condition.
    // … and so does one whose subject is the proposal itself ("Nämndens ställningstagande
    // förutsätter dock att …", "Vårt förslag förutsätter att …").
    res.opensWithCondition = follow.start - lead <= OPENING_CONDITION_CHARS || namesOwnPosition(cues, folded.slice(lead, follow.start));
    const subject = folded.slice(lead, follow.start).trim();
    // The subject may be the work's first conjunct ("Modellen berör … och förutsätter …").
    const head = subject.split(/\s+/u)[0] ?? '';
    // … or what it is needed for is the work ("Ett stadsövergripande mandat är en förutsättning för
    // att samordningen ska få genomslag"): what the work needs, perhaps the reason for the choice.
    const neededFor = /^\s*for att\s+(\p{L}+)/u.exec(folded.slice(follow.end))?.[1] ?? '';
    const whole = (set: CueSet, word: string): boolean => set.find(word).some((t) => t.start === 0 && t.end === word.length);
    res.workRequires =
      (subject !== '' && !/\s/u.test(subject) && whole(cues.roleTask, subject)) ||
      whole(cues.workSubject, head) ||
      (neededFor !== '' && [cues.roleTask, cues.workSubject, cues.roleNoun].some((set) => whole(set, neededFor)));
  }
  // A condition cue inside a topic opening ("Om frågan om ansvaret:") conditions nothing.
  const topicEnd = openingIsTopic(folded, cues) ? hypothesisEnd(folded, cues)! : 0;
  // "i fråga om samordningen …": an "om" that is the preposition opens no condition.
  const about = cues.aboutPreposition.find(folded);
  // "…, eftersom modellen förutsätter att …": a condition cue inside a reason is the reason's.
  const condition = cues.condition.find(folded).find((c) => c.start >= topicEnd && !about.some((a) => c.start >= a.start && c.start < a.end) && !inReason(c));

  resolveAnaphora(mentions, ctx);
  const present = mentions.filter((m) => prepared.slice(m.start, m.end).trim() !== '' && (m.kind !== 'anaphora' || m.ids.length > 0));
  // A body named inside the condition that follows a proposal ("…, under förutsättning att
  // kostnaderna inte läggs på grundskolenämnden") is part of the condition, not put forward.
  const conditionFrom = condition && condition.start > 0 && present.some((m) => m.kind === 'named' && m.end <= condition.start) ? condition.start : Infinity;
  // "X bör ha ansvaret – eller rättare sagt att X bör dela det med Y –": what follows the
  // correction replaces what it corrects, where it names a body: the bodies before it are read no more.
  const corrected = cues.selfCorrection.find(prepared)[0];
  const correctedFrom = corrected && present.some((m) => m.start >= corrected.end && m.start < conditionFrom) ? corrected.start : -1;
  const live = present.filter((m) => m.start < conditionFrom && m.start >= correctedFrom);
  const accounted = new Set<string>();

  // "X bör även vara med men som en stödjande aktör": X supports, whatever else the sentence says —
  // unless the support is what a purpose clause says the choice brings ("…, så att modellen och
  // områdeslyftet får en gemensam stödfunktion").
  const purposes = purposeSpans(prepared, cues);
  const supports = cues.supporting.find(prepared).some((h) => !overlapsAny(purposes, h.start, h.end));
  if (supports) {
    const ids = live.filter((m) => m.kind !== 'generic' && !m.genitive && !isSpeaker(prepared, m, cues, ctx.respondent.id)).flatMap((m) => m.ids);
    if (ids.length) res.supporting.push({ ids: [...new Set(ids)], what: text.trim(), evidence });
    remember();
    return res;
  }

  // "Utan resurstillskott kan nämnden inte …", "Om inte …": the case opposite to a condition.
  // "Skulle kommunstyrelsen landa i en annan ordning …": the case that the choice is not taken (otherCase).
  const openerText = opener !== undefined ? folded.slice(opener.end, openerEnd > 0 ? openerEnd : opener.end) : '';
  const otherwise = cues.otherwise.find(folded).some((o) => o.start === lead) || (opener !== undefined && (cues.negation.test(openerText) || cues.otherCase.test(openerText)));
  const ranks = ranksOf(cues, prepared);
  const byClause: Array<{ clause: number; choices: Choice[] }> = [];
  const endorsing = cues.endorse.test(prepared);
  const roleTalk = cues.roleWord.test(prepared) || cues.roleNoun.test(prepared);
  const roleAsInSentence = cues.roleAs.test(prepared);
  // Where the sentence's first modal stands, found once (asked for each clause it would be the
  // square of a sentence of thousands of clauses).
  let firstModal: number | undefined;
  const modalBefore = (at: number): boolean => {
    if (firstModal === undefined) {
      firstModal = Infinity;
      for (const w of prepared.matchAll(/\p{L}+/gu)) {
        if (cues.modalWord.test(w[0])) {
          firstModal = w.index;
          break;
        }
      }
    }
    return firstModal < at;
  };
  // The role spoken of in the opening condition, blanked in `prepared` ("Om X inte kan ta uppdraget …").
  const roleInOpener = openerText !== '' && (cues.roleWord.test(openerText) || cues.roleNoun.test(openerText));
  // "GRN och FSKN (gemensamt yttrande): Nämnderna föreslår …": a label naming the respondent
  // among its senders opens the sentence; every body in it speaks, none is put forward.
  const ownLabel = labelOfOwn(prepared, live, ctx.respondent.id);
  const liveIndex = new Map(live.map((m, i) => [m, i]));
  let clauseNo = 0;
  // Clauses and mentions are both in order of position: walk them together (filtering every
  // mention for every clause is quadratic on a sentence of thousands of clauses).
  let first = 0;
  for (const clause of clauses(prepared, live, cues)) {
    clauseNo++;
    const cf = prepared.slice(clause.start, clause.end);
    while (first < live.length && live[first].start < clause.start) first++;
    const inClause: Mention[] = [];
    for (let k = first; k < live.length && live[k].start < clause.end; k++) if (live[k].end <= clause.end) inClause.push(live[k]);
    // A body inside a relative clause after another (", som genom X håller samman …") describes, it is not put forward.
    const relatives = relativeSpans(cf, inClause.map((m) => m.end - clause.start));
    let candidates = inClause.filter(
      (m) => !m.genitive && (m.kind === 'generic' || m.kind === 'anaphora' || !speaksWithOthers(prepared, live, liveIndex.get(m)!, cues, ctx.respondent.id) && !othersView(prepared, m, cues)) && !within(relatives, m.start - clause.start, m.end - clause.start) && (m.end > ownLabel.end || (ownLabel.selfOnly && m.kind !== 'self' && !m.ids.includes(ctx.respondent.id))),
    );
    // "Fritidsnämnden tillstyrker förslaget och är beredd att åta sig samordningsansvaret": the
    // respondent speaks, then offers itself — with no other body in the clause, it is put forward.
    // So does "Nämnden vill gärna samordna arbetet": it wants the role, no proposal word needed.
    let wanted = false;
    if (candidates.length === 0) {
      const own = inClause.find((m) => !m.genitive && (m.kind === 'self' || m.ids.includes(ctx.respondent.id)));
      const alone = own !== undefined && inClause.every((m) => m === own || m.kind === 'self' || m.ids.includes(ctx.respondent.id));
      if (own && alone && cues.willing.find(cf).some((w) => w.start >= own.end - clause.start)) candidates = [own];
      else if (own && alone && wantsRole(cf.slice(own.end - clause.start), cues)) [candidates, wanted] = [[own], true];
    }
    // "Arbetet bör bedrivas i samverkan med X och Y, men med kommunstyrelsen som sammanhållande":
    // the body between "med" and "som <role>" is put in the role, in a sentence that says what
    // should be (a modal before it); the bodies worked with are not.
    let setAs = false;
    if (roleAsInSentence) {
      const spans = cues.roleAs.find(cf);
      const held = spans.length > 0 && modalBefore(clause.start + spans[0].start) ? candidates.filter((m) => m.kind !== 'generic' && spans.some((r) => m.start - clause.start >= r.start && m.end - clause.start <= r.end)) : [];
      if (held.length > 0) [candidates, setAs] = [held, true];
    }
    // "… ansluter sig till den bedömning som fritidsförvaltningen redovisat, nämligen att ansvaret bör
    // ligga hos kommunstyrelsen": the body that holds the view agreed with is no body put forward.
    if (endorsing) {
      const holders = candidates.filter((m) => m.kind === 'named' && heldBy(cues, prepared, m));
      for (const m of holders) for (const id of m.ids) accounted.add(id);
      if (holders.length > 0) candidates = candidates.filter((m) => !holders.includes(m));
    }
    // "Nämnden är positiv till att MKB får rollen": the body before a stance frame judges, the one after it is put forward.
    const frames = cues.stanceFrame.find(cf);
    if (frames.length > 0) {
      // Candidates and frames are both in order of position: one pointer each keeps this linear.
      const starts = candidates.map((m) => m.start - clause.start);
      let f = 0;
      let o = 0;
      candidates = candidates.filter((m) => {
        const end = m.end - clause.start;
        while (f < frames.length && frames[f].start < end) f++;
        const frame = frames[f];
        if (!frame || frame.start - end > 40 || cf.slice(end, frame.start).trim().split(/\s+/).filter(Boolean).length > 2) return true;
        while (o < starts.length && starts[o] < frame.end) o++;
        return !(o < starts.length && starts[o] - frame.end < 40);
      });
    }
    // … and is accounted for: it is read, as a description.
    for (const m of inClause) if (m.kind === 'named' && within(relatives, m.start - clause.start, m.end - clause.start)) for (const id of m.ids) accounted.add(id);
    if (candidates.length === 0) continue;
    // "en gemensam redovisning till kommunstyrelsen": the body reported to, not put in the role.
    const reportedTo = cues.reportsTo.find(cf);
    if (reportedTo.length) {
      const recipient = (m: Mention): boolean => reportedTo.some((r) => r.end <= m.start - clause.start && cf.slice(r.end, m.start - clause.start).trim() === '');
      for (const m of candidates) if (recipient(m)) for (const id of m.ids) accounted.add(id);
      candidates = candidates.filter((m) => !recipient(m));
      if (candidates.length === 0) continue;
    }
    // "… är ytterst en fråga för kommunstyrelsen att avgöra", "Nämnden överlåter åt kommunstyrelsen
    // att bestämma vem …": a clause that leaves the choice to a body proposes no one — neither the
    // body that decides nor the one that leaves it (a proposal beside it is a clause of its own).
    if (cues.decider.test(cf)) {
      for (const m of candidates) for (const id of m.ids) accounted.add(id);
      continue;
    }
    // "…, och att en styrgrupp med nämnden själv, X och Y knyts till samordningen": the group's
    // members, named from the cue on, have seats, not the role; a body given it before keeps it.
    const seats = cues.groupMembers.find(cf)[0];
    if (seats) {
      const seated = candidates.filter((m) => m.start - clause.start >= seats.start && m.kind !== 'generic');
      const ids = [...new Set(seated.flatMap((m) => m.ids))];
      if (ids.length) res.supporting.push({ ids, what: text.slice(clause.start + seats.start, clause.end).replace(/\s+/g, ' ').trim(), evidence });
      for (const id of ids) accounted.add(id);
      candidates = candidates.filter((m) => !seated.includes(m));
      if (candidates.length === 0) continue;
    }
    // "X bör ingå i styrgruppen": a seat in a group, not the role — unless the seat is a relative
    // clause's ("… hos en nämnd med …, där bolaget kan medverka som part").
    if (cues.participation.test(relatives.length ? blankOut(cf, relatives) : cf)) {
      const ids = candidates.filter((m) => m.kind !== 'generic').flatMap((m) => m.ids);
      if (ids.length) res.supporting.push({ ids: [...new Set(ids)], what: text.slice(clause.start, clause.end).replace(/\s+/g, ' ').trim(), evidence });
      for (const id of ids) accounted.add(id);
      continue;
    }
    // Choosing one of the remiss's own alternatives ("ställer oss bakom alternativ C") gives its bodies the role: the remiss asked which.
    const choosesOption = !summary && candidates.some((m) => m.option);
    if (!choosesOption && !wanted && !setAs && !givesRole(cues, cf, strong, roleTalk, candidates.map((m) => m.start - clause.start), roleInOpener) && !(res.exampleLead && candidates.some((m) => m.kind !== 'generic') && cues.proposal.test(cf))) continue;
    // "bör ledas av X": with only a passive role verb, the candidate is its agent after "av".
    if (!cues.proposal.test(cf) && !cues.willing.test(cf)) {
      const predicates = cues.rolePredicate.find(cf);
      const passive = predicates.length > 0 && predicates.every((p) => cues.passiveRole.find(cf.slice(p.start, p.end)).some((v) => p.start + v.end === p.end));
      if (passive) {
        const verbEnd = clause.start + predicates[0].end;
        candidates = candidates.filter((m) => m.start >= verbEnd && /(?:^|\s)av\s/u.test(prepared.slice(verbEnd, m.start)));
        if (candidates.length === 0) continue;
      }
    }
    if (!endorsing && reportsAnother(cues, cf)) {
      for (const m of candidates) for (const id of m.ids) accounted.add(id);
      continue;
    }
    // A negation inside a relative clause (", som … ingen annan aktör har") is that clause's, not the proposal's.
    // "inte ensam … utan dela det med X": not alone, with a partner after it, negates nothing.
    const alone = cues.negationAlone.find(cf).filter((a) => partnerFollows(cues, cf.slice(a.end)));
    // … nor one inside the description a body was come to by ("en aktör med … (dock inte X), vilket pekar på Y").
    const descriptions = inClause.filter((m) => m.described).map((m) => ({ start: m.start - clause.start, end: m.end - clause.start }));
    let unnegated = blankOut(cf, [...cues.negationNot.find(cf), ...alone, ...relatives, ...relativeAsides(cf, cues), ...descriptions]);
    // Folding makes "ingå" read "inga": in clean text a cue without å/ä/ö does not match a word with them.
    const isNegation = (n: { start: number; end: number; phrase: string }): boolean => cues.ocr || /[åäö]/iu.test(n.phrase) || !/[åäö]/iu.test(text.slice(clause.start + n.start, clause.start + n.end));
    // "I stället för fritidsnämnden bör kommunstyrelsen …", "Snarare än MKB bör …": a contrast
    // before the first body sets aside the bodies right after it (listed with "och", commas), and
    // the clause goes on to the one put forward.
    // No spread: a sentence of thousands of names would overflow the stack.
    let firstAt = Infinity;
    for (const m of candidates) firstAt = Math.min(firstAt, m.start - clause.start);
    const fronted = cues.contrast.find(cf).find((c) => c.end <= firstAt && cf.slice(c.end, firstAt).trim() === '');
    if (fronted) {
      const aside: Mention[] = [];
      for (const m of candidates) {
        const prev = aside[aside.length - 1];
        if (aside.length === 0 ? m.start - clause.start === firstAt : listJoin().test(prepared.slice(prev.end, m.start)) && prepared.slice(prev.end, m.start).trim() !== '') aside.push(m);
        else if (aside.length > 0) break;
      }
      res.rejections.push({ ids: aside.filter((m) => m.kind !== 'generic').flatMap((m) => m.ids), what: aside.map((m) => text.slice(m.start, m.end)).join(', '), evidence });
      for (const m of aside) for (const id of m.ids) accounted.add(id);
      // A set: "I stället för A, B, C … bör X" with thousands listed is asked once per candidate.
      const setAside = new Set(aside);
      candidates = candidates.filter((m) => !setAside.has(m));
      if (candidates.length === 0) continue;
    }
    // "X och inte Y", "X, inte Y", "X snarare än Y": the contrast rejects what follows it and keeps X.
    const contrast = contrastAt(cues, unnegated, candidates.map((m) => m.start - clause.start), isNegation);
    if (contrast !== undefined) {
      const after = candidates.filter((m) => m.start - clause.start >= contrast);
      if (after.length) {
        res.rejections.push({ ids: after.filter((m) => m.kind !== 'generic').flatMap((m) => m.ids), what: after.map((m) => text.slice(m.start, m.end)).join(', '), evidence });
        for (const m of after) for (const id of m.ids) accounted.add(id);
      }
      candidates = candidates.filter((m) => m.start - clause.start < contrast);
      // "Nämnden är utförare, inte den som ska samordna arbetet": the role is what the contrast
      // denies, no body after it and none given a role before it — the bodies before it are set
      // aside, not put forward ("Fritidsnämnden, inte kulturnämnden, bör …" keeps its reading).
      const kept = cf.slice(0, contrast);
      if (after.length === 0 && candidates.length > 0 && !cues.rolePredicate.test(kept) && !cues.proposal.test(kept) && cues.rolePredicate.test(cf.slice(contrast))) {
        res.rejections.push({ ids: candidates.filter((m) => m.kind !== 'generic').flatMap((m) => m.ids), what: candidates.map((m) => text.slice(m.start, m.end)).join(', '), evidence });
        for (const m of candidates) for (const id of m.ids) accounted.add(id);
        continue;
      }
      unnegated = blankOut(unnegated, [{ start: contrast, end: unnegated.length }]);
      if (candidates.length === 0) continue;
    }
    // "ansvara för samordningen gentemot kommunerna": the role's counterpart, not the one put in it.
    // … and the bodies listed with it ("gentemot fritidsnämnden och MKB").
    const objects: Mention[] = [];
    if (cues.objectPrepositionIn.test(cf)) for (const m of candidates) {
      if (m.kind === 'generic') continue;
      const prev = objects[objects.length - 1];
      const listed = prev !== undefined && listJoin().test(prepared.slice(prev.end, m.start)) && prepared.slice(prev.end, m.start).trim() !== '';
      if (listed || cues.objectPreposition.test(previousWord(prepared, m.start) ?? '')) objects.push(m);
    }
    if (objects.length) {
      for (const m of objects) for (const id of m.ids) accounted.add(id);
      const set = new Set(objects);
      candidates = candidates.filter((m) => !set.has(m));
      if (candidates.length === 0) continue;
    }
    // A negation inside the condition ("…, under förutsättning att kostnaderna inte läggs på X")
    // is the condition's, not a rejection of the bodies proposed before it.
    const negation = cues.negation.find(unnegated).find((n) => isNegation(n) && !(condition && clause.start + n.start > condition.start));
    if (negation) {
      // "inte hos MKB utan hos tekniska nämnden": what follows "utan" is wanted, the rest rejected.
      // "utan att föreslå …" is "without"; "utan att arbetet bör samordnas av X" is "but that": a
      // modal a few words on, before any stop.
      // "avstyrker förslag 5 och förordar i stället att X …": what follows "i stället" is wanted too.
      const but =
        cues.negationBut.find(unnegated).find((b) => b.start > negation.end && (!/^\s+att(?![\p{L}])/u.test(unnegated.slice(b.end)) || butThat(cues, unnegated, b.end))) ??
        cues.instead.find(unnegated).find((b) => b.start > negation.end && !/^\s+f[oö]r(?![\p{L}])/u.test(unnegated.slice(b.end)));
      const cut = but ? clause.start + but.start : clause.end;
      const rejected = candidates.filter((m) => m.start < cut);
      const named = rejected.filter((m) => m.kind !== 'generic');
      if (rejected.length) {
        res.rejections.push({ ids: named.flatMap((m) => m.ids), what: rejected.map((m) => text.slice(m.start, m.end)).join(', '), evidence, ...(otherwise ? { otherwise } : {}) });
        for (const m of rejected) for (const id of m.ids) accounted.add(id);
      }
      candidates = candidates.filter((m) => m.start >= cut);
      if (candidates.length === 0) {
        // "inte hos X utan hos den nämnd som …": what is wanted after "utan" was not read — a reason to look.
        if (but && unnegated.slice(but.end).trim() !== '') res.unread = true;
        continue;
      }
    }
    const named = candidates.filter((m) => m.kind !== 'generic');
    // Roles inside a description, a name or a relative clause ("FGK, som redan ansvarar för drift") are not the proposal's.
    // A rank ("samordna i andra hand") is no task of the role's.
    const ranked = [...inClause.map((m) => ({ start: m.start - clause.start, end: m.end - clause.start })), ...cues.rank.find(cf)];
    const bare = blankRelatives(blankOut(cf, ranked), inClause.map((m) => ({ end: m.end - clause.start })));
    const fn = otherFunction(bare, ctx.functionStems, cues) ?? subjectTask(bare, ctx.functionStems, cues) ?? (ctx.previousOtherRole ? cues.roleAnaphora.find(bare)[0] : undefined);
    if (fn) {
      const what = text.slice(clause.start + fn.start, clause.start + fn.end).replace(/\s+/g, ' ').trim();
      if (named.length) res.otherFunction.push({ ids: named.flatMap((m) => m.ids), what, evidence });
      for (const m of named) for (const id of m.ids) accounted.add(id);
      continue;
    }
    const choices = group(prepared, clause.start, candidates, ctx, evidence);
    for (const c of choices) {
      const firstMention = candidates.find((m) => m.ids.some((id) => c.members.includes(id)) || (m.kind === 'generic' && m.generic === c.generic));
      const rank = rankAt(ranks, firstMention ? firstMention.start : clause.start) ?? (firstMention ? rankRightAfter(ranks, firstMention.end, clause.end) : undefined);
      if (rank !== undefined) c.rank = rank;
    }
    for (const m of candidates) for (const id of m.ids) accounted.add(id);
    byClause.push({ clause: clauseNo, choices });
  }
  // One shared lead described in one sentence ("ett delat ansvar mellan X och Y, där X … medan Y …"):
  // the joint choice, not its members alone from the other clauses.
  const joint = byClause.flatMap((b) => b.choices.filter((c) => c.members.length > 1).map((c) => ({ clause: b.clause, c })));
  for (const b of byClause) {
    for (const c of b.choices) {
      // A member alone beside its joint choice of the same rank ("I andra hand kan vårt bolag dela ansvaret med X … där MKB …") is that choice.
      const subsumed = c.members.length === 1 && !c.generic && !c.standalone && joint.some((j) => j.c !== c && j.c.members.includes(c.members[0]) && j.c.rank === c.rank);
      if (!subsumed) res.choices.push(c);
    }
  }
  // "För skolnära frågor bör X ha ansvaret, för fritidsfrågor Y": one role split by scope, one joint choice.
  if (splitsByScope(prepared, res.choices, (c) => live.find((m) => m.ids.includes(c.members[0]))?.start, cues)) {
    res.choices = [{ ...res.choices[0], members: res.choices.flatMap((c) => c.members), conditional: res.choices.some((c) => c.conditional) }];
  }

  // "Sedan 2025 samordnar fritidsnämnden arbetet … vi ser ingen anledning att ändra på den ordningen":
  // today's holder, kept.
  if (!summary && res.choices.length === 0 && res.rejections.length === 0) {
    const holder = statusQuoHolder(prepared, live, cues);
    if (holder) {
      res.choices.push(...group(prepared, lead, [holder], ctx, evidence));
      for (const id of holder.ids) accounted.add(id);
    }
  }
  // "I första hand fritidsnämnden, i andra hand kommunstyrelsen.": at the opening of the answer,
  // names alone are the answer to whom the question asks for.
  if (!summary && ctx.answerOpening && res.choices.length === 0 && res.rejections.length === 0 && res.otherFunction.length === 0 && res.supporting.length === 0) {
    const answer = ellipticMentions(text, folded, lead, live, cues, ellipticWords, { previous: ctx.listItem, mark: ctx.itemMark });
    const names = answer?.mentions;
    if (answer && names && !names.some((m) => m.ids.includes(ctx.respondent.id))) {
      // Ranked names are choices of their own, not one joint choice.
      const groups = answer.ranks.size > 0 ? names.map((m) => group(prepared, m.start, [m], ctx, evidence)).flat() : group(prepared, lead, names, ctx, evidence);
      for (const c of groups) {
        const firstMention = names.find((m) => m.ids.some((id) => c.members.includes(id)) || (m.kind === 'generic' && m.generic === c.generic));
        const rank = firstMention ? answer.ranks.get(firstMention) ?? rankAt(ranks, firstMention.start) ?? rankRightAfter(ranks, firstMention.end, folded.length) : undefined;
        if (rank !== undefined) c.rank = rank;
        res.choices.push(c);
      }
      for (const m of names) for (const id of m.ids) accounted.add(id);
      res.elliptic = true;
      // The last item's number, for a list whose items are sentences of their own ("1. X" / "2. Y").
      ctx.listItem = answer.ranks.size > 0 ? Math.max(...answer.ranks.values()) : undefined;
    }
  }

  // "… är X ett rimligt andrahandsalternativ": after a first choice, a choice the sentence calls
  // the second one is ranked so, as "i andra hand" before it would rank it.
  if (res.choices.length > 0 && res.choices.every((c) => c.rank === undefined) && ctx.last.some((c) => c.members.length > 0) && cues.secondRank.test(prepared)) {
    for (const c of res.choices) c.rank = (Math.max(...ctx.last.map((l) => l.rank ?? 1))) + 1;
  }

  // Conditions: an opening "Om …,", or a condition cue in the sentence.
  const conditionText = opener && openerEnd > 0 && openerEnd < folded.length ? text.slice(lead, openerEnd).replace(/,\s*$/, '').trim() : condition ? text.slice(condition.start).trim() : undefined;
  // "Om kommunstyrelsen inte tar på sig uppdraget bör det i andra hand gå till X": the case that
  // the first choice fails is what "i andra hand" already says — a fallback, not a condition.
  // A condition of its own later in the sentence ("…, om nämnden får medel") still holds.
  // So is a negated opening that names no body when the sentence ranks its choice second ("Om så
  // inte sker förordar vi i andra hand X").
  const fallback =
    otherwise &&
    opener !== undefined &&
    !(condition && condition.start >= openerEnd) &&
    (mentions.some((m) => m.kind === 'named' && m.start >= lead && m.end <= openerEnd) || res.choices.some((c) => (c.rank ?? 0) >= 2) || (res.choices.length > 0 && ctx.last.some((c) => c.rank === 1)));
  // "Skulle kommunstyrelsen inte vilja ta på sig rollen ser nämnden X som ett lämpligt alternativ":
  // the case that the body chosen just before fails, with no word of rank: X is the next choice
  // down, as "i andra hand" would say, not a proposal on a condition.
  if (fallback) {
    const failed = new Set(mentions.filter((m) => m.kind === 'named' && m.start >= lead && m.end <= openerEnd).flatMap((m) => m.ids));
    // "Skulle kommunstyrelsen landa i en annan ordning …": the body deciding otherwise is named, not
    // the choice it sets aside — the choice just before is what fails.
    // "I första hand X. Om det inte bedöms möjligt bör …": an opening that names no body, after a
    // first choice — that choice is what fails.
    const before =
      ctx.last.find((c) => c.members.length > 0 && c.members.every((id) => failed.has(id))) ??
      (cues.otherCase.test(openerText) ? ctx.last.find((c) => c.members.length > 0) : undefined) ??
      (failed.size === 0 ? ctx.last.find((c) => c.rank === 1) : undefined);
    if (before) for (const c of res.choices) if (c.rank === undefined && !c.members.some((id) => failed.has(id))) c.rank = (before.rank ?? 1) + 1;
  }
  const conditioned = res.choices.filter((c) => !(fallback && (c.rank ?? 0) >= 2));
  if (conditionText && conditioned.length > 0) {
    for (const c of conditioned) {
      c.conditional = true;
      c.condition = conditionText;
      if (fallback) c.fallback = true;
    }
    if (conditioned.length > 1) res.conditionScope = true;
  }
  // The same condition holds for a body put in a role read as another function: if that note is
  // taken for the proposal (extractPreferences), it is taken with its condition.
  if (conditionText && !fallback) for (const n of res.otherFunction) if (n.ids.length > 0) n.condition = conditionText;
  // A sentence that opens as a condition ("Om planen, som förvaltningen förordar, utvidgas …")
  // whose condition was not read: the proposal may be conditional — the analyst should look.
  if (!conditionText && !fallback && res.choices.length > 0 && cues.conditionalOpener.find(folded).some((c) => c.start === lead)) res.conditionUnread = true;
  // "Programmet bör inledas med en pilot under ett år i stadsområde Öster, ledd av fastighets- och
  // gatukontoret": a role in a participle after the work, further from the modal than a role
  // predicate reaches — its agent is put forward where the sentence proposes (a modal or a
  // proposal's verb before it) and nothing else was read. The respondent's own office too.
  if (res.choices.length === 0 && res.rejections.length === 0 && !cues.negation.test(prepared)) {
    const agent = participleAgent(prepared, live, cues);
    if (agent) {
      const c = newChoice(evidence);
      add(c, agent);
      res.choices.push(c);
      for (const id of agent.ids) accounted.add(id);
    }
  }
  // "I andra hand ser universitetet fritidsnämnden som ett godtagbart alternativ": after a first
  // choice, a sentence opened by a lower rank that names one body (not the speaker, not negated)
  // offers it as that alternative, whatever its verb.
  if (res.choices.length === 0 && res.rejections.length === 0 && ctx.last.some((c) => c.rank === 1) && !cues.negation.test(prepared)) {
    const opening = ranks.find((r) => r.rank >= 2 && r.start <= lead + 2);
    // The respondent by its own name too, where the sentence speaks of the role ("I andra hand kan
    // Vallby nämnd vara samordnande"), not where it only speaks ("I andra hand ser Vallby nämnd …").
    const offered = live.filter(
      (m) => m.kind === 'named' && !m.genitive && (!m.ids.includes(ctx.respondent.id) || roleTalk) && !isSpeaker(prepared, m, cues, ctx.respondent.id),
    );
    if (opening && offered.length === 1) {
      const c = newChoice(evidence);
      add(c, offered[0]);
      c.rank = opening.rank;
      res.choices.push(c);
      for (const id of offered[0].ids) accounted.add(id);
    }
  }
  if (res.choices.length === 0) {
    // "instämmer i fritidsnämndens förslag", "… i den bedömning som fritidsnämnden gör": the
    // respondent's choice is that body's.
    if (endorsing) {
      for (const m of mentions) {
        if (m.kind !== 'named' || m.ids.includes(ctx.respondent.id)) continue;
        if (!m.genitive) {
          if (heldBy(cues, prepared, m)) {
            res.endorses.push(...m.ids);
            for (const id of m.ids) accounted.add(id);
          }
          continue;
        }
        const after = prepared.slice(m.end, m.end + 40);
        if (cues.endorsedThing.find(after).some((t) => after.slice(0, t.start).trim().split(/\s+/).filter(Boolean).length <= 2)) {
          res.endorses.push(...m.ids);
          for (const id of m.ids) accounted.add(id);
        }
      }
    }
  }
  // A body named in a sentence about the role, with no part read for it: the analyst should look.
  // The sentence opens with another body speaking: a view reported, or text of another respondent.
  if (res.choices.length > 0) {
    const opening = folded.slice(0, lead + 60).split(/\s+/).slice(0, 4).join(' ').length + lead;
    for (const m of mentions) {
      // The subject of a conditional opening is no speaker ("Om kommunstyrelsen avböjer förordar nämnden …").
      if (m.start < openerEnd) continue;
      // A body in what the sentence set aside (blanked: "(liksom X)") says nothing here.
      if (m.kind === 'named' && !m.genitive && m.start < opening && prepared.slice(m.start, m.end).trim() !== '' && !m.ids.includes(ctx.respondent.id) && (ctx.known(m.ids[0]) || ctx.respondentOf?.(m.ids[0])) && isSpeaker(prepared, m, cues, ctx.respondent.id) && !viewShared(prepared, m, cues)) res.otherSpeaker.push(...m.ids);
    }
    // "Vi har noterat att X och Y i utkastet förordar KS": another respondent of the round speaking
    // further into the sentence — the choices its verb reaches, with no stop or comma between, are its view.
    if (!summary && !endorsing) {
      const reported = reportedViews(prepared, live, res.choices, ctx, cues);
      if (reported.ids.length > 0) {
        res.otherSpeaker.push(...reported.ids);
        setAside(res, new Set(reported.choices));
      }
    }
    // "I underlaget pekas kommunstyrelsen och tekniska nämnden ut som tänkbara alternativ",
    // "Underlaget för ett resonemang om att …": the remiss's own text reported — the bodies it names
    // before a break are the document's, for the analyst to see, not the respondent's choice.
    if (!summary && !endorsing && res.choices.length > 0 && documentReports(prepared, lead, cues)) setAside(res, choicesBeforeBreak(prepared, lead, live, res.choices));
    // Another respondent of the round speaking ("Kulturnämnden skriver att …") in this answer: its
    // view quoted, not this body's choice — the bodies are for the analyst to see.
    if (!summary && res.otherSpeaker.some((id) => ctx.respondentOf?.(id))) {
      // What follows a break ("…, men nämnden förordar grundskolenämnden") is the respondent's own again.
      setAside(res, choicesBeforeBreak(prepared, opening, live, res.choices));
    }
  }
  if (res.choices.length > 0) res.unknownPartner = unknownPartners(text, prepared, mentions, res.choices, cues);
  // "SKR anser att …" in another's answer: an abbreviation the tool does not know speaks the proposal.
  if (res.choices.length > 0) {
    const abbr = /^\s*(\p{Lu}{2,6})\s+([\p{L}]+)/u.exec(text);
    if (abbr && cues.speech.test(fold(abbr[2])) && !mentions.some((m) => m.start <= abbr.index + abbr[0].indexOf(abbr[1]) && m.end > abbr.index + abbr[0].indexOf(abbr[1]))) res.otherSpeaker.push(abbr[1]);
  }
  // Bodies named in a sentence about the role, whatever its wording: a reason to look when the row
  // proposes no one — in a summary too where the respondent has no answer to the question at all
  // ("Nämnden har tagit del av förslaget. Den är inte främmande för att X tar rollen …").
  if ((!summary || ctx.unanswered) && cues.roleWord.test(prepared) && !cues.whoever.test(prepared)) {
    for (const m of live) {
      if (m.kind === 'named' && !m.genitive && !isSpeaker(prepared, m, cues, ctx.respondent.id) && !m.ids.includes(ctx.respondent.id)) for (const id of m.ids) if (!accounted.has(id)) res.named.push(id);
    }
  }
  // A requirement on whoever gets the role ("den nämnd som får rollen bör …") is no reason.
  const bodyStarts = live.filter((m) => m.kind === 'named').map((m) => m.start);
  if (!summary && cues.roleWord.test(prepared) && !cues.whoever.test(prepared) && givesRole(cues, prepared, false, roleTalk, bodyStarts)) {
    const named = live.filter((m) => m.kind === 'named' && !m.genitive && !isSpeaker(prepared, m, cues, ctx.respondent.id) && !m.ids.includes(ctx.respondent.id));
    for (const m of named) for (const id of m.ids) if (!accounted.has(id)) res.unclear.push(id);
    if (res.choices.length === 0 && res.endorses.length === 0 && res.rejections.length === 0 && res.otherFunction.length === 0) res.unread = true;
  }
  // Agreeing with a view on the role whose holder was not read ("ansluter sig till den bedömning
  // i samordningsfrågan som görs i nämndens förslag"), or a ranked choice of the role whose body
  // was not read ("ansvaret bör i första hand bäras av bolagen gemensamt"): a reason to look, not
  // a silent no-proposal.
  const rankedUnread = ranks.length > 0 && cues.roleWord.test(prepared) && live.every((m) => m.kind !== 'named');
  if (!summary && (agreesOnRole(cues, prepared) || rankedUnread) && res.choices.length === 0 && res.endorses.length === 0 && res.rejections.length === 0) res.unread = true;
  sharedOut(res, prepared, live, cues);
  remember();
  return res;
}

/**
 * "Nämnden förordar att ansvaret delas: kommunstyrelsen bör ha det strategiska …, medan
 * arbetsmarknads- och socialnämnden samordnar de lokala grupperna": the role shared out in parts
 * (coordination.json sharedRole) is one joint choice of the bodies named after the announcement,
 * as the subjects of their parts (not after a preposition: "gentemot stadskontoret" is a counterpart) —
 * the respondent itself among them — where one of them was read as proposed and no negation follows.
 */
function sharedOut(res: SentenceResult, prepared: string, live: Mention[], cues: Cues): void {
  if (res.choices.length !== 1 || res.rejections.length > 0 || res.choices[0].generic) return;
  const shared = cues.sharedRole.find(prepared)[0];
  // A negation among the parts ("…, men inte MKB") sets a body aside: the parts are not read so.
  if (!shared || cues.negation.test(prepared.slice(shared.end))) return;
  const subject = (m: Mention): boolean => !COMPLEMENT_PREPOSITION.test(/(\p{L}+)\s*$/u.exec(prepared.slice(Math.max(0, m.start - 20), m.start))?.[1] ?? '');
  const parts = [...new Set(live.filter((m) => m.start >= shared.end && (m.kind === 'named' || m.kind === 'self') && !m.genitive && subject(m)).flatMap((m) => m.ids))];
  const [choice] = res.choices;
  if (parts.length < 2 || !choice.members.every((id) => parts.includes(id))) return;
  choice.members = parts;
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
  // A fallback restated ("I andra hand X. … Om Y inte kan, bör X …"): the rank already says the case.
  if (c.conditional && !same.conditional && !(c.fallback && (same.rank ?? 0) >= 2)) {
    same.conditional = true;
    same.condition = c.condition;
  }
  same.example ||= c.example;
}

/**
 * How many sentences may stand between a proposal and a sentence that is its condition
 * ("Förutsättningen är att …" opening it, within OPENING_CONDITION_CHARS of its start).
 */
export const FOLLOW_UP_REACH = 2;
export const OPENING_CONDITION_CHARS = 12;

/** How far into a later answer a correction may be announced ("Rättelse: …", "Vårt korrigerade svar är …"). */
export const CORRECTION_REACH = 300;

/**
 * A respondent that answers the question again later, saying that the later answer corrects the
 * earlier one ("Rättelse", "rätt svar på fråga 3 är:", "ersätter vårt tidigare yttrande" — in the
 * text between the two answers or at the start of the later one): the answers before the last
 * correction are superseded. Returns the index into `answers` where the valid answers start, and
 * the sentence that says so (for the analyst's review); index 0 when nothing is corrected.
 */
export function correctedFrom(mine: Segment[], answers: Segment[], cues: Cues = loadCues()): { from: number; quote?: string } {
  for (let k = answers.length - 1; k >= 1; k--) {
    const a = mine.indexOf(answers[k - 1]);
    const b = mine.indexOf(answers[k]);
    const between = mine.slice(a + 1, b).filter((s) => s.question !== answers[k].question);
    // Only an answer sent apart from the earlier one (a later mail, letter or page in between).
    if (between.length === 0) continue;
    const text = [...between.map((s) => s.text), answers[k].text.slice(0, CORRECTION_REACH)].join('\n');
    const hit = cues.correction.find(fold(text))[0];
    if (hit) {
      const span = sentences(text).find((x) => x.start <= hit.start && hit.start < x.end);
      return { from: k, quote: (span ? text.slice(span.start, span.end) : text.slice(hit.start, hit.end)).trim() };
    }
  }
  return { from: 0 };
}

/** A whole line of the answer as evidence (a ticked box's, a verdict's row). */
function lineEvidence(line: Line): Evidence {
  return { quote: line.text.trim(), page: line.page, line: line.line };
}

/** The bodies of an answer's table of verdicts (src/extract/verdicts.ts), each once, in order. */
function judgedBodies(scope: Array<{ segment: Segment; summary: boolean }>, ctx: TickContext, matrixLines: ReadonlySet<Line> = new Set()): Array<{ ids: string[]; row: VerdictRow }> {
  const out: Array<{ ids: string[]; row: VerdictRow }> = [];
  const seen = new Set<string>();
  for (const { segment, summary } of scope) {
    if (summary) continue;
    for (const row of verdictRows(segment.lines.filter((l) => !matrixLines.has(l)), ctx.cues)) {
      const named = namedIn(row.label, ctx);
      // One body a row: "Ett av stadens bolag" names none, and a row of two is no candidate's —
      // but in a table of ranks, the row written in ("Annan, nämligen: kulturnämnden och
      // fritidsnämnden gemensamt⇥1") ranks the bodies it names together.
      const ids = [...new Set(named.flatMap((m) => m.ids))];
      if (ids.length === 0 || (!row.ranked && named.length !== 1) || ids.some((id) => seen.has(id))) continue;
      for (const id of ids) seen.add(id);
      out.push({ ids, row });
    }
  }
  return out;
}

/**
 * The bodies named by the ticked boxes of the answer's lines of boxes (src/normalize/ticks.ts), in
 * order, each once, with the line as evidence. A line of one box continues the line of boxes
 * above it ("_ Annan, nämligen: …" below the others).
 */
function tickedBodies(scope: Array<{ segment: Segment; summary: boolean }>, ctx: TickContext): { ticked: Array<{ id: string; evidence: Evidence }>; unreadable?: Evidence } {
  const out: Array<{ id: string; evidence: Evidence }> = [];
  let unreadable: Evidence | undefined;
  const seen = new Set<string>();
  for (const { segment, summary } of scope) {
    if (summary) continue;
    let previousBoxes = false;
    for (const line of segment.lines) {
      const options = tickOptions(line.text, previousBoxes ? 1 : 2);
      previousBoxes = options !== undefined;
      for (const o of options ?? []) {
        if ((!o.ticked && !o.unreadable) || o.label === '') continue;
        for (const m of namedIn(o.label, ctx)) {
          // Boxes the text lost ("? Fritidsnämnden"): whether any is ticked is for a person to see in the document.
          if (o.unreadable) {
            unreadable ??= lineEvidence(line);
            continue;
          }
          for (const id of m.ids) {
            if (seen.has(id)) continue;
            seen.add(id);
            out.push({ id, evidence: lineEvidence(line) });
          }
        }
      }
    }
  }
  return { ticked: out, unreadable };
}

/** The bodies a table's label names by name (not in the genitive): a verdict row's, a ticked box's, a matrix row's. */
function namedIn(label: string, ctx: TickContext): Mention[] {
  return findMentions(label, fold(label), ctx.respondent, ctx.others, ctx.cues, ctx.registry).filter((m) => m.kind === 'named' && !m.genitive);
}

/** The one body a matrix row's label names ("Kommunstyrelsen (stadskontoret)", "KS"), or none. */
function bodiesOfLabel(label: string, ctx: TickContext): string[] {
  const ids = [...new Set(namedIn(label, ctx).flatMap((m) => m.ids))];
  return ids.length === 1 ? ids : [];
}

interface TickContext {
  respondent: Respondent;
  others: RoundBodies;
  cues: Cues;
  registry: Registry;
}

/** A block quotation is set in at least this many more spaces than the line that introduces it. */
export const BLOCK_QUOTE_INDENT = 3;

/** A block quotation's introduction is looked for at most this many lines above the sentence. */
export const BLOCK_QUOTE_LINES = 60;

/**
 * Whether text [start, end) lies on another document's block quotation: lines set in further than
 * the line before the block, which ends in a colon and speaks of a document ("I utredningen står
 * följande:", "Utredningen resonerar om ansvaret. Där anges följande:"; coordination.json
 * reporter, among the first two words of one of its sentences). A block the respondent
 * or a compiler introduces as the respondent's ("Nämnden framför följande:") is the answer's.
 * A PDF keeps no indentation: there the paragraph right after the introduction is the block.
 */
function blockQuoted(flat: FlatText, start: number, end: number, cues: Cues): boolean {
  const first = lineAt(flat, start);
  const last = lineAt(flat, Math.max(start, end - 1));
  // A PDF keeps no indentation: its block is the paragraph the sentence is in.
  const pdf = flat.lines[first].page !== null;
  // No further back than BLOCK_QUOTE_LINES lines: asked for every sentence, a walk to the top of a
  // long paragraph would cost the square of its length.
  const stop = first - BLOCK_QUOTE_LINES;
  let intro = first - 1;
  if (pdf) while (intro >= 0 && intro > stop && flat.lines[intro].text.trim() !== '') intro--;
  while (intro >= 0 && flat.lines[intro].text.trim() === '') intro--;
  // The block's own earlier lines: back to the line it is set in from.
  while (!pdf && intro >= 0 && intro > stop && (flat.lines[intro].indent ?? 0) >= (flat.lines[first].indent ?? 0) && flat.lines[intro].text.trim() !== '') intro--;
  while (intro >= 0 && flat.lines[intro].text.trim() === '') intro--;
  if (intro < 0 || !/:\s*$/u.test(flat.lines[intro].text)) return false;
  const lead = (sentence: string): string[] => (fold(sentence).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 2);
  const introText = flat.lines[intro].text;
  if (!sentences(introText).some((sp) => lead(introText.slice(sp.start, sp.end)).some((w) => cues.reporter.test(w)))) return false;
  // … the paragraph right after the introduction.
  if (pdf) return true;
  const base = flat.lines[intro].indent ?? 0;
  for (let i = first; i <= last; i++) {
    const l = flat.lines[i];
    if (l.text.trim() !== '' && (l.indent ?? 0) < base + BLOCK_QUOTE_INDENT) return false;
  }
  return true;
}

/** What reading a respondent's scope found for the analyst: a correction's sentence, the question an answer points to. */
interface ScopeNotes {
  corrected?: string;
  referredTo?: string;
  /** The body's own statement below a joint answer, read in its place (its first sentence). */
  ownStatement?: string;
}

/** A segment's first line, as source and line number: the key by which respondents share a part. */
const firstLineKey = (s: Segment): string => `${s.lines[0]?.source ?? ''}:${s.lines[0]?.page ?? 0}:${s.lines[0]?.line ?? -1}`;

const sharedByRound = new WeakMap<Segment[], Set<string>>();
/** The parts (by first line) that two respondents or more were given: a joint answer's. Once per round. */
export function sharedParts(segments: Segment[]): ReadonlySet<string> {
  let shared = sharedByRound.get(segments);
  if (!shared) {
    const first = new Map<string, string | null>();
    shared = new Set<string>();
    for (const s of segments) {
      if (s.lines.length === 0) continue;
      const k = firstLineKey(s);
      const r = first.get(k);
      if (r === undefined) first.set(k, s.respondent);
      else if (r !== s.respondent) shared.add(k);
    }
    sharedByRound.set(segments, shared);
  }
  return shared;
}

/** A heading this long at least names its part when a text quotes it ("avsnittet Samordningsansvar"). */
export const MIN_NAMED_HEADING = 6;

/** How far into a body's own statement it names the question it departs on ("… i fråga 4"). */
export const OWN_STATEMENT_REACH = 400;

/** "fråga 4", "remissfråga 2", "frågorna 3 och 4": the question numbers a text names. */
const NAMED_QUESTIONS = /(?<![\p{L}])(?:remiss)?fr[aå]g(?:a|orna)\s+(\d{1,2})(?:\s*(?:och|,|–|-)\s*(\d{1,2}))?/gu;

/**
 * A body's own statement below an answer it gave jointly with others ("Särskilt yttrande" /
 * "Gymnasie- och vuxenutbildningsnämnden står bakom det gemensamma yttrandet i frågorna 1–3 men
 * gör en annan bedömning … i fråga 4. … bör kommunstyrelsen …"): a part of this body alone, after
 * its answer to the question, that answers no question by its heading and names this one near its
 * start, by number or by the joint answer's heading ("utom avsnittet Samordningsansvar"). The
 * joint answer's words on the question are the others'; this body's are its own.
 */
function ownStatement(shared: ReadonlySet<string>, mine: Segment[], answers: Segment[], question: string): Segment | undefined {
  const number = /^Q(\d+)$/u.exec(question)?.[1];
  const last = answers[answers.length - 1];
  if (number === undefined || last === undefined) return undefined;
  // The answer is a joint one: the same lines are another respondent's answer too.
  if (!answers.every((a) => a.lines.length === 0 || shared.has(firstLineKey(a)))) return undefined;
  // By the joint answer's heading for the question ("… i alla delar utom avsnittet Samordningsansvar").
  const titled = answers.map((a) => fold(a.heading ?? '').trim()).filter((h) => h.length >= MIN_NAMED_HEADING);
  for (const s of mine.slice(mine.indexOf(last) + 1)) {
    if (s.question !== null || s.lines.length === 0 || shared.has(firstLineKey(s))) continue;
    const opening = fold(s.text.slice(0, OWN_STATEMENT_REACH));
    if (titled.some((h) => opening.includes(h))) return s;
    for (const m of opening.matchAll(NAMED_QUESTIONS)) {
      const [from, to] = [Number(m[1]), Number(m[2] ?? m[1])];
      // "frågorna 1–3" is a range; "frågorna 3 och 4" two.
      const named = m[0].includes('–') || m[0].includes('-') ? Number(number) >= from && Number(number) <= to : Number(number) === from || Number(number) === to;
      if (named) return s;
    }
  }
  return undefined;
}

/**
 * The segments tabulate reads for a respondent: its answer to the question, then its summaries.
 * An answer that only points to another ("Se svar på fråga 1": every part of it a reference to
 * that one question) is read where it points, and `notes.referredTo` says so.
 */
export function scopeOf(segments: Segment[], respondent: string, question: string, notes?: ScopeNotes, shared: ReadonlySet<string> = sharedParts(segments)): Array<{ segment: Segment; summary: boolean }> {
  const mine = segments.filter((s) => s.respondent === respondent);
  let answers = mine.filter((s) => s.question === question);
  // The parts with text (a form's question label is a part of its own, empty).
  const said = answers.filter((s) => s.text.trim() !== '');
  const target = said[0]?.refersTo;
  if (target !== undefined && target !== question && said.every((s) => s.noAnswer && s.refersTo === target)) {
    const referred = mine.filter((s) => s.question === target);
    if (referred.length > 0) {
      answers = referred;
      if (notes) notes.referredTo = target;
    }
  }
  const correction = correctedFrom(mine, answers);
  if (notes && correction.from > 0) notes.corrected = correction.quote;
  const own = ownStatement(shared, mine, answers, question);
  if (own && notes) {
    const [first] = sentences(own.text);
    notes.ownStatement = (first ? own.text.slice(first.start, first.end) : own.text).trim();
  }
  const answer = own ? [{ segment: own, summary: false }] : answers.slice(correction.from).map((segment) => ({ segment, summary: false }));
  const summaries = mine
    // With its own statement read, the joint text's summaries are the others' words too.
    .filter((s) => s.question === null && s !== own && !(own && shared.has(firstLineKey(s))))
    .filter((s) => {
      const kind = s.heading ? unansweredKind(s.heading) : 'summary';
      return kind === 'summary' || kind === 'other' || kind === undefined;
    })
    .map((segment) => ({ segment, summary: true }));
  return [...answer, ...summaries];
}

/** Whether a segment's text was read by OCR (its cues then take every OCR reading). */
function readByOcr(round: Round, segment: Segment): boolean {
  // No source read by OCR (most rounds): no line to look at.
  if (ocrSources(round).size === 0) return false;
  // Any of its lines on an OCR'd page: a segment may run from a page of text onto a scanned one.
  return segment.lines.some((l) => readByOcrAt(round, l.source, l.page));
}

const idsOf = (list: Choice[]): Set<string> => new Set(list.flatMap((c) => c.members));

/** The round's respondent ids, once per round (read for every respondent: building it each time grew as respondents²). */
const respondentIdSets = new WeakMap<Respondent[], Set<string>>();
function idsOfRespondents(round: Round): Set<string> {
  let ids = respondentIdSets.get(round.respondents);
  if (!ids) respondentIdSets.set(round.respondents, (ids = new Set(round.respondents.map((r) => r.id))));
  return ids;
}

export function extractPreferences(round: Round, respondent: Respondent, question: string, fnStems: string[], others: RoundBodies = roundBodies(round.respondents), segments?: Segment[]): Preferences {
  const notes: ScopeNotes = {};
  const scope = scopeOf(segments ?? round.segments, respondent.id, question, notes, sharedParts(round.segments));
  const labels = loadCues().labels;
  const contextFor = readingContext(round, respondent, fnStems, others, question);
  const registry = registryOf(round, respondent);
  const out: Preferences = {
    respondent: respondent.id,
    answered: scope.some((s) => !s.summary),
    stance: 'no-proposal',
    choices: [],
    declines: [],
    supporting: [],
    rejections: [],
    otherFunction: [],
    ranked: false,
    endorses: [],
    review: [],
  };
  const review = new Set<string>();
  let declineToName = false;
  let wholeCondition: { text: string; evidence: Evidence } | undefined;
  // Choices dropped at the end; compared as merging compares them (sameChoice), OCR slips aside.
  const superseded: Choice[] = [];
  // Choices of one body said in the same breath not to carry the role alone.
  const notAlone: Choice[] = [];
  const otherInAnswer: Note[] = [];
  const fromAnswer: Choice[] = [];
  const fromSummary: Choice[] = [];
  const unclear = new Map<string, string>();
  const namedAbout = new Map<string, string>();
  let unread: string | undefined;
  let described: string | undefined;
  let speaksOfRole = false;
  // An explicitly empty answer ("Svar: –", "Inget svar") is certainly no proposal; a heading with no text at all is not.
  const answerText = scope.filter((x) => !x.summary).map((x) => x.segment.text).join(' ');
  const emptyAnswer = out.answered && answerText.trim() === '';
  if (emptyAnswer) review.add(labels.reviewNoAnswer);
  let opened = false; // the answer's first part has been read
  // The bodies of the respondent's answers before this one, read once and only when a pointer
  // back in this answer finds nothing before it.
  let antecedents: Antecedents | undefined;
  const answerStart = scope.find((x) => !x.summary)?.segment;
  const earlier = (): Antecedents => (antecedents ??= antecedentsBefore(segments ?? round.segments, respondent, answerStart, question, others, loadCues(), registry));
  // A responsibility matrix ("Aktör | Ansvarar (A) | Utför (U) | …") among the answer's lines.
  const matrix = roleMarks(scope.filter((s) => !s.summary).flatMap((s) => s.segment.lines), loadCues());
  for (const { segment, summary } of scope) {
    const flat = flatten(segment.lines);
    const cues = loadCues(readByOcr(round, segment));
    // An empty answer ("–", "Inget svar") is certainly no proposal; only a text that never speaks of the role is suspect.
    if (!summary && (cues.roleWord.test(flat.folded) || cues.questionRole.test(flat.folded) || (flat.folded.match(/\p{L}+/gu) ?? []).length < 4)) {
      if (segment.text.trim() !== '') speaksOfRole = true;
    }
    const ctx = contextFor(cues);
    ctx.earlier = earlier;
    ctx.unanswered = !out.answered;
    // Without an answer to the question, its summaries are read like an answer (and flagged).
    const strong = summary && out.answered;
    // Only the first part of the answer opens it: a later part of the same answer (under a
    // heading of its own, or cut off by a signature) may open with a name that is no answer.
    // So does a part under a heading that asks whom the role should go to ("JE: Vem bör ha det
    // samordnande ansvaret?" / "– I första hand fritidsnämnden."): an interviewer's question, a
    // sub-question of the form. A part with no text (a heading alone) opens nothing.
    const asksForRole = segment.heading !== null && ASKS.test(segment.heading) && cues.questionRole.test(fold(segment.heading));
    ctx.answerOpening = !summary && (!opened || asksForRole);
    if (!summary && segment.text.trim() !== '') opened = true;
    let previous: SentenceResult | undefined;
    let lastProposal: SentenceResult | undefined;
    let quiet = 0; // sentences since lastProposal
    let before = '';
    for (const span of sentences(flat)) {
      // "Där anges följande:" and the text set in below it: another document's words, not the answer's.
      if (blockQuoted(flat, span.start, span.end, cues)) continue;
      // The rows of a responsibility matrix are no sentences: read as a matrix below (roleMarks).
      if (matrix.tableLines.size > 0 && matrix.tableLines.has(flat.lines[lineAt(flat, span.start)])) continue;
      const text = flat.text.slice(span.start, span.end);
      // "Nämnden anför följande:" / "”Nämnden åtar sig gärna …”": the respondent's own words quoted.
      const folded = ownWordsQuoted(cues, before, flat.folded.slice(span.start, span.end));
      before = flat.folded.slice(span.start, span.end);
      const evidence = evidenceOf(flat, span.start, span.end);
      const res = analyseSentence(text, folded, evidence, ctx, summary, strong);
      // "… med ett förbehåll som gäller yttrandet i sin helhet: samtliga ställningstaganden
      // förutsätter att …": a condition on the whole answer, wherever it stands (wholeAnswer).
      if (wholeCondition === undefined && cues.wholeAnswer.test(folded) && cues.condition.test(folded)) wholeCondition = { text: text.trim(), evidence };
      // "Personligen ansåg hon att stadskontoret …": one person's view, not the body's — its bodies
      // are for the analyst to see, not the row's choices.
      if (res.choices.length > 0 && cues.personalView.test(folded)) {
        const ids = [...new Set(res.choices.flatMap((c) => c.members).filter((id) => id !== respondent.id))];
        review.add(fill(labels.reviewPersonalView, { bodies: ids.join(', ') || respondent.id, quote: text.trim() }));
        res.choices = [];
      }
      // "Under en övergångsperiod bör X samordna, därefter bör ansvaret föras över till Y": an interim
      // holder and the one taking over — one proposal or two is for a person to say.
      if (!summary && res.choices.length > 0 && cues.interimFirst.test(folded) && cues.interimThen.test(folded)) review.add(fill(labels.reviewInterim, { quote: text.trim() }));
      // A body named with one letter wrong ("fritidsnämden"): read as the body, and said so.
      for (const id of res.choices.flatMap((c) => c.members)) {
        const written = ctx.misspelt?.get(id);
        if (written !== undefined) review.add(fill(labels.reviewMisspelt, { written, body: id }));
      }
      // A body put forward by a pointer back into an earlier answer ("samma nämnd som i förra frågan"): the analyst checks it.
      const pointedBack = res.choices.flatMap((c) => c.members).filter((id) => ctx.fromEarlier?.includes(id));
      if (pointedBack.length > 0) review.add(fill(labels.reviewFromEarlier, { bodies: [...new Set(pointedBack)].join(', '), quote: text.trim() }));
      // A question puts no one forward, nor sets anyone aside ("Har ni funderat på att X skulle ta
      // rollen?" — an interviewer's; "Varför inte ge X ansvaret?" — one the answer asks): the
      // bodies it names about the role are for the analyst to see.
      if (ASKS.test(text) && (res.choices.length > 0 || res.rejections.length > 0)) {
        const asked = [...res.choices.flatMap((c) => c.members), ...res.rejections.flatMap((r) => r.ids)];
        res.unclear.push(...asked.filter((id) => id !== respondent.id));
        res.choices = [];
        res.rejections = [];
      }
      ctx.previousOtherRole = otherFunction(folded, ctx.functionStems, cues) !== undefined;
      // An introduction ending in a colon, or a list mark read as a sentence of its own ("4."), keeps it open.
      ctx.answerOpening &&= res.elliptic === true || (res.choices.length === 0 && (/:\s*$/u.test(text) || !/\p{L}/u.test(text)));
      // "Nämnden föreslår följande rangordning:" further on announces the names below it: they
      // answer as the answer's opening names would.
      if (!summary && !res.decline && res.choices.length === 0 && /:\s*$/u.test(text) && cues.proposal.test(folded)) ctx.answerOpening = true;
      // "1." / "Fritidsnämnden" read as two sentences: the mark numbers the next one's names.
      ctx.itemMark = ITEM_MARK_ALONE.exec(text) ? Number(ITEM_MARK_ALONE.exec(text)![1]) : undefined;
      // Names alone answer whom the question asks for: the answer speaks of the role.
      if (res.elliptic) speaksOfRole = true;
      if (res.decline) {
        out.declines.push(evidence);
        declineToName ||= res.declineToName;
      }
      // One by one: a sentence of a hundred thousand clauses would overflow push(...spread).
      for (const x of res.supporting) out.supporting.push(x);
      for (const x of res.rejections) out.rejections.push(x);
      for (const x of res.otherFunction) out.otherFunction.push(x);
      if (!summary) for (const x of res.otherFunction) if (x.ids.length > 0) otherInAnswer.push(x);
      if (res.endorses.length) out.endorses.push({ ids: res.endorses, evidence });
      for (const id of res.unclear) if (!unclear.has(id)) unclear.set(id, evidence.quote);
      for (const id of res.named) if (!namedAbout.has(id)) namedAbout.set(id, evidence.quote);
      if (res.unread) unread ??= evidence.quote;
      // "… bör ansvaret ges till den nämnd som har …": whom the role should go to, described.
      if (!summary && !res.decline && cues.whoever.test(folded) && cues.rolePredicate.test(folded)) described ??= evidence.quote;
      if (res.conditionScope) review.add(labels.reviewConditionScope);
      if (res.conditionUnread) review.add(fill(labels.reviewConditionUnread, { quote: evidence.quote }));
      for (const id of res.otherSpeaker) review.add(fill(labels.reviewOtherSpeaker, { body: id, quote: evidence.quote }));
      for (const name of res.unknownPartner) review.add(fill(labels.reviewUnknownPartner, { name, quote: evidence.quote }));
      // A condition stated in the very next sentence belongs to the proposal before it.
      // A condition stated right after the proposal belongs to it — also across a sentence or two
      // that only explain it (a list item "o Nämnden har sedan 2024 …" between them), no other
      // choice, rejection or refusal in between.
      const proposal = previous && previous.choices.length > 0 ? previous : quiet <= FOLLOW_UP_REACH && res.opensWithCondition ? lastProposal : undefined;
      // What the work requires, said after the proposal, may be its condition or only its reason: the analyst decides.
      if (res.followUpCondition && res.choices.length === 0 && proposal && res.workRequires) review.add(fill(labels.reviewWorkRequires, { quote: evidence.quote }));
      else if (res.followUpCondition && res.choices.length === 0 && proposal) {
        for (const c of proposal.choices) {
          const kept = out.choices.find((x) => sameChoice(x, c));
          if (kept && !kept.conditional) {
            kept.conditional = true;
            kept.condition = res.followUpCondition;
            kept.evidence.push(evidence);
          }
        }
        if (proposal.choices.length > 1) review.add(labels.reviewConditionScope);
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
        // "… bör ligga hos en nämnd som har lokal närvaro. I första hand förordar vi X": names right
        // after a description that reads as a requirement ("en nämnd som …") fill it.
        // Not when the names are ranked after it ("I första hand … en nämnd som …. … i andra hand X"): they are an alternative.
        const rankedAfter = res.choices.some((c) => (c.rank ?? 0) >= 2) || previous?.choices.some((c) => c.rank === 1);
        if (previous && !rankedAfter && previous.choices.length > 0 && res.choices.some((c) => c.members.length > 0) && previous.choices.every((c) => c.members.length === 0 && c.generic && /\ssom\s/u.test(c.generic))) {
          superseded.push(...previous.choices);
        }
        // "… att MKB Fastighet AB bör leda samordningen. Ett bolag med närvaro i varje område är bäst
        // rustat att hålla ihop arbetet.": a description right after the bodies named, of their
        // kind, says why they were chosen — no choice of its own.
        // "X är beredd att ta rollen men bedömer att uppdraget inte kan bäras av en nämnd ensam":
        // its choice alone gives way to a joint choice with it in the answer (after the loop).
        if (cues.notAlone.test(folded)) notAlone.push(...res.choices.filter((c) => c.members.length === 1));
        const reason = previous !== undefined && !rankedAfter && describesNamed(previous.choices, res.choices, ctx.registry, cues);
        for (const c of reason ? [] : res.choices) {
          mergeInto(out.choices, c);
          (summary ? fromSummary : fromAnswer).push(c);
        }
        ctx.last = reason ? ctx.last : res.choices;
      }
      previous = res;
      if (res.choices.length > 0) {
        lastProposal = res;
        quiet = 0;
      } else if (res.rejections.length > 0 || res.decline || res.supporting.length > 0 || res.otherFunction.length > 0) lastProposal = undefined;
      else quiet++;
    }
  }
  if (wholeCondition) {
    for (const c of out.choices) {
      if (c.conditional) continue;
      c.conditional = true;
      c.condition = wholeCondition.text;
      c.evidence.push(wholeCondition.evidence);
    }
  }
  // A decision that changes the draft where it speaks of the role: the changed wording is the answer.
  // All the round's segments, not this respondent's: an amendment may stand in its source's text of
  // no respondent, and amendmentsOf reads them once per round.
  const amended = amendedProposal(round, respondent, contextFor, round.segments);
  if (amended) {
    review.add(fill(labels.reviewAmended, { quote: amended.quote }));
    if (amended.choices.length > 0 || amended.declines.length > 0) {
      out.choices = amended.choices;
      out.declines = amended.declines;
      out.answered = true;
    }
  }
  for (const c of notAlone) if (out.choices.some((x) => x.members.length > 1 && x.members.includes(c.members[0]))) superseded.push(c);
  out.choices = out.choices.filter((c) => !superseded.some((x) => sameChoice(x, c)));
  // After "vill inte föreslå någon", descriptions of a body are criteria, not proposals.
  if (declineToName) out.choices = out.choices.filter((c) => c.members.length > 0);
  // A choice made before a second one ("Nämnden förordar att X … . I andra hand är Y ett lämpligt
  // alternativ."), no first one named: it is the first, though no words rank it.
  const firstRanked = out.choices.findIndex((c) => c.rank !== undefined);
  if (firstRanked > 0 && out.choices[firstRanked].rank === 2 && !out.choices.some((c) => c.rank === 1)) {
    for (const c of out.choices.slice(0, firstRanked)) if (c.members.length > 0 || c.generic) c.rank = 1;
  }
  // Ranked alternatives: in rank order, the unranked after them.
  if (out.choices.some((c) => c.rank !== undefined)) {
    out.ranked = out.choices.filter((c) => c.rank !== undefined).length > 1 || out.choices.length > 1;
    out.choices = out.choices.map((c, i) => ({ c, i })).sort((a, b) => (a.c.rank ?? 99) - (b.c.rank ?? 99) || a.i - b.i).map((x) => x.c);
  }
  // Proposals in sentences of their own, none ranked ("… ställer sig bakom att X ges ansvaret." / "…
  // anser emellertid att ansvaret bör delas, så att X och Y …"): alternatives, or a later one
  // that revises or narrows an earlier one — for a person to say.
  if (!out.ranked && severalSentences(out.choices)) review.add(fill(labels.reviewSeveralUnranked, { bodies: out.choices.map((c) => c.members.join('+') || c.generic || '').join(', ') }));
  // A response form's ticked boxes naming bodies ("☒ Fritidsnämnden"): a choice for each body the
  // answer's words did not already place (its comment may rank them, join them or set a condition).
  const { ticked: ticks, unreadable: unreadableBoxes } = tickedBodies(scope, { respondent, others, cues: loadCues(), registry });
  if (unreadableBoxes) review.add(fill(labels.reviewTicksUnreadable, { quote: unreadableBoxes.quote }));
  const covered = idsOf(out.choices);
  const refused = new Set(out.rejections.flatMap((r) => r.ids));
  const added = ticks.filter((t) => !covered.has(t.id) && !refused.has(t.id) && out.declines.length === 0);
  for (const t of added) out.choices.push({ members: [t.id], generic: null, example: false, conditional: false, evidence: [t.evidence] });
  if (added.length > 1) review.add(fill(labels.reviewSeveralTicked, { bodies: added.map((t) => t.id).join(', ') }));
  // The comment proposes one body and the box ticked is another's: which one the respondent meant
  // is for a person to say (a box ticked before the comment was written, or the comment's aside).
  if (added.length > 0 && covered.size > 0) review.add(fill(labels.reviewTickDiffers, { ticked: added.map((t) => t.id).join(', '), proposed: [...covered].join(', ') }));
  for (const t of ticks) if (refused.has(t.id)) review.add(fill(labels.reviewTickedRejected, { body: t.id }));
  // A table judging the candidates ("Kommunstyrelsen | Förordas", "Tekniska nämnden | Kan vara ett
  // alternativ"): where the answer's words placed no body, its rows rank them, and rule out the rest.
  // A table of ranks or verdicts beside words that choose only bodies it places ("Kommunstyrelsen⇥1",
  // "Fritidsnämnden⇥1", then "ansvaret bör delas mellan kommunstyrelsen … och fritidsnämnden"; a
  // row's own "Kan vara ett alternativ" read as words): the table gives the order and the ties,
  // the words their evidence.
  // A responsibility matrix ("Aktör | Ansvarar (A) | Utför (U) | …"): its rows are no verdicts; where
  // the answer's words place no body, the bodies marked in the role's column are its choice, one
  // joint choice where several share the mark, on the condition a starred note states.
  if (out.choices.length === 0 && out.declines.length === 0 && out.endorses.length === 0 && matrix.marks.length > 0) {
    const ticx = { respondent, others, cues: loadCues(), registry };
    const marked = matrix.marks.map((m) => ({ m, ids: bodiesOfLabel(m.label, ticx) })).filter((x) => x.ids.length > 0);
    if (marked.length > 0) {
      const notes = marked.flatMap((x) => (x.m.note && ticx.cues.condition.test(fold(x.m.note.text)) ? [x.m.note] : []));
      out.choices.push({
        members: [...new Set(marked.flatMap((x) => x.ids))],
        generic: null,
        example: false,
        conditional: notes.length > 0,
        ...(notes.length > 0 ? { condition: notes.map((n) => n.text.replace(/^\s*\*+\s*/u, '')).join(' ') } : {}),
        evidence: [...marked.map((x) => lineEvidence(x.m.line)), ...notes.map(lineEvidence)],
      });
      review.add(fill(labels.reviewRoleMatrix, { column: marked[0].m.column, bodies: marked.map((x) => x.m.label).join(', ') }));
    }
  }
  const judgedAll = out.declines.length === 0 ? judgedBodies(scope, { respondent, others, cues: loadCues(), registry }, matrix.tableLines) : [];
  const ranksAll = judgedAll.filter((j) => j.row.rank > 0);
  const byWords = out.choices;
  const tableRanks = byWords.length > 0 && ranksAll.length > 0 && byWords.every((c) => !c.generic && !c.conditional && c.members.length > 0 && c.members.every((id) => ranksAll.some((j) => j.ids.includes(id))));
  if ((out.choices.length === 0 && out.declines.length === 0) || tableRanks) {
    const judged = tableRanks ? ranksAll : judgedAll;
    out.choices = [];
    for (const j of judged) {
      const evidence = lineEvidence(j.row.line);
      if (j.row.rank === 0) out.rejections.push({ ids: j.ids, what: j.row.label, evidence });
      else out.choices.push({ members: j.ids, rank: j.row.rank, generic: null, example: false, conditional: false, evidence: [evidence] });
    }
    // Two rows given the same rank in a table of ranks ("Kommunstyrelsen⇥1", "Fritidsnämnden⇥1"):
    // one place shared, a joint choice.
    const ofRanks = judged.some((j) => j.row.ranked);
    out.choices = out.choices.reduce<Choice[]>((acc, c) => {
      const tie = ofRanks ? acc.find((a) => a.rank === c.rank) : undefined;
      if (tie) {
        tie.members = [...tie.members, ...c.members];
        tie.evidence.push(...c.evidence);
      } else acc.push(c);
      return acc;
    }, []);
    // The words' evidence goes with the table's place of the bodies they chose.
    for (const w of tableRanks ? byWords : []) out.choices.find((c) => w.members.some((id) => c.members.includes(id)))?.evidence.push(...w.evidence);
    if (out.choices.length > 0) {
      out.choices.sort((x, y) => (x.rank ?? 0) - (y.rank ?? 0));
      out.ranked = new Set(out.choices.map((c) => c.rank)).size > 1;
      review.add(fill(labels.reviewVerdicts, { rows: judged.map((j) => `${j.row.label}: ${j.row.verdict}`).join('; ') }));
    }
  }
  // No proposal in the answer to the question but a body put in a role read as another function:
  // the answer's words for the function may differ from the question's ("samordningen av stadens
  // trygghetsarbete" for "samordna genomförandet av handlingsplanen"). It is the proposal, flagged.
  let promoted: Note | undefined;
  if (out.choices.length === 0 && out.declines.length === 0 && out.endorses.length === 0 && otherInAnswer.length > 0) {
    promoted = otherInAnswer[0];
    out.choices.push({ members: [...new Set(promoted.ids)], generic: null, example: false, conditional: promoted.condition !== undefined, condition: promoted.condition, evidence: [promoted.evidence] });
    out.otherFunction = out.otherFunction.filter((o) => o !== promoted);
  }
  // "Ja." to a question asking whether the respondent shares the remiss's proposal ("Delar ni
  // förslaget att X ska ha det samordnande ansvaret?"): the answer proposes X, and says how it was read.
  if (out.choices.length === 0 && out.declines.length === 0 && out.endorses.length === 0 && out.answered) {
    const yes = yesToProposal(round, respondent, question, scope, others, registry);
    if (yes) {
      out.choices.push(yes);
      review.add(fill(labels.reviewYesToQuestion, { bodies: yes.members.join(', '), quote: yes.evidence[0].quote }));
    }
  }
  // "Observera att förslaget inte har antagits av nämnden och inte utgör nämndens ställningstagande":
  // the text read is a draft the body never adopted — it proposes nothing for the body, and says
  // what the draft held.
  if (out.choices.length > 0) {
    const { notAdopted } = loadCues();
    const drafted = (segments ?? round.segments).find((s) => s.respondent === respondent.id && notAdopted.test(fold(s.text)));
    if (drafted) {
      const sentence = notAdopted.find(fold(drafted.text))[0];
      const quote = drafted.text.slice(Math.max(0, drafted.text.lastIndexOf('.', sentence.start) + 1), drafted.text.indexOf('.', sentence.end) + 1 || undefined).trim();
      review.add(fill(labels.reviewNotAdopted, { bodies: out.choices.map((c) => c.members.join('+') || c.generic || '').join(', '), quote }));
      out.choices = [];
    }
  }
  out.stance = out.choices.length > 0 ? 'proposes' : out.declines.length > 0 ? 'declines' : 'no-proposal';

  // What a person should check.
  const chosen = idsOf(out.choices);
  // A body whose whole answer is that it has nothing to say ("har inget att erinra") certainly proposes no one.
  if (!out.answered && out.declines.length === 0 && !(respondent.noObjection && out.choices.length === 0)) review.add(out.choices.length ? labels.reviewOutsideAnswer : labels.reviewNoAnswer);
  // An answer that proposes no one but puts a body in a role read as another function, the choice
  // read from a summary instead: which of the two is the answer, the analyst decides.
  if (out.answered && fromAnswer.length === 0 && out.choices.length > 0 && !amended && otherInAnswer.length > 0) review.add(labels.reviewOutsideAnswer);
  // An answer that never speaks of the role may be another section under the question's heading.
  if (out.answered && !emptyAnswer && !speaksOfRole && out.declines.length === 0) review.add(labels.reviewOffTopic);
  // No proposal, but a body put in a role the tool took for another function: the words for the
  // function may differ from the question's while the work is the same.
  const otherRole = promoted ?? out.otherFunction.find((o) => o.ids.length > 0);
  if ((promoted || out.stance !== 'proposes') && out.endorses.length === 0 && otherRole) {
    review.add(fill(promoted ? labels.reviewOtherFunctionTaken : labels.reviewOtherFunction, { bodies: [...new Set(otherRole.ids)].join(', '), quote: otherRole.evidence.quote }));
  }
  // A rejection under the opposite condition of a conditional proposal restates the condition.
  const both = [...new Set(out.rejections.flatMap((r) => r.ids))].filter((id) =>
    out.choices.some((c) => c.members.length === 1 && c.members[0] === id && !(c.conditional && out.rejections.every((r) => !r.ids.includes(id) || r.otherwise))),
  );
  if (both.length) review.add(fill(labels.reviewBothWays, { bodies: both.join(', ') }));
    // "vill inte föreslå någon" and yet a named proposal: one of the two readings is wrong.
  if (out.choices.length && declineToName) review.add(labels.reviewDeclineAndPropose);
  if (out.answered && fromAnswer.length && fromSummary.some((c) => !fromAnswer.some((x) => sameChoice(x, c)))) review.add(labels.reviewSummaryDiffers);
  const unclearIds = [...unclear.keys()].filter((id) => !chosen.has(id));
  if (unclearIds.length && out.endorses.length === 0) review.add(fill(labels.reviewUnclearRole, { bodies: unclearIds.join(', '), quote: unclear.get(unclearIds[0])! }));
  if (unread && out.stance === 'no-proposal' && out.endorses.length === 0) review.add(fill(labels.reviewUnread, { quote: unread }));
  // Declining to name anyone, and yet describing whom the role should go to: a criterion or a proposal — a reason to look.
  if (described && out.stance === 'declines') review.add(fill(labels.reviewDeclineDescribes, { quote: described }));
  // A lower-ranked choice with no first one ("I andra hand förordar nämnden X" after a first choice
  // of a body not read): the first choice was lost — the analyst should look.
  const lowest = Math.min(...out.choices.map((c) => c.rank ?? 1));
  if (out.choices.length > 0 && lowest >= 2) review.add(fill(labels.reviewFirstRankUnread, { quote: out.choices.find((c) => (c.rank ?? 1) === lowest)!.evidence[0]?.quote ?? '' }));
  // No proposal read, yet the answer names a body where it speaks of the role.
  if (out.stance !== 'proposes' && out.endorses.length === 0 && unclearIds.length === 0 && namedAbout.size > 0) {
    const [id, quote] = [...namedAbout][0];
    review.add(fill(labels.reviewUnclearRole, { bodies: [...namedAbout.keys()].join(', '), quote: quote ?? id }));
  }
  if (out.stance === 'no-proposal' && out.endorses.length === 0) {
    const elsewhere = proposalElsewhere(round, respondent, question, fnStems, others, segments ?? round.segments);
    if (elsewhere) review.add(fill(labels.reviewElsewhere, { quote: elsewhere }));
  }
  if (notes.corrected !== undefined) review.add(fill(labels.reviewCorrected, { quote: notes.corrected }));
  if (notes.ownStatement !== undefined) review.add(fill(labels.reviewOwnStatement, { quote: notes.ownStatement }));
  if (notes.referredTo !== undefined) review.add(fill(labels.reviewReferred, { number: notes.referredTo.replace(/^Q/u, '') }));
  out.review = [...review];
  return out;
}

/** The question's proposal, read once per round and question (not once per respondent). */
const proposals = new WeakMap<Round, Map<string, string[] | null>>();

function proposalOf(round: Round, question: string, cues: Cues, others: RoundBodies, registry: Registry): string[] | undefined {
  let known = proposals.get(round);
  if (!known) proposals.set(round, (known = new Map()));
  // Read with the cues of the answer (clean or OCR), which may differ between respondents.
  const key = `${cues.ocr}|${question}`;
  let members = known.get(key);
  if (members === undefined) {
    members = questionProposal(question, cues, (text) => findMentions(text, fold(text), null, others, cues, registry)) ?? null;
    known.set(key, members);
  }
  return members ?? undefined;
}

/**
 * The question's proposal as the answer's choice, when the question asks whether the respondent
 * shares it and the answer's first sentence says yes (src/extract/yes-to-question.ts).
 */
function yesToProposal(round: Round, respondent: Respondent, question: string, scope: Array<{ segment: Segment; summary: boolean }>, others: RoundBodies, registry: Registry): Choice | undefined {
  const q = round.questions.find((x) => x.id === question);
  const first = scope.find((x) => !x.summary && x.segment.text.trim() !== '')?.segment;
  if (!q || !first) return undefined;
  const cues = loadCues(readByOcr(round, first));
  const members = proposalOf(round, q.text, cues, others, registry);
  if (!members) return undefined;
  const flat = flatten(first.lines);
  const span = sentences(flat)[0];
  if (!span) return undefined;
  const folded = flat.folded.slice(span.start, span.end);
  const text = flat.text.slice(span.start, span.end);
  const named = findMentions(text, folded, respondent, others, cues, registry).filter((m) => m.kind === 'named' && !m.ids.includes(respondent.id)).length;
  if (!affirms(folded, named, cues)) return undefined;
  const conditional = cues.condition.test(folded);
  return { members, generic: null, example: false, conditional, evidence: [evidenceOf(flat, span.start, span.end)] };
}

/**
 * The context a respondent's sentences are read in, for a cue set (clean or OCR): the registry
 * that applies to it, the round's respondents, the question's words for the function, and no
 * bodies yet met. One for the answer, the amendments and the other questions alike.
 */
function readingContext(round: Round, respondent: Respondent, fnStems: string[], others: RoundBodies, question?: string): (cues: Cues) => Context {
  const registry = registryOf(round, respondent);
  const respondentIds = idsOfRespondents(round);
  const n = /^Q(\d+)$/u.exec(question ?? '');
  const questionNumber = n ? Number(n[1]) : undefined;
  return (cues) => ({ cues, registry, known: (id) => registry.byId.has(id), respondentOf: (id) => respondentIds.has(id), respondent, others, functionStems: fnStems, recent: [], last: [], questionNumber });
}

/**
 * The wording a decision puts in place of the draft's ("med den ändringen att … ska ha följande
 * lydelse: ”…”", src/extract/amendments.ts), read sentence by sentence as an answer, when it
 * speaks of the role: its choices and refusals, and its quote for the analyst.
 */
function amendedProposal(round: Round, respondent: Respondent, contextFor: (cues: Cues) => Context, segments: Segment[]): { choices: Choice[]; declines: Evidence[]; quote: string } | undefined {
  for (const a of amendmentsOf(segments, respondent.id, loadCues())) {
    const cues = loadCues(readByOcr(round, a.segment));
    const wording = a.flat.folded.slice(a.start, a.end);
    if (!cues.roleWord.test(wording) && !cues.questionRole.test(wording)) continue;
    const ctx = contextFor(cues);
    const choices: Choice[] = [];
    const declines: Evidence[] = [];
    for (const span of sentences(a.flat)) {
      const start = Math.max(span.start, a.start);
      const end = Math.min(span.end, a.end);
      if (end <= start || a.flat.text.slice(start, end).trim() === '') continue;
      const evidence = evidenceOf(a.flat, start, end);
      const res = analyseSentence(a.flat.text.slice(start, end), a.flat.folded.slice(start, end), evidence, ctx, false, false);
      for (const c of res.choices) mergeInto(choices, c);
      if (res.decline) declines.push(evidence);
      if (res.choices.length > 0) ctx.last = res.choices;
    }
    return { choices, declines, quote: evidenceOf(a.flat, a.start, a.end).quote };
  }
  return undefined;
}

/**
 * A proposal for the role under another question of the same respondent: when the answer to the
 * question gave none, the text may sit in the wrong section (or the answer under the wrong heading).
 */
function proposalElsewhere(round: Round, respondent: Respondent, question: string, fnStems: string[], others: RoundBodies, segments: Segment[]): string | undefined {
  const contextFor = readingContext(round, respondent, fnStems, others);
  for (const segment of segments) {
    if (segment.respondent !== respondent.id || segment.question === null || segment.question === question) continue;
    const flat = flatten(segment.lines);
    const cues = loadCues(readByOcr(round, segment));
    const ctx = contextFor(cues);
    for (const span of sentences(flat)) {
      const folded = flat.folded.slice(span.start, span.end);
      if (!cues.roleWord.test(folded)) continue;
      const evidence = evidenceOf(flat, span.start, span.end);
      const res = analyseSentence(flat.text.slice(span.start, span.end), folded, evidence, ctx, false, false);
      if (res.choices.some((c) => c.members.length > 0) || res.endorses.length > 0) return evidence.quote;
    }
  }
  return undefined;
}
