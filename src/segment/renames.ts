/**
 * A round written while bodies change their names says so ("den nya arbetsmarknads- och
 * socialnämnden (tidigare sociala resursnämnden)", "Sociala resursnämnden har bytt namn till
 * arbetsmarknads- och socialnämnden"): the old name is then the body of the registry it now
 * names — in the answers (a proposal of "sociala resursnämnden"), and as the heading of an answer
 * (data/lexicon/structure.json renames).
 */
import { loadData } from '../data.js';
import { fold, foldWords } from '../normalize/fold.js';
import { escapeRegex } from '../normalize/ocr.js';
import { letterRegExp } from '../normalize/letters.js';
import { looksLikeBodyName, matchBodyName, type Registry } from './registry.js';

interface Renames {
  former: string[];
  renamed: string[];
}

/** The most words of a name read on either side of a rename. */
export const MAX_RENAME_WORDS = 6;

let patterns: { former: RegExp; renamed: RegExp; any: RegExp } | undefined;

function renamePatterns(): NonNullable<typeof patterns> {
  if (!patterns) {
    const r = loadData<{ renames: Renames }>('lexicon/structure.json').renames;
    // Texts without a word of renaming are not folded at all: a round of thousands of answers is
    // read once more here, and nearly none of its texts renames anything.
    const raw = (ws: string[]): string => ws.map((w) => w.split(/\s+/u).map(escapeRegex).join('\\s+')).join('|');
    const alt = (ws: string[]): string => raw(ws.map(fold));
    patterns = {
      any: letterRegExp(`\\(\\s*(?:${raw(r.former)})\\s|(?:${raw(r.renamed)})\\s`, 'iu'),
      // "… (tidigare sociala resursnämnden)": the old name in brackets, after the present one.
      former: letterRegExp(`\\(\\s*(?:${alt(r.former)})\\s+([^()]{3,80}?)\\s*\\)`, 'gu'),
      // "Sociala resursnämnden har bytt namn till arbetsmarknads- och socialnämnden".
      renamed: letterRegExp(`(?:${alt(r.renamed)})\\s+`, 'gu'),
    };
  }
  return patterns;
}

/** The longest body name of the registry that the last (or first) few words of a text are. */
function bodyAtEdge(words: string[], reg: Registry, last: boolean): string | undefined {
  for (let n = Math.min(MAX_RENAME_WORDS, words.length); n >= 1; n--) {
    const name = (last ? words.slice(words.length - n) : words.slice(0, n)).join(' ');
    const hit = matchBodyName(name, reg);
    if (hit) return hit.body.id;
  }
  return undefined;
}

/** An old name as written: a body's name the registry does not know, of a few words. */
function oldName(written: string, reg: Registry): string | undefined {
  const words = written.trim().split(/\s+/u).slice(0, MAX_RENAME_WORDS);
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ').replace(/[,.;:]+$/u, '');
    if (looksLikeBodyName(name.charAt(0).toUpperCase() + name.slice(1)) && !matchBodyName(name, reg)) return foldWords(name);
  }
  return undefined;
}

/** The old names a round's texts give bodies of the registry: folded old name → the body's id. */
export function formerNames(texts: string[], reg: Registry): Map<string, string> {
  const out = new Map<string, string>();
  const { former, renamed, any } = renamePatterns();
  for (const t of texts) {
    if (!any.test(t)) continue;
    const folded = fold(t);
    former.lastIndex = 0;
    for (const m of folded.matchAll(former)) {
      const before = t.slice(Math.max(0, m.index - 120), m.index).split(/\s+/u).filter(Boolean);
      const id = bodyAtEdge(before, reg, true);
      const at = m.index + m[0].indexOf(m[1]);
      const old = id ? oldName(t.slice(at, at + m[1].length), reg) : undefined;
      if (id && old && !out.has(old)) out.set(old, id);
    }
    renamed.lastIndex = 0;
    for (const m of folded.matchAll(renamed)) {
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 120).split(/\s+/u).filter(Boolean);
      const id = bodyAtEdge(after.map((w) => w.replace(/[,.;:]+$/u, '')), reg, false);
      // The old name ends right before the words of renaming, at the start of its clause.
      const clause = t.slice(Math.max(0, m.index - 120), m.index).split(/[.;:–—]\s|\n/u).pop() ?? '';
      const old = id ? oldName(clause, reg) : undefined;
      if (id && old && !out.has(old)) out.set(old, id);
    }
  }
  return out;
}
