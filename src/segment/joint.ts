/**
 * One text answering for several bodies: a joint yttrande ("Gemensamt yttrande från
 * förskolenämnden, grundskolenämnden och gymnasie- och vuxenutbildningsnämnden"). Each body named
 * answers with the whole text, as its own answer: the analyst's table has a row for each, with
 * the same quotes. Only bodies the registry knows are read from such a list — an unknown name
 * cannot be told from the words around it.
 */
import type { Respondent } from '../model.js';
import { loadData } from '../data.js';
import { fold } from '../normalize/fold.js';
import { letterRegExp } from '../normalize/letters.js';
import { loadStructure } from '../normalize/structure.js';
import { knownRespondent, matchBodyName, type Registry } from './registry.js';

/** The most bodies read from one list. */
export const MAX_JOINT = 8;
/** The most words of one body's name in the list. */
const MAX_NAME_WORDS = 8;

let title: { from: RegExp; owners: RegExp } | undefined;

/**
 * "(Gemensamt) yttrande från <list>", or the list's owners in the genitive before the document
 * ("Grundskolenämndens och gymnasie- och vuxenutbildningsnämndens yttrande över …", each name
 * without its genitive s): the list, or undefined.
 */
function listOfTitle(text: string): string | undefined {
  if (!title) {
    const t = loadStructure().answerTitle;
    const qualifiers = loadData<{ titleQualifiers: string[] }>('lexicon/structure.json').titleQualifiers.map(fold).join('|');
    title = {
      from: letterRegExp(`^(?:(?:${qualifiers})\\s+)?(?:${t.documents})\\s+(?:${t.from})\\s+(.+?)[.:]?$`, 'iu'),
      owners: letterRegExp(`^(.+?(?::s|s))\\s+(?:(?:${qualifiers})\\s+)?(?:${t.documents})(?:\\s.*)?$`, 'iu'),
    };
  }
  const f = fold(text.trim()).replace(/\s+/g, ' ');
  const from = title.from.exec(f)?.[1];
  if (from !== undefined) return from;
  const owners = title.owners.exec(f)?.[1];
  // Each owner's genitive s, before a comma, a joiner or the end.
  const joiners = [...nameListJoiners()].join('|');
  return owners?.replace(letterRegExp(`(\\p{L})(?::s|s)(?=,|\\s+(?:${joiners})\\s|$)`, 'gu'), '$1');
}

/**
 * The bodies of a list ("A, B och C"), each the registry's, longest name first at each place
 * ("gymnasie- och vuxenutbildningsnämnden" is one body, not two); undefined unless the whole list
 * is read so.
 */
let joinerSet: Set<string> | undefined;

/**
 * The words between the names of a list of bodies, folded: the lexicon's list joiners
 * (coordination.json listJoiners) and its name joiners ("samt": nameJoiners), which join names
 * but no clauses.
 */
export function nameListJoiners(): Set<string> {
  if (!joinerSet) {
    const { listJoiners = [], nameJoiners = [] } = loadData<{ listJoiners?: string[]; nameJoiners?: string[] }>('lexicon/coordination.json');
    joinerSet = new Set([...listJoiners, ...nameJoiners].map(fold));
  }
  return joinerSet;
}

export function bodiesOfList(list: string, reg: Registry): Respondent[] | undefined {
  const words = list.split(/\s+/).filter(Boolean);
  const joiners = nameListJoiners();
  const out: Respondent[] = [];
  let i = 0;
  while (i < words.length) {
    let hit: { end: number; r: Respondent } | undefined;
    for (let j = Math.min(words.length, i + MAX_NAME_WORDS); j > i && !hit; j--) {
      const m = matchBodyName(words.slice(i, j).join(' ').replace(/,$/u, ''), reg);
      if (m) hit = { end: j, r: knownRespondent(m) };
    }
    if (!hit || out.length >= MAX_JOINT) return undefined;
    if (!out.some((r) => r.id === hit!.r.id)) out.push(hit.r);
    i = hit.end;
    // ", " and the joiners ("och", "samt") between the names.
    while (i < words.length && joiners.has(fold(words[i]))) i++;
  }
  return out;
}

/** A title that names several bodies as the answer's senders: the joint respondent, with its members. */
export function jointRespondent(text: string, reg: Registry): Respondent | undefined {
  const list = listOfTitle(text);
  if (list === undefined) return undefined;
  const members = bodiesOfList(list, reg);
  if (!members || members.length < 2) return undefined;
  return jointOf(members);
}

/** Several bodies answering together as one respondent: its id and name from theirs, with them as members. */
export function jointOf(members: Respondent[]): Respondent {
  return {
    id: members.map((m) => m.id).join('+'),
    name: members.map((m) => m.name).join(', '),
    known: members.every((m) => m.known),
    members,
  };
}
