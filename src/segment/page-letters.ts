/**
 * Letters pasted one after another into a compilation, each beginning on a page of its own ("Varje
 * svar börjar på en ny sida"): a page whose first line is a letterhead, followed on that page by a
 * letter's furniture — a date or diary line, an addressee, a postal address, a document title —
 * opens the letter of the body the letterhead names. It is the page-level counterpart of a letter
 * in a file of its own (src/segment/senders.ts, letterheadSender), and it only fills in: a letter
 * in which another pass already found a respondent keeps it. The letterhead is the sender's: a
 * body the registry does not know keeps its own name ("TRAFIKVERKET" → Trafikverket); where the
 * first line is the organisation itself ("Malmö stad"), the line below it names the body, if the
 * registry knows it.
 */
import type { Line, Respondent } from '../model.js';
import { fold, foldWords } from '../normalize/fold.js';
import type { HeadingBlock } from './headings.js';
import { knownRespondent, matchBodyName, nameAsRespondent, type Registry } from './registry.js';
import { isAddressee, isAddresseeLabel, isDocumentTitle, isProseLike, nextKind, opensWithDocumentKind, POSTAL } from './furniture-lines.js';
import { isCompilationSection, numberedQuestion } from './questions.js';
import { loadStructure } from '../normalize/structure.js';
import { nameFromCapitals, nameOfHeading } from './respondents.js';

/** How far down the page a letter's furniture is looked for, in lines. */
export const LETTER_TOP_LINES = 14;
/** How many kinds of letter furniture (date or diary line, addressee, postal address, title) make a letter's first page. */
export const MIN_LETTER_SIGNS = 2;
/** A letterhead's name is short. */
const MAX_NAME_WORDS = 7;


/** A line's page: of a PDF, or of a text cut by form feeds (its sheet). */
export const pageOf = (l: Line): number | undefined => l.page ?? l.sheet;

/** Whether a page's first line marks it as continuing the letter before it ("– forts."). */
export function continuesLetter(text: string): boolean {
  return loadStructure().continuationMarks.some((m) => fold(text).includes(m));
}

/** Whether line i is the first line with text on its page (and a page before it exists). */
function opensPage(lines: Line[], i: number): boolean {
  const page = pageOf(lines[i]);
  if (page === undefined) return false;
  let k = i - 1;
  while (k >= 0 && lines[k].text === '') k--;
  return k >= 0 && pageOf(lines[k]) !== undefined && pageOf(lines[k]) !== page;
}

/** Whether a line is a letter's furniture, and of which kind. */
function furnitureKind(text: string): string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const kind = nextKind(t);
  if (kind === 'dated' || kind === 'title') return kind;
  if (isAddressee(t) || isAddresseeLabel(t)) return 'addressee';
  return POSTAL.test(t) ? 'postal' : undefined;
}

/** The kinds of letter furniture below a letterhead on its page, and where the first one stands. */
function letterSigns(lines: Line[], from: number): { kinds: number; first: number } {
  const page = pageOf(lines[from]);
  const kinds = new Set<string>();
  let first = -1;
  for (let k = from + 1; k < lines.length && k <= from + LETTER_TOP_LINES && pageOf(lines[k]) === page; k++) {
    const kind = furnitureKind(lines[k].text);
    if (kind === undefined) continue;
    kinds.add(kind);
    if (first < 0) first = k;
  }
  return { kinds: kinds.size, first };
}

/**
 * A letterhead's first line as a name: short, no sentence, no question, no continuation ("– forts."),
 * no part of a compilation or minutes ("Bilaga 1 till § 45" opening the page of the yttrande it sends on).
 */
function nameLine(text: string): boolean {
  const t = text.trim();
  if (t === '' || !/^\p{Lu}/u.test(t) || /[.!?:;]$/u.test(t) || /\d{4}/u.test(t)) return false;
  if (t.split(/\s+/).length > MAX_NAME_WORDS || isProseLike(t) || numberedQuestion(t) !== undefined || opensWithDocumentKind(t) || isDocumentTitle(t) || isCompilationSection(t)) return false;
  return !continuesLetter(t);
}

export { nameFromCapitals };

function senderOf(lines: Line[], h: HeadingBlock, reg: Registry): Respondent | undefined {
  const line = lines[h.start].text.replace(/\s+/g, ' ').trim();
  if (!nameLine(line)) return undefined;
  // "Stadsdelsnämnd Söder – yttrande": the name without what the heading adds to it.
  const first = nameOfHeading(line);
  // The organisation itself on the first line: the line below names the body, if the registry knows it.
  if (reg.organisationNames.includes(foldWords(first))) {
    const below = h.end - h.start > 1 ? lines[h.start + 1].text.trim() : '';
    const known = below === '' ? undefined : matchBodyName(below, reg);
    return known ? knownRespondent(known) : undefined;
  }
  return nameAsRespondent(first, reg, nameFromCapitals(first));
}

/**
 * Fills in the sender of each letter that opens a page: where no respondent was found in the
 * letter, or only in its letterhead under another name than the letterhead's first line (the
 * region or department below the sender's name: "HAMNVERKET / Region Öresund").
 */
export function pageLetters(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>, reg: Registry): void {
  // Only a heading that opens a page is read for letter furniture below it (most headings do not).
  const starts = headings
    .map((h, i) => ({ h, i }))
    .filter(({ h }) => opensPage(lines, h.start))
    .map((x) => ({ ...x, signs: letterSigns(lines, x.h.start) }))
    .filter(({ signs }) => signs.kinds >= MIN_LETTER_SIGNS);
  starts.forEach(({ h, i, signs }, n) => {
    const end = n + 1 < starts.length ? starts[n + 1].h.start : lines.length;
    const inLetter = headings.map((x, j) => j).filter((j) => found[j] && headings[j].start >= h.start && headings[j].start < end);
    // A respondent below the letterhead (a heading of its own in the letter) stands.
    if (inLetter.some((j) => headings[j].start >= signs.first)) return;
    const first = lines[h.start].text.replace(/\s+/g, ' ').trim();
    const top = found[i];
    if (top && (top.known || foldWords(top.name) === foldWords(first))) return;
    const sender = senderOf(lines, h, reg);
    if (!sender || (top && top.known)) return;
    for (const j of inLetter) found[j] = undefined;
    found[i] = sender;
  });
}
