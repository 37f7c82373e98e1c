/**
 * An official's log of contacts with the respondents (tjänsteanteckningar): entries opened by a
 * date and a time at the start of a paragraph, in the order of the days ("2026-03-04 kl. 10.15, samtal med
 * Jonas Berg, fritidsförv. (FRN)", "2026-03-12 kl. 09.30–10.00, Teams m. FGK", "2026-03-24,
 * mejl från MKB – sammanfattning"). An entry whose opening line names one body — by its name, its
 * administration's ("fritidsförv." as "fritidsförvaltningen"), or an abbreviation the registry
 * gives, in any case ("sbk") — is that body's answer; an entry naming none (a talk with the
 * official's own lawyer, the official's to-do list) is the compiler's own text.
 */
import type { Line } from '../model.js';
import { bodiesInWords, bodyOfAbbreviation, withoutEdgePunctuation, type Body, type Registry } from './registry.js';

/** Entries a source needs to be read as a log. */
export const MIN_LOG_ENTRIES = 4;
/** An entry's opening line is at most this long: a line of prose opened by a date is no entry. */
export const MAX_ENTRY_HEAD = 140;
/** A body's name in an entry's opening line is at most this many words. */
const MAX_NAME_WORDS = 5;

/**
 * A date opening a line, the time of day after it, then what the entry is ("samtal med …"). The
 * time tells a log of contacts from a list of filed documents ("2026-04-09   STK-2026-412:3
 * Inkommande handling"), whose documents are read as such (src/segment/filed.ts).
 */
const ENTRY = /^(\d{4})-(\d{2})-(\d{2})(?![\d-])\s+kl\.?\s*\d{1,2}[.:]\d{2}(?:\s*[–-]\s*\d{1,2}[.:]\d{2})?\s*[,:–-]?\s+(\S.*)$/u;

export interface LogEntry {
  /** The entry's opening line. */
  line: number;
  /** The line after its last (the next entry's opening line, or the end). */
  end: number;
  /** The opening line without its date and time. */
  about: string;
}

/**
 * A short heading line of notes that gives its day as a day and a month ("Tis 10/3 – ASN, avstämning
 * på Teams", "Avstämning med kulturförvaltningen 12/3", "FGK – tel 18/3") or in full ("Telefon
 * 2026-03-16, Anna (MKB)"), with a line of text under it.
 */
const SHORT_DAY = /(?<![\d/.-])(\d{1,2})\/(\d{1,2})(?![\d/])/u;
const FULL_DAY = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?![\d-])/u;
/** A heading of notes is at most this long. */
export const MAX_NOTE_HEAD = 80;

/** The day a heading of notes gives, as a sortable key (month and day; the year where it is given), or undefined. */
function noteDay(t: string, next: string | undefined): string | undefined {
  if (t.length > MAX_NOTE_HEAD || /[.!?:;,]$/u.test(t) || !next || next.trim() === '') return undefined;
  // A registered document's line ("2026-04-09   STK-2026-412:3   Inkommande handling") is no note.
  if (/\p{Lu}{2,6}-\d{4}-\d{1,6}/u.test(t)) return undefined;
  const full = FULL_DAY.exec(t);
  if (full) return `${full[2]}${full[3]}`;
  const short = SHORT_DAY.exec(t);
  if (!short || Number(short[2]) < 1 || Number(short[2]) > 12 || Number(short[1]) < 1 || Number(short[1]) > 31) return undefined;
  return `${short[2].padStart(2, '0')}${short[1].padStart(2, '0')}`;
}

/** The source's entries, or undefined when it is no log (too few, or not in the order of their days). */
export function logEntries(lines: Line[]): LogEntry[] | undefined {
  return entriesBy(lines, (t) => {
    const m = ENTRY.exec(t);
    return m ? { day: `${m[1]}${m[2]}${m[3]}`, about: m[4] } : undefined;
  }) ?? entriesBy(lines, (t, next) => {
    const day = noteDay(t, next);
    return day ? { day, about: t } : undefined;
  });
}

/** Entries opened by the lines `head` reads at a paragraph's start, four at least, in the order of their days. */
function entriesBy(lines: Line[], head: (text: string, next: string | undefined) => { day: string; about: string } | undefined): LogEntry[] | undefined {
  const heads: Array<{ line: number; day: string; about: string }> = [];
  lines.forEach((l, i) => {
    if (i > 0 && lines[i - 1].text.trim() !== '' && !/^[=_-]{5,}$/u.test(lines[i - 1].text.trim())) return;
    const t = l.text.trim();
    if (t.length > MAX_ENTRY_HEAD) return;
    const h = head(t, lines[i + 1]?.text);
    if (h) heads.push({ line: i, ...h });
  });
  if (heads.length < MIN_LOG_ENTRIES || heads.some((h, k) => k > 0 && h.day < heads[k - 1].day)) return undefined;
  return heads.map((h, k) => ({ line: h.line, end: k + 1 < heads.length ? heads[k + 1].line : lines.length, about: h.about }));
}

/** "fritidsförv." → "fritidsförvaltningen": an administration's name written short. */
const SHORT_ADMINISTRATION = /(\p{L}+)förv\.?(?!\p{L})/gu;

/** The one body an entry's opening line names, or undefined (none, or more than one). */
export function entryBody(about: string, reg: Registry): Body | undefined {
  const words = about.replace(SHORT_ADMINISTRATION, '$1förvaltningen').split(/\s+/u).filter(Boolean);
  const found = new Map<string, Body>();
  const named: string[] = [];
  for (const w of words) {
    const bare = withoutEdgePunctuation(w).replace(/:s$/u, '');
    // An abbreviation, as the registry writes it or in small letters ("sbk", "GRN:s").
    const abbreviated = bare.length >= 3 ? bodyOfAbbreviation(bare.toUpperCase(), reg) : bodyOfAbbreviation(bare, reg);
    if (abbreviated) found.set(abbreviated.id, abbreviated);
    // The words between abbreviations may name a body ("arbetsmarknads- och socialförvaltningen").
    else named.push(w);
  }
  for (const { body } of bodiesInWords(named, reg, MAX_NAME_WORDS)) found.set(body.id, body);
  return found.size === 1 ? [...found.values()][0] : undefined;
}
