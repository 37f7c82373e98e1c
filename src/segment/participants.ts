/**
 * A meeting's list of participants, by person: notes of a consultation meeting ("dialogmöte")
 * name each speaker by name ("Karin Lövgren (fritidsförvaltningen): …", "Lars Wennberg sa att …"),
 * and the list under "Närvarande:" says whom each speaks for:
 *
 *   Närvarande:
 *   Helena Borg, stadskontoret, mötesledare
 *   Karin Lövgren, fritidsförvaltningen (fritidsnämnden)
 *   Maria Sjöstedt, Region Skåne, barnhälsovården Skånevård Sund
 *
 * A person's body is the committee in brackets where one is given, else the part after the name.
 * The labels are data (structure.json participants).
 */
import { loadData } from '../data.js';
import type { Line } from '../model.js';
import { fold, foldWords } from '../normalize/fold.js';
import { letterRegExp } from '../normalize/letters.js';
import { escapeRegex } from '../normalize/ocr.js';
import { PERSON_NAME } from './furniture-lines.js';

/** A list of participants has at least this many lines of a person and a body. */
export const MIN_PARTICIPANTS = 3;

let labels: Set<string> | undefined;
/** Whether a heading or label names a list of participants ("Deltagare", "2. Närvarande:"). */
export function isParticipantsHeading(text: string): boolean {
  return participantLabels().has(fold(text.trim().replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/u, '').replace(/:$/u, '').trim()));
}

function participantLabels(): Set<string> {
  labels ??= new Set(loadData<{ participants: { labels: string[] } }>('lexicon/structure.json').participants.labels.map(fold));
  return labels;
}

/** "Karin Lövgren, fritidsförvaltningen (fritidsnämnden)" → ["Karin Lövgren", "fritidsnämnden"]; undefined for a line of no person. */
export function participantOf(text: string): [string, string] | undefined {
  const [name, ...rest] = text.split(',').map((p) => p.trim());
  if (!PERSON_NAME.test(name) || rest.length === 0) return undefined;
  const bracketed = /\(([^()]{3,60})\)/u.exec(rest[0]);
  const body = bracketed ? bracketed[1].trim() : rest[0].replace(/\s*\([^()]*\)\s*/gu, ' ').trim();
  return body === '' ? undefined : [name, body];
}

let roles: RegExp | undefined;
/** Whether a participant's line names the meeting's chair or secretary ("mötesledare", "antecknare"): they speak for no body. */
function leadsTheMeeting(text: string): boolean {
  roles ??= letterRegExp(`(?:^|[\\s,(])(?:${loadData<{ participants: { meetingRoles: string[] } }>('lexicon/structure.json').participants.meetingRoles.map((r) => escapeRegex(fold(r))).join('|')})(?:$|[\\s,)])`, 'u');
  return roles.test(fold(text));
}

/**
 * The participants of the lines' lists, person (folded words) → the body they speak for, as
 * written; '' for the meeting's chair and secretary, who speak for none.
 */
export function participantsOf(lines: Line[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    const label = fold(lines[i].text.trim().replace(/:$/u, ''));
    if (!lines[i].text.trim().endsWith(':') || !participantLabels().has(label)) continue;
    const found: Array<[string, string]> = [];
    for (let j = i + 1; j < lines.length && lines[j].text.trim() !== ''; j++) {
      const p = participantOf(lines[j].text.trim());
      if (p) found.push(leadsTheMeeting(lines[j].text) ? [p[0], ''] : p);
    }
    if (found.length >= MIN_PARTICIPANTS) for (const [name, body] of found) out.set(foldWords(name), body);
  }
  return out;
}
