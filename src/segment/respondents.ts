/**
 * Finding where each respondent's answer starts. A respondent heading is a heading block that is
 * the name of a body: one the registry knows (tolerating OCR damage), or one it does not know
 * but that looks like a body's name and is confirmed by the structure around it (an "Yttrande"
 * heading right after it, or an answer that opens with the same name). A body merely named in
 * running text is never a heading block, so it never becomes a respondent.
 */
import type { Line, Respondent } from '../model.js';
import { loadData } from '../data.js';
import { fold, foldWords } from '../normalize/fold.js';
import type { HeadingBlock } from './headings.js';
import { bareName, bodyOfAbbreviation, derivedId, isGenericOrgan, kindFromName, knownRespondent, loadRegistry, looksLikeBodyName, matchBody, matchBodyName, type Body, type Registry } from './registry.js';
import { isMatterTitle, isUnansweredSection, numberedQuestion } from './questions.js';
import { loadStructure } from '../normalize/structure.js';
import { isDocumentKind, isDocumentTitle, isProseLike, nextKind, opensWithDocumentKind, textLinesFrom, titledPerson } from './furniture-lines.js';
import { isProseVerb } from './headings.js';
import { letterRegExp } from '../normalize/letters.js';
import { isOrganisationName } from './organisation.js';

const MAX_NAME_WORDS = 8;

/**
 * The name a respondent heading gives, without what a compilation adds around it: its chapter
 * number ("2.1 Kulturnämnden"), a note in brackets ("Kulturnämnden (beslut 2026-04-22, § 38)"; an
 * abbreviation in brackets, "(KN)", is kept for the registry to read), or a note after a dash that
 * dates or names the document ("Socialnämnden – protokollsutdrag 2026-04-16, § 71").
 */
export function nameOfHeading(heading: string): string {
  // No name is this long: a heading of a long run of spaces or words is left as it is (the
  // patterns below, each tried from every space, would cost the square of its length).
  if (heading.length > MAX_HEADING_NAME_CHARS) return heading;
  return headColumns(heading)
    .replace(/[.:]$/u, '')
    .replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+(?=\p{Lu})/u, '')
    .replace(/\s*\((?![\p{Lu}\p{N}-]{2,12}\))[^()]*\)\s*$/u, '')
    .replace(/\s+[–—-]\s+(?=[^–—]*(?:\d|§))[^–—]*$/u, '')
    // "Fritidsnämnden 2026-03-19": a meeting's date after the name (a tjänsteskrivelse's schedule).
    .replace(/\s+\d{4}-\d{2}-\d{2}$/u, '')
    // "Vallby vatten AB – yttrande över remissen", "Miljönämnden, protokollsutdrag § 54": the kind
    // of answer or document after a dash or a comma, and what follows it (structure.json
    // answerTitle.documents, documentKinds).
    .replace(answerAfterDash(), '')
    .replace(arrivalNote(), '')
    // "Arbetsmarknads- och socialnämnden från arbetsmarknads- och socialnämndens sammanträde
    // 2026-03-04": a minutes extract's line under the name, read with it.
    .replace(meetingNote(), '')
    .trim()
    // "Tekniska nämnden Yttrande": a letterhead's kind of document set beside the name, its
    // columns read as one line — only after a name that ends as a body's does ("…nämnden").
    .replace(/\s+(\p{Lu}\p{L}+)$/u, (all, kind: string, at: number, whole: string) => (isDocumentTitle(kind) && endsAsBody(whole.slice(0, at)) ? '' : all));
}

/** Whether a name's last word is a body's ("Tekniska nämnden", "Hamnbolaget Syd AB", "POLISMYNDIGHETEN"). */
function endsAsBody(name: string): boolean {
  return kindFromName(name) !== undefined || looksLikeBodyName(name.split(/\s+/u).pop() ?? '');
}

let arrival: RegExp | undefined;
/** ", inkom 2026-01-16", ", inkommen 7/5" after a name: when the answer came (structure.json arrivalNotes). */
function arrivalNote(): RegExp {
  arrival ??= letterRegExp(`,\\s+(?:${loadStructure().answerTitle.arrivalNotes})(?![\\p{L}])[^,]{0,40}$`, 'iu');
  return arrival;
}

let meeting: RegExp | undefined;
/** " från nämndens sammanträde 2026-03-04", " vid styrelsens möte" after a name: the meeting the extract is from (structure.json meetingNotes). */
function meetingNote(): RegExp {
  const t = loadStructure().answerTitle;
  meeting ??= letterRegExp(`\\s+(?:${t.meetingNoteOpeners})\\s+(?:\\S+\\s+){0,5}?(?:${t.meetingNotes})(?![\\p{L}])[^,]{0,40}$`, 'u');
  return meeting;
}

/** What may follow the document's kind after a name ("yttrande över remissen om …", "protokollsutdrag § 54"). */
export const MAX_DOCUMENT_NOTE_CHARS = 80;

let answerDash: RegExp | undefined;
function answerAfterDash(): RegExp {
  const s = loadStructure();
  answerDash ??= letterRegExp(`(?:\\s+[–—-]\\s+|,\\s+)(?:${s.answerTitle.documents}|${s.documentKinds})(?![\\p{L}])[^–—,]{0,${MAX_DOCUMENT_NOTE_CHARS}}$`, 'iu');
  return answerDash;
}

/** A field's label before its colon is at most this long ("Kontaktperson:", "Förslag på samordnande nämnd:"). */
export const MAX_FIELD_LABEL_CHARS = 40;

let fieldLabel: RegExp | undefined;

/** A labelled field of a form or letter ("Kontaktperson: …", "Förslag på samordnande nämnd: Kulturnämnden"). */
export function isFieldLine(text: string): boolean {
  fieldLabel ??= letterRegExp(`^\\p{L}[\\p{L} ,]{1,${MAX_FIELD_LABEL_CHARS - 1}}:\\s`, 'u');
  return fieldLabel.test(text.trim());
}

/** The longest heading read for a name in it. */
export const MAX_HEADING_NAME_CHARS = 300;

/**
 * A letterhead set in columns ("Vallby kommun | Miljönämnden | Protokollsutdrag"): the document's
 * kind is no part of the name; an organisation beside one unit of its own is that unit's
 * letterhead ("Vallby kommun | Miljönämnden" → "Miljönämnden"); organisations side by side send
 * one letter together ("Bergby kommun | Dalby kommun" → "Bergby kommun och Dalby kommun"). Columns
 * that are none of these ("Lunds kommun | Svarsformulär", "Vallby kommun | Protokollsutdrag": a
 * template's head) are left as written.
 */
function headColumns(heading: string): string {
  const parts = heading
    .trim()
    .split(/\s*\|\s*/u)
    .filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 4) return heading;
  const named = parts.filter((p) => !isDocumentKind(p));
  // An organisation beside the document's kind alone is its template's head, no sender ("Vallby kommun | Protokollsutdrag").
  if (named.length === 1 && named.length < parts.length && !isOrganisationName(named[0]) && looksLikeBodyName(named[0])) return named[0];
  const units = named.filter((p) => !isOrganisationName(p));
  if (units.length === 0 && named.length >= 2 && named.length <= 3) return `${named.slice(0, -1).join(', ')} och ${named[named.length - 1]}`;
  if (units.length === 1 && named.length === 2 && looksLikeBodyName(units[0])) return units[0];
  return heading;
}

let titles: { from: RegExp; labelled: RegExp; genitive: RegExp; view: RegExp; numbered: RegExp; ownStatement: RegExp } | undefined;

function titlePatterns(): NonNullable<typeof titles> {
  if (!titles) {
    const t = loadStructure().answerTitle;
    titles = {
      from: letterRegExp(`^(?:${t.documents})\\s+(?:${t.from})\\s+(.+?)[.:]?$`, 'iu'),
      labelled: letterRegExp(`^(?:${t.labels})\\s*:\\s*(.+)$`, 'iu'),
      genitive: letterRegExp(`^(.+?)(?::s|s)\\s+(?:${t.documents})(?![\\p{L}])`, 'iu'),
      view: letterRegExp(`^(.+?)(?::s|s)\\s+(?:${t.views})$`, 'iu'),
      // A compilation that numbers the answers it reprints: "SVAR 1 – AVDELNINGEN FÖR ANLÄGGNINGAR",
      // a note in brackets after it on how the answer came ("(PM)", "(e-post)") no part of the name.
      numbered: letterRegExp(`^(?:${t.documents})\\s+(?:nr\\.?\\s*)?\\d{1,3}\\s*[–—:-]\\s*(\\p{L}.*?)(?:\\s*\\([^()]{1,30}\\))?[.:]?$`, 'iu'),
      // A body's own statement below a joint answer: "AVVIKANDE MENING – STADSBYGGNADSNÄMNDEN",
      // "Särskilt yttrande från kulturnämnden" (a party's, "Särskilt yttrande (V)", names no body).
      ownStatement: letterRegExp(`^(?:${t.ownStatements})\\s*(?:[–—:-]|(?:${t.from})\\s)\\s*(\\p{L}.*?)[.:]?$`, 'iu'),
    };
  }
  return titles;
}

/** "Yttrande från X", "Remissvar från X", "Remissinstans: X", "X:s yttrande", "Svar 3 – X", "Avvikande mening – X" → X. */
export function nameFromTitle(text: string): string | undefined {
  const f = text.trim();
  const t = titlePatterns();
  return (t.from.exec(f) ?? t.labelled.exec(f) ?? t.numbered.exec(f) ?? t.ownStatement.exec(f) ?? t.genitive.exec(f))?.[1]?.replace(arrivalNote(), '');
}

/**
 * "Tekniska nämnden / fastighets- och gatukontoret": a body and its office side by side, both the
 * same body to the registry — the body, by its own name.
 */
function bodyAndOffice(name: string, reg: Registry): { body: Body; name: string } | undefined {
  const parts = name.split(/\s+\/\s+/u);
  if (parts.length !== 2) return undefined;
  const [a, b] = parts.map((p) => matchBodyName(p, reg));
  return a && b && a.body.id === b.body.id ? a : undefined;
}

/**
 * "Kulturnämndens synpunkter" → "Kulturnämnden": views under a body's name in the genitive, which
 * name a body only if it is one the registry knows — a letter heads its own parts so ("SKR:s
 * synpunkter"), a compiler the answers together ("Remissinstansernas synpunkter").
 */
export function nameFromViews(text: string): string | undefined {
  return titlePatterns().view.exec(text.trim())?.[1];
}

/**
 * Whether a heading is an answer's title saying whose it is ("Yttrande från MKB Fastighet AB",
 * "Remissvar från Föreningen …"): the sender, whatever lines follow it (its own address included).
 */
export function titlesItsSender(text: string): boolean {
  return titlePatterns().from.test(text.trim());
}

/** The name in a compilation's numbered caption of an answer ("SVAR 1 – AVDELNINGEN FÖR ANLÄGGNINGAR (e-post)"), or undefined. */
export function captionedName(heading: string): string | undefined {
  return titlePatterns().numbered.exec(nameOfHeading(heading).trim())?.[1];
}

/** The first words of the text after a heading, folded, for "does the answer open with the name". */
function opening(lines: Line[], from: number, chars: number): string {
  let out = '';
  for (let i = from; i < lines.length && out.length < chars; i++) {
    if (lines[i].text === '') continue;
    out += ` ${lines[i].text}`;
  }
  return foldWords(out).slice(0, chars);
}

import { DIARY_NUMBER } from '../normalize/diary.js';
/** A diary number (src/normalize/diary.ts), for the segmenting modules that read it from here. */
export { DIARY_NUMBER };

/**
 * Whether a heading block names a respondent; `next` is the heading that follows directly (if
 * only blank lines separate them). `firstInSource` marks the first heading of a source file.
 */
const decided = new WeakMap<HeadingBlock, Respondent | null>();

/** A name with the registry's organisation after it ("Stadsbyggnadskontoret Malmö stad"): the name before it, or undefined. */
function withoutOrganisation(name: string, reg: Registry): string | undefined {
  const words = name.trim().split(/\s+/u);
  for (const org of reg.organisationNames) {
    const n = org.split(' ').length;
    // "Fritidsförvaltningen, Malmö stad" under a signer is a signature's qualified name, no joined columns.
    if (words.length > n && foldWords(words.slice(-n).join(' ')) === org && !words[words.length - n - 1].endsWith(',')) return words.slice(0, -n).join(' ');
  }
  return undefined;
}

export function respondentOf(
  block: HeadingBlock,
  lines: Line[],
  next: HeadingBlock | undefined,
  firstInSource: boolean,
  reg: Registry = loadRegistry(),
): Respondent | undefined {
  // Several passes ask about the same heading; the answer does not change.
  const known = decided.get(block);
  if (known !== undefined) return known ?? undefined;
  const r = decideRespondent(block, lines, next, firstInSource, reg);
  decided.set(block, r ?? null);
  return r;
}

function decideRespondent(
  block: HeadingBlock,
  lines: Line[],
  next: HeadingBlock | undefined,
  firstInSource: boolean,
  reg: Registry,
): Respondent | undefined {
  // A body's name is one or two lines and never a question.
  if (block.end - block.start > 2 || /\?["”]?$/u.test(block.text)) return undefined;
  // "2.1 Kulturnämnden": the numbering of a compilation's chapters is not part of the name.
  const text = nameOfHeading(block.text);
  const headlined = headlinedBody(text, lines, block.end, reg);
  if (headlined) return headlined;
  if (text.split(/\s+/).length > MAX_NAME_WORDS + 2) return undefined;
  let titled = nameFromTitle(text);
  // "Handlingsrubrik: Kulturnämndens yttrande" (a diary's entry for a letter): a field whose value
  // is an answer's title names the body in the title, not one that begins with the field's label.
  if ((titled === undefined || titled.includes(':')) && isFieldLine(text)) titled = nameFromTitle(text.slice(text.indexOf(':') + 1).trim());
  // "Kontaktperson: …, fritidsförvaltningen", "Ärende: …": a labelled field of a form or letter
  // names a respondent only under a respondent's label ("Remissinstans: X").
  if (titled === undefined && isFieldLine(text)) return undefined;
  // "Lena Strand, utredare, stadskontoret": a contact person or signer, with the office after the title.
  if (titledPerson(text)) return undefined;
  const viewed = titled === undefined ? nameFromViews(text) : undefined;
  if (viewed !== undefined) {
    const body = matchBodyName(viewed, reg);
    return body ? knownRespondent(body) : undefined;
  }
  const name = titled ?? text;
  if (name.split(/\s+/).length > MAX_NAME_WORDS) return undefined;
  // "Remiss från kommunstyrelsen, KS-2026-0412": a document cited by its diary number, no body's name.
  if (DIARY_NUMBER.test(name)) return undefined;
  // "Remiss från kommunstyrelsen om parkvärdar", "Yttrande över …": the matter's title names the
  // remiss's sender or subject, not the body answering; "Protokoll fört vid sammanträde med
  // styrelsen", "Tjänsteskrivelse från kommunledningskontoret": a document's own title, no name.
  if (titled === undefined && (isMatterTitle(text) || opensWithDocumentKind(text))) return undefined;
  // "Underlag till miljönämndens yttrande", "UTKAST – förslag från fritidsförvaltningen till
  // fritidsnämndens yttrande": the owner a title gives is a document's description — the body it
  // goes to owns the yttrande; no other name is made of it.
  if (titled !== undefined && opensWithDocumentKind(titled)) {
    const to = /\still\s+(\S.*)$/iu.exec(titled)?.[1];
    const owner = to !== undefined ? matchBodyName(to, reg) : undefined;
    return owner ? knownRespondent(owner) : undefined;
  }
  // "Stadsbyggnadskontoret Malmö stad": a letterhead set in two columns that a PDF's text joined —
  // the body, then its organisation.
  const bare = withoutOrganisation(name, reg);
  const known = matchBodyName(name, reg) ?? bodyAndOffice(name, reg) ?? (bare !== undefined ? matchBodyName(bare, reg) : undefined);
  if (known) return knownRespondent(known);
  // "Remissinstans: MKB", "Yttrande från SBN": a title or a field naming its body by its abbreviation.
  const abbreviated = titled !== undefined && !/\s/u.test(name.trim()) ? bodyOfAbbreviation(name.trim(), reg) : undefined;
  if (abbreviated) return { id: abbreviated.id, name: abbreviated.names[0], known: true, kind: abbreviated.kind };
  // "Fråga 3: Samordnande nämnd": a heading numbered as a question is that question's; only a body
  // the registry knows may be named so ("Fråga 3 – Kulturnämnden" in a compilation by question).
  if (numberedQuestion(block.text) !== undefined) return undefined;
  // "Styrelsen", "Rådets yttrande", "Nämndens svar": the body's own organ or part, named by what it
  // is, not by its name.
  if (isGenericOrgan(name, reg)) return undefined;
  // A name the title gives ("Svar 3 – Avdelningen för anläggningar") is a respondent's whatever its words.
  if (titled === undefined && !looksLikeBodyName(name)) return properNameSpeaking(name, lines, block.end);
  // A body the registry does not know: confirmed by the structure, not by the name alone.
  // The answer's own structure right under the name: a summary heading, or a question heading.
  const adjacent = next !== undefined && next.start - block.end <= 2;
  const followedBySummary = adjacent && (isUnansweredSection(next.text) || /\?["”]?$/u.test(next.text) || numberedQuestion(next.text) !== undefined);
  // The text under the name opens with it — or its first sentence of prose does, below a
  // description and a title ("SENIORRÅDET" / "Vallby nämnds råd för …" / "Yttrande över …" /
  // "Seniorrådet, där …, har tagit del av förslaget"). A name qualified after a comma
  // ("Polismyndigheten, lokalpolisområde Malmö Centrum") is opened with by its first part.
  const opensWith = (written: string): boolean => {
    const bare = bareName(written);
    const key = bare.slice(0, Math.max(6, bare.length - 3));
    return opening(lines, block.end, bare.length + 2).startsWith(key) || firstProseOpensWith(lines, block.end, key);
  };
  const head = name.split(',')[0].trim();
  const opensWithName = opensWith(name) || (head !== name && head.length >= MIN_NAME_HEAD_CHARS && opensWith(head));
  // A letter's or a minutes extract's own furniture right under the name: a date, a diary number,
  // the document's title ("Yttrande, beslutat vid sammanträde …").
  let k = block.end;
  while (k < lines.length && lines[k].text === '') k++;
  const furnished = k < lines.length && ['dated', 'title'].includes(nextKind(lines[k].text));
  // "Stadsdelsnämnd Söder – yttrande": the heading itself says it heads an answer.
  const kindNoted = answerAfterDash().test(block.text.replace(/\s+/g, ' ').trim());
  if (titled !== undefined || kindNoted || followedBySummary || opensWithName || firstInSource || furnished) {
    return { id: derivedId(name), name: name.replace(/\s+/g, ' '), known: false };
  }
  return undefined;
}

/**
 * A body the registry knows before a colon or a dash, and a headline after it ("Fritidsnämnden:
 * ”Vi tar gärna rollen – om resurserna följer med”", "Miljönämnden – Glöm inte den fysiska
 * miljön"), as a report of the answers heads each: the body's, when prose right under it (a
 * picture's caption may come first) opens with the body's name.
 */
function headlinedBody(text: string, lines: Line[], from: number, reg: Registry): Respondent | undefined {
  const cut = /:\s|\s[–—-]\s/u.exec(text);
  if (!cut) return undefined;
  const label = text.slice(0, cut.index).trim();
  if (label.split(/\s+/).length > MAX_NAME_WORDS) return undefined;
  const known = matchBodyName(label, reg);
  if (!known) return undefined;
  const key = bareName(label);
  const opens = textLinesFrom(lines, from, lines.length, PROSE_SEARCH_LINES).some((i) => isProseLike(lines[i].text) && foldWords(lines[i].text).startsWith(key));
  return opens ? knownRespondent(known) : undefined;
}

/** The words after which a document's title names whose it is ("… med styrelsen för MKB Fastighet AB"; structure.json documentOwner), folded. */
let ownerWords: Set<string> | undefined;

/**
 * The body a document's own title names as whose the document is, at its end: "PROTOKOLL fört vid
 * sammanträde med styrelsen för MKB Fastighet AB", "Protokollsutdrag från Kulturnämnden" — the
 * words after the last "för", "hos", "i" or "från", when they are a body's whole name. A source
 * that no heading names is that body's (src/segment/segment.ts), before its file name is asked.
 */
export function documentOwner(text: string, reg: Registry): { body: Body; name: string } | undefined {
  if (!opensWithDocumentKind(text)) return undefined;
  ownerWords ??= new Set(loadData<{ documentOwner: string[] }>('lexicon/structure.json').documentOwner.map(fold));
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  for (let k = words.length - 2; k >= 1; k--) {
    if (!ownerWords.has(fold(words[k]))) continue;
    return matchBodyName(words.slice(k + 1).join(' '), reg);
  }
  return undefined;
}

/** The first part of a name qualified after a comma is this long at least to stand for it ("Polismyndigheten, …"). */
export const MIN_NAME_HEAD_CHARS = 6;

/** The most lines with text read under a name for the first sentence of prose. */
export const PROSE_SEARCH_LINES = 6;

/** Whether the first line of prose within PROSE_SEARCH_LINES lines with text after `from` opens with `key` (folded words). */
function firstProseOpensWith(lines: Line[], from: number, key: string): boolean {
  const prose = textLinesFrom(lines, from, lines.length, PROSE_SEARCH_LINES).find((i) => isProseLike(lines[i].text));
  return prose !== undefined && foldWords(lines[prose].text).startsWith(key);
}

/** "TRAFIKVERKET" → "Trafikverket": a name in capitals, written as a name; one of abbreviations alone ("VA SYD") stays as it is. */
export function nameFromCapitals(name: string): string {
  const abbreviations = name.split(/[\s–-]+/u).every((w) => w.length <= 3);
  return name === name.toUpperCase() && !abbreviations ? name.toLowerCase().replace(/(^|[\s–-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()) : name;
}

/**
 * A proper name with no organisation word ("HSB Malmö", "Framtid Fosie", "Seniorernas röst i
 * Malmö") is a respondent when the text under it opens by naming it as the subject of a finite verb
 * ("HSB Malmö har läst förslaget …"): a body speaking for itself. Two capitalised words at least, so
 * that a topical heading ("Samverkan" / "Samverkan är …") is never taken for a name.
 */
function properNameSpeaking(name: string, lines: Line[], from: number): Respondent | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.filter((w) => /^\p{Lu}/u.test(w)).length < 2) return undefined;
  const bare = foldWords(name);
  const speaks = (open: string): boolean => open.startsWith(`${bare} `) && open.slice(bare.length + 1).split(' ').slice(0, 2).some((w) => isProseVerb(w));
  // Right under the name, or in the first prose below a letter's furniture ("Ert diarienummer: …" /
  // "VA SYD har beretts tillfälle att yttra sig …").
  const prose = textLinesFrom(lines, from, lines.length, PROSE_SEARCH_LINES).find((i) => isProseLike(lines[i].text));
  if (!speaks(opening(lines, from, bare.length + 40)) && !(prose !== undefined && speaks(foldWords(lines[prose].text).slice(0, bare.length + 40)))) return undefined;
  return { id: derivedId(name), name: nameFromCapitals(name.replace(/\s+/g, ' ')), known: false };
}

/**
 * The body a source's running header names — a protocol's "Arbetsmarknads- och socialnämnden" on
 * every page, a letter's förvaltning in its page head —: the furniture's lines that are a body
 * the registry knows, when they name one body only. Asked of a source in which no heading names
 * a respondent, before its file name.
 */
export function respondentFromRunningHeader(furniture: ReadonlyArray<{ text: string }>, reg: Registry = loadRegistry()): Respondent | undefined {
  const found = new Map<string, Respondent>();
  // The same header on every page: each text read once.
  for (const t of new Set(furniture.map((l) => l.text.replace(/\s+/g, ' ').trim()))) {
    if (t === '' || t.split(' ').length > MAX_NAME_WORDS) continue;
    const match = matchBodyName(t, reg);
    if (match) found.set(match.body.id, knownRespondent(match));
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** The respondent a source file stands for when it carries no respondent heading: its file name. */
export function respondentFromFileName(path: string, reg: Registry = loadRegistry()): Respondent {
  const base = path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const tokens = fold(base).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (const t of tokens) {
    const body = bodyOfAbbreviation(t, reg, true);
    if (body) return { id: body.id, name: body.names[0], known: true, kind: body.kind };
  }
  // Try every run of words in the file name against the registry, longest first.
  for (let len = Math.min(tokens.length, 6); len >= 1; len--) {
    for (let i = 0; i + len <= tokens.length; i++) {
      const body = matchBody(tokens.slice(i, i + len).join(' '), reg);
      if (body) return { id: body.id, name: body.names[0], known: true, kind: body.kind };
    }
  }
  const name = base.replace(/[_-]+/g, ' ').trim() || loadStructure().unknownRespondent;
  return { id: derivedId(name), name, known: false };
}
