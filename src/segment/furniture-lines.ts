/**
 * Lines of a letter that are not a respondent's name however they look: the addressee ("Till
 * Kommunstyrelsen", "Till: Stadskontoret") and prose (a sentence, not a label).
 */
import { loadData } from '../data.js';
import { fold, foldWords, withoutColon } from '../normalize/fold.js';
import { escapeRegex } from '../normalize/ocr.js';
import { isProseVerb } from './headings.js';
import { loadStructure } from '../normalize/structure.js';
import { letterRegExp } from '../normalize/letters.js';

/** A postal address line: "205 80 Malmö", "Box 15, 201 20 Malmö". */
export const POSTAL = /\b\d{3}\s?\d{2}\s+\p{Lu}\p{L}+/u;

/** A signer named with a role on one line: "Maria Lindfors, kyrkoherde", "Anna-Karin Wiberg, prefekt" (the role captured). */
export const SIGNER_WITH_ROLE = /^\p{Lu}[\p{L}-]+ (?:\p{Lu}[\p{L}-]+ )?\p{Lu}[\p{L}-]+, (\p{Ll}[\p{L} -]+)$/u;

let addressee: RegExp | undefined;

/** "Till Kommunstyrelsen", "Till: Stadskontoret", "Mottagare: …". */
export function isAddressee(text: string): boolean {
  addressee ??= letterRegExp(`^(?:${loadData<{ addressee: string[] }>('lexicon/structure.json').addressee.map((w) => escapeRegex(fold(w))).join('|')})(?::|\\s)`, 'u');
  return addressee.test(fold(text.trim()));
}

let titleTo: RegExp | undefined;

/**
 * An answer's title that names its addressee, not its sender ("Yttrande till kommunstyrelsen",
 * "Remissvar till stadskontoret"): the words of structure.json answerTitle, then "till".
 */
export function isTitleToAddressee(text: string): boolean {
  titleTo ??= letterRegExp(`^(?:${loadStructure().answerTitle.documents})\\s+till\\s+\\S`, 'iu');
  return titleTo.test(text.trim());
}

let addresseeLabels: Set<string> | undefined;
/** An addressee's label alone on its line ("Till", "Mottagare:"), the address following below. */
export function isAddresseeLabel(text: string): boolean {
  addresseeLabels ??= new Set(loadData<{ addressee: string[] }>('lexicon/structure.json').addressee.map(fold));
  return addresseeLabels.has(fold(text.trim()).replace(/:$/u, ''));
}

let attention: RegExp | undefined;

/** A line naming the person a letter goes to: "Att: Linnea Bergdahl", "Attn. Karin Lind". */
export function isAttentionLine(text: string): boolean {
  attention ??= letterRegExp(`^(?:${loadData<{ attention: string[] }>('lexicon/structure.json').attention.map((w) => escapeRegex(fold(w))).join('|')})\\.?:?\\s+\\p{Lu}`, 'iu');
  return attention.test(text.trim());
}

let documentKinds: Set<string> | undefined;

/** Whether a text opens with a kind of document (data/lexicon/structure.json documentKinds): "Protokollsutdrag", "Utdrag ur protokoll". */
export function isDocumentKind(text: string): boolean {
  documentKinds ??= new Set(loadData<{ documentKinds: string[] }>('lexicon/structure.json').documentKinds.map(fold));
  return documentKinds.has(foldWords(text).split(' ')[0]);
}

let documentTitles: Set<string> | undefined;

/**
 * Whether a text is only the name of a kind of document, an answer's or another's ("REMISSVAR",
 * "Yttrande", "Protokollsutdrag"; structure.json answerTitle.documents and documentKinds): a title, no name.
 */
export function isDocumentTitle(text: string): boolean {
  if (!documentTitles) {
    const s = loadData<{ answerTitle: { documents: string[] }; documentKinds: string[] }>('lexicon/structure.json');
    documentTitles = new Set([...s.answerTitle.documents, ...s.documentKinds].map((w) => foldWords(w)));
  }
  return documentTitles.has(foldWords(text));
}

/** A line of more than one word that opens with a kind of document. */
export function opensWithDocumentKind(text: string): boolean {
  return foldWords(text).includes(' ') && isDocumentKind(text);
}

let distribution: Set<string> | undefined;

/** A distribution list's label alone on its line ("Protokollsutdrag till", "Expedieras:"; data/lexicon/structure.json). */
export function isDistributionLabel(text: string): boolean {
  distribution ??= new Set(loadData<{ distribution: string[] }>('lexicon/structure.json').distribution.map(fold));
  return distribution.has(withoutColon(fold(text.trim())));
}

/**
 * The most recipients read under a distribution list's label: a list, not the rest of the page. A
 * remiss's sändlista names a few dozen bodies; a PDF's list does not go on over a page break.
 */
export const MAX_RECIPIENTS = 40;

/**
 * Whether a heading stands right under an addressee line ("Till Malmö stad" / "Stadskontoret"): a
 * line of the address; or in a distribution list, line after line under its label
 * ("Protokollsutdrag till" / "Kommunstyrelsen" / "Fritidsförvaltningen").
 */
export function belowAddressee(lines: Array<{ text: string; page?: number | null }>, start: number): boolean {
  if (start > 0 && lines[start - 1].text !== '' && isAddressee(lines[start - 1].text)) return true;
  // Up the list, line by line: a blank line, a sentence or a page break ends it (a PDF may have no
  // blank lines) — but for one blank line right under the label ("Beslutet skickas till" / "" / …).
  const page = lines[start].page;
  for (let k = start - 1; k >= 0 && k >= start - MAX_RECIPIENTS && lines[k].page === page && !/[.!?]$/u.test(lines[k].text.trim()); k--) {
    if (lines[k].text === '') {
      if (k > 0 && lines[k - 1].text !== '' && isDistributionLabel(lines[k - 1].text)) return true;
      // A group of the list under a label of its own, across the blank lines before the group
      // ("Nämnder" / … / "" / "Kommunala bolag" / "MKB Fastighet AB"): the label above an entry.
      let top = k;
      while (top > 0 && lines[top - 1].text === '') top--;
      if (k + 2 <= start && top > 0 && lines[k + 2].text !== '' && isGroupLabel(lines[k + 1].text)) {
        k = top;
        continue;
      }
      return false;
    }
    if (isDistributionLabel(lines[k].text)) return true;
  }
  return false;
}

/** A group's label in a distribution list is a few words at most ("Kommunala bolag", "Externa remissinstanser"). */
export const MAX_GROUP_LABEL_WORDS = 3;

/** A label over a group of a list's entries: a few words, no digit, no sentence's or field's mark. */
function isGroupLabel(text: string): boolean {
  const t = text.trim();
  return t !== '' && t.split(/\s+/u).length <= MAX_GROUP_LABEL_WORDS && !/[\d.!?:,]/u.test(t);
}

/** A sentence of prose: six words or more ending in a period, or eight or more with a finite verb. */
export function isProseLike(text: string): boolean {
  const t = text.trim();
  const words = fold(t).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length >= 6 && /[.!]["”’)]*$/u.test(t)) return true;
  return words.length >= 8 && words.some(isProseVerb);
}

let people: { party: RegExp; role: RegExp; compound: RegExp } | undefined;

/** A person's name: two or three capitalised words ("Karin Strömberg", "Anna-Karin Holm"). */
export const PERSON_NAME = /^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){1,2}$/u;

/**
 * A person, not a body: a name with a party mark ("Tobias Ekström (V)"), or a line followed by a
 * signature role ("Anna Berg" / "Ordförande").
 */
export function isPerson(text: string, nextLine: string): boolean {
  return personMarks().party.test(text.trim()) || personMarks().role.test(fold(nextLine.trim())) || titledPerson(text);
}

/** A name with its title after a comma, on one line: "Helena Sjöberg, utvecklingssekreterare, stadskontoret". */
export function titledPerson(text: string): boolean {
  const [name, ...rest] = text.split(',').map((p) => p.trim());
  return rest.length > 0 && PERSON_NAME.test(name) && rest.some((p) => isSignerRole(p));
}

/** The marks of a person's line, compiled once: asked of every heading of a round. */
function personMarks(): { party: RegExp; role: RegExp; compound: RegExp } {
  if (!people) {
    const f = loadData<{ partyMarks: string[]; signatureRoles: string[] }>('lexicon/structure.json');
    const roles = f.signatureRoles.map((r) => escapeRegex(fold(r)));
    people = {
      party: letterRegExp(`\\((?:${f.partyMarks.map(escapeRegex).join('|')})\\)$`, 'u'),
      role: letterRegExp(`^(?:${roles.join('|')})(?:[,\\s]|$)`, 'u'),
      // One word ending in a role ("Kulturdirektör", "Utvecklingssekreterare"): a signer's title too.
      compound: letterRegExp(`^\\p{L}{3,}(?:${roles.filter((r) => !/\\s/u.test(r) && r.length >= 5).join('|')})$`, 'u'),
    };
  }
  return people;
}

/** A signer's title on its line: "Ordförande", "Kulturdirektör", "Enhetschef, avdelning Syd". */
export function isSignerRole(text: string): boolean {
  const f = fold(text.trim());
  return f !== '' && (personMarks().role.test(f) || personMarks().compound.test(f));
}

/**
 * The line after line k as a reader takes it: the next one, or the one after a single blank line
 * where the text spaces every paragraph so (copied from Word: a signer's name, a blank line, the
 * title).
 */
/** The indices of the first `n` lines with text from `from` on, before `to`: a letter's head, an answer's opening. */
export function textLinesFrom(lines: ReadonlyArray<{ text: string }>, from: number, to: number, n: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to && out.length < n; i++) if (lines[i].text.trim() !== '') out.push(i);
  return out;
}

export function nextTextLine(lines: Array<{ text: string }>, k: number): string {
  const here = lines[k]?.text ?? '';
  if (here !== '') return here;
  return (lines[k + 1]?.text ?? '') !== '' && (lines[k + 2]?.text ?? '') === '' ? lines[k + 1].text : '';
}

/**
 * What follows a name: a document title ("Yttrande", "REMISSVAR"), a date or reference line
 * ("Sammanträdesdatum 2026-04-23", "Dnr KN-2026-…", "Ert diarienummer Ju2026/…", "2026-05-26"),
 * a short line, or text.
 */
export function nextKind(text: string): 'end' | 'title' | 'dated' | 'short' | 'text' {
  if (text === '') return 'end';
  const first = text.trim().split(/\s+/)[0] ?? '';
  if (documentTitle().test(first.replace(/[:.,]$/u, ''))) return 'title';
  if (text.length < 80 && referenceLine().test(text)) return 'dated';
  return text.length < 60 && !/[.!?]$/u.test(text) ? 'short' : 'text';
}

let title: RegExp | undefined;

/** A document's title as a whole word: "Yttrande", "REMISSVAR" (compiled once, not per line). */
function documentTitle(): RegExp {
  title ??= letterRegExp(`^(?:${loadStructure().answerTitle.documents})$`, 'iu');
  return title;
}

let leadIns: RegExp | undefined;

/** "För nätverket", "För Tekniska nämnden", "På nämndens vägnar": the line a signature opens with. */
export function isSignatureLeadIn(text: string): boolean {
  leadIns ??= letterRegExp(loadData<{ signatureLeadIns: string[] }>('lexicon/structure.json').signatureLeadIns.join('|'), 'u');
  return leadIns.test(fold(text.trim()));
}

let reference: RegExp | undefined;

/** A date or diary line: up to two words, then a reference word (data) or an ISO date. */
function referenceLine(): RegExp {
  if (!reference) {
    const words = loadData<{ referenceLines: string[] }>('lexicon/structure.json').referenceLines.map((w) =>
      w.startsWith('*') ? `\\p{L}*${escapeRegex(w.slice(1))}` : escapeRegex(w),
    );
    reference = letterRegExp(`^(?:\\p{L}+[,\\s]+){0,2}(?:(?:${words.join('|')})\\b|\\d{4}-\\d{2}-\\d{2})`, 'iu');
  }
  return reference;
}
