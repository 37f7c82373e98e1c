/**
 * A letter from an administration the registry does not know ("STADSDELSFÖRVALTNING ÖSTER",
 * "Sociala resursförvaltningen") answers for the committee it is named after when its text names
 * that committee ("Stadsdelsnämnd Öster har vid sitt sammanträde … beslutat", "Ordförande,
 * Stadsdelsnämnd Öster"): the committee is the respondent, as a known administration stands for its
 * committee in the registry. The endings are data (registry.json administrationCommittees).
 */
import { loadData } from '../data.js';
import type { Line, Respondent } from '../model.js';
import { foldWords } from '../normalize/fold.js';
import { letterRegExp } from '../normalize/letters.js';
import { escapeRegex } from '../normalize/ocr.js';
import type { HeadingBlock } from './headings.js';
import { nameAsRespondent, type Registry } from './registry.js';
import { nameFromCapitals, nameOfHeading } from './respondents.js';

/** How far below its heading a letter is searched for its committee's name, at most. */
export const COMMITTEE_SEARCH_LINES = 80;

let endings: Array<[string, string]> | undefined;

function administrationEndings(): Array<[string, string]> {
  endings ??= loadData<{ administrationCommittees: Array<[string, string]> }>('registry.json').administrationCommittees.map(([a, c]) => [foldWords(a), c]);
  return endings;
}

/** The committee's name for an administration's ("Stadsdelsförvaltning Öster" → "Stadsdelsnämnd Öster"), or undefined. */
export function committeeName(administration: string): string | undefined {
  const words = nameFromCapitals(administration.replace(/\s+/g, ' ').trim()).split(' ');
  for (let k = 0; k < words.length; k++) {
    const folded = foldWords(words[k]);
    for (const [ending, committee] of administrationEndings()) {
      if (!folded.endsWith(ending) || folded === ending) continue;
      const stem = words[k].slice(0, words[k].length - ending.length);
      return [...words.slice(0, k), stem + committee, ...words.slice(k + 1)].join(' ');
    }
  }
  return undefined;
}

export function committeeOfAdministration(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>, reg: Registry): void {
  headings.forEach((h, i) => {
    // Only a sender already read from the heading: the committee's name in its letter (its opening, its signature) says whom it answers for.
    const r = found[i];
    if (!r || r.known) return;
    const committee = committeeName(nameOfHeading(h.text));
    if (!committee) return;
    let end = Math.min(lines.length, h.end + COMMITTEE_SEARCH_LINES);
    for (let j = i + 1; j < headings.length && headings[j].start < end; j++) if (found[j]) end = headings[j].start;
    const pattern = letterRegExp(`(?<![\\p{L}\\p{N}])${committee.split(' ').map(escapeRegex).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
    const named = (k: number): string | undefined => pattern.exec(lines[k].text)?.[0];
    let written: string | undefined;
    for (let k = h.end; k < end && written === undefined; k++) written = named(k);
    if (written !== undefined) found[i] = nameAsRespondent(written.replace(/\s+/g, ' '), reg);
  });
}
