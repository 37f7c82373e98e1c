/**
 * Whose document it is: the organisation a source's letterhead or preamble names ("Lunds kommun",
 * "Helsingborgs stad", "Region Skåne", "Justitiedepartementet"), and so which registry of bodies
 * applies to it. A registry applies only to its own organisation's documents: another city's
 * Kulturnämnden is not Malmö's KN, another city's kommunstyrelse is not Malmö's KS. A document that
 * names no organisation is read with the default registry (Malmö's, shipped).
 */
import type { SourceDoc } from '../model.js';
import { loadData } from '../data.js';
import { foldWords } from '../normalize/fold.js';
import { noRegistry, type Registry } from './registry.js';
import { letterRegExp } from '../normalize/letters.js';
import { POSTAL } from './furniture-lines.js';

interface OrganisationsFile {
  patterns: string[];
  lines: number;
  organs: string[];
}

/** Whether a name is an organ that answers for its whole organisation ("Kommunstyrelsen"). */
let organs: Set<string> | undefined;

export function isOrgan(name: string): boolean {
  organs ??= new Set(loadData<OrganisationsFile>('lexicon/organisations.json').organs.map(foldWords));
  return organs.has(foldWords(name));
}

let compiled: { patterns: RegExp[]; lines: number } | undefined;

function load(): { patterns: RegExp[]; lines: number } {
  if (compiled) return compiled;
  const f = loadData<OrganisationsFile>('lexicon/organisations.json');
  compiled = { patterns: f.patterns.map((p) => letterRegExp(p, 'u')), lines: f.lines };
  return compiled;
}

/** The first lines of a source, running headers set apart as furniture included. */
export function topLines(doc: SourceDoc, count: number): string[] {
  const top: Array<{ text: string; page: number | null; line: number }> = [];
  for (const l of [...doc.lines.slice(0, count * 2), ...doc.furniture.slice(0, count * 2)]) if (l.text.trim() !== '') top.push(l);
  return top
    .sort((a, b) => (a.page ?? 0) - (b.page ?? 0) || a.line - b.line)
    .slice(0, count)
    .map((l) => l.text.trim());
}

/**
 * A letterhead: the lines above a source's first blank line (a few at most), with the running
 * header lines set apart as furniture on its first page.
 */
export function letterheadOf(doc: SourceDoc): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < doc.lines.length && doc.lines[i].text === '') i++;
  for (; i < doc.lines.length && out.length < 4 && doc.lines[i].text !== ''; i++) out.push(doc.lines[i].text.trim());
  const first = doc.lines[0];
  const header = doc.furniture.filter((f) => f.page === (first?.page ?? null) && f.line < (first?.line ?? 0) + 4);
  return [...header.map((f) => f.text.trim()), ...out].filter((t) => t.length <= 60 && !/[.!?]$/u.test(t));
}

/** The running header above a source's first line: furniture lines on its first page, above its text. */
export function runningHeaderOf(doc: SourceDoc): string[] {
  const first = doc.lines.find((l) => l.text !== '');
  if (!first) return [];
  const page = (l: { page: number | null; sheet?: number }): number | null | undefined => l.page ?? l.sheet;
  return doc.furniture.filter((f) => page(f) === page(first) && f.line < first.line).map((f) => f.text.trim());
}

/** The organisation named at the top of a source (its letterhead, running header or preamble). */
export function organisationOf(doc: SourceDoc): string | undefined {
  const { patterns, lines } = load();
  // The letterhead may have been set apart as page furniture ("Malmö stad" on every page).
  const top = topLines(doc, lines);
  // The letterhead: the first line with a letter in it, running headers included (a page number
  // above it is no letterhead).
  const letterhead = top.findIndex((t) => /\p{L}/u.test(t));
  for (const [k, line] of top.entries()) {
    // "Region Skåne / Regionkontoret / 291 89 Kristianstad" below a letterhead: the addressee's
    // organisation, not the letter's. The letterhead may stand above its own address.
    if (k > letterhead && top.slice(k + 1, k + 3).some((t) => POSTAL.test(t))) continue;
    for (const form of writtenForms(line)) {
      for (const p of patterns) {
        const m = p.exec(form);
        if (m) return m[1];
      }
    }
  }
  return undefined;
}


const inCapitals = (s: string): boolean => /\p{Lu}{2}/u.test(s) && s === s.toUpperCase();

/**
 * A line as written, and a letterhead set in capitals ("VALLBY KOMMUN", "REGION SKÅNE") as a
 * name is written — the first word capitalised ("Vallby kommun"), or every word ("Region
 * Skåne") —, for the patterns, which know a name by its capitals.
 */
function writtenForms(line: string): string[] {
  if (!inCapitals(line)) return [line];
  const lower = line.toLowerCase();
  const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  return [line, capital(lower), lower.split(' ').map(capital).join(' ')];
}

/** Whether a line is an organisation's name ("Lunds kommun", "Region Skåne"). */
export function isOrganisationName(text: string): boolean {
  const t = text.trim();
  return load().patterns.some((p) => {
    const m = p.exec(t);
    return m !== null && m[1].length >= t.length - 1;
  });
}

/** Whether a registry is the named organisation's. */
export function isOrganisation(reg: Registry, name: string): boolean {
  const f = foldWords(name);
  return reg.organisationNames.some((n) => n === f || f.startsWith(`${n} `) || n.startsWith(`${f} `));
}

export interface SourceRegistry {
  registry: Registry;
  /** The organisation the source is from, when it names one. */
  organisation?: string;
  /** Set when the source is another organisation's and no registry of it was given. */
  foreign: boolean;
}

/**
 * The registry for one source: the one given (--registry) when it is this organisation's or the
 * source names none; the default when the source names no organisation or the default's; else no
 * registry at all — names as written, never another organisation's ids.
 */
export function registryForSource(doc: SourceDoc, fallback: Registry, given?: Registry): SourceRegistry {
  const organisation = organisationOf(doc);
  if (given) {
    if (!organisation || given.organisation === null || isOrganisation(given, organisation)) return { registry: given, organisation, foreign: false };
  }
  if (!organisation || isOrganisation(fallback, organisation)) return { registry: fallback, organisation, foreign: false };
  return { registry: noRegistry(), organisation, foreign: true };
}
