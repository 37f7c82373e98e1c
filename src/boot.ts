/**
 * Starting the command-line program (bin/remiss.js): from its one-file build with V8's code cache
 * when there is one, else from dist/'s modules. Only what a cold start needs; the commands are
 * loaded by src/cli/main.ts.
 *
 * No V8 flag is set from here. `--no-regexp-tier-up` set with v8.setFlagsFromString took 60 ms
 * off a cold `tabulate`, but a process that sets a flag once V8 is running is outside what V8
 * supports (Node's documentation: "may result in unpredictable behavior, including crashes"),
 * and so it was: 4 segmentation faults in 840 runs of the analysis with the flag set so,
 * none in 500 without (docs/benchmarks.md). letterRegExp (src/normalize/letters.ts) now gets what
 * that flag gave without it; `--maglev` (70 ms) is the same kind of flag, and is not set either.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

type Program = typeof import('./cli/main.js');

/** The program's entry among dist/'s modules, which tsc writes with all the others. */
const MAIN_MODULE = fileURLToPath(new URL('./cli/main.js', import.meta.url));

/** A one-file build (scripts/bundle.mjs, after tsc) beside this module in dist/, with V8's code cache. */
export interface OneFile {
  file: string;
  /**
   * V8's code cache of the file: the functions a run compiles, kept by the build. V8 takes it only
   * from the same V8 version and flags, and checks that itself.
   */
  codeCache: string;
}

function oneFile(name: string): OneFile {
  const file = fileURLToPath(new URL(`./${name}`, import.meta.url));
  return { file, codeCache: `${file}.v8-cache` };
}

/**
 * The program, and pdf-parse with pdf.js and its worker: pdf.js is two large ES modules that a
 * cold PDF read parsed and compiled every time (90 ms), then compiled function by function as the
 * pages were read.
 */
export const ONE_FILES = { program: oneFile('remiss.cjs'), 'pdf-parse': oneFile('pdf-parse.cjs') } as const;

/**
 * The wrapper's parameter through which the one file loads a package of one input or output kind
 * (src/load-package.ts, replaced in the one file by a call of it): V8 cannot run import() in code
 * compiled from its code cache (nodejs/node#43663), so the import is made here, in an ES module.
 */
export const PACKAGE_LOADER_PARAMETER = '__remissLoadPackage';

/**
 * Node's CommonJS wrapper, written out, with the package loader: the cache is of exactly this
 * text, so the build and every run wrap a file alike.
 */
const wrap = (source: string): string =>
  `(function (exports, require, module, __filename, __dirname, ${PACKAGE_LOADER_PARAMETER}) {${source}\n})`;

/** Each one file compiled in this process, by file: the build writes their code caches after its run. */
const compiled = new Map<string, { exports: unknown; script: vm.Script; cacheUsed: boolean }>();

export function compiledOneFiles(): ReadonlyMap<string, { script: vm.Script; cacheUsed: boolean }> {
  return compiled;
}

/**
 * Compile and run a one file (once per process), with its code cache when `useCache` and there
 * is one. `cacheUsed`: whether V8 took the cache (false: none, or made by another V8).
 */
export function compileOneFile<T>(one: OneFile, options: { useCache: boolean }): { exports: T; cacheUsed: boolean } {
  const done = compiled.get(one.file);
  if (done) return done as { exports: T; cacheUsed: boolean };
  const source = readFileSync(one.file, 'utf8');
  let cachedData: Buffer | undefined;
  if (options.useCache) {
    try {
      cachedData = readFileSync(one.codeCache);
    } catch {
      cachedData = undefined; // no cache: the file is compiled as any module is
    }
  }
  const script = new vm.Script(wrap(source), { filename: one.file, cachedData });
  const module = { exports: {} as T };
  const init = script.runInThisContext() as (...args: unknown[]) => void;
  init.call(module.exports, module.exports, createRequire(one.file), module, one.file, path.dirname(one.file), loadPackage);
  const result = { exports: module.exports, script, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
  compiled.set(one.file, result);
  return result;
}

/** Whether this process compiles caches (the build's own run) rather than reading them. */
let readCaches = true;

/**
 * A package the one-file program loads on first use: pdf-parse from its own one file when there
 * is one, every other package (and pdf-parse without it) imported from dist/, as by any module
 * of dist/.
 */
async function loadPackage(name: string): Promise<unknown> {
  const one = ONE_FILES['pdf-parse'];
  if (name === 'pdf-parse' && (compiled.has(one.file) || current(one))) return compileOneFile(one, { useCache: readCaches }).exports;
  return import(name);
}

/**
 * The program's entry (src/cli/main.ts): from the one-file build when there is one (a cold run
 * starts about 100 ms sooner: docs/benchmarks.md), else from dist/'s modules. REMISS_NO_BUNDLE=1 takes the modules (to compare, or to rule the one file out).
 * `useCaches: false` (the build making the caches) compiles everything afresh.
 */
export async function loadProgram(env: Record<string, string | undefined> = process.env, options: { useCaches?: boolean } = {}): Promise<Program> {
  readCaches = options.useCaches ?? true;
  if (env.REMISS_NO_BUNDLE !== '1' && current(ONE_FILES.program)) return compileOneFile<Program>(ONE_FILES.program, { useCache: readCaches }).exports;
  return import('./cli/main.js');
}

/**
 * Whether a one file is there and no older than the modules it is made from: after a bare `tsc`
 * (without `npm run build`) the modules are new and the one file is not, and the program runs
 * from the modules rather than from yesterday's code. (An unpacked package gives every file the
 * same time.)
 */
export function current(one: OneFile, modules: string = MAIN_MODULE): boolean {
  try {
    return statSync(one.file).mtimeMs >= statSync(modules).mtimeMs;
  } catch {
    return false;
  }
}
