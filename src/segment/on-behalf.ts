/**
 * An answer given also for other bodies ("Hamnbolaget AB yttrar sig för koncernens räkning, även
 * för Kajbolaget AB och Fyrbolaget AB, vars styrelser har lämnat underlag …"): a parent company for
 * its subsidiaries, a nämnd for its council. Each body listed answers with the same text, as in a
 * joint yttrande (src/segment/joint.ts). Read from the answer's opening; the words are data
 * (data/lexicon/structure.json onBehalf).
 */
import type { Line, Respondent } from '../model.js';
import { loadData } from '../data.js';
import { fold } from '../normalize/fold.js';
import { letterRegExp } from '../normalize/letters.js';
import { sentences } from '../normalize/sentences.js';
import { bodiesOfList, nameListJoiners } from './joint.js';
import { derivedId, looksLikeBodyName, type Registry } from './registry.js';
import { textLinesFrom } from './furniture-lines.js';

/** The answer's opening: this many lines with text. */
export const ON_BEHALF_LINES = 25;
/** The most bodies one answer is read as given for. */
const MAX_BEHALF = 6;

interface OnBehalfLexicon {
  answerVerbs: string[];
  behalf: string[];
  listEnds: string[];
}

/** A list of names given "även för" is at most this long. */
const MAX_LIST_CHARS = 400;

/** Where the names of a list part (a comma, "och", "samt"), built once. */
let listSplit: RegExp | undefined;

/** Where a list ends before a relative clause (", vars …"), built once. */
let listEnd: RegExp | undefined;

/** The bodies of a list that the registry does not know: each part a body's name by its shape ("Kajbolaget AB"). */
function namedBodies(list: string): Respondent[] | undefined {
  // A list of a few names is short (and a split of a long run of spaces would cost its square).
  if (list.length > MAX_LIST_CHARS) return undefined;
  listSplit ??= letterRegExp(`\\s*,\\s*|\\s+(?:${[...nameListJoiners()].join('|')})\\s+`, 'iu');
  const parts = list
    .split(listSplit)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > MAX_BEHALF || !parts.every(looksLikeBodyName)) return undefined;
  return parts.map((name) => ({ id: derivedId(name), name, known: false }));
}

/** The bodies an answer's opening says it is given for, besides its own respondent; [] for none. */
export function answeredAlsoFor(lines: Line[], start: number, end: number, self: Respondent, reg: Registry): Respondent[] {
  const lex = loadData<{ onBehalf: OnBehalfLexicon }>('lexicon/structure.json').onBehalf;
  const flat = textLinesFrom(lines, start, end, ON_BEHALF_LINES)
    .map((i) => lines[i].text)
    .join(' ');
  const folded = fold(flat);
  if (!lex.behalf.some((b) => folded.includes(fold(b)))) return [];
  for (const { start: a, end: b } of sentences(flat)) {
    const s = folded.slice(a, b);
    const behalf = lex.behalf.map((w) => ({ at: s.indexOf(` ${fold(w)} `), w: fold(w) })).find((x) => x.at >= 0);
    if (!behalf) continue;
    const before = s.slice(0, behalf.at).split(/\s+/u);
    if (!before.some((w) => lex.answerVerbs.some((v) => w.startsWith(fold(v))))) continue;
    // The list, as written, up to the sentence's end or a relative clause after a comma.
    let list = flat.slice(a + behalf.at + behalf.w.length + 2, b).replace(/[.;:!?]\s*$/u, '');
    listEnd ??= letterRegExp(`,\\s*(?:${lex.listEnds.map(fold).join('|')})(?![\\p{L}])`, 'u');
    const cut = listEnd.exec(fold(list));
    if (cut) list = list.slice(0, cut.index);
    const bodies = bodiesOfList(list.trim(), reg) ?? namedBodies(list.trim());
    if (bodies && bodies.length > 0) return bodies.filter((r) => r.id !== self.id);
  }
  return [];
}
