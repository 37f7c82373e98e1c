/**
 * The registry of known bodies (data/registry.json) and matching names against it. Names are
 * compared in folded form (case, diacritics, OCR digits) with a small edit distance, so
 * "Forskolenamnden" and "Hälsa-, vård och omsorgsnämnden" find their bodies.
 */
import type { Respondent } from '../model.js';
import { loadData } from '../data.js';
import { fold, foldWords } from '../normalize/fold.js';
import { ocrWordSource } from '../normalize/ocr.js';
import { loadStructure } from '../normalize/structure.js';
import { levenshtein } from '../normalize/words.js';
import { letterRegExp } from '../normalize/letters.js';
import { isProseVerb } from './headings.js';

export interface Body {
  id: string;
  kind: string;
  names: string[];
  administrations: string[];
  abbreviations: string[];
}

/** The Swedish words that make a name a body's name (data/registry.json), whatever the organisation. */
interface LanguageFile {
  kindByEnding: Record<string, string[]>;
  companyForms: string[];
  bodySuffixes: string[];
  notBodyEndings?: string[];
  bodyWords: string[];
  mentionEndings: string[];
  selfReference: Record<string, string[]>;
  genericOrgans: string[];
}

/** One organisation's bodies (data/registries/*.json, or a file given with --registry). */
export interface RegistryFile {
  format?: string;
  organisation?: { name: string; names?: string[] };
  bodies: Body[];
}

export interface Registry {
  /** The organisation whose bodies these are ("Malmö stad"), or null for none (names as written). */
  organisation: string | null;
  /** The names a document uses for that organisation, folded. */
  organisationNames: string[];
  bodies: Body[];
  byId: Map<string, Body>;
  /** Folded full names, administrations included, with the body they name. */
  /** `withForm`: a name that matches only written with its company form ("Parkeringsövervakning AB", not the word alone). */
  keys: Array<{ key: string; body: Body; administration: boolean; written: string; ocr: RegExp; withForm?: true }>;
  suffixes: string[];
  /** Endings of ordinary nouns that end a suffix ("området"): no body's name. */
  notBodyEndings: string[];
  /** Body words that count only as whole words ("rådet", "region"). */
  bodyWords: string[];
  /** Word endings that make a compound in running text a body's name ("trafiknämnden"). */
  mentionEndings: string[];
  /** Folded words that name what a body is, not which ("Styrelsen", "Nämnden"): no respondent's name. */
  genericOrgans: string[];
  selfReference: Record<string, string[]>;
  /** Kind of a body from the last word of its name (folded endings). */
  kindByEnding: Array<{ kind: string; endings: string[] }>;
  /** Matches a company form at the end of a folded name (" ab"). */
  companyForm: RegExp;
  /** Decided names (headings repeat). */
  nameCache: Map<string, { body: Body; name: string } | null>;
}

/** A name as written, as a pattern over foldWords() text that also takes OCR readings of å/ä/ö. */
function ocrName(name: string, companyForm: RegExp): RegExp {
  const words = name.normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const source = words.map(ocrWordSource).join(' ').replace(companyForm, '');
  return letterRegExp(`^${source}$`, 'u');
}

/** A registry of these bodies, with the shipped Swedish body words. */
export function buildRegistry(file: RegistryFile | null): Registry {
  const lang = loadData<LanguageFile>('registry.json');
  const companyForm = letterRegExp(` (?:${lang.companyForms.map(foldWords).join('|')})$`, 'u');
  const bodies = file?.bodies ?? [];
  const keys: Registry['keys'] = [];
  const places = ownPlaces(file);
  for (const body of bodies) {
    for (const n of body.names) keys.push({ key: foldWords(n), body, administration: false, written: n, ocr: ocrName(n, companyForm) });
    for (const n of body.names) {
      const short = withoutOwnPlace(n, places, companyForm);
      if (short && !keys.some((k) => k.body === body && k.key === foldWords(short))) keys.push({ key: foldWords(short), body, administration: false, written: short, ocr: ocrName(short, companyForm), withForm: true });
    }
    for (const n of body.administrations ?? []) keys.push({ key: foldWords(n), body, administration: true, written: n, ocr: ocrName(n, companyForm) });
  }
  const organisation = file?.organisation?.name ?? null;
  return {
    organisation,
    organisationNames: [organisation, ...(file?.organisation?.names ?? [])].filter((n): n is string => Boolean(n)).map(foldWords),
    bodies,
    byId: new Map(bodies.map((b) => [b.id, b])),
    keys,
    suffixes: lang.bodySuffixes.map(foldWords),
    notBodyEndings: (lang.notBodyEndings ?? []).map(foldWords),
    bodyWords: lang.bodyWords.map(foldWords),
    mentionEndings: lang.mentionEndings.map(foldWords),
    selfReference: lang.selfReference,
    genericOrgans: lang.genericOrgans.map(foldWords),
    kindByEnding: Object.entries(lang.kindByEnding).map(([kind, endings]) => ({ kind, endings: endings.map(foldWords) })),
    companyForm,
    nameCache: new Map(),
  };
}

/** The organisation's own place ("Malmö" of "Malmö stad", "Lund" of "Lunds kommun"): the first word of its names, also without a genitive s. */
function ownPlaces(file: RegistryFile | null): string[] {
  const names = [file?.organisation?.name, ...(file?.organisation?.names ?? [])].filter((n): n is string => Boolean(n));
  const first = names.map((n) => n.trim().split(/\s+/u)[0]).filter((w) => /^\p{Lu}/u.test(w));
  return [...new Set(first.flatMap((w) => (w.endsWith('s') ? [w, w.slice(0, -1)] : [w])))];
}

/**
 * A company's name without the organisation's own place before its company form ("Parkeringsövervakning
 * i Malmö AB" is also written "Parkeringsövervakning AB"). The company form stays: the name alone
 * ("Parkeringsövervakning") is a word of ordinary text.
 */
function withoutOwnPlace(name: string, places: string[], companyForm: RegExp): string | undefined {
  if (!companyForm.test(foldWords(name))) return undefined;
  for (const place of places) {
    const short = name.replace(` i ${place} `, ' ');
    if (short !== name && short.split(/\s+/u).length >= 2) return short;
  }
  return undefined;
}

let malmo: Registry | undefined;
let none: Registry | undefined;

/** The shipped registry: Malmö stad's bodies (data/registries/malmo.json). */
export function loadRegistry(): Registry {
  malmo ??= buildRegistry(loadData<RegistryFile>('registries/malmo.json'));
  return malmo;
}

/** No organisation's bodies: every body keeps its name as written. */
export function noRegistry(): Registry {
  none ??= buildRegistry(null);
  return none;
}

/** Allowed edit distance for a folded name of this length (OCR slips, a missing hyphen). */
function tolerance(len: number): number {
  return len < 8 ? 0 : len < 16 ? 1 : len < 30 ? 2 : 3;
}

let titlePrefix: RegExp | undefined;
/** "yttrande fran " at the start of a folded title. */
function answerTitlePrefix(): RegExp {
  const t = loadStructure().answerTitle;
  titlePrefix ??= letterRegExp(`^(?:${t.documents})(?: (?:${t.from}))? `, 'u');
  return titlePrefix;
}

/** Strip what a heading adds around a name: a company form, "Yttrande från", a trailing colon. */
export function bareName(text: string): string {
  // "KULTURNÄMNDEN (KN)": an abbreviation in brackets after the name is not part of it.
  const name = foldWords(text.replace(/\s*\([^()]{1,12}\)\s*$/u, ''))
    .replace(answerTitlePrefix(), '')
    .trim();
  return stripCompanyForm(name);
}

/** A folded name without its company form ("mkb fastighet ab" → "mkb fastighet"). */
export function stripCompanyForm(folded: string): string {
  return folded.replace(loadRegistry().companyForm, '');
}

/** The kind of a body from how its name ends ("…nämnden" → nämnd), or undefined. */
export function kindFromName(name: string): string | undefined {
  const last = foldWords(name).split(' ').pop() ?? '';
  return loadRegistry().kindByEnding.find((k) => k.endings.some((e) => last === e || last.endsWith(e)))?.kind;
}

/** The registry body whose name the whole text is (tolerating OCR damage), if any. */
export function matchBody(text: string, reg: Registry = loadRegistry()): Body | undefined {
  return matchBodyName(text, reg)?.body;
}

/**
 * The body a name is, with the registry's spelling of it: the written variant when the registry
 * lists it ("MKB Fastighet"), the registry's name when OCR damaged the text ("socialnimnden").
 */
export function matchBodyName(text: string, reg: Registry = loadRegistry()): { body: Body; name: string } | undefined {
  // Headings repeat ("Yttrande" in every answer): decide each text once.
  const hit = reg.nameCache.get(text);
  if (hit !== undefined) return hit ?? undefined;
  const found = reg.keys.length === 0 ? undefined : findBodyName(text, reg);
  if (reg.nameCache.size > 50_000) reg.nameCache.clear();
  reg.nameCache.set(text, found ?? null);
  return found;
}

function findBodyName(text: string, reg: Registry): { body: Body; name: string } | undefined {
  const name = bareName(text);
  if (name.length < 2) return undefined;
  let best: { body: Body; d: number; written: string; administration: boolean } | undefined;
  const hasForm = reg.companyForm.test(foldWords(text));
  for (const k of reg.keys) {
    if (k.withForm && !hasForm) continue;
    const key = stripCompanyForm(k.key);
    const tol = tolerance(key.length);
    if (Math.abs(key.length - name.length) > tol) continue;
    // Equal, or equal under OCR readings ("Miljéndmnden"), or a slip or two more.
    const d = key === name || k.ocr.test(name) ? 0 : levenshtein(key, name, tol);
    // Among equals, the spelling as written wins ("Hälsa-, vård och …", "MKB Fastighet" without AB).
    const exact = k.written === text.trim() ? -0.5 : foldWords(k.written) === foldWords(text) ? -0.25 : 0;
    if (d <= tol && (!best || d + exact < best.d)) best = { body: k.body, d: d + exact, written: k.written, administration: k.administration };
  }
  if (!best) return undefined;
  return { body: best.body, name: best.administration ? best.body.names[0] : best.written };
}

/**
 * The body whose abbreviation a text is, whole ("MKB", "ÖFN"; two letters at least): as written
 * in a field, or `folded` for a word of a file name ("mkb_yttrande": file names are lower case as
 * often as not).
 */
export function bodyOfAbbreviation(text: string, reg: Registry, folded = false): Body | undefined {
  const t = text.trim();
  if (t.length < 2) return undefined;
  return reg.bodies.find((b) => b.abbreviations.some((a) => a.length >= 2 && (folded ? fold(a) === t : a === t)));
}

/** Brackets, quotes and stops around a word in running text ("(FRN)", "fritidsförvaltningen,"). */
const EDGE_PUNCTUATION = /^[(["']+|[)\]"',.;:!?]+$/gu;

/** A word or a run of words without the brackets, quotes and stops around it. */
export function withoutEdgePunctuation(text: string): string {
  return text.replace(EDGE_PUNCTUATION, '');
}

/**
 * The bodies the registry knows named in a run of words, in order: at each word the longest name
 * of at most `maxWords` words ("arbetsmarknads- och socialförvaltningen" before "socialförvaltningen"),
 * with the words that name it.
 */
export function* bodiesInWords(words: string[], reg: Registry, maxWords: number): Generator<{ body: Body; name: string }> {
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(maxWords, words.length - i); n >= 1; n--) {
      const name = withoutEdgePunctuation(words.slice(i, i + n).join(' '));
      const hit = matchBodyName(name, reg);
      if (hit) {
        yield { body: hit.body, name };
        i += n - 1;
        break;
      }
    }
  }
}

/** Whether a short text looks like the name of a body (its last word is a body word). */
export function looksLikeBodyName(text: string): boolean {
  const w = foldWords(text).split(' ').filter(Boolean);
  if (w.length === 0 || w.length > 7 || !/^\p{Lu}/u.test(text.trim())) return false;
  const { suffixes, bodyWords, notBodyEndings, genericOrgans } = loadRegistry();
  // A body suffix may end a compound ("trafiknämnden"); a body word must be the whole word, or
  // "ansvarsområdet" would be a council.
  const isBody = (word: string): boolean => bodyWords.includes(word) || (suffixes.some((s) => word.endsWith(s)) && !notBodyEndings.some((e) => word.endsWith(e)));
  // "Kulturnämnden har följande synpunkter": a body with a verb of prose after it is a sentence.
  if (w.some((word, i) => i + 1 < w.length && isBody(word) && isProseVerb(w[i + 1]))) return false;
  // "Konsekvenser för bolaget", "Kostnader för nämnden": no body word before a preposition, and after
  // it only a body's organ ("bolaget") — a topic about the body, not its name ("Synpunkter från
  // Polismyndigheten" names one).
  const first = w.findIndex(isBody);
  if (first < 0) return false;
  const { topicPrepositions } = loadStructure();
  const at = w.findIndex((word, i) => i > 0 && i < first && topicPrepositions.has(word));
  return at < 0 || !genericOrgans.includes(w.slice(at + 1).join(' '));
}

/** One word that is only what a body is ("Styrelsen", "Rådet", "Nämnden"), no body's name. */
export function isGenericOrgan(name: string, reg: Registry): boolean {
  return reg.genericOrgans.includes(foldWords(name));
}

/** A body the registry matched, as a respondent (its registry id and name). */
export function knownRespondent(match: { body: Body; name: string }): Respondent {
  return { id: match.body.id, name: match.name, known: true, kind: match.body.kind };
}

/** The respondent a name stands for: the registry's body it matches, else the name as written. */
export function nameAsRespondent(name: string, reg: Registry, written = name): Respondent {
  const known = matchBodyName(name, reg);
  return known ? knownRespondent(known) : { id: derivedId(written), name: written, known: false };
}

/** A stable id for a body the registry does not know: a slug of its name as written. */
export function derivedId(name: string): string {
  const slug = stripCompanyForm(foldWords(name)).replace(/ /g, '-');
  return slug || 'okand';
}
