/**
 * The body a letter's first sentence speaks as: "Kulturnämnden tackar för remissen …",
 * "Hyresgästföreningen Region Syd (avdelning Malmö) har getts möjlighet att …". A letter has one
 * sender, and its first sentence says who it is; the other bodies its head names (the addressee
 * "Kommunstyrelsen" or "Stadskontoret", the organisation "Malmö stad") are not answering. The
 * openings that make a name the letter's own voice are data (structure.json speakerOpenings).
 */
import { loadData } from '../data.js';
import type { Line, Respondent } from '../model.js';
import { foldWords } from '../normalize/fold.js';
import { escapeRegex } from '../normalize/ocr.js';
import { isProseLike, nextKind } from './furniture-lines.js';
import type { HeadingBlock } from './headings.js';
import { isGenericOrgan, looksLikeBodyName, matchBodyName, nameAsRespondent, type Registry } from './registry.js';
import { isAppendixHeading, numberedQuestion } from './questions.js';
import { letterRegExp } from '../normalize/letters.js';
import { isOrganisationName } from './organisation.js';

/** A speaker's name is short: at most this many words. */
export const MAX_SPEAKER_WORDS = 8;

/** A line of this many words or more, wrapped onto the next, is running text (a PDF wraps a paragraph's first sentence over lines). */
export const PROSE_LINE_WORDS = 10;

let openings: string[] | undefined;

function speakerOpenings(): string[] {
  openings ??= loadData<{ speakerOpenings: string[] }>('lexicon/structure.json').speakerOpenings.map((o) => foldWords(o));
  return openings;
}

let particles: { word: RegExp; last: RegExp; name: RegExp } | undefined;

/** The small words inside a proper name (structure.json nameParticles), compiled once. */
function nameParticles(): { word: RegExp; last: RegExp; name: RegExp } {
  if (!particles) {
    const alt = loadData<{ nameParticles: string[] }>('lexicon/structure.json').nameParticles.map(escapeRegex).join('|');
    particles = {
      word: letterRegExp(`^(?:${alt})$`, 'u'),
      last: letterRegExp(`\\s(?:${alt})$`, 'u'),
      // A name of two words or more on a line of its own, after an optional label ("Från:").
      name: letterRegExp(`^(?:\\p{L}+:\\s*)?(\\p{Lu}[\\p{L}-]*(?:\\s+(?:${alt}|\\p{Lu}[\\p{L}-]*))+)\\s*$`, 'u'),
    };
  }
  return particles;
}

/**
 * The body a sentence opens by speaking as, or undefined: the words before the first speaker
 * opening (at most MAX_SPEAKER_WORDS, a note in brackets after them left out), when they are a
 * body the registry knows ("Tekniska nämnden"), or a name of capitalised words: two or more
 * ("Grannsamverkan Öster"), a body word ("Hyresgästföreningen"), or one word the letter's head
 * gives in full. Never a body's organ ("Nämnden", "Styrelsen").
 */
export function speakerOf(sentence: string, reg: Registry, head: string[] = []): Respondent | undefined {
  // A note in brackets right after the name ("Föreningen X (org.nr …) har …") is left out.
  const words = sentence.trim().replace(/\s*\([^()]{1,80}\)/u, '').split(/\s+/);
  if (!/^\p{Lu}/u.test(words[0] ?? '')) return undefined;
  // The name is what stands before the first opening, within the name's length.
  let k = 1;
  for (; k <= Math.min(MAX_SPEAKER_WORDS, words.length - 1); k++) {
    const rest = foldWords(words.slice(k, k + 4).join(' '));
    if (speakerOpenings().some((o) => rest === o || rest.startsWith(`${o} `))) break;
  }
  if (k > Math.min(MAX_SPEAKER_WORDS, words.length - 1)) return undefined;
  const name = words.slice(0, k).join(' ').replace(/[,:;]$/u, '');
  if (matchBodyName(name, reg)) return nameAsRespondent(name, reg);
  if (isGenericOrgan(name, reg)) return undefined;
  // "Kommunstyrelsen i Vallby kommun": a body of a named organisation (structure.json bodyOfOrganisation).
  if (bodyOfOrganisation(name, reg)) return nameAsRespondent(name, reg);
  // A body's name the registry does not know: a body word ("Hyresgästföreningen"), or a proper
  // name of two capitalised words or more ("Grannsamverkan Öster").
  const parts = name.split(/\s+/);
  const { word: particle } = nameParticles();
  const proper = parts.every((w) => /^\p{Lu}/u.test(w) || particle.test(w)) && !particle.test(parts[parts.length - 1]);
  // "Institutionen för urbana studier": a body's word, then what it is for, in small letters.
  const qualified = parts.length >= 3 && looksLikeBodyName(parts[0]) && particle.test(parts[1]) && !particle.test(parts[parts.length - 1]);
  if (!proper && !qualified) return undefined;
  if (parts.length >= 2 || looksLikeBodyName(name)) return nameAsRespondent(name, reg);
  // One word ("Grannsamverkan är ett nätverk …") could be any sentence's first word ("Förslaget
  // är ett steg …"): it is a name only where the letter's head gives it in full, a line or a
  // field of its own ("Från: Grannsamverkan i Husie").
  const full = head.map((t) => fullName(t, name)).find((n) => n !== undefined);
  return full ? nameAsRespondent(full, reg) : undefined;
}

let organisationJoin: RegExp | undefined;

/** Whether a name is a body's of a named organisation, as structure.json bodyOfOrganisation writes it ("Socialnämnden i Vallby kommun"). */
function bodyOfOrganisation(name: string, reg: Registry): boolean {
  if (!organisationJoin) {
    const template = loadData<{ bodyOfOrganisation: string }>('lexicon/structure.json').bodyOfOrganisation;
    const [before, between, after] = template.split(/\{body\}|\{organisation\}/u);
    organisationJoin = letterRegExp(`^${escapeRegex(before)}(.+?)${escapeRegex(between)}(.+)${escapeRegex(after)}$`, 'u');
  }
  const m = organisationJoin.exec(name);
  return m !== null && isOrganisationName(m[2]) && (looksLikeBodyName(m[1]) || matchBodyName(m[1], reg) !== undefined);
}

/** The name of two words or more that `word` opens on a line of the letter's head, after an optional label ("Från:"). */
function fullName(line: string, word: string): string | undefined {
  const m = nameParticles().name.exec(line.trim());
  if (!m || m[1].split(/\s+/)[0] !== word) return undefined;
  return nameParticles().last.test(m[1]) ? undefined : m[1];
}

const sameBody = (a: Respondent, b: Respondent): boolean => (a.known && b.known ? a.id === b.id : foldWords(a.name) === foldWords(b.name));

/**
 * A single letter's respondent from its first sentence. `found` (one entry per heading) is
 * changed only when the source's first paragraph of prose opens with a speaker:
 * - a body found above that paragraph is the speaker: the other bodies found above it are the
 *   letter's addressee or organisation, not respondents;
 * - bodies were found above it, none the speaker: the letter's head names its addressee only
 *   (its letterhead is elsewhere, in a header the text lost), and the speaker answers;
 * - no body was found in the whole source: the speaker answers, from the first heading on.
 * A letter appended to another document ("Bilaga 1 till § 45" in a minutes extract: the yttrande
 * with its own head, "Fritidsförvaltningen … Kommunstyrelsen") is read so too, from its appendix
 * heading, for the bodies found in it.
 */
export function openingSpeaker(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>, reg: Registry): void {
  if (headings.length === 0) return;
  // The headings are in order of position: each range is given its own by index, so a source of
  // many appendices is read once, not once per appendix.
  const starts = [0, ...headings.map((h, i) => (isAppendixHeading(h.text) ? i + 1 : -1)).filter((i) => i > 0)];
  starts.forEach((first, n) => {
    const from = first === 0 ? 0 : headings[first - 1].end;
    const last = n + 1 < starts.length ? starts[n + 1] - 1 : headings.length;
    speakerFrom(headings, lines, found, reg, { from, to: last < headings.length ? headings[last].start : lines.length, first, last });
  });
}

/**
 * openingSpeaker over the lines [from, to) — the whole source (from 0) or one appendix — and the
 * headings [first, last) that stand in them.
 */
function speakerFrom(headings: HeadingBlock[], lines: Line[], found: Array<Respondent | undefined>, reg: Registry, range: { from: number; to: number; first: number; last: number }): void {
  const { from, to, first, last } = range;
  // The first paragraph of running text: a sentence, or the first full line of one a PDF wraps
  // onto the next line (a long title stands alone).
  const wrapped = (k: number): boolean => lines[k].text.split(/\s+/).length >= PROSE_LINE_WORDS && (lines[k + 1]?.text ?? '') !== '';
  let prose = -1;
  for (let k = from; k < to && prose < 0; k++) {
    if (lines[k].text === '') continue;
    // The document's title ("Yttrande över remiss – …"), wrapped over two lines by a PDF, is no one's sentence.
    if (nextKind(lines[k].text) === 'title') {
      while (k + 1 < to && lines[k + 1].text !== '') k++;
      continue;
    }
    if (isProseLike(lines[k].text) || wrapped(k)) prose = k;
  }
  if (prose < 0) return;
  // A sentence found on a paragraph's second line (its first line was short of a sentence's
  // marks): the paragraph starts above it.
  const inHeading = (k: number): boolean => {
    for (let i = first; i < last && headings[i].start <= k; i++) if (k < headings[i].end) return true;
    return false;
  };
  for (let up = 0; up < 3 && prose > from && lines[prose - 1].text !== '' && !inHeading(prose - 1); up++) prose--;
  const paragraph: string[] = [];
  for (let k = prose; k < lines.length && lines[k].text !== '' && paragraph.length < 4; k++) paragraph.push(lines[k].text.trim());
  const sentence = paragraph.join(' ').split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0];
  const speaker = speakerOf(sentence, reg, lines.slice(from, prose).map((l) => l.text).filter((t) => t !== ''));
  if (!speaker) return;
  const above: number[] = [];
  for (let i = first; i < last && headings[i].start < prose; i++) if (found[i] !== undefined) above.push(i);
  if (above.length > 0) {
    // A body whose answer has begun above the sentence ("Kulturnämnden" / "Fråga 1" / …) heads no
    // letter: the sentence opens a later answer of a compilation, not this source's head.
    const answering = headings.slice(first, last).some((h) => h.start > headings[above[0]].start && h.start < prose && numberedQuestion(h.text) !== undefined);
    if (answering) return;
    const own = above.find((i) => sameBody(found[i]!, speaker));
    for (const i of above) if (i !== own) found[i] = undefined;
    if (own === undefined) found[above[0]] = speaker;
    return;
  }
  // An appendix that is a letter of its own, no body found in its head ("Bilaga 2" /
  // "MYNDIGHETEN" / "Avdelning Norr" / … / "Polisområde Norr har beretts tillfälle …"):
  // the speaker answers, from the appendix's first heading on.
  if (from > 0) {
    if (first < last && headings[first].start < prose) found[first] = speaker;
    return;
  }
  if (found.some(Boolean) || headings[0].start > prose) return;
  found[0] = speaker;
}
