/**
 * Which headings of a source open a respondent's answer. Three passes over the heading candidates:
 *
 * 1. Each heading on its own (src/segment/respondents.ts): a registry body, or a body-like name
 *    confirmed by the structure right around it.
 * 2. The round's own pattern: the respondents found so far show how this document sets a
 *    respondent's name (the blank lines before it, the line right before it — "Protokollsutdrag" —,
 *    its numbering, what follows it — "Yttrande", "REMISSVAR", a date). A heading laid out the same
 *    way, and shaped like a name, is a respondent too, even when the registry does not know it and
 *    its name has no organisation word ("Seniorrådet i Fosie", "Boverket"). A layout that any
 *    heading known not to be a respondent also has (a section, a question) teaches nothing.
 * 3. The compiler is no respondent: a body named in the letterhead of a compilation (the top lines
 *    before any prose, followed by several respondents' answers) is the office that compiled the
 *    round ("Malmö stad / Stadskontoret"), and its text is preamble. In a letter, the letterhead
 *    names the sender and stays.
 */
import type { Line, Respondent } from '../model.js';
import { contentStems } from '../normalize/words.js';
import { fold, foldWords } from '../normalize/fold.js';
import { loadData } from '../data.js';
import { loadStructure } from '../normalize/structure.js';
import { letterRegExp } from '../normalize/letters.js';
import { isFramed, NUMBERING, RULE_LINE, type HeadingBlock } from './headings.js';
import { derivedId, isGenericOrgan, loadRegistry, looksLikeBodyName, matchBodyName, nameAsRespondent, type Registry } from './registry.js';
import { introducesQuestions, isAppendixHeading, isCompilationSection, isUnansweredSection, listItemText, numberedQuestion, promisedQuestions, reportSection } from './questions.js';
import { DIARY_NUMBER, isFieldLine, MAX_HEADING_NAME_CHARS, nameFromTitle, nameOfHeading, respondentFromRunningHeader, respondentOf, titlesItsSender } from './respondents.js';
import { belowAddressee, isTitleToAddressee, isAddressee, isAttentionLine, isPerson, isProseLike, isSignatureLeadIn, isSignerRole, nextKind, nextTextLine, opensWithDocumentKind, PERSON_NAME, POSTAL, titledPerson } from './furniture-lines.js';
import { isOrgan, isOrganisationName } from './organisation.js';
import { applyRecords, readRecords } from './fields.js';
import { nameFromCapitals, pageLetters } from './page-letters.js';
import { openingSpeaker } from './opening-speaker.js';
import { committeeOfAdministration } from './administration.js';
import { jointRespondent } from './joint.js';
import { officesOf } from './office-comments.js';
import { isParticipantsHeading } from './participants.js';
import { signedName } from './signed-pages.js';

/** A learned layout must be shown by at least this many respondents found on their own. */
export const MIN_PATTERN_EXAMPLES = 2;
/** A layout shared by more than one non-name heading per this many names teaches nothing. */
export const SPOIL_RATIO = 4;
/** A name is short: at most this many words. */
const MAX_NAME_WORDS = 7;

/**
 * `questions`: the round's questions when known before reading (--questions); a heading that names
 * one of their report sections ("5.2 Lokal samordning") is that question's, never a respondent.
 */
export interface SenderContext {
  /** The round's questions when known before reading (--questions). */
  questions?: string[];
  /** The registry the source is read with. */
  registry?: Registry;
  /** The source's letterhead lines (src/segment/organisation.ts). */
  letterhead?: string[];
  /** The organisation whose document the source is, when it names one. */
  organisation?: string;
  /** The running header above the source's text (page furniture on its first page). */
  runningHeader?: string[];
}

/**
 * One respondent or none per heading. The one change made to the headings themselves: a letter named
 * by its head's first line alone has that heading shortened to the line (letterheadSender), so the
 * description under the name is read as text.
 */
export function respondentHeadings(headings: HeadingBlock[], lines: Line[], context: SenderContext = {}): Array<Respondent | undefined> {
  const { questions = [], registry: reg = loadRegistry(), letterhead = [], organisation, runningHeader = [] } = context;
  const sections = new Map(questions.map((q) => [reportSection(q) ?? '', q] as const).filter(([s]) => s !== ''));
  const isSection = (h: HeadingBlock): boolean => {
    const s = reportSection(h.text);
    const question = s === undefined ? undefined : sections.get(s);
    if (question === undefined) return false;
    // "Avsnitt 5.2", "5.2", "5.2 Lokal samordning" — but not "6.1 Sveriges Kommuner och
    // Regioner", a respondent numbered like a section, whose words are not the section's.
    const rest = h.text.replace(NUMBERING, '').trim();
    if (!/^\d/u.test(h.text.trim()) || rest === '') return true;
    const own = new Set(contentStems(question));
    return contentStems(rest).some((w) => own.has(w));
  };
  // The addressee of a letter ("Till Kommunstyrelsen") names a body, but never the respondent.
  // The lines right under an addressee ("Till Malmö stad" / "Stadskontoret" / "205 80 Malmö") are its address.
  // Nor does a part of the compilation or an appendix ("Bilaga till § 74"), whatever follows it.
  // Nor does the line that introduces a list of the questions ("Stadskontoret ställde fyra frågor:").
  const lists = new Set(headings.flatMap((h, i) => (introducesList(h, lines, reg) ? [i] : [])));
  const found = headings.map((h, i) =>
    isAddressee(h.text) || isTitleToAddressee(h.text) || belowAddressee(lines, h.start) || isSection(h) || isCompilationSection(h.text) || lists.has(i)
      ? undefined
      : respondentOf(h, lines, headings[i + 1], i === 0, reg),
  );
  const records = readRecords(headings, lines, reg);
  applyRecords(found, records);
  dropAddressBlocks(headings, lines, found, reg);
  const named = found.map((r) => r !== undefined);
  dropAddresseeBelowDates(headings, lines, found);
  // An addressee told apart below a letter's dates is no name to find again by its layout.
  const addressed = new Set(named.flatMap((was, i) => (was && !found[i] ? [i] : [])));
  // Nor is a line that introduces a list, however like the names its layout is.
  const notNames = new Set([...addressed, ...lists]);
  learnPattern(headings, lines, found, isSection, reg, notNames);
  learnFirstSubheading(headings, lines, found, isSection, reg, notNames);
  followNumbering(headings, lines, found, isSection, reg);
  notedSiblings(headings, lines, found, isSection, reg);
  dropOutOfOrder(headings, found);
  mergeStacked(headings, lines, found);
  dropListItems(headings, lines, found);
  dropParticipants(headings, lines, found);
  dropClosingNames(headings, lines, found);
  dropSignatures(headings, lines, found);
  // Before the compiler is told apart: the letters' senders are among the bodies that answer below it.
  pageLetters(headings, lines, found, reg);
  dropCompiler(headings, lines, found);
  dropOffice(headings, lines, found, letterhead, reg, addressed);
  organisationsAnswering(headings, lines, found, organisation);
  letterheadSender(headings, lines, found, reg);
  runningHeaderSender(headings, lines, found, runningHeader, reg);
  openingSpeaker(headings, lines, found, reg);
  committeeOfAdministration(headings, lines, found, reg);
  jointTitles(headings, lines, found, reg);
  // The passes above may name a body in a record's other fields; the record's own choice stands.
  applyRecords(found, records);
  // "Styrelsen", "Nämnden" alone: the organ of a body, whatever layout it shares with names.
  headings.forEach((_h, i) => {
    const r = found[i];
    if (r && !r.known && isGenericOrgan(r.name, reg)) found[i] = undefined;
  });
  nameOnFirstLine(headings, lines, found, reg);
  return found;
}

/**
 * A meeting's list of participants under a heading of its own ("2. Deltagare"), a body's line over
 * its people ("Fritidsförvaltningen (fritidsnämnden)" / "Sara Lindqvist, avdelningschef"): the
 * bodies that took part, no answer. Each heading after the list's heading that is a person's line,
 * or a body's line over people alone, is dropped, until a heading with other text under it.
 */
function dropParticipants(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>): void {
  // A person's line ("Sara Lindqvist, avdelningschef"), or a note in brackets on the list.
  const person = (t: string): boolean => PERSON_NAME.test(t.split(',')[0].trim()) || /^\(.*\)$/u.test(t);
  const peopleUnder = (j: number): boolean => {
    const to = j + 1 < headings.length ? headings[j + 1].start : lines.length;
    const below = lines.slice(headings[j].end, to).map((l) => l.text.trim()).filter((t) => t !== '');
    if (below.length > 0) return below.every(person);
    return j + 1 < headings.length && person(headings[j + 1].text.trim());
  };
  for (let i = 0; i < headings.length; i++) {
    if (!isParticipantsHeading(headings[i].text)) continue;
    for (let j = i + 1; j < headings.length; j++) {
      const t = headings[j].text.trim();
      if (!person(t) && !peopleUnder(j)) break;
      found[j] = undefined;
    }
  }
}

/**
 * A line ending in a colon that introduces a list: of the questions ("Stadskontoret ställde fyra
 * frågor:", it says how many), or of bodies ("Fyra remissinstanser har svarat:" over "- Kulturnämnden
 * (KN-2026-…)", at least MIN_PATTERN_EXAMPLES items naming bodies of the registry). A body's name
 * with a colon over its own points ("Hyresgästföreningen:" / "- Vi tycker …") names it.
 */
function introducesList(h: HeadingBlock, lines: Line[], reg: Registry): boolean {
  if (!/:\s*$/u.test(h.text)) return false;
  if (promisedQuestions(h.text) !== undefined) return true;
  let bodies = 0;
  for (let k = h.end; k < lines.length && bodies < MIN_PATTERN_EXAMPLES; k++) {
    const t = lines[k].text;
    if (t === '') {
      if (bodies > 0) break;
      continue;
    }
    const name = listedName(t);
    if (name === undefined || matchBodyName(name, reg) === undefined) break;
    bodies++;
  }
  return bodies >= MIN_PATTERN_EXAMPLES;
}

/** A numbered list item's number ("2. Tekniska nämnden", "3) MKB"). */
const LIST_ITEM_NUMBER = /^(\d{1,2})[.)]\s+\S/u;

/**
 * An item of a numbered list, the next or the previous item on the line right beside it ("1.
 * Fritidsnämnden" / "2. Tekniska nämnden": a ranked answer, a table of contents): no answer opens
 * there, whatever body it names. A compilation that numbers its answers has text under each.
 */
function dropListItems(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>): void {
  const numberOf = (k: number): number | undefined => {
    const m = k >= 0 && k < lines.length ? LIST_ITEM_NUMBER.exec(lines[k].text.trim()) : null;
    return m ? Number(m[1]) : undefined;
  };
  headings.forEach((h, i) => {
    if (!found[i] || h.end - h.start !== 1) return;
    const n = numberOf(h.start);
    if (n === undefined) return;
    if (numberOf(h.start - 1) === n - 1 || numberOf(h.end) === n + 1) found[i] = undefined;
  });
}

/**
 * A body's name on the first line of a two-line heading whose second line adds nothing to it
 * ("Tekniska nämnden" / "x", read whole with a slip allowed): the heading is the first line, and
 * the second is the answer's text — nothing read is lost in a name. (Like letterheadSender, this
 * shortens the heading itself.)
 */
function nameOnFirstLine(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>, reg: Registry): void {
  headings.forEach((h, i) => {
    const r = found[i];
    if (!r?.known || r.members || h.end - h.start !== 2) return;
    const first = lines[h.start].text.replace(/\s+/g, ' ').trim();
    const alone = matchBodyName(first, reg);
    if (!alone || alone.body.id !== r.id) return;
    h.end = h.start + 1;
    h.text = first;
  });
}


/**
 * A body's name above a person and a signing role ("Stadskontoret" / "Karin Strömberg" /
 * "Utredare"), with nothing after it: a signature, not the start of an answer.
 */
function dropSignatures(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>): void {
  headings.forEach((h, i) => {
    if (!found[i]) return;
    const after: string[] = [];
    let k = h.end;
    const page = lines[h.start].page;
    for (; k < lines.length && lines[k].text !== '' && lines[k].page === page && after.length < 3; k++) after.push(lines[k].text.trim());
    // The block ends there: a blank line, a new page of a PDF or the end follows.
    if (after.length !== 2 || (k < lines.length && lines[k].text !== '' && lines[k].page === page)) return;
    if (PERSON_NAME.test(after[0]) && isPerson(after[0], after[1])) found[i] = undefined;
  });
  // A person's name alone under the text that names them ("Beslut … har fattats av
  // lokalpolisområdeschef Niklas Berg." / "" / "Niklas Berg"): the signer, no body.
  headings.forEach((h, i) => {
    const r = found[i];
    if (!r || r.known || h.end - h.start !== 1 || !PERSON_NAME.test(h.text.trim())) return;
    for (let k = h.start - 1, seen = 0; k >= 0 && seen < SIGNER_NAMED_LINES; k--) {
      if (lines[k].text === '') continue;
      seen++;
      if (lines[k].text.includes(h.text.trim()) && lines[k].text.trim() !== h.text.trim()) {
        found[i] = undefined;
        return;
      }
    }
  });
}

/** A signer's name alone is looked for in this many lines of text above it. */
export const SIGNER_NAMED_LINES = 4;


/**
 * Whether a heading opens an address: a postal line or an "Att:" line within its block and the
 * lines right after. A Word document gives each line of an address a paragraph of its own, so its
 * text has a blank line between them ("Stadskontoret" / "" / "August Palms plats 1" / "" / "205 80
 * Malmö"): one blank line does not end the block; two do, and so do a sentence and a date line.
 */
function addressBlock(lines: Line[], h: HeadingBlock): boolean {
  for (let k = h.start + 1, seen = 0; k < lines.length && seen < 3; k++) {
    const text = lines[k].text;
    if (text === '') {
      if (k >= h.end && (lines[k + 1]?.text ?? '') === '') break;
      continue;
    }
    seen++;
    if (POSTAL.test(text) || isAttentionLine(text)) return true;
    // A letter's date and diary lines under its sender ("Datum 2026-04-28", "Dnr ASN-2026-0441"):
    // the head of the letter, not an address (the addressee's "Att:" may follow them).
    if (isDateLine(text)) break;
    if (k >= h.end && isProseLike(text)) break;
  }
  return false;
}

/**
 * An address block below the letterhead ("Kommunstyrelsen / c/o Stadskontoret / 205 80 Malmö") is
 * the addressee, whatever body it names. (The sender's own address sits in the letterhead.)
 */
function dropAddressBlocks(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>, reg: Registry): void {
  // The sender's own name opens the letter, often above its own address: that one stays. So does
  // a title that says whose answer follows ("Yttrande från MKB Fastighet AB" / "MKB Fastighet AB" /
  // "Box 8054, 200 41 Malmö"), wherever it stands in a compilation.
  let first = firstContentLine(lines);
  // "MALMÖ STAD" / "Kulturförvaltningen" / "Box 7040, 200 42 Malmö": the organisation's name alone
  // above the sender is its letterhead too; the sender under it opens the letter.
  if (first < lines.length && reg.organisationNames.includes(foldWords(lines[first].text.trim()))) first = firstContentLine(lines, first + 1);
  headings.forEach((h, i) => {
    if (!found[i] || h.start === first || titlesItsSender(h.text)) return;
    if (addressBlock(lines, h)) found[i] = undefined;
  });
}

/**
 * A letter's head sets the sender, then the document's date and diary lines, then the addressee
 * ("Vallby kommun | Miljönämnden" / "YTTRANDE" / "Datum 2026-03-16" / "Dnr MN-2026-211" /
 * "Kommunstyrelsen" / the title): a body right under the date lines, in the head (no prose
 * between it and the sender named above it), is the addressee, even without "Till" — in each
 * letter of a file that holds several (a diary's print of the letters received).
 */
function dropAddresseeBelowDates(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>): void {
  let sender: { r: Respondent; start: number; end: number } | undefined;
  const first = firstContentLine(lines);
  // Where the addressee's lines end: a line stacked right under it is its address ("Stadskontoret").
  let addressEnd = -1;
  // The last line of prose before each line, found once: asked between every two names.
  const lastProse: number[] = [];
  let prose = -1;
  for (let k = 0; k <= lines.length; k++) {
    lastProse.push(prose);
    if (k < lines.length && isProseLike(lines[k].text)) prose = k;
  }
  headings.forEach((h, i) => {
    const r = found[i];
    if (!r) return;
    if (h.start === addressEnd) {
      found[i] = undefined;
      addressEnd = h.end;
      return;
    }
    // Prose since the sender: its head is over, and this is the next letter's sender.
    if (sender === undefined || lastProse[h.start] >= sender.end) {
      sender = { r, start: h.start, end: h.end };
      return;
    }
    // Up past the document's kind and its reference fields ("Förslag till yttrande", "Handläggare: …").
    // A date among the reference fields ("Ert diarienummer: …" / "Datum: 2026-06-11") is passed too, but
    // seen; so is the organisation's name over the addressee ("Malmö stad" / "Kommunstyrelsen").
    let k = h.start - 1;
    let dated = false;
    while (k >= sender.end && (lines[k].text === '' || isKindOrReference(lines[k].text) || (k === h.start - 1 && isOrganisationName(lines[k].text)))) dated ||= isDateLine(lines[k--].text);
    // The date lines stand between the two (a sender's own line with a date, "Nämnden, 2026-04-22", closes an answer),
    // or, under the letterhead that opens the source, the head goes on under the second with them:
    // the addressee set between letterhead and date ("Miljöförvaltningen" / "Kommunstyrelsen" / "Datum …").
    const underLetterhead = sender.start === first && h.start - sender.end <= LETTERHEAD_GAP && datedBelow(lines, h.end);
    if (r.id !== sender.r.id && ((k >= sender.end && isDateLine(lines[k].text)) || dated || underLetterhead)) {
      found[i] = undefined;
      addressEnd = h.end;
    } else sender = { r, start: h.start, end: h.end };
  });
}

/**
 * A joint yttrande's title in the head ("Gemensamt yttrande från förskolenämnden, grundskolenämnden
 * och …", src/segment/joint.ts): the letter is the joint answer of those bodies, from its top (a
 * member named in the letterhead above is the same letter's sender).
 */
function jointTitles(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>, reg: Registry): void {
  const headEnd = headOf(lines);
  headings.forEach((h, i) => {
    if (h.start >= headEnd) return;
    const joint = jointRespondent(h.text, reg);
    if (!joint) return;
    const members = new Set(joint.members!.map((m) => m.id));
    const earlier = found.findIndex((r, k) => k < i && r !== undefined);
    // Another body's letter that cites the joint answer keeps its sender; a name the registry does
    // not know above the title ("Kulturförvaltningen · Fritidsförvaltningen") is the joint letterhead.
    if (earlier >= 0 && found[earlier]!.known && !members.has(found[earlier]!.id)) return;
    const at = earlier >= 0 ? earlier : headings[0].start === firstContentLine(lines) ? 0 : i;
    for (let k = 0; k <= i; k++) if (found[k] && (members.has(found[k]!.id) || !found[k]!.known)) found[k] = undefined;
    found[at] = joint;
  });
}

/**
 * A letter with no respondent heading at all: its first line names the sender when the letter
 * repeats that name in its text ("FRAMTID FOSIE" … "Framtid Fosie samlar ett trettiotal
 * föreningar"). A first line the text never repeats (a diary number, a scanner's banner) is not taken.
 */
function letterheadSender(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>, reg: Registry): void {
  // The first heading, after any date or diary line above the letterhead.
  if (found.some(Boolean)) return;
  const top = firstLineAfterDates(lines);
  const at = headings.findIndex((x) => x.start >= top);
  if (at < 0 || headings[at].start !== top) return;
  const h = headings[at];
  // A document's own title ("PROTOKOLL" / "fört vid sammanträde med styrelsen för …") names no sender by its first line;
  // nor does a compilation's letterhead, its compiler's.
  if (opensWithDocumentKind(h.text) || compilerHeadings.has(h)) return;
  // The head's first line alone, too: a line in lower case under the name describes it
  // ("Gröna Gårdar" / "nätverket för odling på bostadsgårdarna").
  const names = [h.text, ...(h.end - h.start > 1 ? [lines[h.start].text] : [])].map((t) => t.replace(/\s+/g, ' ').trim());
  // … or is signed with that name ("För Gröna Gårdar").
  const repeatedIn = (name: string): boolean => {
    const key = fold(name);
    if (key.length < 4) return false;
    for (let k = h.end; k < lines.length; k++) {
      const t = lines[k].text;
      if (t.length > name.length + 10 && fold(t).includes(key)) return true;
      if (signedName(t) === key) return true;
    }
    return false;
  };
  const name = names.find((n, k) => (k === 0 ? nameShaped(h, lines) : /^\p{Lu}/u.test(n) && n.split(' ').length <= MAX_NAME_WORDS) && repeatedIn(n));
  if (name === undefined) return;
  // The name is the first line only: the heading is that line, and the description under it is
  // the letter's text (nothing read is lost).
  if (name !== names[0]) {
    h.end = h.start + 1;
    h.text = name;
  }
  found[at] = nameAsRespondent(name, reg, nameFromCapitals(name));
}

/**
 * Minutes that carry the committee's name only in their running header ("HÄLSA-, VÅRD- OCH
 * OMSORGSNÄMNDEN" on every page, set apart as furniture), above the organisation's own name
 * ("Malmö stad"): where the source found no body of the registry, and at most the organisation
 * as a respondent, the body the header names is the source's respondent.
 */
function runningHeaderSender(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>, header: string[], reg: Registry): void {
  if (headings.length === 0 || header.length === 0) return;
  // Only the respondents before an appendix count: a council's own yttrande attached to the
  // minutes ("Bilaga 2 till § 54" / "SENIORRÅDET") leaves the minutes their committee.
  const appendix = headings.findIndex((h) => isAppendixHeading(h.text));
  const before = (i: number): boolean => appendix < 0 || i < appendix;
  if (found.some((r, i) => r?.known && before(i))) return;
  const firstContent = firstContentLine(lines);
  const others = found.filter((r, i): r is Respondent => r !== undefined && before(i));
  if (others.some((r) => !reg.organisationNames.includes(foldWords(r.name)) && !isOrganisationName(r.name))) return;
  const body = respondentFromRunningHeader(header.map((text) => ({ text })), reg);
  if (!body) return;
  const at = found.findIndex((r, i) => r !== undefined && before(i));
  // With no respondent at all, the header's body opens the text at its first heading, if the text begins there.
  if (at < 0 && headings[0].start !== firstContent) return;
  found[at < 0 ? 0 : at] = body;
}

/** The first line with text that is no date or diary line: a letter may be dated above its letterhead ("2026-03-18" / "Gröna Gårdar"). */
function firstLineAfterDates(lines: Line[]): number {
  let i = firstContentLine(lines);
  while (i < lines.length && (lines[i].text === '' || isDateLine(lines[i].text))) i++;
  return i;
}

/** A letter's head: its lines before the first line of prose. Returns where the head ends. */
function headOf(lines: Line[]): number {
  const prose = lines.findIndex((l) => isProseLike(l.text));
  return prose < 0 ? lines.length : prose;
}

/** Words a line of a letter's head may give its document's kind by ("Förslag till yttrande", "Tjänsteskrivelse", "YTTRANDE"). */
export const MAX_KIND_LINE_WORDS = 4;

let documentWord: RegExp | undefined;

/**
 * A line of a letter's head that says what the document is or who handles it, between its date
 * lines and its addressee: a kind of document, last word of a short line ("Förslag till yttrande",
 * "Tjänsteskrivelse"; structure.json answerTitle.documents and documentKinds), or a labelled
 * reference without a date ("Handläggare: Maja Tran").
 */
function isKindOrReference(text: string): boolean {
  const t = text.trim();
  if (/^\p{L}[\p{L} ]{1,30}:\s*\S/u.test(t) && !isDateLine(t)) return true;
  const { answerTitle, documentKinds } = loadStructure();
  const word = (documentWord ??= letterRegExp(`(?:^|\\s)(?:${answerTitle.documents}|${documentKinds})$`, 'iu'));
  return t.split(/\s+/u).length <= MAX_KIND_LINE_WORDS && word.test(t);
}

/** At most this many lines (the organisation's name, blank lines) between a letterhead and its addressee. */
export const LETTERHEAD_GAP = 3;

/**
 * Whether a letter's head goes on below a line with its date lines ("Yttrande" / "Datum: …" /
 * "Dnr: …"): only blank, kind and reference lines between, and a date line among them.
 */
function datedBelow(lines: Line[], end: number): boolean {
  for (let k = end; k < lines.length; k++) {
    const t = lines[k].text;
    if (isDateLine(t)) return true;
    if (t !== '' && !isKindOrReference(t)) return false;
  }
  return false;
}

/** A date or diary line of a letter's head ("Datum 2026-03-16", "Dnr MN-2026-211", "MN-2026-211"). */
function isDateLine(text: string): boolean {
  return nextKind(text) === 'dated' || (text.length < 40 && DIARY_NUMBER.test(text));
}

function firstContentLine(lines: Line[], from = 0): number {
  let i = from;
  while (i < lines.length && lines[i].text === '') i++;
  return i;
}

/** How a heading is set in the text, as far as plain text shows it. */
export function layoutOf(h: HeadingBlock, lines: Line[]): string {
  let gap = 0;
  for (let i = h.start - 1; i >= 0 && lines[i].text === ''; i--) gap++;
  const before = h.start - gap - 1;
  // A name that opens a page of a PDF is set apart by the page break, whatever ended the page before
  // (a signer's name is no label of the heading).
  const newPage = before >= 0 && lines[before].page !== null && lines[before].page !== lines[h.start].page;
  const prev = gap === 0 && before >= 0 && !newPage ? lines[before].text : '';
  // The line right before, when it is a one- or two-word label ("Protokollsutdrag", "Remissinstans").
  const prevLabel = prev !== '' && prev.split(/\s+/).length <= 2 && !/[.!?]$/u.test(prev) ? fold(prev) : '';
  const numbering = (NUMBERING.exec(h.text)?.[0] ?? '').replace(/\p{L}+/gu, 'w').replace(/\d+/g, 'n').trim();
  // Sections set apart by a rule ("=======", "-------") above the name: the rule says it all.
  if (before >= 0 && RULE_LINE.test(lines[before].text)) return ['rule', numbering].join('|');
  let next = h.end;
  while (next < lines.length && lines[next].text === '') next++;
  return [h.start === 0 ? 'top' : newPage ? 'page' : Math.min(gap, 3), prevLabel, numbering, nextKind(lines[next]?.text ?? '')].join('|');
}

/** Whether a heading could be a body's name at all: short, no sentence, no question, no section. */
function nameShaped(h: HeadingBlock, lines: Line[]): boolean {
  const text = nameOfHeading(h.text);
  if (h.end - h.start > 2 || text === '' || /[?!:;]$/u.test(text) || /[.]$/u.test(text)) return false;
  const words = text.split(/\s+/);
  // A caption the compiler framed in rules is a name as its sender wrote it, in lower case too.
  if (words.length > MAX_NAME_WORDS || !(/^\p{Lu}/u.test(text) || isFramed(h, lines))) return false;
  if (numberedQuestion(h.text) !== undefined || isUnansweredSection(text) || isCompilationSection(text) || introducesQuestions(text)) return false;
  // A labelled field ("Förslag på samordnande nämnd: Kulturnämnden") names a body as its value, not the answer's sender.
  if (isFieldLine(text) && nameFromTitle(text) === undefined) return false;
  if (isAddressee(text) || isProseLike(text) || isPerson(h.text, nextTextLine(lines, h.end)) || isSignerRole(text)) return false;
  // Names over their titles, set in columns ("Anna Berg      Per Holm" / "ordförande      sekreterare"): a signature.
  if (h.end - h.start === 2 && isSignerRole(lines[h.start + 1].text)) return false;
  // A signature's lead-in ("För styrelsen i …"), or a line of the address under "Till …".
  if (isSignatureLeadIn(text) || belowAddressee(lines, h.start)) return false;
  return !/\d{4}/u.test(text);
}

function learnPattern(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>, isSection: (h: HeadingBlock) => boolean, reg: Registry, notNames: ReadonlySet<number> = new Set()): void {
  const layouts = headings.map((h) => layoutOf(h, lines));
  const shown = new Map<string, number>();
  const spoiled = new Map<string, number>();
  headings.forEach((h, i) => {
    if (found[i]) shown.set(layouts[i], (shown.get(layouts[i]) ?? 0) + 1);
    // Headings known not to be names: sections and questions. A layout they share is not a name's.
    else if (!nameShaped(h, lines)) spoiled.set(layouts[i], (spoiled.get(layouts[i]) ?? 0) + 1);
  });
  const foundNames = new Set(headings.filter((_h, i) => found[i]).map((h) => foldWords(nameOfHeading(h.text))));
  const listed = namesOfLists(lines, (n) => foundNames.has(n));
  headings.forEach((h, i) => {
    if (found[i] || notNames.has(i) || !nameShaped(h, lines) || isSection(h)) return;
    const l = layouts[i];
    const n = shown.get(l) ?? 0;
    const name = nameOfHeading(h.text).replace(/\s+/g, ' ');
    // A layout other headings share teaches nothing, unless a list of the source names this one
    // beside the names found (a meeting's participants): "Mötets inledning" is in no such list.
    if (n < MIN_PATTERN_EXAMPLES || ((spoiled.get(l) ?? 0) * SPOIL_RATIO > n && !listed.has(foldWords(name)))) return;
    // Laid out as the names are, and a body the registry knows after all (damaged, or with its company form).
    found[i] = nameAsRespondent(name, reg);
  });
}

/** The most lines between a name and the subheading that opens its answer. */
export const SUBHEADING_REACH = 3;

/**
 * Answers that all open with the same subheading ("Fritidsnämnden" / "Om förslaget", "Tekniska
 * nämnden" / "Om förslaget"): a name-shaped heading right above that subheading is a name too,
 * whatever the space above it — some answers start on a new page, others below the last one's
 * text. Taught by MIN_PATTERN_EXAMPLES names found so, and only by a subheading no other kind of
 * heading stands above.
 */
function learnFirstSubheading(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>, isSection: (h: HeadingBlock) => boolean, reg: Registry, notNames: ReadonlySet<number>): void {
  const opening = (i: number): string | undefined => {
    const next = headings[i + 1];
    return next && next.start - headings[i].end <= SUBHEADING_REACH ? foldWords(next.text) : undefined;
  };
  const shown = new Map<string, number>();
  const spoiled = new Set<string>();
  headings.forEach((h, i) => {
    const o = opening(i);
    if (o === undefined) return;
    if (found[i]) shown.set(o, (shown.get(o) ?? 0) + 1);
    else if (!nameShaped(h, lines)) spoiled.add(o);
  });
  headings.forEach((h, i) => {
    const o = opening(i);
    if (o === undefined || found[i] || notNames.has(i) || spoiled.has(o) || (shown.get(o) ?? 0) < MIN_PATTERN_EXAMPLES) return;
    if (!nameShaped(h, lines) || isSection(h) || !looksLikeBodyName(nameOfHeading(h.text))) return;
    found[i] = nameAsRespondent(nameOfHeading(h.text).replace(/\s+/g, ' '), reg);
  });
}

/**
 * The names of the source's lists that name bodies: a meeting's list of participants ("-
 * Fritidsnämnden – fritidsförvaltningen", "- Lokalpolisområde Öster, Polisregion Syd"), a
 * compilation's list of respondents. A list counts when at least MIN_PATTERN_EXAMPLES of its items
 * are names `isName` knows (folded); each item's name is what stands before a dash, a comma or a
 * bracket. Folded names.
 */
export function namesOfLists(lines: Line[], isName: (folded: string) => boolean): Set<string> {
  const out = new Set<string>();
  let group: string[] = [];
  const close = (): void => {
    if (group.filter(isName).length >= MIN_PATTERN_EXAMPLES) for (const n of group) out.add(n);
    group = [];
  };
  for (const l of lines) {
    const name = listedName(l.text);
    if (name === undefined) {
      if (l.text.trim() !== '') close();
      continue;
    }
    group.push(name);
  }
  close();
  return out;
}

/** The name a list item opens with, folded ("• Fritidsnämnden (FRN-2026-…), beslut …" → "fritidsnamnden"), or undefined for a line that is no item. */
export function listedName(line: string): string | undefined {
  const item = listItemText(line.trim());
  if (item === undefined) return undefined;
  // A name is short: only an item's opening is split (the pattern, tried from every space of a
  // long run of them, would cost the square of its length).
  return foldWords(nameOfHeading(item.slice(0, MAX_HEADING_NAME_CHARS).split(/\s+[–—-]\s+|,|\s*\(/u)[0]));
}

/** "3.2", "5." → [3, 2], [5]; undefined for an unnumbered heading. */
function numberOf(text: string): number[] | undefined {
  const m = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\p{Lu}/u.exec(text.trim());
  return m ? m[1].split('.').map(Number) : undefined;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/**
 * A compilation that numbers its respondents ("3.1 Brottsförebyggande rådet", "3.2 …", "5. Region
 * Skåne") numbers them in order: a name-shaped numbered heading whose number falls between the
 * numbers of the respondents before and after it is one of them. A group heading ("4. Kommuner",
 * followed by "4.1 …") and a report section inside an answer ("5.2 Lokal samordning" between 3.2 and
 * 3.3) are out of that order.
 */
function followNumbering(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>, isSection: (h: HeadingBlock) => boolean, reg: Registry): void {
  const numbers = headings.map((h) => numberOf(h.text));
  if (found.filter((r, i) => r && numbers[i]).length < MIN_PATTERN_EXAMPLES) return;
  // The numbered respondent after each heading, and the numbered heading after it, in one pass
  // from the end (looking them up for every heading was quadratic on a long numbered compilation).
  const nextFound: Array<number[] | undefined> = new Array(headings.length);
  const nextNumbered: Array<number[] | undefined> = new Array(headings.length);
  for (let k = headings.length - 1, f: number[] | undefined, any: number[] | undefined; k >= 0; k--) {
    nextFound[k] = f;
    nextNumbered[k] = any;
    if (numbers[k]) any = numbers[k];
    if (found[k] && numbers[k]) f = numbers[k];
  }
  // The numbered respondent before: found on its own, or accepted earlier in this pass.
  let prev: number[] | undefined;
  headings.forEach((h, i) => {
    const n = numbers[i];
    if (found[i]) {
      if (n) prev = n;
      return;
    }
    if (!n || !nameShaped(h, lines) || isSection(h)) return;
    const next = nextFound[i];
    if (!prev && !next) return;
    if ((prev && compare(prev, n) >= 0) || (next && compare(n, next) >= 0)) return;
    // A group heading: the next numbered heading is its child.
    const child = nextNumbered[i];
    if (child && child.length > n.length && n.every((x, k) => child[k] === x)) return;
    const name = nameOfHeading(h.text).replace(/\s+/g, ' ');
    // At another depth than the numbered respondents around it ("2. Deltagare" before "6.1
    // Komplettering från …"), only a heading that reads as a body's name ("5. Region Skåne").
    const near = prev ?? next;
    if (near && near.length !== n.length && !looksLikeBodyName(name)) return;
    found[i] = nameAsRespondent(name, reg);
    prev = n;
  });
}

/**
 * A compilation numbers its respondents in order ("5. Miljönämnden", "6. Funktionsstödsnämnden",
 * "7. MKB Fastighet AB"): a heading named by that layout alone, a name no registry knows, whose
 * number at the same depth does not follow the numbered respondent before it ("2. Samverkan",
 * "3. Samordning" inside the sixth answer) or is not below that of the known body after it ("4.
 * Förutsättningar" before "4. Servicenämnden"), is that answer's own numbered part, not a respondent.
 */
function dropOutOfOrder(headings: HeadingBlock[], found: Array<Respondent | undefined>): void {
  const numbers = headings.map((h, i) => (found[i] ? numberOf(h.text) : undefined));
  // The number of the next respondent the registry knows, after each heading ("4. Förutsättningar"
  // before "4. Servicenämnden" takes a number that is the known body's): one pass from the end.
  const nextKnown: Array<number[] | undefined> = new Array(headings.length);
  for (let k = headings.length - 1, next: number[] | undefined; k >= 0; k--) {
    nextKnown[k] = next;
    if (found[k]?.known && numbers[k]) next = numbers[k];
  }
  let prev: number[] | undefined;
  headings.forEach((_h, i) => {
    const r = found[i];
    const n = numbers[i];
    if (!r || !n) return;
    const next = nextKnown[i];
    const behind = prev !== undefined && prev.length === n.length && compare(n, prev) <= 0;
    const ahead = next !== undefined && next.length === n.length && compare(n, next) >= 0;
    if (!r.known && (behind || ahead)) {
      found[i] = undefined;
      return;
    }
    prev = n;
  });
}

/** The first word of a note in brackets that ends a heading ("(inkom 2026-03-24)" → "inkom"), folded. */
const noteWord = (text: string): string | undefined => {
  const w = /\((\p{L}+)[^()]*\)\s*$/u.exec(text.trim())?.[1];
  return w === undefined ? undefined : fold(w);
};

/**
 * A compilation numbers and notes its answers alike ("4.1 Gymnasienämnden (inkom 2026-03-24)",
 * "4.2 Föreningsrådet Norr (inkom 2026-03-22 via e-post)"): a name-shaped heading numbered one on
 * from a respondent's, at the same depth, with a note in brackets opening with the same word, is
 * the next respondent — also where too few are numbered for followNumbering to see the order.
 */
function notedSiblings(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>, isSection: (h: HeadingBlock) => boolean, reg: Registry): void {
  let last: { n: number[]; note: string } | undefined;
  headings.forEach((h, i) => {
    const n = numberOf(h.text);
    if (!n) return;
    const note = noteWord(h.text);
    if (found[i]) {
      last = note === undefined ? undefined : { n, note };
      return;
    }
    if (!last || note !== last.note || !nameShaped(h, lines) || isSection(h)) return;
    const prev = last.n;
    const next = n.length === prev.length && n.slice(0, -1).every((x, k) => x === prev[k]) && n[n.length - 1] === prev[prev.length - 1] + 1;
    if (!next) return;
    found[i] = nameAsRespondent(nameOfHeading(h.text).replace(/\s+/g, ' '), reg);
    last = { n, note };
  });
}

/**
 * Two respondent headings with nothing but blank lines between them name one respondent: the body
 * and its organ or sender ("5. Region Skåne" / "Regionstyrelsen"). The first names it. A run of
 * three stays as it is; four or more one-line names are a list (MIN_NAME_LIST), and none opens an answer.
 * Not across a page break: the name that ends one answer (its signature) and the one that opens
 * the next on a new page have only the page's furniture between them.
 */
function mergeStacked(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>): void {
  const sheet = (i: number): number | null | undefined => lines[headings[i].start].page ?? lines[headings[i].start].sheet;
  const adjacent = (i: number): boolean => {
    if (!found[i] || !found[i + 1] || sheet(i) !== sheet(i + 1)) return false;
    for (let k = headings[i].end; k < headings[i + 1].start; k++) if (lines[k].text !== '') return false;
    return true;
  };
  // The first signs a letter ("Ida Jönsson, avdelningschef" / "Fastighets- och gatukontoret"): the
  // answer before it ends there, and the second name opens the next.
  const signs = (i: number): boolean => {
    const above = headings[i].start - 1;
    return above >= 0 && lines[above].text !== '' && (titledPerson(lines[above].text) || isSignerRole(lines[above].text));
  };
  for (let i = 0; i + 1 < headings.length; i++) {
    if (adjacent(i) && !(i > 0 && adjacent(i - 1)) && !adjacent(i + 1)) {
      if (signs(i) && found[i]!.id !== found[i + 1]!.id) found[i] = undefined;
      else found[i + 1] = undefined;
    }
  }
  // A run of MIN_NAME_LIST or more one-line names with nothing between them is a list (an overview
  // "Remissinstans – Bilaga nr", a table of contents): no name in it opens an answer, or the last
  // would take all the text after the list for its own.
  for (let i = 0; i < headings.length; ) {
    let j = i;
    while (j + 1 < headings.length && adjacent(j) && headings[j].end - headings[j].start === 1) j++;
    // A list names different bodies: a signature over the next answer's name, its letterhead and
    // its title ("Kulturnämnden, 2025-10-29" / "2.8 Miljönämnden" / "Miljöförvaltningen" /
    // "Yttrande, Miljönämnden …") name two.
    const list = j - i + 1 >= MIN_NAME_LIST && headings[j].end - headings[j].start === 1 && new Set(found.slice(i, j + 1).map((r) => r?.id)).size >= MIN_NAME_LIST;
    if (list) for (let k = i; k <= j; k++) found[k] = undefined;
    i = j + 1;
  }
}

/** A list of names is this many one-line names of different bodies in a row, at least. */
export const MIN_NAME_LIST = 4;

/**
 * A name at the foot of one page and another at the top of the next, nothing but blank lines (the
 * page's furniture is gone) between them: the first signs what comes before it ("Stadskontoret"
 * under the remiss letter a compilation reprints, a committee under its answer) and answers
 * nothing; the second opens the next answer. On one page, mergeStacked decides.
 */
function dropClosingNames(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>): void {
  const sheet = (i: number): number | null | undefined => lines[headings[i].start].page ?? lines[headings[i].start].sheet;
  for (let i = 0; i + 1 < headings.length; i++) {
    if (!found[i] || !found[i + 1] || sheet(i) === sheet(i + 1) || sheet(i) === undefined || sheet(i) === null) continue;
    if (lines.slice(headings[i].end, headings[i + 1].start).every((l) => l.text === '')) found[i] = undefined;
  }
}

/**
 * The compiling office is no respondent of its own round: where several bodies answer, a heading
 * naming the office of the letterhead ("Stadskontoret", "Stadsledningsförvaltningen") — also in the
 * genitive, "Stadskontorets kommentar", or "Sammanfattning från stadsledningsförvaltningen" — is the
 * compiler's text. `letterhead`: the source's top lines, running headers included; the
 * organisation's own name ("Lunds kommun") is not the office: its bodies answer.
 */
function dropOffice(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>, letterhead: string[], reg: Registry, addressed: ReadonlySet<number> = new Set()): void {
  if (new Set(found.filter(Boolean).map((r) => r!.id)).size < MIN_PATTERN_EXAMPLES + 1) return;
  // Neither the organisation's own name nor a respondent's heading at the top is the office (a
  // compilation of letters opens with the first letter's head). The office signing the
  // compilation at its end ("Stadskontoret" under its assessment) is still the office.
  const top = headerEnd(lines);
  const own = new Set(headings.filter((h, i) => found[i] && h.start < top).map((h) => foldWords(h.text)));
  // An office is named, not numbered: a diary number or a date in the letterhead is none.
  const office = officesOf(letterhead, reg.organisationNames).filter((o) => !own.has(o));
  if (office.length === 0) return;
  // The last heading naming a respondent: the office signing after it signs the compilation.
  let lastFound = -1;
  found.forEach((f, k) => {
    if (f) lastFound = k;
  });
  headings.forEach((h, i) => {
    const r = found[i];
    if (h.end - h.start > 2) return;
    // A body of the registry is a respondent, unless its heading is the office's name itself
    // ("Stadskontoret", which the registry knows as the kommunstyrelse's office) signing the
    // compilation after its last answer; above an answer it is the answer's addressee.
    if (r?.known && (!office.includes(foldWords(h.text)) || i < lastFound)) return;
    // "Stadskontoret / Att: … / 205 80 Malmö", "Till: Kommunstyrelsen, stadskontoret": a letter's
    // addressee, not the office's own section.
    // So is one told apart below a letter's dates ("Kommunstyrelsen" / "Stadskontoret").
    if (addressed.has(i) || addressBlock(lines, h) || isAddressee(h.text) || belowAddressee(lines, h.start)) return;
    const words = foldWords(r && !r.known ? r.name : h.text).split(' ');
    if (words.length > 6) return;
    // "Inkom till stadskontoret 2026-06-05": the office as the addressee of an arrival note, not its section.
    const names = (o: string): boolean => words.some((_w, k) => words[k - 1] !== 'till' && words.slice(k, k + o.split(' ').length).join(' ').replace(/s$/u, '') === o);
    if (office.some(names)) {
      found[i] = undefined;
      officeHeadings.add(h);
    }
  });
}

/** Headings of the compiling office's own sections: they end the answer before them. */
const officeHeadings = new WeakSet<HeadingBlock>();

export function isOfficeHeading(h: HeadingBlock): boolean {
  return officeHeadings.has(h);
}

/**
 * In another organisation's round (a national remiss, a region's), a city or a region answers as a
 * whole: its name ("Malmö stad", "Region Skåne") stands above the organ that decided the answer
 * ("Kommunstyrelsen", "Regionstyrelsen"). The respondent is the organisation, named as written.
 */
function organisationsAnswering(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>, own: string | undefined): void {
  headings.forEach((h, i) => {
    const next = headings[i + 1];
    if (found[i] || !next || !found[i + 1] || !isOrgan(found[i + 1]!.name) || !isOrganisationName(h.text)) return;
    if (own !== undefined && foldWords(own) === foldWords(h.text)) return;
    for (let k = h.end; k < next.start; k++) if (lines[k].text !== '') return;
    const name = h.text.trim();
    found[i] = { id: derivedId(name), name, known: false };
    found[i + 1] = undefined;
  });
}

/** A letterhead is a few lines. */
const MAX_LETTERHEAD_LINES = 8;

/** Where a source's letterhead ends: its first blank line or line of prose, within a few lines. */
function headerEnd(lines: Line[]): number {
  let i = 0;
  while (i < lines.length && lines[i].text === '') i++;
  const limit = Math.min(lines.length, i + MAX_LETTERHEAD_LINES);
  for (; i < limit; i++) if (lines[i].text === '' || isProseLike(lines[i].text)) return i;
  return i;
}

function dropCompiler(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>): void {
  const end = headerEnd(lines);
  const inHeader = headings.map((h, i) => (found[i] && h.end <= end ? i : -1)).filter((i) => i >= 0);
  if (inHeader.length === 0) return;
  const later = new Set(headings.map((h, i) => (found[i] && h.start >= end ? found[i]!.id : undefined)).filter(Boolean));
  const headerIds = new Set(inHeader.map((i) => found[i]!.id));
  // A compilation: several other bodies answer below the letterhead, and what follows the
  // letterhead is the compilation's own text, not the start of an answer ("Yttrande", a question).
  const others = [...later].filter((id) => !headerIds.has(id!));
  const next = headings.find((h) => h.start >= end);
  // An answer follows its sender's name: its title ("Yttrande", "REMISSVAR") or a question. A
  // compilation follows its compiler: "Inledning", "Bakgrund", "Sammanställning av …".
  const answerFollows =
    next !== undefined && (nextKind(next.text) === 'title' || /\?["”]?$/u.test(next.text) || numberedQuestion(next.text) !== undefined) && !isCompilationSection(next.text);
  // A letterhead that names the document a compilation ("SAMMANSTÄLLNING AV REMISSVAR") is the compiler's.
  const compiled = headings.some((h) => h.start <= end && isCompilationSection(h.text));
  // A question under such a title is the compilation's own ("Vad tycker andra om förslaget?"), not
  // an answer's: only a document's title or a numbered question after the letterhead opens one.
  // (A letterhead set apart by a blank line: in a text with none, the "letterhead" runs on into the answers.)
  const titleAsks = next !== undefined && lines[end]?.text === '' && nextKind(next.text) !== 'title' && numberedQuestion(next.text) === undefined;
  if (others.length >= MIN_PATTERN_EXAMPLES && (compiled || !answerFollows)) for (const i of inHeader) dropAsCompiler(headings[i], i, found);
  // So is one whose document's title, before any prose, says it compiles the answers ("Malmö stad" /
  // "Stadskontoret" / "SAMMANSTÄLLNING" / … / "Sammanställning av remissvar över …"), whether or not
  // the answers below have headings of their own (a summary reports them in its paragraphs).
  // Its office signing the compilation at its end ("Stadskontoret" / "Eva Lind, utredare") is the compiler too.
  else if ((!answerFollows || titleAsks) && compilationTitled(headings, lines)) {
    const office = new Set(inHeader.map((i) => foldWords(headings[i].text)));
    headings.forEach((h, i) => {
      if (office.has(foldWords(h.text))) dropAsCompiler(h, i, found);
    });
  }
}

/** Headings told apart as the compiler's: no later pass reads them as a letter's sender (letterheadSender). */
const compilerHeadings = new WeakSet<HeadingBlock>();

function dropAsCompiler(h: HeadingBlock, i: number, found: Array<Respondent | undefined>): void {
  found[i] = undefined;
  compilerHeadings.add(h);
}

/** The folded words that make a compilation's title one of the answers (sections.json compilationOfAnswers). */
let answerWords: Set<string> | undefined;

/** A title says what kind of document it is in its first words: as many as a compilation's section heading may have (isCompilationSection). */
export const TITLE_KIND_WORDS = 8;

/** Whether a source's title, among its headings before its first prose, names it a compilation of the answers. */
function compilationTitled(headings: HeadingBlock[], lines: Line[]): boolean {
  const prose = lines.findIndex((l) => isProseLike(l.text));
  answerWords ??= new Set(loadData<{ compilationOfAnswers: string[] }>('lexicon/sections.json').compilationOfAnswers.map(fold));
  const answers = answerWords;
  return headings.some((h) => {
    if (prose >= 0 && h.start > prose) return false;
    // A long title names its kind before or after the matter, set apart by a dash or a colon
    // ("Sammanställning av remissvar – Förslag till …", "Modell för … – sammanställning av remissvar och …"):
    // each part's opening is read.
    return h.text.split(/\s+[–—-]\s+|:\s+/u).some((part) => {
      const kind = part.split(/\s+/u).slice(0, TITLE_KIND_WORDS).join(' ');
      if (!isCompilationSection(kind)) return false;
      const ws = foldWords(kind).split(' ');
      return ws.length === 1 || ws.some((w) => answers.has(w));
    });
  });
}
