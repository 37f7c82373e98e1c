#!/usr/bin/env node
// After tsc: the command-line program as one file (dist/remiss.cjs) with V8's code cache beside
// it (dist/remiss.cjs.v8-cache), which bin/remiss.js loads through src/boot.ts.
//
// Why: Node 20 keeps no compiled code between runs of an ES module program, so every cold run
// parsed and compiled the hundred modules of dist/ (and commander's) again. One file can be
// compiled with a code cache made here, once, by running the program over the embedded round:
// V8 then starts with the functions of a run already compiled. dist/ stays what it was (the
// library, and the program when the one-file build is missing or its cache does not fit this
// Node).
//
// Bundled: our code and the small packages every command needs. Not bundled: the packages of one
// input or output kind (PDF, OCR, Word, Excel), loaded when a command needs them, as before.
import { rolldown } from 'rolldown';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** Packages compiled into the one file: those every run of a command loads. */
const BUNDLED = new Set(['commander', 'chalk', 'csv-stringify', 'iconv-lite', 'natural']);
const lazyPackages = Object.keys(pkg.dependencies).filter((d) => !BUNDLED.has(d));
const isLazy = (id) => lazyPackages.some((p) => id === p || id.startsWith(`${p}/`)) || id === '@napi-rs/canvas' || id.startsWith('pdfjs-dist');

const { BUNDLE_FILE, codeCacheFile, PACKAGE_LOADER_PARAMETER } = await import(pathToFileURL(path.join(dist, 'boot.js')).href);
// src/load-package.ts imports the lazily loaded packages; in the one file that import is made by
// the loader, which hands its own import() in as the wrapper's parameter `loadPackage` (src/boot.ts):
// V8 cannot run import() in code compiled from its code cache.
const loadPackageModule = path.join(dist, 'load-package.js');
const importFromLoader = {
  name: 'remiss-load-package-from-loader',
  load(id) {
    if (path.resolve(id) === loadPackageModule) return `export function loadPackage(name) { return ${PACKAGE_LOADER_PARAMETER}(name); }\n`;
    return null;
  },
};
const bundle = await rolldown({
  input: path.join(dist, 'cli', 'main.js'),
  platform: 'node',
  external: (id) => isLazy(id),
  plugins: [importFromLoader],
  logLevel: 'warn',
});
await bundle.write({ file: BUNDLE_FILE, format: 'cjs', codeSplitting: false });
await bundle.close();

// The code cache: compile the one file, run commands over the embedded round in this process
// (with a throw-away analysis cache), then keep what V8 compiled.
const { compileBundle } = await import(pathToFileURL(path.join(dist, 'boot.js')).href);
const loaded = compileBundle({ useCache: false });
const scratch = mkdtempSync(path.join(tmpdir(), 'remiss-bundle-'));
const sink = { write: () => true, on: () => undefined, once: () => undefined, end: () => undefined };
try {
  for (const args of [['tabulate', '--no-cache'], ['xref', '--no-cache'], ['segments', '--no-cache', '-f', 'json'], ['tabulate', '-f', 'csv']]) {
    const io = { stdout: sink, stderr: sink, env: { REMISS_CACHE_DIR: scratch, NO_COLOR: '1' }, stdoutIsTTY: false, readStdin: async () => new Uint8Array() };
    const code = await loaded.exports.run(args, io);
    if (code !== 0) throw new Error(`remiss ${args.join(' ')} gav slutkod ${code}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
writeFileSync(codeCacheFile(), loaded.script.createCachedData());
