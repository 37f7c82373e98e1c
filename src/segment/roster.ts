/**
 * A compilation's roster of who answered, in a sentence of its preamble: "Yttranden har kommit in
 * från följande remissinstanser: Brottsförebyggande rådet (Brå), Polismyndigheten, Kriminalvården,
 * … och Sveriges Kommuner och Regioner (SKR)." Each name listed (and the short name in brackets
 * after it) may speak in a paragraph of the answers, as a body of the registry may; a roster of
 * those who did not answer ("Följande remissinstanser har inte svarat: …") names no one who
 * speaks. Words: data/lexicon/structure.json `roster`.
 */
import type { Line } from '../model.js';
import { foldWords } from '../normalize/fold.js';
import { loadData } from '../data.js';
import { letterRegExp } from '../normalize/letters.js';
import { escapeRegex } from '../normalize/ocr.js';

/** A roster lists at least this many names. */
export const MIN_ROSTER_NAMES = 3;
/** A name in a roster is short: at most this many words. */
export const MAX_ROSTER_NAME_WORDS = 7;

let words: { intro: RegExp; not: RegExp } | undefined;

function rosterWords(): { intro: RegExp; not: RegExp } {
  if (!words) {
    const f = loadData<{ roster: { intro: string[]; not: string[] } }>('lexicon/structure.json').roster;
    const alt = (list: string[]): string => list.map((w) => escapeRegex(w).replace(/\s+/g, '\\s+')).join('|');
    words = { intro: letterRegExp(`(?:${alt(f.intro)})[^:.]{0,60}:\\s*`, 'iu'), not: letterRegExp(`(?:${alt(f.not)})`, 'iu') };
  }
  return words;
}

/** A noun in the definite singular, capitalised: "Länsstyrelsen", "Förbundet". */
const DEFINITE = /^\p{Lu}\p{Ll}{3,}(?:en|et)$/u;

/** The names a source's roster lists, folded, each with the name it stands for (its short name in brackets stands for the name before it). */
export function rosterOf(lines: ReadonlyArray<Line>): Map<string, string> {
  const out = new Map<string, string>();
  const { intro, not } = rosterWords();
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    if (text.length > 2000) continue;
    const m = intro.exec(text);
    if (!m || not.test(text.slice(0, m.index + m[0].length))) continue;
    // The roster runs to the paragraph's end (a line wrapped in a PDF goes on below).
    let rest = text.slice(m.index + m[0].length);
    for (let j = i + 1; j < lines.length && lines[j].text.trim() !== '' && !/[.]\s*$/u.test(rest) && rest.length < 2000; j++) rest += ` ${lines[j].text.trim()}`;
    rest = rest.replace(/\.\s*$/u, '');
    // Commas part the names, and "och" the last two: only the first "och" of the last part, for a
    // name may hold one of its own ("… Malmö kommun och Sveriges Kommuner och Regioner (SKR)").
    const parts = rest.split(/,\s*/u);
    const last = parts.pop() ?? '';
    const and = /\s+och\s+(?=\p{Lu})/u.exec(last);
    const items = [...parts, ...(and ? [last.slice(0, and.index), last.slice(and.index + and[0].length)] : [last])].map((x) => x.trim()).filter(Boolean);
    const named: Array<[string, string]> = [];
    for (const item of items) {
      const b = /^(.+?)\s*\(([^()]{2,40})\)$/u.exec(item);
      const name = (b ? b[1] : item).trim();
      if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).length > MAX_ROSTER_NAME_WORDS) continue;
      named.push([foldWords(name), name]);
      if (b) named.push([foldWords(b[2]), name]);
    }
    const names = [...new Set(named.map(([, n]) => n))];
    if (names.length < MIN_ROSTER_NAMES) continue;
    // "Länsstyrelsen" for "Länsstyrelsen i Skåne län": a name's first word in the definite form,
    // where no other name listed opens with it.
    for (const n of names) {
      const first = n.split(/\s+/)[0];
      if (n === first || !DEFINITE.test(first) || names.some((o) => o !== n && o.split(/\s+/)[0] === first)) continue;
      named.push([foldWords(first), n]);
    }
    for (const [k, v] of named) if (!out.has(k)) out.set(k, v);
  }
  return out;
}

/** The name a roster lists for a paragraph's speaker, as written or without a note in brackets after it ("Malmö kommun (kommunstyrelsen)"). */
export function rosteredName(roster: ReadonlyMap<string, string>, name: string): string | undefined {
  return roster.get(foldWords(name)) ?? roster.get(foldWords(name.replace(/\s*\([^()]*\)\s*$/u, '')));
}

/** The organ named in brackets after an organisation ("Malmö kommun (kommunstyrelsen)"), capitalised as a body's name is. */
export function organInBrackets(name: string): string | undefined {
  const organ = /\(([^()]{2,60})\)\s*$/u.exec(name)?.[1];
  return organ === undefined ? undefined : organ.charAt(0).toUpperCase() + organ.slice(1);
}
