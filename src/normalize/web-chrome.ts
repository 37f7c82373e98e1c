/**
 * A web page copied to text (select all, copy, paste): the site's own lines stand around the
 * page's content — skip links, the language and main menus, a breadcrumb trail, a cookie banner's
 * buttons, "Dela sidan", "Senast uppdaterad: …", and the pages it links to ("Relaterade sidor" /
 * "Remissvar från Fritidsnämnden" / …), which name other bodies and are no part of this answer.
 * They are kept apart as furniture, only in a source with MIN_WEB_CHROME lines that no document
 * but a web page has. Words: data/lexicon/furniture.json `webChrome`.
 */
import type { Line } from '../model.js';
import { loadData } from '../data.js';
import { bareLine } from './chars.js';

/** A source is a web page with at least this many of the site's own lines (lines, prefixes, breadcrumbs). */
export const MIN_WEB_CHROME = 3;

/** A breadcrumb trail has at least this many steps after its first. */
export const MIN_BREADCRUMB_STEPS = 2;

interface WebChrome {
  lines: string[];
  prefixes: string[];
  weak: string[];
  blocks: string[];
  breadcrumbStarts: string[];
}

let words: { lines: Set<string>; prefixes: string[]; weak: Set<string>; blocks: Set<string>; crumbs: Set<string> } | undefined;
function chrome(): NonNullable<typeof words> {
  if (!words) {
    const w = loadData<{ webChrome: WebChrome }>('lexicon/furniture.json').webChrome;
    const lower = (list: string[]): string[] => list.map((x) => x.toLowerCase());
    words = { lines: new Set(lower(w.lines)), prefixes: lower(w.prefixes), weak: new Set(lower(w.weak)), blocks: new Set(lower(w.blocks)), crumbs: new Set(lower(w.breadcrumbStarts)) };
  }
  return words;
}


type Kind = 'strong' | 'weak' | 'block' | undefined;

function kindOf(text: string): Kind {
  if (text.length === 0 || text.length > 80) return undefined;
  const w = chrome();
  const k = bareLine(text);
  if (w.lines.has(k) || w.prefixes.some((p) => k.startsWith(`${p}:`) || k.startsWith(`${p} `))) return 'strong';
  // "Start / Politik och demokrati / Remisser / …", "Hem > Nyheter > …"
  const steps = text.split(/\s+[/>›»]\s+/u);
  if (steps.length > MIN_BREADCRUMB_STEPS && w.crumbs.has(bareLine(steps[0]))) return 'strong';
  if (w.blocks.has(k)) return 'block';
  return w.weak.has(k) ? 'weak' : undefined;
}

export function removeWebChrome(lines: Line[]): { lines: Line[]; furniture: Line[] } {
  const kinds = lines.map((l) => kindOf(l.text));
  if (kinds.filter((k) => k === 'strong').length < MIN_WEB_CHROME) return { lines, furniture: [] };
  const site = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const k = kinds[i];
    if (k === 'strong') site[i] = 1;
    else if (k === 'block') {
      // The label and its lines, to the next blank line.
      for (let j = i; j < lines.length && lines[j].text !== ''; j++) site[j] = 1;
    }
  }
  // A weak line ("Ja", "Facebook") is the site's beside another of the site's lines, in either direction.
  for (const step of [1, -1]) {
    for (let i = step === 1 ? 0 : lines.length - 1; i >= 0 && i < lines.length; i += step) {
      if (!site[i] && kinds[i] === 'weak' && site[i - step] === 1) site[i] = 1;
    }
  }
  const kept: Line[] = [];
  const furniture: Line[] = [];
  lines.forEach((l, i) => (site[i] ? furniture : kept).push(l));
  return { lines: kept, furniture };
}
