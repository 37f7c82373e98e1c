/**
 * Content words and their comparison, for matching headings to questions and questions across
 * rounds. Words are split on anything that is not a letter or digit (natural's tokenizers break
 * Swedish words at å/ä/ö), stop words are dropped, the rest are stemmed with natural's Swedish
 * Porter stemmer and folded, so OCR damage and inflection compare equal.
 */
import stemmer from 'natural/lib/natural/stemmers/porter_stemmer_sv.js';
import { loadData } from '../data.js';
import { fold } from './fold.js';
import { wordRuns } from './chars.js';
import { letterRegExp } from './letters.js';

let stop: Set<string> | undefined;
let synonymGroup: Map<string, number> | undefined;

function stopwords(): Set<string> {
  if (!stop) stop = new Set(loadData<{ words: string[] }>('lexicon/stopwords-sv.json').words.map(fold));
  return stop;
}

function synonyms(): Map<string, number> {
  if (!synonymGroup) {
    synonymGroup = new Map();
    const groups = loadData<{ groups: string[][] }>('lexicon/synonyms.json').groups;
    // Keyed by stem and by consonant skeleton, so an OCR-damaged word ("aktéren") finds its group.
    groups.forEach((g, i) =>
      g.forEach((w) => {
        synonymGroup!.set(stemWord(w), i);
        synonymGroup!.set(`~${vowelBlind(stemWord(w))}`, i);
      }),
    );
  }
  return synonymGroup;
}

/** At most this many words (or stems) are remembered by each of the functions below; then they start over. */
export const MAX_REMEMBERED = 200_000;

/** A function of a word, remembered: words and stems repeat, so each is worked out once (within MAX_REMEMBERED). */
function remembered<T>(compute: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    let v = seen.get(key);
    if (v === undefined) {
      v = compute(key);
      if (seen.size > MAX_REMEMBERED) seen.clear();
      seen.set(key, v);
    }
    return v;
  };
}

const stemOfLower = remembered((w) => fold((stemmer as { stem(w: string): string }).stem(w)));

/** Stem a word (lower-cased NFC) and fold the stem. */
export function stemWord(word: string): string {
  return stemOfLower(word.toLowerCase());
}

/** Split into words: runs of letters and digits. */
export function words(text: string): string[] {
  return wordRuns(text);
}

/** Word → its stem, or null for a stop word: words repeat, so each is looked at once. */
const contentStem = remembered((w): string | null => {
  const f = fold(w);
  return f.length < 3 || stopwords().has(f) || /^\p{N}+$/u.test(f) ? null : stemWord(w);
});

let particleSet: Set<string> | undefined;
function particles(): Set<string> {
  particleSet ??= new Set(loadData<{ particles: string[] }>('lexicon/stopwords-sv.json').particles.map(fold));
  return particleSet;
}

/**
 * Stemmed, folded content words of a text, in order (duplicates kept). A verb with a particle
 * also gives the particle compound ("följas upp" → "uppfölj"), the stem of the noun
 * ("uppföljning").
 */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  let last: string | null = null;
  for (const w of words(text)) {
    const s = contentStem(w);
    if (s !== null) out.push(s);
    else if (last !== null && particles().has(fold(w))) out.push(`${fold(w)}${last}`);
    last = s;
  }
  return out;
}

function levenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (max === 1) return a === b ? 0 : withinOneEdit(a, b) ? 1 : 2;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (cur[j] < best) best = cur[j];
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Whether two different strings are one substitution, insertion or deletion apart: the common
 * case of levenshtein (an OCR slip), by one scan from each end rather than the table.
 */
function withinOneEdit(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (l.length - s.length > 1) return false;
  let head = 0;
  while (head < s.length && s[head] === l[head]) head++;
  let tail = 0;
  while (tail < s.length - head && s[s.length - 1 - tail] === l[l.length - 1 - tail]) tail++;
  // What is left between the common head and tail: at most one character of each.
  return s.length - head - tail <= 1 && l.length - head - tail <= 1;
}

export { levenshtein };

const VOWEL = /[aeiouy]/g;
/** A stem with its vowels made one (OCR reads vowels for one another). */
const vowelBlind = remembered((stem) => stem.replace(VOWEL, 'a'));

/**
 * Similarity of two stems in [0, 1]: 1 equal; 0.9 one an inflection of the other (prefix);
 * 0.8 an OCR slip (one edit); 0.75 the same but for vowels (OCR); 0.6 same synonym group; 0.5 one is a part of the other's compound
 * ("struktur" in "samordningsstruktur", "samordn" in "samordningsansvar").
 */
const similarityCache = new Map<string, Map<string, number>>();
let cached = 0;

export function stemSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const [x, y] = a < b ? [a, b] : [b, a];
  let inner = similarityCache.get(x);
  if (!inner) similarityCache.set(x, (inner = new Map()));
  let v = inner.get(y);
  if (v === undefined) {
    v = computeSimilarity(x, y);
    if (++cached > 500_000) {
      similarityCache.clear();
      cached = 0;
    }
    inner.set(y, v);
  }
  return v;
}

let derivation: RegExp | undefined;

/** Whether `rest` turns a word into its derived noun: "huvudman" + "naskap", "ansvar" + "ighet". */
function derives(rest: string): boolean {
  // With its own inflection after it ("huvudmannaskapet", "tillgängligheten").
  if (!derivation) {
    const { derivations, derivationInflections } = loadData<{ derivations: string[]; derivationInflections: string[] }>('lexicon/synonyms.json');
    derivation = letterRegExp(`^[\\p{L}]{0,2}(?:${derivations.join('|')})(?:${derivationInflections.join('|')})?$`, 'u');
  }
  return derivation.test(rest);
}

function computeSimilarity(a: string, b: string): number {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length >= 4 && l.startsWith(s) && s.length / l.length >= 0.6) return 0.9;
  // A noun derived from the word ("huvudmannaskap" from "huvudman"): the same word, nearly.
  if (s.length >= 5 && l.startsWith(s) && derives(l.slice(s.length))) return 0.85;
  if (s.length >= 5 && levenshtein(s, l, 1) <= 1) return 0.8;
  if (s.length >= 9 && levenshtein(s, l, 2) <= 2) return 0.7;
  // OCR reads vowels for one another (föreslagen → féreslagen): compare the consonant skeletons.
  const vs = vowelBlind(s);
  const vl = vowelBlind(l);
  if (s.length >= 5 && (vs === vl || (vl.startsWith(vs) && vs.length / vl.length >= 0.8))) return 0.75;
  const syn = synonyms();
  const ga = syn.get(a) ?? syn.get(`~${vowelBlind(a)}`);
  if (ga !== undefined && ga === (syn.get(b) ?? syn.get(`~${vowelBlind(b)}`))) return 0.6;
  if (s.length >= 5 && (l.startsWith(s) || l.endsWith(s))) return 0.5;
  return 0;
}

/**
 * Whether two short texts say the same (a described body written twice, once damaged by OCR):
 * most content stems of each find a similar stem in the other.
 */
export function sameWording(a: string, b: string): boolean {
  const sa = contentStems(a);
  const sb = contentStems(b);
  if (sa.length === 0 || sb.length === 0) return sa.length === sb.length;
  const covered = (x: string[], y: string[]): number => x.filter((s) => y.some((t) => stemSimilarity(s, t) >= 0.75)).length / x.length;
  return covered(sa, sb) >= 0.8 && covered(sb, sa) >= 0.8;
}
