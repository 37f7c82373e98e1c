/**
 * Bodies mentioned in a sentence: by name (registry names and administrations, genitives
 * included), by abbreviation (case-sensitive: "MKB", "FGK", the typo "FKG"), by self-reference
 * ("nämnden", "bolaget", "vi" → the respondent), by a description that names no one ("en teknisk
 * nämnd med …"), or by anaphora ("dessa två"). Offsets are into the sentence text; matching is on
 * the folded text, which has the same length.
 */
import type { Respondent } from '../model.js';
import { fold, foldWords } from '../normalize/fold.js';
import { ocrWordSource } from '../normalize/ocr.js';
import { wordSource } from '../tag/pattern.js';
import { loadStructure } from '../normalize/structure.js';
import { buildRegistry, derivedId, kindFromName, loadRegistry, matchBodyName, noRegistry, type Body, type Registry } from '../segment/registry.js';
import type { Round } from '../model.js';
import { loadCues, type Cues } from './lexicon.js';
import { loadData } from '../data.js';
import { levenshtein } from '../normalize/words.js';
import { letterRegExp } from '../normalize/letters.js';
import { optionMentions, type RoundOptions } from './options.js';
import { formerNames } from '../segment/renames.js';

export type MentionKind = 'named' | 'self' | 'generic' | 'anaphora';

export interface Mention {
  start: number;
  end: number;
  kind: MentionKind;
  /** Body ids (named, self); filled by context for anaphora; empty for generic. */
  ids: string[];
  /** "nämndens", "MKB:s": a possessor, not a body put forward. */
  genitive: boolean;
  /** The wording of a description (generic), as written. */
  generic?: string;
  /** An alternative the remiss set out, named by its mark ("alternativ B"): choosing it gives its bodies the role. */
  option?: true;
  /** An anaphora pointing at one body ("den nämnden"), not two ("dessa två"). */
  one?: true;
  /** An anaphora pointing at the first or the second of two ("förstnämnda", "den senare"). */
  which?: 'first' | 'last';
  /** "sig själv": the object that is its clause's subject, put forward but never the speaker. */
  reflexive?: true;
  /** A registry name written with one letter wrong ("fritidsnämden"): read as the body, and said so. */
  misspelt?: true;
  /** The body a description comes to ("en aktör med …, vilket i praktiken pekar på X"): the span runs from the description, whose words are its own. */
  described?: true;
}

interface NamePattern {
  regex: RegExp;
  /** Each name's own pattern, to tell which one the combined regex matched. */
  each: Array<{ regex: RegExp; body: Body }>;
}

/** Compiled per registry (Malmö's, one given with --registry, or none for another organisation's text). */
const namesOf = new WeakMap<Registry, NamePattern>();
const abbreviationsOf = new WeakMap<Registry, { regex: RegExp; bodies: Map<string, Body> }>();
const NEVER = /(?!)/gu;

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name as written ("Hälsa-, vård- och omsorgsnämnden") as a pattern over folded text, OCR readings included. */
function nameSource(name: string): string {
  return name
    .replace(/\s+AB$/, '')
    .normalize('NFC')
    .replace(/[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu, (part) => (/^[\p{L}\p{N}]/u.test(part) ? ocrWordSource(part) : /^\s+$/.test(part) ? '\\s+' : '[\\s,.–-]*'));
}

/** One regex over folded text for every name and administration, longest first, genitive allowed. */
function namePattern(reg: Registry): NamePattern {
  const hit = namesOf.get(reg);
  if (hit) return hit;
  const each: NamePattern['each'] = [];
  const sources: Array<{ source: string; len: number }> = [];
  for (const b of reg.bodies) {
    for (const n of [...b.names, ...b.administrations]) {
      const source = nameSource(n);
      sources.push({ source, len: n.length });
      each.push({ regex: letterRegExp(`^(?:${source})(?:\\s+ab)?(?::s|s)?$`, 'u'), body: b });
    }
  }
  const alts = sources.sort((a, b) => b.len - a.len).map((s) => s.source);
  const names = { regex: alts.length ? letterRegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?:\\s+ab)?(:s|s)?(?![\\p{L}\\p{N}])`, 'gu') : NEVER, each };
  namesOf.set(reg, names);
  return names;
}

function abbreviationPattern(reg: Registry): { regex: RegExp; bodies: Map<string, Body> } {
  const hit = abbreviationsOf.get(reg);
  if (hit) return hit;
  const bodies = new Map<string, Body>();
  for (const b of reg.bodies) for (const a of b.abbreviations ?? []) bodies.set(a, b);
  const alts = [...bodies.keys()].sort((a, b) => b.length - a.length).map(esc);
  // Not inside a compound: "MKB-områden" is about MKB's areas, not MKB put forward.
  const out = { regex: alts.length ? letterRegExp(`(?<![\\p{L}\\p{N}-])(${alts.join('|')})(:s|s)?(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu') : NEVER, bodies };
  abbreviationsOf.set(reg, out);
  return out;
}

/** The kind of body a respondent is, for its self-references. */
export function respondentKind(r: Respondent): string {
  return r.kind ?? kindFromName(r.name) ?? 'unknown';
}

const selfCache = new Map<string, RegExp>();
/** The respondent's words for itself ("nämnden", "bolaget", "vi"), OCR readings included. */
function selfWords(r: Respondent): RegExp {
  const kind = respondentKind(r);
  let re = selfCache.get(kind);
  if (!re) {
    const refs = loadRegistry().selfReference;
    // The kind may come from a round file: only the registry's own kinds are looked up.
    const words = Object.prototype.hasOwnProperty.call(refs, kind) ? refs[kind] : refs.unknown;
    re = letterRegExp(`^(?:${(words ?? []).map((w) => ocrWordSource(w)).join('|')})$`, 'u');
    selfCache.set(kind, re);
  }
  return re;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** The longest description of a body read after its head noun ("… med ansvar för …"). */
const MAX_DESCRIPTION = 400;

/** Descriptions of a body that name no one: "en teknisk nämnd med ett …", "en av kommunstyrelsen utsedd ansvarig nämnd". */
const genericRegexes = new WeakMap<Cues, RegExp>();

function genericMentions(text: string, folded: string, cues: Cues): Mention[] {
  let genericRegex = genericRegexes.get(cues);
  if (!genericRegex) {
    const heads = cues.genericHeadWritten.map((h) => wordSource(h, cues.ocr)).join('|');
    genericRegex = letterRegExp(
      // The head may end a compound: "ett lokalt trygghetsråd", "en facknämnd", "ett bostadsbolag".
      `(?<![\\p{L}\\p{N}])(${cues.genericArticleSource})\\s+((?:[\\p{L}\\p{N}()/:-]+\\s+){0,5}?)((?:\\p{L}{2,})?(?:${heads}))(?:\\s*/\\s*(?:${heads}))?(?![\\p{L}\\p{N}])`,
      'gu',
    );
    genericRegexes.set(cues, genericRegex);
  }
  const re = genericRegex;
  re.lastIndex = 0;
  const out: Mention[] = [];
  let m: RegExpExecArray | null;
  // Matched in place (sticky and global patterns from an offset), never on a copy of the rest of
  // the sentence: a sentence of thousands of descriptions would be copied thousands of times.
  // "en nämnd utan erfarenhet av …" goes on; "inte en facknämnd utan hos kommunstyrelsen" ("but") does not.
  const postRe = cues.genericContinuation;
  const stopRe = cues.genericEnd;
  // The first stop at or after an offset stays the first for any later offset before it.
  let stopAt = -1;
  let stopFrom = Infinity;
  while ((m = re.exec(folded)) !== null) {
    const modifiers = m[2].trim().split(/\s+/).filter(Boolean);
    if (modifiers.some((w) => cues.genericNot.has(w))) continue;
    // Modifiers are adjectives or a participle phrase, never a verb or a sentence break.
    if (modifiers.some((w) => cues.genericNotModifier.test(w))) continue;
    let end = m.index + m[0].length;
    postRe.lastIndex = end;
    const post = postRe.exec(folded);
    if (post) {
      // The description runs to the clause end or to the verb of the sentence ("… kunna samordna").
      const from = end + post[0].length;
      if (!(from >= stopFrom && from <= stopAt)) {
        stopRe.lastIndex = from;
        const stop = stopRe.exec(folded);
        stopFrom = from;
        stopAt = stop ? stop.index : folded.length;
      }
      // A description is a phrase, not a page: at most MAX_DESCRIPTION characters past its head
      // (without the cap, thousands of descriptions in one sentence each ran to its end).
      end = Math.min(stopAt, from + MAX_DESCRIPTION);
      // "en nämnd med bred kontaktyta (förslagsvis fritidsnämnden)": the description ends where the
      // body it comes to is named (withoutAppositions), not past it.
      // A bracket opened in the description closes in it ("en aktör med … (dock inte X, vars …)"):
      // its commas end nothing.
      const open = folded.slice(m.index, end);
      if (open.includes('(') && open.split('(').length > open.split(')').length) {
        const rest = folded.slice(end, from + MAX_DESCRIPTION);
        const close = rest.indexOf(')');
        if (close >= 0) {
          const after = rest.slice(close + 1).search(/[,.;:!?]/u);
          end += close + 1 + (after < 0 ? rest.length - close - 1 : after);
        }
      }
      const inside = folded.slice(from, end);
      const resolved = cues.genericResolver.find(inside).find((h) => /[(,]\s*$/u.test(inside.slice(0, h.start)));
      if (resolved) end = from + inside.slice(0, resolved.start).search(/\s*[(,]\s*$/u);
    }
    if (modifiers.length === 0 && !post) continue;
    const wording = text.slice(m.index, end).replace(/\s+/g, ' ').trim();
    out.push({ start: m.index, end, kind: 'generic', ids: [], genitive: false, generic: wording });
  }
  return out;
}

/**
 * The round's respondents the registry does not know, as a trie of their folded words, so that a
 * proposal naming one ("Testnämnden 3", "Räddningstjänsten Syd") gets its id. A trie, not a list
 * per first word: a round of thousands of "Testnämnden N" would otherwise compare every mention
 * with every one of them.
 */
export interface WordTrie {
  next: Map<string, WordTrie>;
  /** The id of the body whose name ends here. */
  id?: string;
}

export interface RoundBodies {
  trie: WordTrie;
  /** Abbreviations the round introduces for them ("Brottsförebyggande rådet (Brå)"), matched as written. */
  abbreviations?: { regex: RegExp; ids: Map<string, string> };
  /** The alternatives the remiss sets out for the role, which an answer may choose by mark ("alternativ B"). */
  options?: RoundOptions;
}

/**
 * `texts`: the round's text, where a body's abbreviation is introduced after its name in
 * brackets ("Brottsförebyggande rådet (Brå)"); the abbreviation then names the body too.
 */
export function roundBodies(respondents: Respondent[], texts: string[] = [], registry?: Registry): RoundBodies {
  const trie: WordTrie = { next: new Map() };
  // "arbetsmarknads- och socialnämnden (tidigare sociala resursnämnden)": the old name is the body (src/segment/renames.ts).
  if (registry) for (const [old, id] of formerNames(texts, registry)) addToTrie(trie, old.split(' '), id);
  const unknown = respondents.filter((r) => !r.known);
  // "Lunds kommuns fastighets AB (LKF)": the name without its abbreviation, and the abbreviation itself.
  const own = new Map<string, string>();
  const names = unknown.flatMap((r) => {
    const m = /^(.*\S)\s*\((\p{Lu}[\p{L}\p{N}]{1,9})\)\s*$/u.exec(r.name);
    if (!m) return [{ r, name: r.name }];
    if (!own.has(m[2])) own.set(m[2], r.id);
    return [{ r, name: r.name }, { r, name: m[1] }];
  });
  for (const { r, name } of names) addToTrie(trie, fold(name).split(/[^\p{L}\p{N}]+/u), r.id);
  const out: RoundBodies = { trie };
  const ids = new Map<string, string>(own);
  const finish = (): RoundBodies => {
    if (ids.size > 0) {
      const alts = [...ids.keys()].sort((a, b) => b.length - a.length).map(esc);
      out.abbreviations = { regex: letterRegExp(`(?<![\\p{L}\\p{N}])(${alts.join('|')})(:s|s)?(?![\\p{L}\\p{N}])`, 'gu'), ids };
    }
    return out;
  };
  if (unknown.length === 0 || texts.length === 0) return finish();
  const byName = new Map(names.map(({ r, name }) => [foldWords(name), r.id]));
  const longest = Math.max(...unknown.map((r) => r.name.trim().split(/\s+/).length));
  // Each "(Brå)" in the text, and the name right before it, read back word by word: one
  // alternation of every unknown name over every text grew as names × text.
  const intro = /\s*\((\p{Lu}[\p{L}\p{N}]{1,9})\)/gu;
  for (const t of texts) {
    for (const m of t.matchAll(intro)) {
      const before = t.slice(Math.max(0, m.index - 120), m.index).split(/\s+/).filter(Boolean);
      for (let n = Math.min(longest, before.length); n >= 1; n--) {
        const id = byName.get(foldWords(before.slice(before.length - n).join(' ')));
        // An abbreviation in capitals or capitalised ("Brå", "SKR"), not one of the registry's.
        if (id) {
          if (!ids.has(m[1])) ids.set(m[1], id);
          break;
        }
      }
    }
  }
  return finish();
}

/** A name's folded words into the trie, its id where it ends (the first given stays). */
function addToTrie(trie: WordTrie, words: string[], id: string): void {
  const ws = words.filter(Boolean);
  if (ws.length === 0) return;
  let node = trie;
  for (const w of ws) {
    let child = node.next.get(w);
    if (!child) {
      child = { next: new Map() };
      node.next.set(w, child);
    }
    node = child;
  }
  node.id ??= id;
}

/** The longest name of the trie starting at word i (its first word possibly a genitive): its id and length in words. */
function longestName(trie: WordTrie, words: RegExpExecArray[], i: number, first: string): { id: string; length: number } | undefined {
  let node = trie.next.get(first);
  let best: { id: string; length: number } | undefined;
  for (let k = 1; node; k++) {
    if (node.id !== undefined) best = { id: node.id, length: k };
    const w = words[i + k];
    if (!w) break;
    node = node.next.get(w[0]);
  }
  return best;
}

const NO_BODIES: RoundBodies = { trie: { next: new Map() } };

/**
 * Bodies the registry does not know: a respondent of this round by its name, or a compound that
 * ends in a body word ("trafiknämnden"), with a number after it if one follows ("Testnämnden 3").
 */
let endings: string[] | undefined;

/**
 * Whether a word ends in a body word ("trafiknämnden") with at least three letters before it.
 * Checked with endsWith, not a regex ending in `$`: that regex is retried at every position of a
 * word, which is quadratic in a word of a million letters (a line-break hyphen run "sam-sam-…").
 */
function hasBodyEnding(word: string): boolean {
  endings ??= loadRegistry().mentionEndings;
  for (const e of endings) {
    if (!word.endsWith(e) || word.length - e.length < 3) continue;
    const before = word.slice(word.length - e.length - 3, word.length - e.length);
    if (/^\p{L}{3}$/u.test(before)) return true;
  }
  return false;
}

/** Whether a word is a respondent's first word, bare or in its definite form ("region", "regionen"; "nätverk", "nätverket"). */
function ownShortName(word: string, first: string, agency = false): boolean {
  if (word === first || DEFINITE_ENDINGS.some((e) => word === first + e)) return true;
  // An outside authority by its short name: "Polisen" in Polismyndigheten's answer.
  return agency && DEFINITE_ENDINGS.some((e) => word.endsWith(e) && loadStructure().agencyHeads.some((h) => first === word.slice(0, -e.length) + h));
}

/** The endings of a Swedish noun's definite singular. */
const DEFINITE_ENDINGS = ['en', 'et', 'n', 't'];

/** "vårt förslag": a possessive before a noun that is no body's kind (genericHead: "vårt bolag" names the respondent). Words: structure.json possessive. */
function possessiveBeforeNoun(folded: string, end: number, w: string, cues: Cues): boolean {
  const { pronouns, own } = loadStructure().possessive;
  if (!pronouns.has(w)) return false;
  // "vår egen organisation": past "egen", "eget", "egna".
  const words = folded.slice(end, end + 40).match(/\p{L}+/gu) ?? [];
  const next = words[0] !== undefined && own.has(words[0]) ? words[1] : words[0];
  return next !== undefined && !cues.genericHeadWritten.some((h) => next.startsWith(fold(h)));
}

/** After a number: the mark of a list's item, a stop or bracket and a word ("2. MKB", "3) Kulturnämnden"). */
const NEXT_ITEM_MARK = /^[.)]\s+\p{L}/u;

function unknownBodies(folded: string, others: RoundBodies, self: RegExp, out: Mention[]): void {
  const words = [...folded.matchAll(/[\p{L}\p{N}]+/gu)];
  for (let i = 0; i < words.length; i++) {
    const w = words[i][0];
    const base = w.endsWith('s') ? w.slice(0, -1) : w;
    const start = words[i].index!;
    const own = others.trie.next.has(w) ? longestName(others.trie, words, i, w) : longestName(others.trie, words, i, base);
    if (own) {
      const last = words[i + own.length - 1];
      out.push({ start, end: last.index! + last[0].length, kind: 'named', ids: [own.id], genitive: base !== w && own.length === 1 });
      i += own.length - 1;
      continue;
    }
    if (base.length < 8 || !hasBodyEnding(base) || self.test(w) || self.test(base)) continue;
    const next = words[i + 1];
    // "Testnämnden 17" — but not "Servicenämnden 2. MKB", where the number marks the next item of a list.
    const numbered = next && /^\d+$/.test(next[0]) && folded.slice(start + w.length, next.index!).trim() === '' && !NEXT_ITEM_MARK.test(folded.slice(next.index! + next[0].length));
    const end = numbered ? next.index! + next[0].length : start + w.length;
    const name = numbered ? `${base} ${next[0]}` : base;
    out.push({ start, end, kind: 'named', ids: [derivedId(name)], genitive: base !== w });
  }
}

let suspended: RegExp | undefined;

/**
 * "kultur- och fritidsnämnderna": two bodies of one kind, the first half of the compound suspended
 * and the kind in the plural (structure.json suspendedPlurals) — one mention of both, where the
 * registry knows each ("kulturnämnden", "fritidsnämnden"). The second half may be a word of its own
 * ("fritids- och tekniska nämnderna": "tekniska nämnden"); "respektive" shares out the kind in the
 * singular too ("kultur- respektive fritidsnämnden"), which "och" does not: "hälso- och
 * sjukvårdsnämnden" is one body. Found in the folded text.
 */
function suspendedPlurals(folded: string, registry: Registry, out: Mention[]): void {
  const { suspendedPlurals: plurals, suspendedJoins, distributiveJoins } = loadStructure();
  if (plurals.size === 0) return;
  const kinds = [...plurals.keys(), ...plurals.values()].map(esc).join('|');
  suspended ??= letterRegExp(`(?<![\\p{L}\\p{N}])(\\p{L}{3,30})-\\s+(${[...suspendedJoins, ...distributiveJoins].map(esc).join('|')})\\s+(\\p{L}{3,30}?)(\\s?)(${kinds})(?![\\p{L}\\p{N}])`, 'gu');
  suspended.lastIndex = 0;
  for (let m = suspended.exec(folded); m !== null; m = suspended.exec(folded)) {
    const plural = plurals.get(m[5]);
    if (plural === undefined && !distributiveJoins.includes(m[2])) continue;
    const singular = plural ?? m[5];
    const bodies = [`${m[1]}${singular}`, `${m[3]}${m[4]}${singular}`].map((name) => matchBodyName(name, registry)?.body.id);
    if (bodies.every((id): id is string => id !== undefined) && bodies[0] !== bodies[1]) out.push({ start: m.index, end: m.index + m[0].length, kind: 'named', ids: bodies, genitive: false });
  }
}

/**
 * Whether a span, asked in order of position, overlaps one of the mentions found before: the
 * furthest end of those starting before the span's end lies past its start. One pointer walks them
 * (testing every word against every mention was quadratic on a sentence of thousands of names),
 * sorted only when first asked — most sentences ask nothing. A span asked after a mention added
 * for an earlier one lies past it (words do not overlap).
 */
function coveredBy(found: ReadonlyArray<Mention>): (start: number, end: number) => boolean {
  let before: Mention[] | undefined;
  let next = 0;
  let reach = -1;
  return (start, end) => {
    before ??= [...found].sort((a, b) => a.start - b.start);
    for (; next < before.length && before[next].start < end; next++) reach = Math.max(reach, before[next].end);
    return reach > start;
  };
}

/** A one-word name this long at least may be read with one letter wrong ("fritidsnämden"). */
export const MIN_MISSPELT_NAME_CHARS = 10;

/** Per registry: its one-word names (folded, MIN_MISSPELT_NAME_CHARS or longer) by their first four letters. */
const oneWordNamesOf = new WeakMap<Registry, Map<string, Array<{ name: string; body: Body }>>>();

function oneWordNames(reg: Registry): Map<string, Array<{ name: string; body: Body }>> {
  let out = oneWordNamesOf.get(reg);
  if (out) return out;
  out = new Map();
  for (const b of reg.bodies) {
    for (const n of [...b.names, ...b.administrations]) {
      const f = fold(n);
      if (/\s/u.test(f) || f.length < MIN_MISSPELT_NAME_CHARS) continue;
      const key = f.slice(0, 4);
      const list = out.get(key);
      if (list) list.push({ name: f, body: b });
      else out.set(key, [{ name: f, body: b }]);
    }
  }
  oneWordNamesOf.set(reg, out);
  return out;
}

/**
 * "fritidsnämden", "kulturnämdnen": a registry's one-word name written with one letter wrong,
 * dropped or swapped, in a word no other mention covers — read as that body, and marked
 * (`misspelt`) so the row says how it was read. The genitive too ("fritidsnämdens").
 */
function misspeltNames(folded: string, reg: Registry, found: Mention[]): void {
  const names = oneWordNames(reg);
  if (names.size === 0) return;
  const word = /[\p{L}]{9,40}/gu;
  const covered = coveredBy(found);
  for (let m = word.exec(folded); m !== null; m = word.exec(folded)) {
    const candidates = names.get(m[0].slice(0, 4));
    if (!candidates) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (covered(start, end)) continue;
    for (const genitive of [false, true]) {
      const w = genitive ? m[0].slice(0, -1) : m[0];
      if (genitive && !m[0].endsWith('s')) continue;
      const hit = candidates.find((c) => c.name !== w && levenshtein(c.name, w, 1) === 1);
      if (hit) {
        found.push({ start, end, kind: 'named', ids: [hit.body.id], genitive, misspelt: true });
        break;
      }
    }
  }
}

/** A name of several words this long at least may be read with one letter wrong ("Arbetsmarknad- och socialnämnden"). */
export const MIN_MISSPELT_PHRASE_CHARS = 20;
/** The last letters of such a name that must be as written: "nämnder" (a plural) is no slip of "nämnden". */
export const MISSPELT_PHRASE_KEPT_END = 3;

interface LongName {
  /** The folded name, its words joined by single spaces. */
  name: string;
  words: number;
  body: Body;
}

/** Per registry: its names of several words (folded, MIN_MISSPELT_PHRASE_CHARS or longer) by the first four letters of their last word. */
const longNamesOf = new WeakMap<Registry, Map<string, LongName[]>>();

function longNames(reg: Registry): Map<string, LongName[]> {
  let out = longNamesOf.get(reg);
  if (out) return out;
  out = new Map();
  for (const b of reg.bodies) {
    for (const n of [...b.names, ...b.administrations]) {
      const words = fold(n).split(/\s+/u).filter(Boolean);
      const name = words.join(' ');
      if (words.length < 2 || name.length < MIN_MISSPELT_PHRASE_CHARS) continue;
      const key = words[words.length - 1].slice(0, 4);
      const list = out.get(key) ?? [];
      list.push({ name, words: words.length, body: b });
      out.set(key, list);
    }
  }
  longNamesOf.set(reg, out);
  return out;
}

/**
 * "Arbetsmarknad- och socialnämnden", "arbetsmarknads- och socialnämden": a registry's name of
 * several words written with one letter wrong, dropped or added — its end as written — where no
 * other mention stands; read as that body and marked (`misspelt`). Found from the name's last
 * word, the words before it read back; the text's words are walked once.
 */
function misspeltLongNames(folded: string, reg: Registry, found: Mention[]): void {
  const names = longNames(reg);
  if (names.size === 0) return;
  const covered = coveredBy(found);
  let lastSlip = -1;
  // The last few words read, with where each starts: a name's first word is among them.
  const recent: number[] = [];
  const word = /[\p{L}\p{N}]+(?:-(?=\s))?/gu;
  for (let m = word.exec(folded); m !== null; m = word.exec(folded)) {
    recent.push(m.index);
    if (recent.length > 8) recent.shift();
    if (m[0].length < 6) continue;
    const candidates = names.get(m[0].slice(0, 4));
    if (!candidates) continue;
    const end = m.index + m[0].length;
    for (const c of candidates) {
      if (recent.length < c.words) continue;
      const start = recent[recent.length - c.words];
      // Past a name found before, and past a slip found here (a longer name may reach back into it).
      if (start < lastSlip || covered(start, end)) break;
      const written = folded.slice(start, end).replace(/\s+/gu, ' ');
      const kept = MISSPELT_PHRASE_KEPT_END;
      if (written === c.name || written.slice(-kept) !== c.name.slice(-kept) || levenshtein(c.name, written, 1) !== 1) continue;
      found.push({ start, end, kind: 'named', ids: [c.body.id], genitive: false, misspelt: true });
      lastSlip = end;
      break;
    }
  }
}

/** Matches no word: the self words of a text no respondent writes. */
const NO_SELF = /(?!)/u;

/**
 * All mentions of bodies in a sentence, in order, overlaps resolved (the longest wins). The
 * respondent is who writes it (its self words, "nämnden" or "vi", are itself); null for a text
 * no respondent writes (the remiss's own alternatives), where no word is anyone's own.
 */
export function findMentions(text: string, folded: string, respondent: Respondent | null, others: RoundBodies = NO_BODIES, cues: Cues = loadCues(), registry: Registry = loadRegistry()): Mention[] {
  const found: Mention[] = [];
  const np = namePattern(registry);
  np.regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = np.regex.exec(folded)) !== null) {
    const hit = m[0];
    const body = np.each.find((e) => e.regex.test(hit))?.body;
    if (body) found.push({ start: m.index, end: m.index + hit.length, kind: 'named', ids: [body.id], genitive: Boolean(m[1]) });
  }
  suspendedPlurals(folded, registry, found);
  misspeltNames(folded, registry, found);
  misspeltLongNames(folded, registry, found);
  const ap = abbreviationPattern(registry);
  ap.regex.lastIndex = 0;
  while ((m = ap.regex.exec(text)) !== null) {
    const body = ap.bodies.get(m[1]);
    if (body) found.push({ start: m.index, end: m.index + m[0].length, kind: 'named', ids: [body.id], genitive: Boolean(m[2]) });
  }
  if (others.abbreviations) {
    const ab = others.abbreviations;
    ab.regex.lastIndex = 0;
    while ((m = ab.regex.exec(text)) !== null) {
      const id = ab.ids.get(m[1]);
      if (id) found.push({ start: m.index, end: m.index + m[0].length, kind: 'named', ids: [id], genitive: Boolean(m[2]) });
    }
  }
  const self = respondent ? selfWords(respondent) : NO_SELF;
  const wordRe = /[\p{L}\p{N}]+(?::s)?/gu;
  while (respondent && (m = wordRe.exec(folded)) !== null) {
    const w = m[0];
    // "vårt förslag", "vår bedömning": the respondent as possessor, as a genitive is; "vårt bolag",
    // "vår nämnd" name it.
    if (self.test(w)) found.push({ start: m.index, end: m.index + w.length, kind: 'self', ids: [respondent.id], genitive: (w.endsWith('s') && self.test(w.slice(0, -1))) || possessiveBeforeNoun(folded, m.index + w.length, w, cues) });
  }
  // After the registry's names, so that a known name wins over its unknown-looking compound; the
  // respondent's own short name ("Länsstyrelsen" for "Länsstyrelsen i Skåne län") is itself.
  // Pushed one by one: spreading a list of a million mentions into push() overflows the stack.
  const first = respondent ? fold(respondent.name).split(/[^\p{L}\p{N}]+/u).filter(Boolean)[0] : undefined;
  const unknownFound: Mention[] = [];
  unknownBodies(folded, others, self, unknownFound);
  for (const u of unknownFound) {
    // … also in its definite form ("Regionen" in Region Skåne's answer).
    if (respondent && !respondent.known && first !== undefined && ownShortName(folded.slice(u.start, u.end).replace(/s$/, ''), first)) found.push({ ...u, kind: 'self', ids: [respondent.id] });
    else found.push(u);
  }
  // "Region Skåne", "Lunds kommun", "Länsstyrelsen i Skåne län": another organisation by its proper
  // name (the patterns that find a letterhead's organisation, data/lexicon/organisations.json),
  // never the registry's own organisation or the respondent's.
  const own = new Set([...registry.organisationNames, ...(respondent?.organisation ? [foldWords(respondent.organisation)] : [])]);
  // Tried only where a capitalised word starts (a proper name does), not at every character.
  const orgs = organisationPattern();
  // Organisations in the genitive, owning the body named after them (ownedBodies): whether each
  // is the registry's or the respondent's own organisation (kept only to say whose body follows).
  const owning = new Map<Mention, boolean>();
  const capital = /(?<![\p{L}\p{N}])\p{Lu}/gu;
  let c: RegExpExecArray | null;
  while ((c = capital.exec(text)) !== null) {
    orgs.lastIndex = c.index;
    m = orgs.exec(text);
    if (!m) continue;
    capital.lastIndex = m.index + m[0].length;
    const at = m.index;
    const written = m[0];
    // "Region Skånes hälso- och sjukvårdsnämnd": the organisation in the genitive owns the body
    // named after it, which is the one put forward — a possessor, as "nämndens" is.
    const genitive = genitiveOrganisation(written, text.slice(at + written.length, at + written.length + 3), orgs);
    const name = genitive ? written.slice(0, -1) : written;
    // The registry's or the respondent's own organisation is no body put forward — but in the
    // genitive it still says whose body follows.
    if (own.has(foldWords(name)) && !genitive) continue;
    const itself = respondent !== null && foldWords(name) === foldWords(respondent.name);
    const mention: Mention = { start: at, end: at + written.length, kind: itself ? 'self' : 'named', ids: [itself ? respondent.id : derivedId(name)], genitive };
    found.push(mention);
    if (genitive) owning.set(mention, own.has(foldWords(name)));
  }
  for (const a of cues.anaphora.find(folded)) found.push({ start: a.start, end: a.end, kind: 'anaphora', ids: [], genitive: false });
  for (const a of cues.anaphoraOne.find(folded)) found.push({ start: a.start, end: a.end, kind: 'anaphora', ids: [], genitive: false, one: true });
  for (const a of cues.anaphoraFirst.find(folded)) found.push({ start: a.start, end: a.end, kind: 'anaphora', ids: [], genitive: false, one: true, which: 'first' });
  for (const a of cues.anaphoraLast.find(folded)) found.push({ start: a.start, end: a.end, kind: 'anaphora', ids: [], genitive: false, one: true, which: 'last' });
  if (others.options) for (const o of optionMentions(text, folded, others.options)) found.push(o);
  // "länsstyrelserna": a compound naming bodies the registry does not know, in the plural.
  const plural = pluralPattern(cues);
  plural.lastIndex = 0;
  while ((m = plural.exec(folded)) !== null) found.push({ start: m.index, end: m.index + m[0].length, kind: 'named', ids: [derivedId(text.slice(m.index, m.index + m[0].length))], genitive: false });
  // "kommunen", "regionen", "staten": a body named by its kind alone (the respondent's own short name is itself).
  for (const c of cues.collectiveBody.find(folded)) {
    const word = text.slice(c.start, c.end);
    const own = respondent !== null && first !== undefined && ownShortName(folded.slice(c.start, c.end), first, !respondent.known);
    found.push({ start: c.start, end: c.end, kind: own ? 'self' : 'named', ids: [own ? respondent.id : derivedId(word)], genitive: false });
  }
  reflexiveObjects(folded, respondent, cues, found);
  const generics = genericMentions(text, folded, cues);

  // A name inside a description is part of it ("en av kommunstyrelsen utsedd nämnd"). Both lists
  // are walked in order of position, so this is linear, not mentions × descriptions.
  const mentions = ownedBodies(found, owning, text, cues).sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Mention[] = [];
  let g = 0;
  let reach = -1; // the end of the last mention kept: mentions are kept only past it (longest first)
  for (const f of mentions) {
    while (g < generics.length && generics[g].end <= f.start) g++;
    let inGeneric = false;
    for (let k = g; k < generics.length && generics[k].start < f.end; k++) {
      if (overlaps(f, generics[k])) {
        inGeneric = true;
        break;
      }
    }
    if (inGeneric || f.start < reach) continue;
    out.push(f);
    reach = f.end;
  }
  for (const x of generics) out.push(x);
  // "miljöförvaltningens enhet för …": a body's unit stands for the body, no genitive owner.
  for (const f of out) if (f.genitive && unitFollows(folded, f.end, cues)) f.genitive = false;
  return withoutAppositions(out.sort((a, b) => a.start - b.start), folded, cues);
}

/**
 * "Nämnden föreslår sig själv som samordnare", "Kulturnämnden har föreslagit sig själv": the
 * reflexive object (coordination.json reflexiveSelf) is the body named last before it in the
 * sentence, which is its subject; with none, the respondent writing. Added to `found`.
 */
function reflexiveObjects(folded: string, respondent: Respondent | null, cues: Cues, found: Mention[]): void {
  const reflexives = cues.reflexiveSelf.find(folded);
  if (reflexives.length === 0) return;
  // Walked in order of position: linear however many names and reflexives the sentence has.
  const named = found.filter((f) => !f.genitive && (f.kind === 'named' || f.kind === 'self')).sort((a, b) => a.end - b.end);
  let i = 0;
  let last: Mention | undefined;
  for (const r of reflexives) {
    for (; i < named.length && named[i].end <= r.start; i++) {
      // Of two readings of the same words the first found wins, as it does below: a registry name
      // before an unknown-looking compound.
      if (last === undefined || named[i].end > last.end || named[i].start < last.start) last = named[i];
    }
    const own = last === undefined || last.kind === 'self' || (respondent !== null && last.ids.includes(respondent.id));
    if (own && respondent === null) continue;
    found.push({ start: r.start, end: r.end, kind: own ? 'self' : 'named', ids: own ? [respondent!.id] : [...last!.ids], genitive: false, reflexive: true });
  }
}

/** The longest gap between a name and the one explaining it ("…, det vill säga …"). */
export const MAX_APPOSITION_GAP = 24;

/** The longest gap between a description and the body it comes to ("…, vilket i praktiken pekar på …"). */
export const MAX_RESOLVER_GAP = 40;

/**
 * "socialtjänsten, det vill säga arbetsmarknads- och socialförvaltningen": two mentions, one
 * body (coordination.json apposition). The one after explains the one before and is kept —
 * unless it is only a description ("ASN, det vill säga socialtjänsten i staden"). Sorted in, sorted out.
 */
function withoutAppositions(mentions: Mention[], folded: string, cues: Cues): Mention[] {
  const dropped = new Set<Mention>();
  const alone = (gap: string, h: { start: number; end: number }, closing = false): boolean => (closing ? /^[\s,()]*$/u : /^[\s,(]*$/u).test(gap.slice(0, h.start)) && /^[\s.,:]*$/u.test(gap.slice(h.end));
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [a, b] = [mentions[i], mentions[i + 1]];
    if (a.genitive || b.genitive) continue;
    // "en aktör med …, vilket i praktiken pekar på kommunstyrelsen": the description comes to the body after it.
    if (a.kind === 'generic' && b.kind !== 'generic' && b.start - a.end <= MAX_RESOLVER_GAP) {
      const gap = folded.slice(a.end, b.start);
      if (cues.genericResolver.find(gap).some((h) => alone(gap, h, true))) {
        // … and stands where the description stood, as the body the sentence's verb puts in the role.
        dropped.add(a);
        mentions[i + 1] = { ...b, start: a.start, described: true };
        continue;
      }
    }
    if (b.start - a.end > MAX_APPOSITION_GAP) continue;
    const gap = folded.slice(a.end, b.start);
    const explains = cues.apposition.find(gap).some((h) => alone(gap, h));
    if (explains) dropped.add(b.kind === 'generic' && a.kind !== 'generic' ? b : a);
  }
  return dropped.size === 0 ? mentions : mentions.filter((m) => !dropped.has(m));
}

/** Whether the word right after a genitive is a unit of the body (coordination.json unitNoun). */
function unitFollows(folded: string, at: number, cues: Cues): boolean {
  const next = /^\s+([\p{L}]+)/u.exec(folded.slice(at, at + 40));
  return next !== null && cues.unitNoun.test(next[1]);
}


/** What follows the respondent's name used as a tag on its own words: a colon, or a closing bracket. */
const OWN_TAG_END = /^\s*(?::|\])/u;

/**
 * Whether a mention is the one speaking: followed by a speech verb ("Nämnden anser", "MKB ser")
 * or, in inverted order, between a speech verb and "att" ("menar nämnden att"). "Nämnden föreslår
 * Tekniska nämnden." has the second body as the object, not the speaker.
 */
export function isSpeaker(folded: string, m: Mention, cues: Cues = loadCues(), self?: string): boolean {
  // "föreslår sig själv": the object, though it stands where an inverted subject would.
  if (m.reflexive) return false;
  const speech = cues.speech;
  // "FSF: Vi …", "[MKB] …": the respondent's tag on what it wrote into the quoted remiss speaks.
  if ((m.kind === 'self' || (self !== undefined && m.ids.includes(self))) && OWN_TAG_END.test(folded.slice(m.end, m.end + 3))) return true;
  // Only the words next to the mention matter: read them from there, not by splitting the whole
  // sentence for every mention (quadratic on a sentence with thousands of names).
  const word = /[\p{L}\p{N}]+/gu;
  word.lastIndex = m.end;
  let after = word.exec(folded);
  // Adverbs may stand between a speaking body and its verb ("Nämnden vill därför …").
  const adverbs = loadStructure().speakerAdverbs;
  while (after && adverbs.has(after[0])) after = word.exec(folded);
  // "Tekniska nämnden har i sitt yttrande framhållit att …", "Kulturnämnden i utkastet förordar …":
  // an auxiliary, and a place in the text ("i utkastet", "i sitt yttrande"), between the body and
  // its verb of saying.
  const auxiliary = after !== null && cues.speakerAuxiliary.test(after[0]);
  if (after && (auxiliary || placeOpeners(cues).has(after[0]))) {
    const verb = verbAfterPlace(folded, auxiliary ? after.index + after[0].length : after.index, cues);
    if (verb !== undefined && speech.test(verb)) return true;
  }
  // "X och Y delar ansvaret": a part of the role given, not a view shared ("X delar uppfattningen").
  if (after && speech.test(after[0]) && !cues.sharesRole.find(folded.slice(after.index, after.index + 60)).some((p) => p.start === 0)) return true;
  // "Vi kan tänka oss att …": the reflexive of the wish is its subject again, no body put forward.
  if (m.kind === 'self' && cues.reflexive.test(folded.slice(m.start, m.end))) {
    const from = Math.max(0, m.start - 40);
    if (cues.wishFrame.find(folded.slice(from, m.end + 5)).some((f) => f.start + from <= m.start && f.end + from >= m.end)) return true;
  }
  // "Nämnden kan tänka sig att fritidsnämnden får ansvaret": the one who wishes it for the body
  // after "att" (coordination.json wishFrame) — unless the role is its own ("… att samordna").
  // (Every wish frame opens with a modal: the frame is looked for only after one, on this hot path.)
  if (after && m.kind !== 'anaphora' && cues.modalWord.test(after[0])) {
    const rest = folded.slice(after.index, after.index + 200);
    const frame = cues.wishFrame.find(rest).find((f) => f.start === 0);
    if (frame) {
      // The role is its own when a role's verb follows "att" ("att samordna arbetet", "att vara
      // med och driva det"); a subject there wishes it for that body ("att fritidsnämnden får …").
      const words = rest.slice(frame.end).match(/[\p{L}\p{N}-]+/gu) ?? [];
      const next = words.find((w) => !adverbs.has(w));
      if (next === undefined || !cues.roleVerbWord.test(next)) return true;
    }
  }
  // "Nämnden har läst förslaget och anser att …": the subject of a second verb, one of saying.
  if (after && (cues.mainClauseVerbWord.test(after[0]) || folded.slice(0, m.start).trim() === '') && saysInSecondVerb(folded, after.index + after[0].length, cues)) return true;
  let prev = previousWord(folded, m.start);
  // "… ansluter vi oss till": the reflexive after the inverted subject, itself right after the verb of saying.
  if (m.kind === 'self' && cues.reflexive.test(folded.slice(m.start, m.end)) && prev !== undefined) {
    const at = folded.lastIndexOf(prev, m.start);
    const verb = at > 0 ? previousWord(folded, at) : undefined;
    if (verb !== undefined && speech.test(verb)) return true;
  }
  // "enligt nämnden": the body whose view it is.
  if (prev !== undefined && cues.source.test(prev)) return true;
  // "framstår fritidsnämnden för grundskolenämnden som bättre rustad": the body to whom another
  // appears so ("för X som"), whose view it is.
  if (prev === 'for' && after?.[0] === 'som' && after.index - m.end <= 2) return true;
  // "ansluter sig Kulturnämnden till …": the verb stands before the reflexive.
  if (prev !== undefined && cues.reflexive.test(prev)) {
    const at = folded.lastIndexOf(prev, m.start);
    const before = at > 0 ? previousWord(folded, at) : undefined;
    if (before !== undefined && cues.speech.test(before)) prev = before;
  }
  if (prev === undefined || !speech.test(prev)) return false;
  // "vi ansluter oss till", "ser nämnden X som …", "anser vi": the respondent right after its verb
  // is the (reflexive or inverted) subject.
  if (m.kind === 'self') return true;
  // The respondent by its own name right after its verb ("instämmer Grundskolenämnden i …", "delar
  // BOJ X:s uppfattning") is the inverted subject too — unless the verb puts it forward ("föreslår
  // Kulturnämnden som samordnare", "… förordar Kulturnämnden.").
  if (self !== undefined && m.ids.includes(self)) {
    const after = folded.slice(m.end, m.end + 12);
    return !(cues.relativePronoun.test(/^\s*(\p{L}*)/u.exec(after)![1]) || /^\s*(?:[.!?]|$)/u.test(after));
  }
  const thatFollows = /\s*(?:,\s*)?(?:(?:dock|ocksa|aven|darfor|vidare)\s+)?att(?![\p{L}])/uy;
  thatFollows.lastIndex = m.end;
  return thatFollows.test(folded);
}

/** The most words read for "och <verb of saying> att" after a subject's first verb. */
export const SECOND_VERB_WORDS = 10;

/**
 * How many words may stand between the second verb of saying and its "att" or colon ("… och anser
 * därför att", "… och ställer sig bakom att").
 */
export const SECOND_VERB_OBJECT_WORDS = 2;

/**
 * Whether, within SECOND_VERB_WORDS words of `from` and before any stop, "och" is followed by a
 * verb of saying with "att" or a colon after at most SECOND_VERB_OBJECT_WORDS words ("… läst
 * förslaget och anser därför att", "… och anför följande:").
 */
const placeOpenersOf = new WeakMap<Cues, Set<string>>();
/** The folded first words of speakerPlace's phrases: a cheap test before the phrases are matched, on this hot path. */
function placeOpeners(cues: Cues): Set<string> {
  let set = placeOpenersOf.get(cues);
  if (!set) {
    set = new Set(cues.speakerPlace.phrases.map((p) => fold(p.split(/\s+/u)[0])));
    placeOpenersOf.set(cues, set);
  }
  return set;
}

/** The word after a place in the text where a speaker said something ("i sitt yttrande"), and adverbs, from `from`; the next word when there is no such place. */
function verbAfterPlace(folded: string, from: number, cues: Cues): string | undefined {
  const adverbs = loadStructure().speakerAdverbs;
  const word = /[\p{L}\p{N}]+/gu;
  word.lastIndex = from;
  let w = word.exec(folded);
  while (w && adverbs.has(w[0])) w = word.exec(folded);
  if (!w) return undefined;
  const place = cues.speakerPlace.find(folded.slice(w.index, w.index + 80)).find((p) => p.start === 0);
  if (place) {
    word.lastIndex = w.index + place.end;
    w = word.exec(folded);
    while (w && adverbs.has(w[0])) w = word.exec(folded);
  }
  // No stop between: "Kulturnämnden i Lund. Anser …" is no speaker.
  return w && !/[.;:!?]/u.test(folded.slice(from, w.index)) ? w[0] : undefined;
}

/** The most words between "de remissinstanser som förordar" and the body they put forward. */
export const MAX_OTHERS_VIEW_WORDS = 6;

/**
 * A body put forward by others the sentence speaks of, not by the respondent: "De remissinstanser
 * som förordar kommunstyrelsen bortser från …", "de nämnder som har föreslagit att X …" — a
 * relative clause of saying after one of `othersWho`, up to the body with no stop between.
 */
export function othersView(folded: string, m: Mention, cues: Cues = loadCues()): boolean {
  const from = Math.max(0, m.start - 120);
  const back = folded.slice(from, m.start);
  for (const o of cues.othersWho.find(back)) {
    const between = back.slice(o.end);
    if (/[,.;:!?]/u.test(between)) continue;
    const words = between.match(/[\p{L}\p{N}]+/gu) ?? [];
    const [first, second] = words;
    if (first === undefined || words.length > MAX_OTHERS_VIEW_WORDS) continue;
    const verb = cues.speakerAuxiliary.test(first) && second !== undefined ? second : first;
    if (cues.speech.test(verb)) return true;
  }
  return false;
}

/** The most bodies joined before a verb of saying that all speak ("X, Y och Z förordar …"). */
export const MAX_JOINED_SPEAKERS = 6;

/**
 * A speaker among bodies joined by "och", "samt" or commas: "Servicenämnden och Tekniska nämnden
 * förordar …" — each speaks when the last of them does.
 */
export function speaksWithOthers(folded: string, mentions: ReadonlyArray<Mention>, k: number, cues: Cues = loadCues(), self?: string): boolean {
  let j = k;
  // A bounded walk: a list of thousands of names read from each of them would be quadratic.
  while (j + 1 < mentions.length && j - k < MAX_JOINED_SPEAKERS && /^\s*(?:,|och|samt)\s*$/u.test(folded.slice(mentions[j].end, mentions[j + 1].start))) j++;
  return isSpeaker(folded, mentions[j], cues, self);
}

function saysInSecondVerb(folded: string, from: number, cues: Cues): boolean {
  // A comma after a hyphen is inside a name ("hälsa-, vård- och omsorgsnämnden"), no stop.
  const span = folded.slice(from, from + 200).split(/(?<!-),|[.;!?]/u)[0];
  // Words and colons, in order: "och anför följande:" says what follows as much as "och anser att".
  const words = span.match(/[\p{L}\p{N}]+|:/gu) ?? [];
  for (let i = 0; i < Math.min(words.length, SECOND_VERB_WORDS) - 1; i++) {
    if (words[i] !== 'och' || !cues.speech.test(words[i + 1])) continue;
    if (words.slice(i + 2, i + 3 + SECOND_VERB_OBJECT_WORDS).some((w) => w === ':' || cues.subordinator.test(w))) return true;
  }
  return false;
}

const isWordChar = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);

/** The word that ends nearest before `pos`, scanning backwards. */
function previousWord(s: string, pos: number): string | undefined {
  let end = pos;
  while (end > 0 && !isWordChar(s[end - 1])) end--;
  if (end === 0) return undefined;
  let start = end;
  while (start > 0 && isWordChar(s[start - 1])) start--;
  return s.slice(start, end);
}

let organisations: RegExp | undefined;

/** How far after an organisation in the genitive its body may be named ("Region Skånes regionala utvecklingsnämnd"). */
export const OWNED_BODY_CHARS = 30;

/**
 * "Region Skånes hälso- och sjukvårdsnämnd": an organisation in the genitive and the body named
 * right after it (a few words in lower case between) are one mention, the body's, starting at the
 * organisation — so that "X och Region Skånes regionala utvecklingsnämnd" reads as two bodies
 * joined, not as a possessor between them. Returns the mentions in order of position.
 */
function ownedBodies(found: Mention[], owning: Map<Mention, boolean>, text: string, cues: Cues): Mention[] {
  if (owning.size === 0) return found;
  const sorted = [...found].sort((a, b) => a.start - b.start);
  // Dropped: the owners merged into their body, and the registry's or respondent's own
  // organisation in the genitive with no body after it ("Malmö stads arbete").
  const owners = new Set<Mention>([...owning].filter(([, own]) => own).map(([m]) => m));
  for (let i = 0; i < sorted.length; i++) {
    const g = sorted[i];
    if (!owning.has(g)) continue;
    // The body a compound in lower case ("… regionala utvecklingsnämnd", "… hälso- och
    // sjukvårdsnämnd"), not another organisation by its name, and the words between it and the
    // owner adjectives, not a verb or a list ("Region Skånes ansvar delas med Lunds kommun").
    const body = sorted.slice(i + 1, i + 4).find((n) => n.start >= g.end && n.kind === 'named' && !n.genitive);
    if (!body || body.start - g.end > OWNED_BODY_CHARS || !/^\p{Ll}/u.test(text.slice(body.start, body.start + 1)) || !ownedGap(text.slice(g.end, body.start), cues)) continue;
    // A body the registry does not know is named as written in full: "Region Skånes regionala
    // utvecklingsnämnd", not "utvecklingsnämnd" — whose it is tells it apart.
    if (body.ids.length === 1 && body.ids[0] === derivedId(text.slice(body.start, body.end))) body.ids = [derivedId(text.slice(g.start, body.end))];
    body.start = g.start;
    owners.add(g);
  }
  return owners.size === 0 ? sorted : sorted.filter((m) => !owners.has(m));
}

/**
 * The words between an organisation in the genitive and its body: attributes ("regionala",
 * "kommunala") and the suspended half of a compound ("hälso- och"), nothing else.
 */
function ownedGap(gap: string, cues: Cues): boolean {
  const words = gap.trim().split(/\s+/u).filter(Boolean);
  return words.every((w, k) => /^\p{Ll}+[ae]$/u.test(w) || /^\p{Ll}+-$/u.test(w) || (cues.listJoiner.test(fold(w)) && k > 0 && words[k - 1].endsWith('-')));
}

/** An organisation's name that ends in the genitive's "s" before a word in lower case ("Region Skånes regionala …"), the name without it being one too. */
function genitiveOrganisation(name: string, after: string, orgs: RegExp): boolean {
  if (!name.endsWith('s') || !/^\s+\p{Ll}/u.test(after)) return false;
  const base = name.slice(0, -1);
  orgs.lastIndex = 0;
  const m = orgs.exec(base);
  return m !== null && m[0].length === base.length;
}

/** The organisation patterns of a letterhead and the lexicon's proper names of units, unanchored, as one case-sensitive regex over text as written. */
function organisationPattern(): RegExp {
  if (!organisations) {
    const f = loadData<{ patterns: string[] }>('lexicon/organisations.json');
    const units = loadData<{ properName?: string[] }>('lexicon/coordination.json').properName ?? [];
    const alts = [...f.patterns, ...units].map((p) => p.replace(/^\^/, '').replace(/\\b/g, '(?![\\p{L}\\p{N}])').replace(/\((?!\?)/g, '(?:'));
    organisations = letterRegExp(`(?:${alts.join('|')})`, 'uy');
  }
  return organisations;
}

const plurals = new WeakMap<Cues, RegExp>();

/** Compounds ending in a plural body word ("länsstyrelserna"), compiled once per cue set. */
function pluralPattern(cues: Cues): RegExp {
  let re = plurals.get(cues);
  if (!re) {
    re = letterRegExp(`(?<![\\p{L}\\p{N}])\\p{L}{3,}(?:${cues.pluralBody.phrases.map((p) => fold(p)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    plurals.set(cues, re);
  }
  return re;
}

const given = new WeakMap<object, Registry>();

/**
 * The registry a respondent's text is read with: none for a document of another organisation
 * ("Lunds kommun": its bodies keep their names), the one the round was read with (--registry),
 * else the shipped one. A text no respondent writes (null) is the round's own.
 */
/** Per round: the organisations of more than one respondent, and whether most respondents are the registry's own. */
const organisationCounts = new WeakMap<Respondent[], { shared: Set<string>; homeMajority: boolean }>();

/**
 * Whether a respondent of another organisation answers a round of the registry's own: the one body
 * of its organisation (Region Skåne, the police) among respondents mostly of the registry's. Its
 * "hälsa-, vård- och omsorgsnämnden" is the registry's, to which it writes. Several bodies of one
 * other organisation (Helsingborgs stad's nämnder beside Malmö's), or a round mostly of others
 * (another city's round, kommuner answering a region), keep their names as written.
 */
function isGuest(round: Round, respondent: Respondent): boolean {
  let counts = organisationCounts.get(round.respondents);
  if (!counts) {
    const seen = new Map<string, number>();
    for (const r of round.respondents) if (r.organisation) seen.set(r.organisation, (seen.get(r.organisation) ?? 0) + 1);
    const home = round.respondents.filter((r) => !r.organisation).length;
    counts = { shared: new Set([...seen].filter(([, n]) => n > 1).map(([o]) => o)), homeMajority: home * 2 > round.respondents.length };
    organisationCounts.set(round.respondents, counts);
  }
  return counts.homeMajority && !counts.shared.has(respondent.organisation!);
}

export function registryOf(round: Round, respondent: Respondent | null): Registry {
  if (round.registry === 'none' || (respondent?.organisation && !isGuest(round, respondent))) return noRegistry();
  if (round.registry) {
    let r = given.get(round.registry);
    if (!r) given.set(round.registry, (r = buildRegistry(round.registry as Parameters<typeof buildRegistry>[0])));
    return r;
  }
  return loadRegistry();
}
