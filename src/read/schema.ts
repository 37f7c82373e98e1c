/**
 * The one schema of a Round as stored on disk: round files written by `remiss ingest` and the
 * rounds kept in the analysis cache are both checked by it before any stage sees them, so a file
 * of the wrong shape is an input error that names the file and the field (in Swedish, for the
 * analyst) — never "internal error", never a silent exit 0. The check is deep (every segment, every
 * line) and linear in the size of the round.
 */
import type { Round } from '../model.js';

export const ROUND_FORMAT = 'remiss-round/1';

/** A field of the wrong type or value: `field` is a path like `segments[3].page`. */
export class SchemaError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`fältet ${field || '(hela filen)'} ${problem}`);
    this.name = 'SchemaError';
  }
}

type Check = (v: unknown, at: string) => void;

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'en lista';
  switch (typeof v) {
    case 'string':
      return 'en text';
    case 'number':
      return 'ett tal';
    case 'boolean':
      return 'ett sanningsvärde';
    case 'object':
      return 'ett objekt';
    default:
      return typeof v;
  }
}

const want = (what: string): Check => {
  const tests: Record<string, (v: unknown) => boolean> = {
    'en text': (v) => typeof v === 'string',
    'ett heltal': (v) => Number.isInteger(v),
    'ett sanningsvärde': (v) => typeof v === 'boolean',
  };
  const test = tests[what];
  return (v, at) => {
    if (!test(v)) throw new SchemaError(at, `ska vara ${what}, inte ${kind(v)}`);
  };
};

const str = want('en text');
const int = want('ett heltal');
const bool = want('ett sanningsvärde');

const nullable =
  (c: Check): Check =>
  (v, at) => {
    if (v !== null) c(v, at);
  };

const optional =
  (c: Check): Check =>
  (v, at) => {
    if (v !== undefined) c(v, at);
  };

const oneOf =
  (...values: string[]): Check =>
  (v, at) => {
    if (typeof v !== 'string' || !values.includes(v)) throw new SchemaError(at, `ska vara ${values.map((x) => `"${x}"`).join(' eller ')}, inte ${typeof v === 'string' ? `"${v.slice(0, 40)}"` : kind(v)}`);
  };

const list =
  (item: Check): Check =>
  (v, at) => {
    if (!Array.isArray(v)) throw new SchemaError(at, `ska vara en lista, inte ${kind(v)}`);
    for (let i = 0; i < v.length; i++) item(v[i], `${at}[${i}]`);
  };

const object =
  (fields: Record<string, Check>): Check =>
  (v, at) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new SchemaError(at, `ska vara ett objekt, inte ${kind(v)}`);
    const o = v as Record<string, unknown>;
    for (const [name, check] of Object.entries(fields)) {
      check(Object.prototype.hasOwnProperty.call(o, name) ? o[name] : undefined, at ? `${at}.${name}` : name);
    }
  };

const required =
  (c: Check): Check =>
  (v, at) => {
    if (v === undefined) throw new SchemaError(at, 'saknas');
    c(v, at);
  };

const line = object({ text: required(str), page: required(nullable(int)), line: required(int), source: required(int), sheet: optional(int), heading: optional(bool), indent: optional(int), offset: optional(int), cell: optional(bool) });

const roundCheck = object({
  format: required(oneOf(ROUND_FORMAT)),
  title: required(str),
  sources: required(list(object({ path: required(str), kind: required(oneOf('text', 'pdf', 'ocr', 'docx')), encoding: optional(str), pages: optional(int), ocrPages: optional(list(int)), sha256: required(str) }))),
  questions: required(list(object({ id: required(str), text: required(str) }))),
  respondents: required(list(object({ id: required(str), name: required(str), known: required(bool), kind: optional(str), organisation: optional(str) }))),
  segments: required(
    list(
      object({
        respondent: required(nullable(str)),
        part: optional(oneOf('preamble', 'compilation', 'unattributed', 'minutes', 'quoted', 'other-matter')),
        question: required(nullable(str)),
        heading: required(nullable(str)),
        text: required(str),
        page: required(nullable(int)),
        line: required(int),
        lines: required(list(line)),
      }),
    ),
  ),
  warnings: required(list(str)),
  registry: optional((v, at) => {
    if (v === 'none') return;
    object({
      organisation: optional(object({ name: required(str), names: optional(list(str)) })),
      bodies: required(
        list(
          object({
            id: required(str),
            kind: required(str),
            names: required(list(str)),
            administrations: required(list(str)),
            abbreviations: required(list(str)),
          }),
        ),
      ),
    })(v, at);
  }),
});

/** Throws a SchemaError naming the first field that does not fit; returns the value as a Round. */
export function validateRound(value: unknown): Round {
  roundCheck(value, '');
  const r = value as Round;
  // Ids are keys everywhere downstream: two respondents with one id would merge silently.
  const seen = new Set<string>();
  r.respondents.forEach((p, i) => {
    if (seen.has(p.id)) throw new SchemaError(`respondents[${i}].id`, `"${p.id.slice(0, 40)}" förekommer två gånger`);
    seen.add(p.id);
  });
  return r;
}

/** A cached analysis: a value of the analysis (checked by its command) and the round's warnings. */
export function validateAnalysisEntry(value: unknown): { value: unknown; warnings: string[] } {
  object({ value: required((v, at) => {
    if (v === null || typeof v !== 'object') throw new SchemaError(at, `ska vara ett objekt, inte ${kind(v)}`);
  }), warnings: required(list(str)) })(value, '');
  return value as { value: unknown; warnings: string[] };
}
