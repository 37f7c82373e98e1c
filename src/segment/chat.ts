/**
 * A chat channel exported as text (Teams, Slack): the questions asked in a post, the answers
 * posted one after another. Each post opens with its author line — a time stamp, the writer and
 * the organisation they write from:
 *
 *   [2026-03-04 10:41] Karin Ek (Fritidsförvaltningen)
 *       ↳ Svar från Nora Lind | Stadskontoret | 4 mars 13:20
 *
 * A post is its organisation's answer (a förvaltning's, read as its nämnd's through the registry),
 * or that of the body its first lines say it answers for ("Jag svarar för Polisen, lokalpolisområde
 * Malmö Söder", "Svar från arbetsmarknads- och socialförvaltningen"). The organisation that opened
 * the channel — its first post asks the questions — moderates: its posts (welcome, reminders,
 * follow-up questions, the closing summary) are the compiler's text, no one's answer. A line with a
 * time stamp and no organisation ("Nora Lind lade till Lina Holm i teamet") is the channel's own.
 * The words are data (data/lexicon/structure.json chat).
 */
import type { Line, Respondent } from '../model.js';
import { loadData } from '../data.js';
import { fold } from '../normalize/fold.js';
import { escapeRegex } from '../normalize/ocr.js';
import { letterRegExp } from '../normalize/letters.js';
import { SPEAKER_LINE, TRANSCRIPT_STAMP } from '../normalize/transcript.js';
import { bodiesInWords, looksLikeBodyName, matchBodyName, nameAsRespondent, type Registry } from './registry.js';

/** Author lines a source needs to be read as a chat export. */
export const MIN_CHAT_POSTS = 4;
/** Lines with text at a post's start in which it may say whom it answers for. */
export const BEHALF_LINES = 2;
/** A name the post says it answers for is at most this many words. */
export const MAX_BEHALF_WORDS = 8;

export interface ChatPost {
  /** The author line. */
  line: number;
  /** The post's text: from the line after the author line up to the next author line. */
  start: number;
  end: number;
  /** The organisation of the author line; undefined for the channel's own lines. */
  organisation?: string;
  /** A transcript's speaker named without an organisation ("Johanna Ek"): whose it is, the caller finds. */
  speaker?: string;
}

interface ChatLexicon {
  /** Words before the writer in a reply's author line ("Svar från"). */
  replyLeads: string[];
  /** The note under a post changed after it was sent ("(redigerad)"). */
  editedMarks: string[];
  /** Words by which a post says whom it answers for, the body after them ("svarar för", "svar från"). */
  answersFor: string[];
  /** The words around a body in the genitive that the post answers for ("på" … "vägnar"). */
  behalfFrame: [string, string];
  /** Words that end a body's name and open a clause after it ("eftersom", "som"). */
  nameEnds: string[];
}

let patterns: { stamped: RegExp; barred: RegExp; behalf: RegExp; genitive: RegExp; nameEnd: RegExp } | undefined;

function load(): NonNullable<typeof patterns> {
  if (patterns) return patterns;
  const lex = loadData<{ chat: ChatLexicon }>('lexicon/structure.json').chat;
  const alt = (ws: string[]): string => ws.map((w) => fold(w).split(/\s+/).map(escapeRegex).join('\\s+')).join('|');
  // A time of day, and a date in numbers or with a month's name before it.
  const time = String.raw`\d{1,2}[:.]\d{2}(?::\d{2})?`;
  const date = String.raw`(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\p{L}+(?:\s+\d{4})?)`;
  patterns = {
    // "[2026-03-04 10:41] Karin Ek (Fritidsförvaltningen)"; without an organisation in brackets, the channel's own line.
    stamped: letterRegExp(String.raw`^\[?(?:${date}[ T,]+)?${time}\]?\s+(.{2,120}?)\s*$`, 'u'),
    // "↳ Svar från Nora Lind | Stadskontoret | 4 mars 13:20", "Karin Ek | Fritidsförvaltningen | 10:41".
    barred: letterRegExp(String.raw`^(?:↳\s*)?(?:(?:${alt(lex.replyLeads)})\s+)?[^|]{2,60}?\s*\|\s*([^|]{2,80}?)\s*\|\s*(?:${date}[ ,]+)?${time}\s*$`, 'iu'),
    // "Jag svarar för X …", "Svar från X.": the body named after the words, up to a stop or a clause.
    behalf: letterRegExp(String.raw`(?:^|[^\p{L}])(?:${alt(lex.answersFor)})\s+(\p{L}[^.;:!?()]*)`, 'u'),
    // "Grundskoleförvaltningens svar på grundskolenämndens vägnar": the body whose behalf.
    genitive: letterRegExp(String.raw`(?:^|[^\p{L}])(?:${alt([lex.behalfFrame[0]])})\s+(\p{L}[\p{L} -]*?)s\s+(?:${alt([lex.behalfFrame[1]])})`, 'du'),
    nameEnd: letterRegExp(String.raw`\s+(?:${lex.nameEnds.map((w) => w.split(/\s+/).map(escapeRegex).join('\\s+')).join('|')})\s+`, 'u'),
  };
  return patterns;
}

const TIME_OF_DAY = /\d[:.]\d\d/u;
/** A time of day within an author line's first characters ("[2026-03-04 10:41] …", "4 mars 10:41 …"). */
const STAMP_FIRST = /^\[?[^\s\]]*(?:\s+[^\s\]]+){0,3}?[\sT,]\d{1,2}[:.]\d{2}(?::\d{2})?\]?\s/u;

/** The organisation of an author line, '' for a stamped line of no organisation (the channel's), undefined for no author line. */
export function authorOrganisation(text: string): string | undefined {
  const t = text.trim();
  // Every author line has a time of day — near its start, or in a column between bars: most lines
  // are ruled out before any pattern is built or run.
  if (t.length > 200 || !(t.includes('|') ? TIME_OF_DAY.test(t) : STAMP_FIRST.test(t))) return undefined;
  const p = load();
  const barred = p.barred.exec(t);
  if (barred) return barred[1].trim();
  const stamped = p.stamped.exec(t);
  if (!stamped) return undefined;
  const org = /\(([^()]{2,80})\)$/u.exec(stamped[1]);
  return org ? org[1].trim() : '';
}


/** The posts of a chat export or a meeting's transcript, or undefined when the lines are neither. */
export function chatPosts(lines: Line[], from = 0): ChatPost[] | undefined {
  const posts: ChatPost[] = [];
  for (let i = from; i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (t === '') continue;
    // A transcript: the time stamp, then the speaker, then what they said.
    const speaker = TRANSCRIPT_STAMP.test(t) && i + 1 < lines.length ? SPEAKER_LINE.exec(lines[i + 1].text.trim()) : null;
    if (speaker) {
      if (posts.length > 0) posts[posts.length - 1].end = i;
      posts.push({ line: i, start: i + 2, end: lines.length, ...(speaker[2] ? { organisation: speaker[2].trim() } : { speaker: speaker[1] }) });
      i++;
      continue;
    }
    const org = authorOrganisation(t);
    if (org === undefined) continue;
    if (posts.length > 0) posts[posts.length - 1].end = i;
    posts.push({ line: i, start: i + 1, end: lines.length, ...(org ? { organisation: org } : {}) });
  }
  return posts.filter((p) => p.organisation).length >= MIN_CHAT_POSTS ? posts : undefined;
}

let questionNumbers: { pattern: RegExp; numbers: Map<string, number> } | undefined;

/** The question a moderator's post takes up ("Då går vi till fråga två", "Fråga tre då."), by number or spoken. */
export function askedQuestion(text: string): number | undefined {
  if (!questionNumbers) {
    const spoken = loadData<{ chat: { spokenNumbers: Record<string, number> } }>('lexicon/structure.json').chat.spokenNumbers;
    const numbers = new Map(Object.entries(spoken).map(([w, n]) => [fold(w), n]));
    questionNumbers = { pattern: letterRegExp(`(?<![\\p{L}])fr[aå]ga\\s+(?:nummer\\s+)?(\\d{1,2}|${[...numbers.keys()].map(escapeRegex).join('|')})(?![\\p{L}\\p{N}])`, 'u'), numbers };
  }
  const m = questionNumbers.pattern.exec(fold(text));
  return m ? (/^\d/u.test(m[1]) ? Number(m[1]) : questionNumbers.numbers.get(m[1])) : undefined;
}

/** A reaction is a short line of no letters: emoji and counts ("👍 4", "❤️ 2   👍 3"; a PDF's "? 2"). */
export const MAX_REACTION_CHARS = 24;

let edited: Set<string> | undefined;

/**
 * Whether a line is the channel's, not its post's: the reactions under a post, or the note that it
 * was changed.
 */
export function isChatFurniture(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  edited ??= new Set(loadData<{ chat: ChatLexicon }>('lexicon/structure.json').chat.editedMarks.map((m) => fold(m)));
  return (t.length <= MAX_REACTION_CHARS && !/\p{L}/u.test(t)) || edited.has(fold(t));
}

/** Where a post's own text ends: before the reactions and notes at its end (blank lines between kept out too). */
export function postTextEnd(lines: Line[], post: ChatPost): number {
  let end = post.end;
  while (end > post.start && (lines[end - 1].text === '' || isChatFurniture(lines[end - 1].text))) end--;
  return end;
}

/** A name the registry knows, or one shaped like a body's; cut at a clause after it. */
function bodyNamed(words: string, reg: Registry): Respondent | undefined {
  const parts = words.trim().split(/\s+/).slice(0, MAX_BEHALF_WORDS);
  // Longest first: "Polisen, lokalpolisområde Malmö Söder" before "Polisen".
  for (let n = parts.length; n >= 1; n--) {
    const name = parts.slice(0, n).join(' ').replace(/[,–-]+$/u, '').trim();
    if (matchBodyName(name, reg)) return nameAsRespondent(name, reg);
  }
  const name = words.split(load().nameEnd)[0].replace(/[,–-]+$/u, '').trim();
  if (name.split(/\s+/).length <= MAX_BEHALF_WORDS && (looksLikeBodyName(name) || looksLikeBodyName(name.split(/,\s*/u)[0]))) return nameAsRespondent(name, reg);
  return undefined;
}

/**
 * The organisation of each speaker a transcript names without one: as its list of participants
 * gives it ("Maria Lindqvist (Arbetsmarknads- och socialförvaltningen)"), else the first body the
 * registry knows in the speaker's first post (their introduction: "… utvecklingsstrateg på
 * fritidsförvaltningen, så för fritidsnämnden").
 */
export function speakersOrganisations(lines: Line[], posts: ChatPost[], reg: Registry): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of lines) {
    const m = SPEAKER_LINE.exec(l.text.trim());
    if (m?.[2] && !out.has(m[1])) out.set(m[1], m[2].trim());
  }
  for (const post of posts) {
    if (!post.speaker || out.has(post.speaker)) continue;
    const words = lines.slice(post.start, post.end).map((l) => l.text).join(' ').split(/\s+/u).filter(Boolean);
    // Looked at once: a speaker whose first words name no body stays without one ('').
    const [first] = bodiesInWords(words, reg, MAX_BEHALF_WORDS);
    out.set(post.speaker, first?.name ?? '');
  }
  return out;
}

/** The body a post's first lines say it answers for, if any. */
export function answersFor(lines: Line[], post: ChatPost, reg: Registry): Respondent | undefined {
  const p = load();
  const opening: string[] = [];
  for (let i = post.start; i < post.end && opening.length < BEHALF_LINES; i++) if (lines[i].text !== '') opening.push(lines[i].text);
  const text = opening.join(' ');
  const folded = fold(text);
  const g = p.genitive.exec(folded);
  if (g) {
    const [start, end] = g.indices![1]!;
    const named = bodyNamed(text.slice(start, end), reg);
    if (named) return named;
  }
  const m = p.behalf.exec(folded);
  if (!m) return undefined;
  const at = m.index + m[0].length - m[1].length;
  return bodyNamed(text.slice(at, at + m[1].length), reg);
}

/**
 * The moderator: the organisation of the first post by an organisation (it opens the channel and
 * asks the questions).
 */
export function moderatorOf(posts: ChatPost[]): string | undefined {
  return posts.find((p) => p.organisation)?.organisation;
}
