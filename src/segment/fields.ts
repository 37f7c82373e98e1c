/**
 * Answers that arrive as records of labelled fields — a survey tool's export, a response form's
 * header: "Organisation: …", "Kontaktperson: …", "Svarar på uppdrag av: …", one field a line. The
 * respondent is the field that says whom the answer speaks for, by the rank of its label
 * (data/lexicon/structure.json `respondentFields`): the body answered for before the one that
 * wrote, that before the person who sent it. A value that names nobody ("Mig själv", "Föreningens
 * styrelse", empty) gives way to the next field; a private person ("Organisation: Privatperson")
 * is known by the contact's name. The record opens where its field block starts (with the record's
 * own caption and rules above it: "Svar 2 av 10"), so that nothing of it falls to the answer before.
 */
import type { Line, Respondent } from '../model.js';
import { fold, foldWords } from '../normalize/fold.js';
import { loadData } from '../data.js';
import { RULE_LINE, isRule, isProseVerb, type HeadingBlock } from './headings.js';
import { loadStructure } from '../normalize/structure.js';
import { bodyOfAbbreviation, derivedId, knownRespondent, looksLikeBodyName, matchBodyName, nameAsRespondent, type Registry } from './registry.js';
import { captionedName, nameOfHeading } from './respondents.js';
import { numberedQuestion } from './questions.js';
import { PERSON_NAME, textLinesFrom } from './furniture-lines.js';
import { letterRegExp } from '../normalize/letters.js';
import { pageOf } from './page-letters.js';

interface FieldsLexicon {
  respondentFields: { ranks: string[][]; privatePerson: string[]; selfReferences: string[]; personFields: string[]; organGenitive: string[] };
  mail: {
    headers: string[];
    senders?: string[];
    recipients: string[];
    subjects: string[];
    replyPrefixes: string[];
    closings: string[];
    signatureLines: number;
    behalf: string;
    originalMarkers: string[];
    forwardMarkers?: string[];
    forwardPrefixes?: string[];
    attachmentLabels: string[];
    attachmentExtensions: string[];
  };
}

/** A field line: a short label (letters, "/", "-", spaces, a comma: "Annan, ange vilken"), a colon, and a value (maybe empty). */
const FIELD = /^(\p{L}[\p{L} ,/-]{0,34}?)\s*:(?:\s+(.*))?$/u;

/** Fewer labelled lines than this in a row are no record ("Datum: …" alone in a letter). */
export const MIN_FIELDS = 3;

let lexicon: FieldsLexicon['respondentFields'] | undefined;
function fieldsLexicon(): FieldsLexicon['respondentFields'] {
  lexicon ??= loadData<FieldsLexicon>('lexicon/structure.json').respondentFields;
  return lexicon;
}

type MailWords = FieldsLexicon['mail'] & {
  headerSet: Set<string>;
  senderSet: Set<string>;
  recipientSet: Set<string>;
  subjectSet: Set<string>;
  closingSet: Set<string>;
  marker: RegExp;
  forward: RegExp;
  replyPrefix: RegExp;
  forwardPrefix: RegExp;
  attachment: RegExp;
};
let mailLexicon: MailWords | undefined;
/** The mail words, folded into sets and a pattern once. */
function mailWords(): MailWords {
  if (!mailLexicon) {
    const m = loadData<FieldsLexicon>('lexicon/structure.json').mail;
    mailLexicon = {
      ...m,
      headerSet: new Set(m.headers.map(fold)),
      // The header labels that name a sender ('Från:', 'From:').
      senderSet: new Set((m.senders ?? []).map(fold)),
      recipientSet: new Set(m.recipients.map(fold)),
      subjectSet: new Set(m.subjects.map(fold)),
      closingSet: new Set(m.closings.map(fold)),
      marker: letterRegExp(`^[-_=*\\s]*(?:${m.originalMarkers.map(fold).join('|')})[-_=*\\s]*$`, 'u'),
      forward: letterRegExp(`^[-_=*\\s]*(?:${(m.forwardMarkers ?? []).map(fold).join('|') || '(?!)'})[-_=*\\s]*$`, 'u'),
      replyPrefix: letterRegExp(`^(?:${m.replyPrefixes.map(fold).join('|')})\\s*:\\s*`, 'u'),
      forwardPrefix: letterRegExp(`^(?:${(m.forwardPrefixes ?? []).map(fold).join('|') || '(?!)'})\\s*:`, 'u'),
      // Framing marks, a label ("Bilaga:", "Bifogad fil 1 av 2:"), a file's name, its size, framing marks.
      attachment: letterRegExp(
        `^[-_=*~#<>\\s]*(?:(?:${m.attachmentLabels.map(fold).join('|')})(?:\\s+\\d{1,2}\\s+av\\s+\\d{1,2})?\\s*:\\s*)?[^:;<>]{1,${MAX_FILE_NAME_CHARS}}\\.(?:${m.attachmentExtensions.join('|')})(?:\\s*\\([^()]{1,20}\\))?[-_=*~#<>\\s]*$`,
        'u',
      ),
    };
  }
  return mailLexicon;
}

/** A mail's header: two or more of its fields are a mail's ("Från:", "Skickat:", "Ämne:"). */
function isMailHeader(block: Field[]): boolean {
  const { headerSet } = mailWords();
  return block.filter((f) => headerSet.has(f.label)).length >= 2;
}

/** A letter's or mail's closing ("Med vänlig hälsning", "Mvh,"): structure.json mail closings. */
export function isClosing(text: string): boolean {
  return mailWords().closingSet.has(fold(text.trim().replace(/[,.!]+$/u, '')));
}

/**
 * The body a mail speaks for: named in its signature, under the closing ("Vänliga hälsningar" /
 * "Petra Sandberg" / "Utredare, Fritidsförvaltningen" / "Malmö stad") — a registry body in any
 * comma-separated part of a line (a förvaltning gives its nämnd), else a line shaped like a body's
 * name. Quoted lines ("> …") are the earlier mail, not this one.
 */
function mailSender(lines: Line[], from: number, to: number, reg: Registry): { respondent: Respondent; signature: [number, number] } | undefined {
  const { signatureLines } = mailWords();
  for (let i = from; i < to; i++) {
    if (!isClosing(lines[i].text)) continue;
    const end = Math.min(to, i + 1 + signatureLines);
    let unknown: Respondent | undefined;
    for (let k = i + 1; k < end; k++) {
      const text = lines[k].text.trim();
      if (text === '' || text.startsWith('>')) continue;
      text.split(/\s*[,|]\s*/u).forEach((part, p) => {
        if (unknown?.known) return;
        const known = matchBodyName(part, reg);
        if (known) unknown = knownRespondent(known);
        // After a role ("Samordnare, Malmö Ideella Forum"), a name of two capitalised words or more
        // is the organisation; alone on its line it is the signer.
        else if (!unknown && (looksLikeBodyName(part) || (p > 0 && /^\p{Lu}\S*(?: \S+)* \p{Lu}\S*$/u.test(part))) && !reg.organisationNames.includes(foldWords(part)) && !/\d/u.test(part))
          unknown = { id: derivedId(part), name: part, known: false };
      });
      if (unknown?.known) break;
    }
    if (unknown) return { respondent: unknown, signature: [i, end] };
  }
  return undefined;
}

/**
 * Whose answer the mail's opening says it is: "svar från tekniska nämnden nedan", "för
 * kulturnämndens räkning", or a body's name opening a sentence of its own ("Polisområde Norr har
 * tagit del av förslaget"). The first paragraph after the greeting only.
 */
function mailOpening(lines: Line[], from: number, to: number, reg: Registry): Respondent | undefined {
  const { documents, from: fromWords } = loadStructure().answerTitle;
  let i = from;
  while (i < to && lines[i].text === '') i++;
  // The greeting ("Hej Karin,", "Hej!") and the paragraph after it.
  const text: string[] = [];
  for (let k = i; k < to && text.length < 6; k++) {
    if (lines[k].text === '' && text.length > 1) break;
    if (lines[k].text !== '') text.push(lines[k].text.trim());
  }
  const para = text.join(' ');
  const candidates: string[] = [];
  const said = letterRegExp(`(?:${documents})\\s+(?:${fromWords})\\s+((?:\\p{L}[\\p{L}-]*\\s?){1,5}?)(?=[\\s,.:]|$)`, 'iu').exec(para);
  if (said) candidates.push(said[1]);
  const behalf = letterRegExp(mailWords().behalf, 'iu').exec(para);
  if (behalf) candidates.push(behalf[1]);
  for (const c of candidates) {
    for (let n = c.split(/\s+/).length; n >= 1; n--) {
      const known = matchBodyName(c.split(/\s+/).slice(0, n).join(' '), reg);
      if (known) return knownRespondent(known);
    }
  }
  // A capitalised name of two words or more opening a sentence with a finite verb.
  const speaking = /(?:^|[.!?]\s+)(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){1,3}) (\p{Ll}+)/u.exec(para);
  if (speaking && isProseVerb(fold(speaking[2]))) {
    return nameAsRespondent(speaking[1], reg);
  }
  return undefined;
}

export interface Field {
  line: number;
  label: string;
  value: string;
}

function fieldOf(line: Line, index: number): Field | undefined {
  const m = FIELD.exec(line.text.trim());
  return m ? { line: index, label: fold(m[1].trim()), value: (m[2] ?? '').trim() } : undefined;
}

/** The respondent fields' ranks that name the body answering (structure.json ranks: on whose behalf, the remissinstans); the others name an organisation or a person. */
const RESPONDENT_FIELD_RANK = 1;

/** The rank of a label among the respondent fields (0 best), or undefined. */
function rankOf(label: string): number | undefined {
  const i = fieldsLexicon().ranks.findIndex((labels) => labels.some((l) => fold(l) === label));
  return i < 0 ? undefined : i;
}

let organ: RegExp | undefined;
/** Whether a value names nobody: empty, a dash, the writer itself, a body's own organ ("Föreningens styrelse"). */
export function namesNobody(value: string): boolean {
  const v = fold(value.replace(/\s*\([^()]*\)\s*$/u, '').trim());
  if (v === '' || /^[–—-]+$/u.test(v)) return true;
  const { selfReferences, privatePerson, organGenitive } = fieldsLexicon();
  if ([...selfReferences, ...privatePerson].some((s) => v === fold(s) || v.startsWith(`${fold(s)} `) || v.startsWith(`${fold(s)},`))) return true;
  // A common noun in the genitive before a common noun: the organ of the body itself.
  organ ??= letterRegExp(`^\\p{Lu}?\\p{Ll}+(?:${organGenitive.join('|')}) \\p{Ll}+$`, 'u');
  return organ.test(value.trim());
}

function isPrivatePerson(value: string): boolean {
  const v = fold(value.trim());
  return fieldsLexicon().privatePerson.some((p) => v === fold(p) || v.startsWith(`${fold(p)} `) || v.startsWith(`${fold(p)},`));
}

/**
 * A value's comma-separated parts ("Fritidsförvaltningen, Malmö stad"); not at a comma inside
 * brackets ("Seniorsamverkan (PRO, SPF och SKPF)") nor after a hyphen, where a compound's first
 * part is cut short ("Hälsa-, vård- och omsorgsnämnden").
 */
export function valueParts(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0 && !/[-–]$/u.test(value.slice(from, i))) {
      parts.push(value.slice(from, i).trim());
      from = i + 1;
    }
  }
  parts.push(value.slice(from).trim());
  return parts.filter(Boolean);
}

/** The respondent a value names: a registry body in any comma-separated part (or its abbreviation), else the name as written. */
function respondentNamed(value: string, reg: Registry, person = false): Respondent {
  const parts = valueParts(value).map((p) => nameOfHeading(p)).filter(Boolean);
  if (!person) {
    const abbreviated = parts.length === 1 ? bodyOfAbbreviation(parts[0], reg) : undefined;
    if (abbreviated) return { id: abbreviated.id, name: abbreviated.names[0], known: true, kind: abbreviated.kind };
    for (const p of parts) {
      const known = matchBodyName(p, reg);
      if (known) return knownRespondent(known);
    }
  }
  // "Hampus Lindell, strateg": the name before the role; "Holma Tillsammans (styrgruppen)": before the note.
  const name = parts[0] ?? value;
  return { id: derivedId(name), name, known: false };
}

/** Each source's field blocks, found once: the records and a case print's entries both ask. */
const blocksOf = new WeakMap<Line[], Field[][]>();

/** The field blocks of a source: runs of at least MIN_FIELDS labelled lines, blank lines ending a run. */
export function fieldBlocks(lines: Line[]): Field[][] {
  const known = blocksOf.get(lines);
  if (known) return known;
  const blocks: Field[][] = [];
  blocksOf.set(lines, blocks);
  let run: Field[] = [];
  const flush = (): void => {
    // A compiler's caption may hold only the sender and a date ("Från: PRO Kirseberg" / "Inkom: …").
    if (run.length >= MIN_FIELDS || (run.length >= 2 && sentFrom(run) !== undefined)) blocks.push(run);
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const f = lines[i].text === '' ? undefined : fieldOf(lines[i], i);
    if (!f) {
      flush();
      continue;
    }
    // A form exported from a table: the label in one cell, its value on the line below it.
    const next = lines[i + 1];
    if (f.value === '' && next && next.text !== '' && fieldOf(next, i + 1) === undefined) {
      f.value = next.text.trim();
      i++;
    }
    run.push(f);
  }
  flush();
  return blocks;
}

/**
 * A compiler's caption of an answer ("Svar 1 av 11" / "Från: PRO Kirseberg" / "Inkom: 2026-02-19
 * (e-post)"): a field block that is no mail's header, whose "Från:" names a sender — a name, not a
 * person's address ("Nordin Malin <malin.nordin@…>") — is a record of that sender.
 */
function sentFrom(block: Field[]): Field | undefined {
  return isMailHeader(block) ? undefined : namedSender(block);
}

/** The block's "Från:" field when its value is a name, not an address ("Nordin Malin <malin.nordin@…>"). */
function namedSender(block: Field[]): Field | undefined {
  const from = block.find((f) => mailWords().senderSet.has(f.label));
  return from && from.value !== '' && !/[@<>]/u.test(from.value) ? from : undefined;
}


/**
 * A mail sent from an organisation's own address ("Från: Malmö ungdomsråd"), when neither its
 * opening nor its signature names the sender: the header's name, if no person's ("Ekström Johan",
 * "Nordin Malin <…>") and no address.
 */
function organisationSending(block: Field[], reg: Registry): Respondent | undefined {
  const from = namedSender(block);
  if (!from || PERSON_NAME.test(from.value.trim()) || namesNobody(from.value)) return undefined;
  return respondentNamed(from.value, reg);
}

/** The respondent a record speaks for, by the rank of its fields. */
export function recordRespondent(block: Field[], reg: Registry): Respondent | undefined {
  const ranked = block
    .map((f) => ({ f, rank: rankOf(f.label) }))
    .filter((x): x is { f: Field; rank: number } => x.rank !== undefined)
    .sort((a, b) => a.rank - b.rank);
  if (ranked.length === 0) {
    const from = sentFrom(block);
    return from && !namesNobody(from.value) ? respondentNamed(from.value, reg) : undefined;
  }
  const { personFields } = fieldsLexicon();
  const privately = ranked.some((x) => isPrivatePerson(x.f.value));
  for (const { f } of ranked) {
    const person = personFields.some((p) => fold(p) === f.label);
    // The contact person is the respondent only for one who writes privately.
    if (person && !privately) continue;
    if (namesNobody(f.value)) continue;
    return respondentNamed(f.value, reg, person);
  }
  return undefined;
}

/**
 * Where a record opens: its field block, or above it the record's caption between rules
 * ("-----" / "Svar 2 av 10" / "-----"), from the first rule on, or set in one ("----- Svar 2 av 10 -----").
 */
function recordStart(block: Field[], lines: Line[]): number {
  const above = (k: number): number => {
    while (k >= 0 && lines[k].text === '') k--;
    return k;
  };
  let k = above(block[0].line - 1);
  if (k < 0 || !isRule(lines[k].text)) return block[0].line;
  if (!RULE_LINE.test(lines[k].text)) return k;
  // A caption counts only between two rules: a line above a single rule is the text before it.
  const caption = above(k - 1);
  if (caption < 0 || RULE_LINE.test(lines[caption].text) || lines[caption].text.length > 60) return k;
  const rule = above(caption - 1);
  return rule >= 0 && RULE_LINE.test(lines[rule].text) ? rule : k;
}

/**
 * What the records of a source say of its headings, by heading index: the respondent a record
 * opens with, or undefined for a heading inside a record (a field such as "Beslutat i
 * nämnd/styrelse: Ja" names a body but no answer's sender; a mail's "Från:" names a person). Read
 * once; applied (applyRecords) before and after the other passes, which may name a body in a
 * record's other fields.
 */
export type RecordVerdicts = Map<number, Respondent | undefined>;

/** From this many records on, an export's records are known by the labels they share. */
export const MIN_REPEATED_RECORDS = 3;

/**
 * The records among field blocks naming a respondent. An export repeats its record's labels
 * ("Svars-ID", "Organisation", "E-post" in each); its own head ("Remiss:", "Avsändare:", "Antal
 * svar:") shares none of them, and its "Avsändare" sent the remiss out, it did not answer. Where
 * MIN_REPEATED_RECORDS blocks or more name a respondent, a block that shares no more than half its
 * labels with any other is no record.
 */
export function recordsOf(blocks: Field[][]): Field[][] {
  if (blocks.length < MIN_REPEATED_RECORDS) return blocks;
  const labels = blocks.map((b) => new Set(b.map((f) => f.label)));
  return blocks.filter((_b, i) =>
    labels.some((other, j) => j !== i && [...labels[i]].filter((l) => other.has(l)).length * 2 > labels[i].size),
  );
}

export function readRecords(headings: HeadingBlock[], lines: Line[], reg: Registry): RecordVerdicts {
  const verdicts: RecordVerdicts = new Map();
  const all = fieldBlocks(lines);
  const ranked = (b: Field[]): boolean => b.some((f) => rankOf(f.label) !== undefined) || sentFrom(b) !== undefined;
  const within = (from: number, to: number): number[] => headings.map((_h, i) => i).filter((i) => headings[i].start >= from && headings[i].start < to);
  const mails = all.filter((b) => isMailHeader(b) && !ranked(b));
  let reply: Field[] | undefined; // the last mail of the file's own, not quoted
  mails.forEach((block, m) => {
    const bodyStart = block[block.length - 1].line + 1;
    const end = m + 1 < mails.length ? recordStart(mails[m + 1], lines) : lines.length;
    const inside = within(recordStart(block, lines), bodyStart);
    if (inside.length === 0) return;
    // The header's fields are never respondents ("Från: Nordin Malin <…>"), nor the signature's lines.
    inside.forEach((i) => verdicts.set(i, undefined));
    // A mail quoted under the answer ("-----Ursprungligt meddelande-----", or Outlook's bare header
    // of the mail replied to): the remiss replied to, no answer.
    // Nor is the name it is signed with (a forwarder's förvaltning): the quoted mail's, not an answer's.
    if (quotedBelowMarker(block, lines) || (reply !== undefined && repliedTo(reply, block))) {
      const signed = mailSender(lines, bodyStart, end, reg);
      if (signed) within(signed.signature[0], signed.signature[1]).forEach((i) => verdicts.set(i, undefined));
      return;
    }
    reply = block;
    const sender = mailSender(lines, bodyStart, end, reg);
    if (sender) within(sender.signature[0], sender.signature[1]).forEach((i) => verdicts.set(i, undefined));
    // A compilation's caption above the pasted mail ("SVAR 1 – AVDELNINGEN FÖR ANLÄGGNINGAR")
    // names whom the compiler filed it under: that beats what the mail says of itself.
    for (const i of inside) {
      const caption = captionedName(headings[i].text);
      if (caption === undefined) continue;
      verdicts.set(i, nameAsRespondent(caption, reg));
      return;
    }
    // What the opening says beats the signature (an official of the förvaltning signs for the
    // nämnd); without either, the organisation the mail came from, else the mail is left to the
    // rest of the reading (a pasted letter's heading).
    const respondent = mailOpening(lines, bodyStart, end, reg) ?? sender?.respondent ?? organisationSending(block, reg);
    if (respondent) verdicts.set(inside[0], respondent);
  });
  recordsOf(all.filter(ranked)).forEach((block, n) => {
    const start = recordStart(block, lines);
    const inside = within(start, block[block.length - 1].line + 1);
    if (inside.length === 0) return;
    inside.forEach((i) => verdicts.set(i, undefined));
    // A response form names its respondent in a field ("Remissinstans: Servicenämnden"): the body
    // in the form's own letterhead above the first record ("MALMÖ STAD / Stadskontoret") sent the
    // form out, and did not answer it — also when that field was left empty (the file's name, or
    // the text, then says who answered). A record of a contact person or a date only (a letter's
    // "Kontaktperson:", "Datum:") says nothing of the letterhead above it.
    const r = recordRespondent(block, reg);
    const asksWho = block.some((f) => (rankOf(f.label) ?? Infinity) <= RESPONDENT_FIELD_RANK);
    // Only the form's own head: a compilation's answers before a form are not its letterhead.
    if (n === 0 && (r || asksWho)) within(formHeadStart(headings, lines, start), start).forEach((i) => verdicts.set(i, undefined));
    if (r) verdicts.set(inside[0], r);
  });
  return verdicts;
}

/**
 * Where a form's head begins: after the last question heading above its first record ("Fråga 4",
 * "… ?"), else at the top — and on the record's own page. A form's letterhead has no questions
 * above it and stands on its first page; in a compilation the answers before the form have their
 * questions, or their pages, and their names are no letterhead of the form.
 */
function formHeadStart(headings: HeadingBlock[], lines: Line[], start: number): number {
  let from = 0;
  const page = lines[start] ? pageOf(lines[start]) : undefined;
  for (const h of headings) {
    if (h.start >= start) break;
    if (numberedQuestion(h.text) !== undefined || /\?["”]?$/u.test(h.text)) from = h.end;
    else if (page !== undefined && pageOf(lines[h.start]) !== page) from = h.end;
  }
  return from;
}

export function applyRecords(found: Array<Respondent | undefined>, verdicts: RecordVerdicts): void {
  for (const [i, r] of verdicts) found[i] = r;
}

/** The answer's own mail header is among its first lines with text, at most this many (a caption, its rules and a title above it). */
export const OWN_HEADER_LINES = 6;

/** Longer than this, a line of prose is no separator of a quoted mail ("-----Ursprungligt meddelande-----" is short, or set in rules). */
export const MAX_MARKER_CHARS = 60;

/** Whether a line can be a quoted mail's separator at all, before it is folded and matched: short, or opening or ending in a rule. */
function mayMark(t: string): boolean {
  return t.length <= MAX_MARKER_CHARS || /^[-_=*]|[-_=*]$/u.test(t);
}

/** A line that marks the mail quoted below it ("-----Ursprungligt meddelande-----", structure.json mail words). */
function isQuoteMarker(t: string): boolean {
  return mayMark(t) && mailWords().marker.test(fold(t));
}

/** A quote marker that forwards the mail below ("---------- Vidarebefordrat meddelande ----------"). */
export function isForwardMarker(t: string): boolean {
  return mayMark(t) && mailWords().forward.test(fold(t));
}

/** How far above the quoted mail its forward's subject may stand: the header's lines and the note under it. */
export const FORWARD_SUBJECT_REACH = 40;

/**
 * Whether the mail above line `at` forwards what it quotes: its own subject opens with a forward
 * prefix ("Ämne: VB: Protokollsutdrag ASN § 118 …"), within FORWARD_SUBJECT_REACH lines above.
 */
export function forwardsQuoted(lines: Line[], at: number): boolean {
  const words = mailWords();
  for (let k = at - 1; k >= 0 && k >= at - FORWARD_SUBJECT_REACH; k--) {
    const f = FIELD.exec(lines[k].text.trim());
    if (f && words.subjectSet.has(fold(f[1].trim()))) return words.forwardPrefix.test(fold((f[2] ?? '').trim()));
  }
  return false;
}

/** The parties a header field names ("A <a@x.se>; B <b@x.se>"), each by its address, else by its folded name. */
function partiesOf(value: string): string[] {
  return value
    .split(';')
    .map((p) => /[^\s<>;,]+@[^\s<>;,]+/u.exec(p)?.[0].toLowerCase() ?? fold(p.trim()))
    .filter((p) => p !== '');
}

/** A header's fields of one kind (its senders, recipients or subject), by the set of their labels. */
const valuesOf = (block: Field[], labels: Set<string>): string[] => block.filter((f) => labels.has(f.label)).map((f) => f.value);

/** A subject without its reply and forward prefixes, one at a time ("SV: VB: Remiss: X" → "VB: Remiss: X", "Remiss: X"). */
function unprefixedSubjects(subject: string): string[] {
  const { replyPrefix } = mailWords();
  const out: string[] = [];
  let s = fold(subject.trim());
  for (let m = replyPrefix.exec(s); m !== null && m[0].length < s.length; m = replyPrefix.exec(s)) {
    s = s.slice(m[0].length);
    out.push(s);
  }
  return out;
}

/**
 * Whether `later`, a mail header further down the same source, is the mail `reply` answers or
 * forwards, quoted with no marker as Outlook does: sent by the reply's recipient ("Till:
 * Stadskontoret Remiss" above "Från: Stadskontoret Remiss"), or its subject the reply's without
 * reply prefixes ("SV: VB: Remiss: …" above "VB: Remiss: …"). A compiled file of many answers has
 * each from its own sender, with its own "SV:", to the one who sent the remiss.
 */
function repliedTo(reply: Field[], later: Field[]): boolean {
  const { senderSet, recipientSet, subjectSet } = mailWords();
  const recipients = new Set(valuesOf(reply, recipientSet).flatMap(partiesOf));
  if (valuesOf(later, senderSet).flatMap(partiesOf).some((p) => recipients.has(p))) return true;
  const earlier = new Set(valuesOf(reply, subjectSet).flatMap(unprefixedSubjects));
  return valuesOf(later, subjectSet).some((s) => earlier.has(fold(s.trim())));
}

/** Whether a line is a field of a mail's header ("Ämne: SV: Remiss …"): the header's, never a heading of the answer. */
export function isMailHeaderLine(line: Line): boolean {
  const f = line.text !== '' ? fieldOf(line, 0) : undefined;
  return f !== undefined && mailWords().headerSet.has(f.label);
}

/** Whether a mail's header comes right under a quote marker: the mail replied to or forwarded. */
function quotedBelowMarker(block: Field[], lines: Line[]): boolean {
  let k = block[0].line - 1;
  while (k >= 0 && lines[k].text === '') k--;
  return k >= 0 && isQuoteMarker(lines[k].text);
}

/** The longest file name a caption of an attachment is read with. */
export const MAX_FILE_NAME_CHARS = 150;

/**
 * Where, in lines [from, to), a saved mail's caption over a file it carried stands ("=====
 * Yttrande.pdf =====", "--- Bilaga: Yttrande.pdf ---", "Bifogad fil 1 av 2: Yttrande.pdf", a
 * file's name alone between rules; structure.json mail attachmentLabels): the file's text follows.
 * A header's field ("Bifogade filer: a.pdf; b.pdf") is none: it lists, it does not open.
 */
export function attachmentCaption(lines: Line[], from: number, to: number): number | undefined {
  const { attachment } = mailWords();
  for (let i = from; i < to; i++) {
    const t = lines[i].text;
    // Set apart, under a blank line or a rule: a line of a quoted mail ("> Bifogade filer: …") or a
    // header's list of its files wrapped onto a line of its own is none.
    const before = i > 0 ? lines[i - 1].text : '';
    if (t === '' || !t.includes('.') || /^>(?!>)/u.test(t) || isMailHeaderLine(lines[i]) || (before !== '' && !isRule(before))) continue;
    if (attachment.test(fold(t))) return i;
  }
  return undefined;
}

/**
 * Where an earlier mail quoted under an answer begins, in lines [from, to): a separator naming it
 * ("-----Ursprungligt meddelande-----"), a second mail header ("Från: …" / "Skickat: …"), or a run
 * of quoted lines ("> …"). Undefined when there is none.
 */
export function quotedMailStart(lines: Line[], from: number, to: number): number | undefined {
  const { headerSet: header, senderSet } = mailWords();
  const labelOf = (l: Line | undefined): string | undefined => (l && l.text !== '' ? fieldOf(l, 0)?.label : undefined);
  const isHeader = (l: Line | undefined): boolean => header.has(labelOf(l) ?? '');
  // A mail's header names its sender in one of its first two fields ("Från:" / "Skickat:"); the
  // answer's own "Kopia:" and "Ämne:", set apart from its "Från:" by a wrapped line, open no mail.
  const opensMail = (i: number): boolean => isHeader(lines[i]) && isHeader(lines[i + 1]) && (senderSet.has(labelOf(lines[i])!) || senderSet.has(labelOf(lines[i + 1])!));
  // The answer's own header first ("Skickat: …", "Till: …" under its "Från:"), then its text —
  // also below the compiler's caption of it between rules and a title ("=====" / "SVAR 1 – …" /
  // "=====" / "PM"): the first fields within OWN_HEADER_LINES lines with text are the answer's own.
  let start = from;
  const own = textLinesFrom(lines, from, to, OWN_HEADER_LINES).find((k) => fieldOf(lines[k], 0) !== undefined);
  if (own !== undefined) start = own;
  while (start < to && (lines[start].text === '' || fieldOf(lines[start], 0) !== undefined)) start++;
  for (let i = start; i < to; i++) {
    const t = lines[i].text;
    if (t === '') continue;
    if (isQuoteMarker(t)) return i;
    if (opensMail(i)) return i;
    if (t.startsWith('>') && (lines[i + 1]?.text ?? '').startsWith('>')) return i;
  }
  return undefined;
}
