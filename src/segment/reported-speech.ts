/**
 * Minutes of a meeting report what each body said, in the past tense, one paragraph each:
 * "Kulturförvaltningen framförde att …", "Representanten för fritidsförvaltningen menade …",
 * "Rådet X, företrätt av sin ordförande, ställde sig bakom …", "Tekniska nämndens ordförande
 * underströk …", "Från fritidsnämndens sida framhölls …". The body a paragraph reports is the speaker of its
 * first sentence. Who may be a speaker is the caller's to say (`resolve`): a body of the registry,
 * a name the source lists among the participants — never a person ("Maria Öberg förtydligade").
 * A compiler's summary arranged by question reports in the present tense ("Grundskolenämnden
 * välkomnar att …"): the caller asks for that tense only there (`Tense` 'present'), where no answer
 * has a heading of its own and no letter speaks in its own voice.
 * The words are data (data/lexicon/structure.json reportedSpeech).
 */
import { loadData } from '../data.js';
import type { Respondent } from '../model.js';
import { fold } from '../normalize/fold.js';
import { PERSON_NAME } from './furniture-lines.js';
import { jointOf } from './joint.js';
import { letterRegExp } from '../normalize/letters.js';
import { escapeRegex } from '../normalize/ocr.js';

/** A speaker's name is short: at most this many words. */
export const MAX_SPEAKER_NAME_WORDS = 6;
/** At most this many words of a role between a body's name in the genitive and the verb ("andre vice ordförande"). */
export const MAX_ROLE_WORDS = 3;
/** An aside set off by commas after the name ("…, företrätt av rådets ordförande, …") is at most this many words. */
export const MAX_ASIDE_WORDS = 8;

/**
 * Which verbs report: the past tense of minutes; or also the present of a compiler's summary, at a
 * paragraph's opening with the verbs of being and having ('present'), inside a paragraph without
 * them ('present-inside': "… Fritidsnämnden har redan …" there describes a body, it does not report it).
 */
export type Tense = 'past' | 'present' | 'present-inside';

interface Lexicon {
  verbs: Set<string>;
  /** The past and the present tense's verbs together. */
  anyVerbs: Set<string>;
  /** The same and the present tense's verbs of being and having. */
  openingVerbs: Set<string>;
  /** Every verb in lower case, not folded: a word written with å, ä or ö must be one of these as written. */
  written: Set<string>;
  summary: Set<string>;
  representatives: Set<string>;
  roles: Set<string>;
  side: [string, string];
  ownPart: [string, string];
  chair: Set<string>;
}

let lexicon: Lexicon | undefined;

function words(): Lexicon {
  if (!lexicon) {
    const f = loadData<{
      reportedSpeech: { verbs: string[]; presentVerbs: string[]; presentStateVerbs: string[]; summaryOpenings: string[]; representatives: string[]; roles: string[]; side: [string, string]; ownPart: [string, string]; chair: string[] };
    }>('lexicon/structure.json').reportedSpeech;
    lexicon = {
      verbs: new Set(f.verbs.map(fold)),
      anyVerbs: new Set([...f.verbs, ...f.presentVerbs].map(fold)),
      openingVerbs: new Set([...f.verbs, ...f.presentVerbs, ...f.presentStateVerbs].map(fold)),
      written: new Set([...f.verbs, ...f.presentVerbs, ...f.presentStateVerbs].map((v) => v.toLowerCase())),
      summary: new Set(f.summaryOpenings.map(fold)),
      representatives: new Set(f.representatives.map(fold)),
      roles: new Set(f.roles.map(fold)),
      side: [fold(f.side[0]), fold(f.side[1])],
      ownPart: [fold(f.ownPart[0]), fold(f.ownPart[1])],
      chair: new Set(f.chair.map(fold)),
    };
  }
  return lexicon;
}

/** "Kulturnämndens" → "Kulturnämnden", "MKB:s" → "MKB"; undefined for a word in no genitive. */
function ungenitive(word: string): string | undefined {
  if (/:s$/u.test(word)) return word.slice(0, -2);
  return /[^s]s$/u.test(word) ? word.slice(0, -1) : undefined;
}

const bare = (word: string): string => fold(word.replace(/[,:;]$/u, ''));

/**
 * Whether a word is one of the verbs: folded (OCR may drop a verb's ring or dots, "framholl"), but
 * a word written with its own å, ä or ö as written ("så" is no "sa").
 */
function isVerbIn(verbs: Set<string>, word: string): boolean {
  const lower = word.replace(/[,:;]$/u, '').toLowerCase();
  const folded = fold(lower);
  return verbs.has(folded) && (folded === lower || words().written.has(lower));
}

/**
 * The names the words may open with, longest first, each with whether a verb of saying follows it
 * (directly, after an aside in commas, or after a role when the name is in the genitive).
 */
function namesBeforeVerb(ws: string[], tense: Tense = 'past'): string[] {
  const { roles } = words();
  const verbs = tense === 'past' ? words().verbs : tense === 'present' ? words().openingVerbs : words().anyVerbs;
  const out: string[] = [];
  for (let k = Math.min(MAX_SPEAKER_NAME_WORDS, ws.length - 1); k >= 1; k--) {
    const name = ws.slice(0, k);
    const last = name[k - 1];
    let next = k;
    if (/,$/u.test(last)) {
      // An aside in commas: the verb follows its closing comma.
      let j = k;
      while (j < ws.length && j < k + MAX_ASIDE_WORDS && !/,$/u.test(ws[j])) j++;
      next = j + 1;
    }
    if (next < ws.length && isVerbIn(verbs, ws[next])) {
      out.push(name.join(' ').replace(/[,:;]$/u, ''));
      continue;
    }
    // "Tekniska nämndens andre vice ordförande framförde": the body in the genitive, its role, the verb.
    const owner = ungenitive(last);
    if (owner === undefined) continue;
    let j = k;
    while (j < ws.length && j < k + MAX_ROLE_WORDS && roles.has(bare(ws[j]))) j++;
    if (j > k && j < ws.length && isVerbIn(verbs, ws[j])) out.push([...name.slice(0, -1), owner].join(' '));
  }
  return out;
}

/** The words of a paragraph's first sentence, or undefined when it cannot open with a name (too short, lower case). */
function openingWords(paragraph: string): string[] | undefined {
  const sentence = paragraph.trim().split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? '';
  const ws = sentence.split(/\s+/u).filter(Boolean);
  return ws.length < 3 || !/^\p{Lu}/u.test(ws[0]) ? undefined : ws;
}

/** A speaker's name and the body in brackets after it, before a colon or a verb: "Karin Lövgren (fritidsförvaltningen):". */
const NAME_WITH_BODY = /^(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,3})\s*\(([^()]{2,80})\)\s*(?::|\p{Ll})/u;

/**
 * A name labelling a paragraph, before a colon or a dash, with a note in brackets after it maybe
 * ("Fritidsnämnden (FRN): …", "ASN – …"). Only a name `resolveLabel` knows is taken (a label is a
 * stronger sign than a name before a verb: it may also be a body by its shape, or several bodies).
 */
export const LABELLED = /^([^:–—()]{2,60})(?:\(([^()]{1,40})\))?\s*(?::|[–—])(?=\s)/u;

/** The body the paragraph reports as speaking, if its first sentence opens so and `resolve` knows the name. */
export function reportedSpeaker(
  paragraph: string,
  resolve: (name: string) => Respondent | undefined,
  resolveLabel: (name: string) => Respondent | undefined = resolve,
  tense: Tense = 'past',
): Respondent | undefined {
  // "Karin Lövgren (fritidsförvaltningen): …", "Tobias Ek (fritidsförvaltningen) fyllde på …": the
  // body in brackets after the speaker's name, else the speaker (a participant the notes list).
  const named = NAME_WITH_BODY.exec(paragraph.trim());
  if (named) {
    const r = resolve(named[2].split(',')[0].trim()) ?? resolve(named[1]);
    if (r) return r;
  }
  // "Kulturnämnden: …", "ASN – …", "Fritidsnämnden (FRN): …": the body's name as the paragraph's label.
  const labelled = LABELLED.exec(paragraph.trim());
  if (labelled) {
    const r = resolveLabel(labelled[1].trim()) ?? (labelled[2] ? resolve(labelled[2].trim()) : undefined);
    if (r) return r;
  }
  const ws = openingWords(paragraph);
  if (!ws) return undefined;
  const { representatives, side, ownPart } = words();
  // "Från fritidsnämndens sida framhölls …", "För förskoleförvaltningens del framhöll hon …"
  for (const [open, close] of [side, ownPart]) {
    if (bare(ws[0]) !== open) continue;
    const end = ws.findIndex((w, k) => k > 1 && k <= MAX_SPEAKER_NAME_WORDS + 1 && bare(w) === close);
    const owner = end > 1 ? ungenitive(ws[end - 1]) : undefined;
    return owner === undefined ? undefined : resolve([...ws.slice(1, end - 1), owner].join(' '));
  }
  // "Representanten för kulturförvaltningen framförde …"
  const rest = representatives.has(bare(ws[0])) && bare(ws[1]) === 'for' ? ws.slice(2) : ws;
  for (const name of namesBeforeVerb(rest, tense)) {
    const r = resolve(name) ?? jointSpeakers(name, resolve);
    if (r) return r;
  }
  return undefined;
}

/**
 * At most this many bodies speak together in one sentence ("Kulturnämnden och fritidsnämnden
 * föreslår båda …") or under one paragraph's label ("GRN och FSKN (gemensamt yttrande):").
 */
export const MAX_JOINT_SPEAKERS = 4;

/** Bodies named together (joined by "och", "samt" or commas), each one `resolve` knows: their joint answer. */
export function jointSpeakers(name: string, resolve: (name: string) => Respondent | undefined): Respondent | undefined {
  // Not inside one name: "Arbetsmarknads- och socialnämnden" is one body (its first half ends in a hyphen).
  const parts = name.split(/(?<!-)\s*,\s*|(?<!-)\s+(?:och|samt)\s+/u).filter(Boolean);
  if (parts.length < 2 || parts.length > MAX_JOINT_SPEAKERS) return undefined;
  const members = parts.map((p) => resolve(p));
  return members.every((m): m is Respondent => m !== undefined) ? jointOf(members) : undefined;
}

let introductions: RegExp | undefined;

/** Whether a paragraph introduces a letter's own answer in its first words ("X har beretts tillfälle att yttra sig", "X lämnar följande synpunkter"; structure.json letterIntroductions). */
export function introducesLetter(paragraph: string): boolean {
  introductions ??= letterRegExp(
    `^(?:\\S+\\s+){0,${MAX_SPEAKER_NAME_WORDS + 4}}?(?:${loadData<{ reportedSpeech: { letterIntroductions: string[] } }>('lexicon/structure.json').reportedSpeech.letterIntroductions.map((p) => escapeRegex(fold(p)).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`,
    'u',
  );
  return introductions.test(fold(paragraph.trim().slice(0, 200)));
}

/** Whether a paragraph opens as the compiler's own summing-up ("Sammantaget pekar …", "Svaren visar …", "Flera instanser …"). */
export function opensSummary(paragraph: string): boolean {
  const ws = paragraph.trim().split(/\s+/u, 2).map(bare);
  const { summary } = words();
  return summary.has(ws[0] ?? '') || summary.has(ws.join(' '));
}

/**
 * Whether the paragraph reports what someone said who answers for no body: the meeting's chair or
 * secretary ("Moderatorn frågade …") or a person named as such ("Maria Öberg förtydligade …") —
 * where `resolve` knows no body by that name.
 */
export function reportsNonRespondent(paragraph: string, resolve: (name: string) => Respondent | undefined): boolean {
  const ws = openingWords(paragraph);
  if (!ws) return false;
  const { verbs, chair } = words();
  if (chair.has(bare(ws[0])) && ws.slice(1, 3).some((w) => isVerbIn(verbs, w))) return true;
  return namesBeforeVerb(ws).some((name) => PERSON_NAME.test(name) && resolve(name) === undefined);
}
