/**
 * The process dictionary: which processes to look for and how they are written. The shipped one
 * is data/processes.json; an analyst's file (`--dictionary FILE`, same format) is merged over it
 * by id, so a process is added, corrected or switched off without touching code.
 */
import { loadData } from '../data.js';
import { InputError } from '../errors.js';

export interface ProcessEntry {
  id: string;
  /** Display name. */
  name: string;
  /** Written names, matched in any case. */
  forms: string[];
  /** Abbreviations, matched only when written without lower-case letters. */
  acronyms: string[];
  /** What an acronym stands for, matched like forms. */
  spelledOut: string[];
  /** Phrases in which a form is not the process (an idiom, ordinary prose). */
  exclusions: string[];
  /** The name is also an idiom: it counts only where the text marks it as a name (see match.ts). */
  idiom?: boolean;
  /** Words right before a name that mark it as the name of the process ("i", "inom", "genom"). */
  nameMarks?: string[];
}

export type Dictionary = ProcessEntry[];

const LIST_FIELDS = ['forms', 'acronyms', 'spelledOut', 'exclusions', 'nameMarks'] as const;
const KNOWN_FIELDS = new Set<string>(['id', 'name', 'disabled', 'idiom', ...LIST_FIELDS]);
const ID = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;

/** The dictionary shipped in data/processes.json. */
export function shippedDictionary(): Dictionary {
  const file = loadData<unknown>('processes.json');
  return merge([], readEntries(file, 'data/processes.json'), 'data/processes.json');
}

/** Parse an analyst's dictionary file (JSON text); problems are one-line input errors. */
export function parseDictionary(text: string, file: string): ProcessPatch[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(file, `not a valid JSON dictionary (${(e as Error).message})`);
  }
  return readEntries(json, file);
}

/**
 * The dictionary with `overlays` merged over `base`, in order: an entry with a known id replaces
 * the fields it gives (so a list given is the whole new list), `"disabled": true` removes the
 * process, a new id is added at the end.
 */
export function mergeDictionaries(base: Dictionary, overlays: Array<{ file: string; entries: ProcessPatch[] }>): Dictionary {
  let out = base;
  for (const o of overlays) out = merge(out, o.entries, o.file);
  return out;
}

/** An entry as a dictionary file gives it: any field may be left out to keep the shipped one. */
export type ProcessPatch = Partial<ProcessEntry & { disabled: boolean }>;

function merge(base: Dictionary, entries: ProcessPatch[], file: string): Dictionary {
  const out = base.map((p) => ({ ...p }));
  for (const e of entries) {
    const at = out.findIndex((p) => p.id === e.id);
    if (e.disabled) {
      if (at >= 0) out.splice(at, 1);
      continue;
    }
    const given = Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'disabled'));
    const merged: ProcessEntry =
      at >= 0
        ? { ...out[at], ...given }
        : { id: e.id!, name: e.name ?? e.forms?.[0] ?? e.acronyms?.[0] ?? e.id!, forms: [], acronyms: [], spelledOut: [], exclusions: [], ...given };
    if (merged.forms.length + merged.acronyms.length + merged.spelledOut.length === 0) {
      throw new InputError(file, `process "${merged.id}" has no forms, acronyms or spelledOut to match`);
    }
    if (at >= 0) out[at] = merged;
    else out.push(merged);
  }
  return out;
}

/** Check the shape of a dictionary file: {"processes": [...]} or a bare list of processes. */
function readEntries(json: unknown, file: string): ProcessPatch[] {
  const list = Array.isArray(json) ? json : isObject(json) ? json.processes : undefined;
  if (!Array.isArray(list)) throw new InputError(file, 'a dictionary is {"processes": [...]} or a list of processes');
  const seen = new Set<string>();
  return list.map((raw, i) => {
    const where = `process ${i + 1}`;
    if (!isObject(raw)) throw new InputError(file, `${where} is not an object`);
    const id = raw.id;
    if (typeof id !== 'string' || !ID.test(id)) throw new InputError(file, `${where} needs an "id" of letters, digits and "-" (e.g. "ung-i-sommar")`);
    const label = `process "${id}"`;
    if (seen.has(id)) throw new InputError(file, `${label} is listed twice`);
    seen.add(id);
    for (const key of Object.keys(raw)) {
      if (!KNOWN_FIELDS.has(key) && !key.startsWith('$')) {
        throw new InputError(file, `${label}: unknown field "${key}" (known: ${[...KNOWN_FIELDS].join(', ')}; "$comment" for notes)`);
      }
    }
    const entry: ProcessPatch = { id };
    if (raw.name !== undefined) {
      if (typeof raw.name !== 'string' || raw.name.trim() === '') throw new InputError(file, `${label}: "name" must be a non-empty string`);
      entry.name = raw.name;
    }
    if (raw.idiom !== undefined) {
      if (typeof raw.idiom !== 'boolean') throw new InputError(file, `${label}: "idiom" must be true or false`);
      entry.idiom = raw.idiom;
    }
    if (raw.disabled !== undefined) {
      if (typeof raw.disabled !== 'boolean') throw new InputError(file, `${label}: "disabled" must be true or false`);
      entry.disabled = raw.disabled;
    }
    for (const field of LIST_FIELDS) {
      const v = raw[field];
      if (v === undefined) continue;
      if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || !/[\p{L}\p{N}]/u.test(s))) {
        throw new InputError(file, `${label}: "${field}" must be a list of phrases (strings with letters)`);
      }
      entry[field] = v.map((s: string) => s.normalize('NFC').trim());
    }
    return entry;
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
