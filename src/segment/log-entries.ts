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
import { bodiesInWords, bodyOfAbbreviation, type Body, type Registry } from './registry.js';

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

/** The source's entries, or undefined when it is no log (too few, or not in the order of their days). */
export function logEntries(lines: Line[]): LogEntry[] | undefined {
  const heads: Array<{ line: number; day: string; about: string }> = [];
  lines.forEach((l, i) => {
    if (i > 0 && lines[i - 1].text.trim() !== '' && !/^[=_-]{5,}$/u.test(lines[i - 1].text.trim())) return;
    const t = l.text.trim();
    if (t.length > MAX_ENTRY_HEAD) return;
    const m = ENTRY.exec(t);
    if (m) heads.push({ line: i, day: `${m[1]}${m[2]}${m[3]}`, about: m[4] });
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
    const bare = w.replace(/^[(["']+|[)\]"',.;:]+$/gu, '').replace(/:s$/u, '');
    // An abbreviation, as the registry writes it or in small letters ("sbk", "GRN:s").
    const abbreviated = bare.length >= 3 ? bodyOfAbbreviation(bare.toUpperCase(), reg) : bodyOfAbbreviation(bare, reg);
    if (abbreviated) found.set(abbreviated.id, abbreviated);
    // The words between abbreviations may name a body ("arbetsmarknads- och socialförvaltningen").
    else named.push(w);
  }
  for (const { body } of bodiesInWords(named, reg, MAX_NAME_WORDS)) found.set(body.id, body);
  return found.size === 1 ? [...found.values()][0] : undefined;
}
