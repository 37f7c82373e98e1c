/**
 * Bodies mentioned in a sentence: by name (registry names and administrations, genitives
 * included), by abbreviation (case-sensitive: "MKB", "FGK", the typo "FKG"), by self-reference
 * ("nämnden", "bolaget", "vi" → the respondent), by a description that names no one ("en teknisk
 * nämnd med …"), or by anaphora ("dessa två"). Offsets are into the sentence text; matching is on
 * the folded text, which has the same length.
 */
import type { Respondent } from '../model.js';
import { fold } from '../normalize/fold.js';
import { ocrWordSource } from '../normalize/ocr.js';
import { loadStructure } from '../normalize/structure.js';
import { derivedId, kindFromName, loadRegistry, type Body } from '../segment/registry.js';
import { loadCues } from './lexicon.js';

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
}

interface NamePattern {
  regex: RegExp;
  /** Each name's own pattern, to tell which one the combined regex matched. */
  each: Array<{ regex: RegExp; body: Body }>;
}

let names: NamePattern | undefined;
let abbreviations: { regex: RegExp; bodies: Map<string, Body> } | undefined;

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name as written ("Hälsa-, vård- och omsorgsnämnden") as a pattern over folded text, OCR readings included. */
function nameSource(name: string): string {
  return name
    .replace(/\s+AB$/, '')
    .normalize('NFC')
    .replace(/[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu, (part) => (/^[\p{L}\p{N}]/u.test(part) ? ocrWordSource(part) : /^\s+$/.test(part) ? '\\s+' : '[\\s,.–-]*'));
}

/** One regex over folded text for every name and administration, longest first, genitive allowed. */
function namePattern(): NamePattern {
  if (names) return names;
  const each: NamePattern['each'] = [];
  const sources: Array<{ source: string; len: number }> = [];
  for (const b of loadRegistry().bodies) {
    for (const n of [...b.names, ...b.administrations]) {
      const source = nameSource(n);
      sources.push({ source, len: n.length });
      each.push({ regex: new RegExp(`^(?:${source})(?:\\s+ab)?(?::s|s)?$`, 'u'), body: b });
    }
  }
  const alts = sources.sort((a, b) => b.len - a.len).map((s) => s.source);
  names = { regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?:\\s+ab)?(:s|s)?(?![\\p{L}\\p{N}])`, 'gu'), each };
  return names;
}

function abbreviationPattern(): { regex: RegExp; bodies: Map<string, Body> } {
  if (abbreviations) return abbreviations;
  const bodies = new Map<string, Body>();
  for (const b of loadRegistry().bodies) for (const a of b.abbreviations) bodies.set(a, b);
  const alts = [...bodies.keys()].sort((a, b) => b.length - a.length).map(esc);
  // Not inside a compound: "MKB-områden" is about MKB's areas, not MKB put forward.
  abbreviations = { regex: new RegExp(`(?<![\\p{L}\\p{N}-])(${alts.join('|')})(:s|s)?(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu'), bodies };
  return abbreviations;
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
    re = new RegExp(`^(?:${(refs[kind] ?? refs.unknown ?? []).map((w) => ocrWordSource(w)).join('|')})$`, 'u');
    selfCache.set(kind, re);
  }
  return re;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Descriptions of a body that name no one: "en teknisk nämnd med ett …", "en av kommunstyrelsen utsedd ansvarig nämnd". */
let genericRegex: RegExp | undefined;

function genericMentions(text: string, folded: string): Mention[] {
  const cues = loadCues();
  if (!genericRegex) {
    const heads = cues.genericHeadWritten.map(ocrWordSource).join('|');
    genericRegex = new RegExp(
      `(?<![\\p{L}\\p{N}])(en|ett)\\s+((?:[\\p{L}\\p{N}()/:-]+\\s+){0,5}?)(${heads})(?:\\s*/\\s*(?:${heads}))?(?![\\p{L}\\p{N}])`,
      'gu',
    );
  }
  const re = genericRegex;
  re.lastIndex = 0;
  const out: Mention[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    const modifiers = m[2].trim().split(/\s+/).filter(Boolean);
    if (modifiers.some((w) => cues.genericNot.has(w))) continue;
    // Modifiers are adjectives or a participle phrase, never a verb or a sentence break.
    if (modifiers.some((w) => /^(?:och|eller|som|att|bor|ska|kan|ar|har)$/.test(w))) continue;
    let end = m.index + m[0].length;
    const rest = folded.slice(end);
    const post = /^\s+(?:med|som|vars|dar|inom|utan)(?![\p{L}])/u.exec(rest);
    if (post) {
      // The description runs to the clause end or to the verb of the sentence ("… kunna samordna").
      const stop = /[,.;:!?]|\s(?<!som\s)(?:bor|ska|skall|skulle|kunna|far|samordnar|samordna|leder|ges|tar|blir)(?![\p{L}])/u.exec(rest.slice(post[0].length));
      end += post[0].length + (stop ? stop.index : rest.length - post[0].length);
    }
    if (modifiers.length === 0 && !post) continue;
    const wording = text.slice(m.index, end).replace(/\s+/g, ' ').trim();
    out.push({ start: m.index, end, kind: 'generic', ids: [], genitive: false, generic: wording });
  }
  return out;
}

/**
 * The round's respondents the registry does not know, indexed by the first folded word of their
 * names, so that a proposal naming one ("Testnämnden 3", "Räddningstjänsten Syd") gets its id.
 */
export interface RoundBodies {
  byFirstWord: Map<string, Array<{ words: string[]; id: string }>>;
}

export function roundBodies(respondents: Respondent[]): RoundBodies {
  const byFirstWord: RoundBodies['byFirstWord'] = new Map();
  for (const r of respondents) {
    if (r.known) continue;
    const words = fold(r.name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (words.length === 0) continue;
    const list = byFirstWord.get(words[0]) ?? [];
    list.push({ words, id: r.id });
    byFirstWord.set(words[0], list);
  }
  return { byFirstWord };
}

const NO_BODIES: RoundBodies = { byFirstWord: new Map() };

/**
 * Bodies the registry does not know: a respondent of this round by its name, or a compound that
 * ends in a body word ("trafiknämnden"), with a number after it if one follows ("Testnämnden 3").
 */
let endingRegex: RegExp | undefined;

function unknownBodies(folded: string, others: RoundBodies, self: RegExp): Mention[] {
  endingRegex ??= new RegExp(`\\p{L}{3,}(?:${loadRegistry().mentionEndings.join('|')})$`, 'u');
  const out: Mention[] = [];
  const words = [...folded.matchAll(/[\p{L}\p{N}]+/gu)];
  for (let i = 0; i < words.length; i++) {
    const w = words[i][0];
    const base = w.endsWith('s') ? w.slice(0, -1) : w;
    const start = words[i].index!;
    const candidates = others.byFirstWord.get(w) ?? others.byFirstWord.get(base) ?? [];
    const own = candidates
      .filter((c) => c.words.every((cw, k) => k === 0 || words[i + k]?.[0] === cw))
      .sort((a, b) => b.words.length - a.words.length)[0];
    if (own) {
      const last = words[i + own.words.length - 1];
      out.push({ start, end: last.index! + last[0].length, kind: 'named', ids: [own.id], genitive: base !== w && own.words.length === 1 });
      i += own.words.length - 1;
      continue;
    }
    if (base.length < 8 || !endingRegex.test(base) || self.test(w) || self.test(base)) continue;
    const next = words[i + 1];
    const numbered = next && /^\d+$/.test(next[0]) && folded.slice(start + w.length, next.index!).trim() === '';
    const end = numbered ? next.index! + next[0].length : start + w.length;
    const name = numbered ? `${base} ${next[0]}` : base;
    out.push({ start, end, kind: 'named', ids: [derivedId(name)], genitive: base !== w });
  }
  return out;
}

/** All mentions of bodies in a sentence, in order, overlaps resolved (the longest wins). */
export function findMentions(text: string, folded: string, respondent: Respondent, others: RoundBodies = NO_BODIES): Mention[] {
  const found: Mention[] = [];
  const np = namePattern();
  np.regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = np.regex.exec(folded)) !== null) {
    const hit = m[0];
    const body = np.each.find((e) => e.regex.test(hit))?.body;
    if (body) found.push({ start: m.index, end: m.index + hit.length, kind: 'named', ids: [body.id], genitive: Boolean(m[1]) });
  }
  const ap = abbreviationPattern();
  ap.regex.lastIndex = 0;
  while ((m = ap.regex.exec(text)) !== null) {
    const body = ap.bodies.get(m[1]);
    if (body) found.push({ start: m.index, end: m.index + m[0].length, kind: 'named', ids: [body.id], genitive: Boolean(m[2]) });
  }
  const self = selfWords(respondent);
  const wordRe = /[\p{L}\p{N}]+(?::s)?/gu;
  while ((m = wordRe.exec(folded)) !== null) {
    const w = m[0];
    if (self.test(w)) found.push({ start: m.index, end: m.index + w.length, kind: 'self', ids: [respondent.id], genitive: w.endsWith('s') && self.test(w.slice(0, -1)) });
  }
  // After the registry's names, so that a known name wins over its unknown-looking compound.
  found.push(...unknownBodies(folded, others, self));
  for (const a of loadCues().anaphora.find(folded)) found.push({ start: a.start, end: a.end, kind: 'anaphora', ids: [], genitive: false });
  const generics = genericMentions(text, folded);

  // A name inside a description is part of it ("en av kommunstyrelsen utsedd nämnd").
  const kept = found.filter((f) => !generics.some((g) => overlaps(f, g)));
  kept.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Mention[] = [];
  for (const f of kept) if (!out.some((o) => overlaps(o, f))) out.push(f);
  return [...out, ...generics].sort((a, b) => a.start - b.start);
}


/**
 * Whether a mention is the one speaking: followed by a speech verb ("Nämnden anser", "MKB ser")
 * or, in inverted order, between a speech verb and "att" ("menar nämnden att"). "Nämnden föreslår
 * Tekniska nämnden." has the second body as the object, not the speaker.
 */
export function isSpeaker(folded: string, m: Mention): boolean {
  const speech = loadCues().speech;
  const after = folded.slice(m.end).match(/[\p{L}\p{N}]+/gu) ?? [];
  let i = 0;
  // Adverbs may stand between a speaking body and its verb ("Nämnden vill därför …").
  const adverbs = loadStructure().speakerAdverbs;
  while (i < after.length && adverbs.has(after[i])) i++;
  if (after[i] !== undefined && speech.test(after[i])) return true;
  const before = folded.slice(0, m.start).match(/[\p{L}\p{N}]+/gu) ?? [];
  const prev = before[before.length - 1];
  // "enligt nämnden": the body whose view it is.
  if (prev !== undefined && loadCues().source.test(prev)) return true;
  const next = folded.slice(m.end).trimStart();
  return prev !== undefined && speech.test(prev) && /^(?:,\s*)?(?:(?:dock|ocksa|aven|darfor|vidare)\s+)?att(?![\p{L}])/u.test(next);
}
