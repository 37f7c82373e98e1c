/**
 * The registry of known bodies (data/registry.json) and matching names against it. Names are
 * compared in folded form (case, diacritics, OCR digits) with a small edit distance, so
 * "Forskolenamnden" and "Hälsa-, vård och omsorgsnämnden" find their bodies.
 */
import { loadData } from '../data.js';
import { foldWords } from '../normalize/fold.js';
import { ocrWordSource } from '../normalize/ocr.js';
import { loadStructure } from '../normalize/structure.js';
import { levenshtein } from '../normalize/words.js';

export interface Body {
  id: string;
  kind: string;
  names: string[];
  administrations: string[];
  abbreviations: string[];
}

interface RegistryFile {
  bodies: Body[];
  kindByEnding: Record<string, string[]>;
  companyForms: string[];
  bodySuffixes: string[];
  bodyWords: string[];
  mentionEndings: string[];
  selfReference: Record<string, string[]>;
}

export interface Registry {
  bodies: Body[];
  byId: Map<string, Body>;
  /** Folded full names, administrations included, with the body they name. */
  keys: Array<{ key: string; body: Body; administration: boolean; written: string; ocr: RegExp }>;
  suffixes: string[];
  /** Body words that count only as whole words ("rådet", "region"). */
  bodyWords: string[];
  /** Word endings that make a compound in running text a body's name ("trafiknämnden"). */
  mentionEndings: string[];
  selfReference: Record<string, string[]>;
  /** Kind of a body from the last word of its name (folded endings). */
  kindByEnding: Array<{ kind: string; endings: string[] }>;
  /** Matches a company form at the end of a folded name (" ab"). */
  companyForm: RegExp;
}

let registry: Registry | undefined;

/** A name as written, as a pattern over foldWords() text that also takes OCR readings of å/ä/ö. */
function ocrName(name: string, companyForm: RegExp): RegExp {
  const words = name.normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const source = words.map(ocrWordSource).join(' ').replace(companyForm, '');
  return new RegExp(`^${source}$`, 'u');
}

export function loadRegistry(): Registry {
  if (registry) return registry;
  const file = loadData<RegistryFile>('registry.json');
  const companyForm = new RegExp(` (?:${file.companyForms.map(foldWords).join('|')})$`, 'u');
  const keys: Registry['keys'] = [];
  for (const body of file.bodies) {
    for (const n of body.names) keys.push({ key: foldWords(n), body, administration: false, written: n, ocr: ocrName(n, companyForm) });
    for (const n of body.administrations) keys.push({ key: foldWords(n), body, administration: true, written: n, ocr: ocrName(n, companyForm) });
  }
  registry = {
    bodies: file.bodies,
    byId: new Map(file.bodies.map((b) => [b.id, b])),
    keys,
    suffixes: file.bodySuffixes.map(foldWords),
    bodyWords: file.bodyWords.map(foldWords),
    mentionEndings: file.mentionEndings.map(foldWords),
    selfReference: file.selfReference,
    kindByEnding: Object.entries(file.kindByEnding).map(([kind, endings]) => ({ kind, endings: endings.map(foldWords) })),
    companyForm,
  };
  return registry;
}

/** Allowed edit distance for a folded name of this length (OCR slips, a missing hyphen). */
function tolerance(len: number): number {
  return len < 8 ? 0 : len < 16 ? 1 : len < 30 ? 2 : 3;
}

let titlePrefix: RegExp | undefined;
/** "yttrande fran " at the start of a folded title. */
function answerTitlePrefix(): RegExp {
  const t = loadStructure().answerTitle;
  titlePrefix ??= new RegExp(`^(?:${t.documents})(?: (?:${t.from}))? `, 'u');
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
export function matchBody(text: string): Body | undefined {
  return matchBodyName(text)?.body;
}

/**
 * The body a name is, with the registry's spelling of it: the written variant when the registry
 * lists it ("MKB Fastighet"), the registry's name when OCR damaged the text ("socialnimnden").
 */
const nameCache = new Map<string, { body: Body; name: string } | null>();

export function matchBodyName(text: string): { body: Body; name: string } | undefined {
  // Headings repeat ("Yttrande" in every answer): decide each text once.
  const hit = nameCache.get(text);
  if (hit !== undefined) return hit ?? undefined;
  const found = findBodyName(text);
  if (nameCache.size > 50_000) nameCache.clear();
  nameCache.set(text, found ?? null);
  return found;
}

function findBodyName(text: string): { body: Body; name: string } | undefined {
  const name = bareName(text);
  if (name.length < 2) return undefined;
  const reg = loadRegistry();
  let best: { body: Body; d: number; written: string; administration: boolean } | undefined;
  for (const k of reg.keys) {
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

/** Whether a short text looks like the name of a body (its last word is a body word). */
export function looksLikeBodyName(text: string): boolean {
  const w = foldWords(text).split(' ').filter(Boolean);
  if (w.length === 0 || w.length > 7 || !/^\p{Lu}/u.test(text.trim())) return false;
  const { suffixes, bodyWords } = loadRegistry();
  // A body suffix may end a compound ("trafiknämnden"); a body word must be the whole word, or
  // "ansvarsområdet" would be a council.
  return w.some((word) => bodyWords.includes(word) || suffixes.some((s) => word.endsWith(s)));
}

/** A stable id for a body the registry does not know: a slug of its name as written. */
export function derivedId(name: string): string {
  const slug = stripCompanyForm(foldWords(name)).replace(/ /g, '-');
  return slug || 'okand';
}
