/**
 * A letter that answers several remisser at once ("Fritidsnämndens yttrande över tre remisser från
 * stadskontoret"): each proposal in a section of its own, headed by its name or its diary number
 * ("Skötselplan för Malmös parker … (STK-2025-1187)", "Ärende STK-2025-1290", "Del 2. Plan för
 * främjande …", "Remiss: Förslag till skötselplan …"). Only the section on the round's own proposal
 * answers the round; the others talk of other plans, name other coordinators, number other questions.
 *
 * A matter is known by its diary number where a heading gives exactly one and two sources of the
 * round or more give it — not in a letter's own reference line ("Dnr TN-2025-04410",
 * "Diarienummer: …"; structure.json referenceLines), though "Ert diarienummer" is the matter's — and
 * the heading's other words are the matter's name, by which a heading without the number is told
 * too, where its distinctive words are that one matter's. A matter only one letter takes up is
 * not known so: that letter keeps its other section. The round's own matter is the one the most sources take up; a letter with
 * sections on two matters or more keeps the round's own and its text before the first section.
 */
import type { Line } from '../model.js';
import { contentStems } from '../normalize/words.js';
import { endsQuestion, type HeadingBlock } from './headings.js';
import { loadData } from '../data.js';
import { fold } from '../normalize/fold.js';

/** Every diary number of a case a text gives ("STK-2025-1432", "KS-2026-00318"): a register's capitals, the year, the number. */
const DIARY_NUMBERS = /(?<![\p{L}\p{N}])\p{Lu}{2,6}-\d{4}-\d{1,6}(?![\p{N}])/gu;

/**
 * At least this share of a heading's words, and two of them, must be one matter's name for the
 * heading to name it — or one word of it long enough to be a name on its own ("skötselplan").
 */
export const MATTER_NAME_COVER = 1 / 3;
export const NAME_WORD_LENGTH = 10;

export interface MatterSource {
  lines: Line[];
  headings: HeadingBlock[];
}

/** The matters of a round: each diary number two sources share, with the words of its name. */
export interface Matters {
  names: Map<string, Set<string>>;
  /** The matter the most sources take up: the round's own; undefined where none leads. */
  own?: string;
}


let references: string[] | undefined;

/** Whether a heading is a letter's own reference line: it opens with a reference word ("Dnr", "Diarienummer:"), not with "Ert"/"Er" (the addressee's: the matter's). */
function ownReference(text: string): boolean {
  references ??= loadData<{ referenceLines: string[] }>('lexicon/structure.json').referenceLines.map(fold);
  const first = fold(text.trim().split(/\s+/u)[0] ?? '').replace(/[:.]$/u, '');
  return references.some((r) => (r.startsWith('*') ? first.endsWith(r.slice(1)) : first === r));
}

/** The matters the round's headings name, and the round's own. */
export function roundMatters(sources: MatterSource[]): Matters {
  const bySource = new Map<string, Set<number>>();
  const names = new Map<string, Set<string>>();
  sources.forEach((s, k) => {
    for (const h of s.headings) {
      const numbers = h.text.match(DIARY_NUMBERS) ?? [];
      if (numbers.length !== 1 || endsQuestion(h.text.trim()) || ownReference(h.text)) continue;
      const key = numbers[0];
      (bySource.get(key) ?? bySource.set(key, new Set()).get(key)!).add(k);
      const words = names.get(key) ?? names.set(key, new Set()).get(key)!;
      for (const w of contentStems(h.text.replace(DIARY_NUMBERS, ' '))) words.add(w);
    }
  });
  // A word in two matters' names tells neither apart ("plan", "Malmö", "2026").
  const counts = new Map<string, number>();
  for (const words of names.values()) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const words of names.values()) for (const w of [...words]) if (counts.get(w)! > 1) words.delete(w);
  // A number only one source gives may be that letter's own, whatever its label.
  for (const [key, from] of bySource) if (from.size < 2) names.delete(key);
  const ranked = [...bySource].filter(([key]) => names.has(key)).sort((a, b) => b[1].size - a[1].size);
  const own = ranked.length > 1 && ranked[0][1].size > ranked[1][1].size ? ranked[0][0] : undefined;
  return { names, own };
}

/** The matter a heading names: by its one diary number, or by its words, more of them one matter's name than any other's. */
export function matterOf(text: string, matters: Matters): string | undefined {
  if (endsQuestion(text.trim())) return undefined;
  const numbers = (text.match(DIARY_NUMBERS) ?? []).filter((n) => matters.names.has(n));
  if (numbers.length > 0) return new Set(numbers).size === 1 ? numbers[0] : undefined;
  const words = contentStems(text);
  // The matter most of whose name the heading gives, ahead of any other ("Remiss: Plan för trygga
  // parker": "remiss" may be in another matter's name too).
  const hits = [...matters.names].map(([key, name]) => ({ key, n: words.filter((w) => name.has(w)).length })).filter((h) => h.n > 0).sort((a, b) => b.n - a.n);
  if (hits.length === 0 || (hits.length > 1 && hits[1].n >= hits[0].n)) return undefined;
  const [{ key, n }] = hits;
  const long = words.some((w) => w.length >= NAME_WORD_LENGTH && matters.names.get(key)!.has(w));
  return long || (n >= 2 && n >= MATTER_NAME_COVER * words.length) ? key : undefined;
}

/**
 * The line ranges of [from, to) to keep as the round's answer, or undefined where the range takes
 * up fewer than two matters in sections of their own (or none is the round's own). The letter's
 * head is read from `headFrom` (its letterhead, above the heading that opened the answer).
 */
export function ownMatterRanges(source: MatterSource, from: number, to: number, matters: Matters, headFrom = from): Array<[number, number]> | undefined {
  if (matters.own === undefined) return undefined;
  const starts = source.headings.filter((h) => h.start >= from && h.start < to).map((h) => ({ at: h.start, key: matterOf(h.text, matters) })).filter((s): s is { at: number; key: string } => s.key !== undefined);
  // Sections: a heading starts one where it names another matter than the section it stands in.
  const sections = starts.filter((s, k) => k === 0 || s.key !== starts[k - 1].key);
  if (new Set(sections.map((s) => s.key)).size < 2 || !sections.some((s) => s.key === matters.own)) return undefined;
  // A letter's own word that it answers several: its head names two matters or more ("yttrande över
  // remisserna X (STK-…) samt Y (STK-…)", "Ert diarienummer: STK-… och STK-…"), or every section's
  // heading gives its number. A heading in a letter on one matter that names another plan in
  // passing ("Koppling till biblioteksplanen") starts no section of its own.
  const head = source.lines.slice(Math.min(headFrom, from), sections[0].at).map((l) => l.text).join(' ');
  const named = new Set((head.match(DIARY_NUMBERS) ?? []).filter((n) => matters.names.has(n)));
  const numbered = sections.every((s) => (source.headings.find((h) => h.start === s.at)?.text.match(DIARY_NUMBERS) ?? []).length > 0);
  if (named.size < 2 && !numbered) return undefined;
  const ranges: Array<[number, number]> = [[from, sections[0].at]];
  sections.forEach((s, k) => {
    if (s.key === matters.own) ranges.push([s.at, k + 1 < sections.length ? sections[k + 1].at : to]);
  });
  return ranges.filter(([a, b]) => b > a);
}
