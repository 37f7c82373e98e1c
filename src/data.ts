/**
 * Access to the shipped data in data/: the registry of bodies, the process dictionary, the cue
 * lexicons and the embedded default round. Everything Malmö-specific or Swedish-language lives
 * there, not in code. Files are read once, on first use.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

// The program's own directories, all taken from this module's place (dist/, or src/ in the
// tests), so that they hold when the program runs from its one-file build as well
// (dist/remiss.cjs, beside this module: scripts/bundle.mjs).

/** The directory of the built code (dist/; src/ when the tests run from the sources). */
export const CODE_DIR = fileURLToPath(new URL('./', import.meta.url));
/** The package: package.json, data/, bin/. */
export const PACKAGE_DIR = fileURLToPath(new URL('../', import.meta.url));
/** data/ sits next to src/ and dist/, so this resolves from either. */
export const DATA_DIR = path.join(PACKAGE_DIR, 'data') + path.sep;

const cache = new Map<string, unknown>();

/** Read and parse data/<rel> (JSON), caching the result. */
export function loadData<T>(rel: string): T {
  let v = cache.get(rel);
  if (v === undefined) {
    const file = path.join(DATA_DIR, rel);
    try {
      v = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      // A data file edited by hand (a lexicon, the registry) names itself in the error.
      throw new Error(`${file}: ${(e as Error).message}`);
    }
    cache.set(rel, v);
  }
  return v as T;
}

/** Fill the "{name}" placeholders of a label from data; an unknown placeholder is left as it is. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** The path of a shipped data file. */
export function dataPath(rel: string): string {
  return path.join(DATA_DIR, rel);
}
