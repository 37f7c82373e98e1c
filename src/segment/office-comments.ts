/**
 * The compiling office's own comments inside a compilation's answers (a samrådsredogörelse:
 * "Stadskontorets kommentar: Stadskontoret delar bedömningen att …", "Kommentar: Stadskontoret
 * noterar …"): the office speaks there, no respondent. From such a line to the end of its segment
 * (the next heading) the text is the compiler's (part "compilation"). The office is the one the
 * source's letterhead names; the labels are data (data/lexicon/structure.json officeComments).
 */
import type { Segment } from '../model.js';
import { loadData } from '../data.js';
import { foldWords } from '../normalize/fold.js';
import { isOrganisationName } from './organisation.js';

/** An office is named in a few words. */
const MAX_OFFICE_WORDS = 3;

let labels: string[] | undefined;

/**
 * The offices a letterhead names, folded ("stadskontoret"): capitalised lines of a few words, no
 * number, no organisation — by its shape ("Lunds kommun") or as the registry names it
 * (`organisations`, folded: "MALMÖ STAD").
 */
export function officesOf(letterhead: string[], organisations: readonly string[] = []): string[] {
  return letterhead
    .filter((t) => /^\p{Lu}/u.test(t) && !/\d/u.test(t) && !isOrganisationName(t))
    .map((t) => foldWords(t))
    .filter((t) => t !== '' && t.split(' ').length <= MAX_OFFICE_WORDS && !organisations.includes(t));
}

/** Whether a line opens the office's comment: "<office>s <label>:" or "<label>: <office> …". */
export function opensOfficeComment(text: string, offices: string[]): boolean {
  if (offices.length === 0 || !text.includes(':')) return false;
  labels ??= loadData<{ officeComments: string[] }>('lexicon/structure.json').officeComments.map(foldWords);
  const colon = text.indexOf(':');
  if (colon > 60) return false;
  const label = foldWords(text.slice(0, colon));
  const after = foldWords(text.slice(colon + 1, colon + 80));
  return offices.some((o) => labels!.some((l) => label === `${o}s ${l}` || label === `${o} ${l}` || (label === l && (after === o || after.startsWith(`${o} `)))));
}

/** The answer's segments with the office's comments split off as the compiler's text. */
export function splitOfficeComments(segments: Segment[], offices: string[]): Segment[] {
  if (offices.length === 0) return segments;
  const out: Segment[] = [];
  for (const s of segments) {
    const k = s.respondent === null ? -1 : s.lines.findIndex((l) => opensOfficeComment(l.text, offices));
    if (k < 0) {
      out.push(s);
      continue;
    }
    const own = s.lines.slice(0, k);
    const office = s.lines.slice(k);
    if (own.some((l) => l.text !== '')) out.push({ ...s, text: own.map((l) => l.text).join('\n').trimEnd(), lines: own });
    out.push({ respondent: null, part: 'compilation', question: null, heading: null, text: office.map((l) => l.text).join('\n'), page: office[0].page, line: office[0].line, lines: office });
  }
  return out;
}
