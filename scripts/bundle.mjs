#!/usr/bin/env node
// After tsc: the command-line program as one file (dist/remiss.cjs), and pdf-parse with pdf.js
// and its worker as another (dist/pdf-parse.cjs), each with V8's code cache beside it
// (*.v8-cache); bin/remiss.js loads them through src/boot.ts.
//
// Why: Node 20 keeps no compiled code between runs of an ES module program, so every cold run
// parsed and compiled the hundred modules of dist/ and commander again, and a PDF read pdf.js's
// two large modules. One file can be compiled with a code cache made here, once, by running the
// program over the embedded round and a PDF: V8 then starts with the functions of a run already
// compiled. dist/ stays what it was (the library, and the program when a one file is missing or
// its cache does not fit this Node).
//
// In the program's file: our code and the small packages every command needs. Not in it: the
// packages of one input or output kind (PDF, OCR, Word, Excel), loaded when a command needs them.
import { rolldown } from 'rolldown';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const boot = await import(pathToFileURL(path.join(dist, 'boot.js')).href);
const { ONE_FILES, PACKAGE_LOADER_PARAMETER } = boot;

for (const one of Object.values(ONE_FILES)) rmSync(one.codeCache, { force: true });

/** Packages compiled into the program's file: those every run of a command loads. */
const BUNDLED = new Set(['commander', 'chalk', 'csv-stringify', 'natural']);
const lazyPackages = Object.keys(pkg.dependencies).filter((d) => !BUNDLED.has(d));
const isLazy = (id) => lazyPackages.some((p) => id === p || id.startsWith(`${p}/`)) || id === '@napi-rs/canvas' || id.startsWith('pdfjs-dist');

// src/load-package.ts imports the lazily loaded packages; in the one file that import is made by
// the loader, which hands its own in as the wrapper's parameter (src/boot.ts): V8 cannot run
// import() in code compiled from its code cache.
const loadPackageModule = path.join(dist, 'load-package.js');
const importFromLoader = {
  name: 'remiss-load-package-from-loader',
  load(id) {
    if (path.resolve(id) === loadPackageModule) return `export function loadPackage(name) { return ${PACKAGE_LOADER_PARAMETER}(name); }\n`;
    return null;
  },
};

async function write(input, file, options) {
  const bundle = await rolldown({ input, platform: 'node', logLevel: 'warn', ...options });
  await bundle.write({ file, format: 'cjs', codeSplitting: false });
  await bundle.close();
}

await write(path.join(dist, 'cli', 'main.js'), ONE_FILES.program.file, { external: (id) => isLazy(id), plugins: [importFromLoader] });

// pdf-parse, pdf.js and pdf.js's worker. pdf.js in Node runs its worker in the same thread and
// imports the worker's file when the first document opens — unless the worker's message handler
// is already on globalThis.pdfjsWorker, which this file puts there: the worker is then compiled
// (and cached) with the rest. Everything is resolved from pdf-parse's own place, as pdf-parse
// resolves it.
const fromPdfParse = createRequire(createRequire(path.join(root, 'package.json')).resolve('pdf-parse'));
const pdfjsDir = path.dirname(fromPdfParse.resolve('pdfjs-dist/package.json'));
const pdfParseEsm = path.join(path.dirname(fromPdfParse.resolve('pdf-parse')), '..', 'esm', 'index.js');
const ENTRY = '\0remiss-pdf-parse-entry';
const pdfEntry = {
  name: 'remiss-pdf-parse-entry',
  resolveId: (id) => (id === ENTRY ? ENTRY : null),
  load: (id) =>
    id === ENTRY
      ? [
          `import * as worker from ${JSON.stringify(path.join(pdfjsDir, 'legacy', 'build', 'pdf.worker.mjs'))};`,
          'globalThis.pdfjsWorker ??= worker;',
          `export * from ${JSON.stringify(pdfParseEsm)};`,
        ].join('\n')
      : null,
};
if (!existsSync(pdfParseEsm)) throw new Error(`bundle: pdf-parse is not laid out as expected (${pdfParseEsm})`);
await write(ENTRY, ONE_FILES['pdf-parse'].file, { external: ['@napi-rs/canvas'], plugins: [pdfEntry] });

// The code caches: compile the files, run commands over the embedded round and a PDF in this
// process (with a throw-away analysis cache), then keep what V8 compiled.
const { run } = await boot.loadProgram({}, { useCaches: false });
const scratch = mkdtempSync(path.join(tmpdir(), 'remiss-bundle-'));
const sink = { write: () => true };
const pdf = path.join(root, 'test', 'fixtures', 'corpus', '004_812396aa62444cc6.pdf');
const runs = [['tabulate', '--no-cache'], ['xref', '--no-cache'], ['segments', '--no-cache', '-f', 'json'], ['tabulate', '-f', 'csv']];
// A clone has the 2023 round's PDF among its test fixtures; an unpacked package does not, and
// ships the caches its build made.
if (existsSync(pdf)) runs.push(['segments', '--no-cache', '--no-ocr', pdf]);
try {
  for (const args of runs) {
    const io = { stdout: sink, stderr: sink, env: { REMISS_CACHE_DIR: scratch, NO_COLOR: '1' }, stdoutIsTTY: false, readStdin: async () => new Uint8Array() };
    const code = await run(args, io);
    if (code !== 0) throw new Error(`bundle: remiss ${args.join(' ')} gav slutkod ${code}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
for (const one of Object.values(ONE_FILES)) {
  const done = boot.compiledOneFiles().get(one.file);
  if (done) writeFileSync(one.codeCache, done.script.createCachedData());
}
