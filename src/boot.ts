/**
 * Starting the command-line program (bin/remiss.js): the V8 settings it runs with, then the
 * program itself. Only what a cold start needs; the commands are loaded by src/cli/main.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * V8 flags of the program, each with its reason; set before any of the program is loaded.
 *
 * --no-regexp-tier-up: V8 first runs a regular expression in its bytecode interpreter and
 * compiles it to machine code only after it has been used a while. The analysis runs a few
 * hundred patterns (the cue lexicons, the heading and furniture shapes) over every line or
 * sentence of a round, most of them from the first line on, so each is interpreted for a while
 * and then compiled anyway: compiling at once took 60 ms off a cold `tabulate` of the 2023 round
 * (600 ms) and changes no result (docs/benchmarks.md).
 */
export const V8_FLAGS: readonly string[] = ['--no-regexp-tier-up'];

let flagsSet = false;

/** Set V8_FLAGS on this process (once). */
export function setV8Flags(): void {
  if (flagsSet) return;
  for (const f of V8_FLAGS) v8.setFlagsFromString(f);
  flagsSet = true;
}

type Program = typeof import('./cli/main.js');

/** The program as one file, made by scripts/bundle.mjs after tsc; beside this module in dist/. */
export const BUNDLE_FILE = fileURLToPath(new URL('./remiss.cjs', import.meta.url));

/**
 * V8's code cache of the one file: the functions a run of the program compiles, kept by the
 * build. V8 takes it only from the same V8 version and flags, and checks that itself.
 */
export function codeCacheFile(): string {
  return `${BUNDLE_FILE}.v8-cache`;
}

/**
 * The wrapper's parameter through which the one file loads a package of one input or output kind
 * (src/load-package.ts, replaced in the one file by a call of it): V8 cannot run import() in code
 * compiled from its code cache, so the import is made here, in an ES module.
 */
export const PACKAGE_LOADER_PARAMETER = '__remissLoadPackage';
const loadPackage = (name: string): Promise<unknown> => import(name);

/**
 * Node's CommonJS wrapper, written out, with the package loader: the cache is of exactly this
 * text, so the build and every run wrap the file alike.
 */
const wrap = (source: string): string =>
  `(function (exports, require, module, __filename, __dirname, ${PACKAGE_LOADER_PARAMETER}) {${source}\n})`;

export interface LoadedBundle {
  exports: Program;
  script: vm.Script;
  /** Whether V8 took the code cache (false: there was none, or it was made by another V8). */
  cacheUsed: boolean;
}

/**
 * Compile and run the one-file program, with the code cache when `useCache` and there is one.
 * A package it loads lazily (pdf-parse, exceljs …) is imported by `loadPackage` above, from dist/
 * as by any module of dist/.
 */
export function compileBundle(options: { useCache: boolean }): LoadedBundle {
  setV8Flags();
  const source = readFileSync(BUNDLE_FILE, 'utf8');
  let cachedData: Buffer | undefined;
  if (options.useCache) {
    try {
      cachedData = readFileSync(codeCacheFile());
    } catch {
      cachedData = undefined; // no cache: the file is compiled as any module is
    }
  }
  const script = new vm.Script(wrap(source), { filename: BUNDLE_FILE, cachedData });
  const module = { exports: {} as Program };
  const init = script.runInThisContext() as (...args: unknown[]) => void;
  init.call(module.exports, module.exports, createRequire(BUNDLE_FILE), module, BUNDLE_FILE, path.dirname(BUNDLE_FILE), loadPackage);
  return { exports: module.exports, script, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

/**
 * The program's entry (src/cli/main.ts), with the V8 flags set before it loads: from the one-file
 * build when there is one (a cold run starts 50 ms sooner: docs/benchmarks.md), else from dist/'s
 * modules. REMISS_NO_BUNDLE=1 takes the modules (to compare, or to rule the one file out).
 */
export async function loadProgram(env: Record<string, string | undefined> = process.env): Promise<Program> {
  setV8Flags();
  if (env.REMISS_NO_BUNDLE !== '1' && existsSync(BUNDLE_FILE)) return compileBundle({ useCache: true }).exports;
  return import('./cli/main.js');
}
