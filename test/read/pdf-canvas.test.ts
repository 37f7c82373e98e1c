/**
 * Reading a PDF's text layer does not load the canvas addon (@napi-rs/canvas, ~90 ms a run): pdf.js
 * gets a stand-in (src/read/pdf-canvas.ts), and the text is the same. Rendering a page for OCR
 * afterwards, in the same process, still loads the real addon and works. The OCR engine is named
 * for the analysis cache's key without loading it either.
 *
 * Each check runs in a fresh Node process on the built code (dist/, as the other CLI tests use):
 * in the test process pdf.js and the addon may already be loaded by another test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORPUS, ROOT } from '../helpers.js';
import { writePdf } from '../support/pdf-writer.js';

const dist = (rel: string): string => pathToFileURL(path.join(ROOT, 'dist', rel)).href;

/** Run an ES module body in a fresh Node process; its last stdout line, parsed as JSON. */
function fresh(body: string): Record<string, unknown> {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', body], { encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

let dir: string;
let twoPages: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'remiss-canvas-'));
  twoPages = path.join(dir, 'text-and-blank.pdf');
  writeFileSync(twoPages, writePdf([{ lines: ['Kulturnämnden', 'Yttrande över förslaget.'] }, { lines: [''] }]));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the canvas addon is not loaded for text', () => {
  it('reading the 82-page PDF loads no canvas binding, and gives the text pdf.js gives with it', () => {
    const deferred = fresh(`
      import { readFileSync } from 'node:fs';
      import { readPdfText } from '${dist('read/pdf.js')}';
      import { canvasLoaded } from '${dist('read/pdf-canvas.js')}';
      const { pages } = await readPdfText(readFileSync(${JSON.stringify(CORPUS.pdf)}), 'x.pdf');
      console.log(JSON.stringify({ pages, loaded: canvasLoaded() }));
    `);
    expect(deferred.loaded).toBe(false);
    expect((deferred.pages as string[]).length).toBe(82);
    // The same text when pdf.js has the real addon from the start (loaded before it).
    const direct = fresh(`
      import { readFileSync } from 'node:fs';
      import { createRequire } from 'node:module';
      createRequire(createRequire(import.meta.url).resolve('pdf-parse'))('@napi-rs/canvas');
      import { readPdfText } from '${dist('read/pdf.js')}';
      import { canvasLoaded } from '${dist('read/pdf-canvas.js')}';
      const { pages } = await readPdfText(readFileSync(${JSON.stringify(CORPUS.pdf)}), 'x.pdf');
      console.log(JSON.stringify({ pages, loaded: canvasLoaded() }));
    `);
    expect(direct.loaded).toBe(true);
    expect(deferred.pages).toEqual(direct.pages);
  });

  it('rendering a page after reading the text loads the real addon and works (a blank page found from its image)', () => {
    const out = fresh(`
      import { readFileSync } from 'node:fs';
      import { readPdfText } from '${dist('read/pdf.js')}';
      import { jsOcr } from '${dist('read/ocr-js.js')}';
      import { canvasLoaded } from '${dist('read/pdf-canvas.js')}';
      import { createRequire } from 'node:module';
      const bytes = readFileSync(${JSON.stringify(twoPages)});
      const { pages } = await readPdfText(bytes, 'x.pdf');
      const before = canvasLoaded();
      const engine = jsOcr();
      const available = await engine.availability();
      const page = await engine.readPage(bytes, 2);
      await engine.finish();
      console.log(JSON.stringify({ first: pages[0], before, available, page, after: canvasLoaded(), matrix: typeof globalThis.DOMMatrix, path2d: globalThis.Path2D === createRequire(createRequire(import.meta.url).resolve('pdf-parse'))('@napi-rs/canvas').Path2D }));
    `);
    expect(out.first).toContain('Kulturnämnden');
    expect(out.before).toBe(false);
    expect(out.available).toEqual({ problem: null });
    expect(out.page).toEqual({ text: '', blank: true });
    expect(out.after).toBe(true);
    expect(out.matrix).toBe('function');
    expect(out.path2d).toBe(true); // the addon's own class, in place of the stand-in
  });

  it('the OCR engine is named for the cache key by its packages, without loading them', () => {
    const out = fresh(`
      import { defaultOcr } from '${dist('read/ocr-engine.js')}';
      import { canvasLoaded } from '${dist('read/pdf-canvas.js')}';
      const id = await defaultOcr({ env: {} }).id();
      console.log(JSON.stringify({ id, loaded: canvasLoaded() }));
    `);
    expect(out.id).toMatch(/^tesseract\.js: tesseract\.js@\S+ @tesseract\.js-data\/swe@\S+ @napi-rs\/canvas@\S+ @napi-rs\/canvas-\S+@\S+/);
    expect(out.loaded).toBe(false);
  });

  it('a cold `remiss segments` of the PDF loads no canvas binding', () => {
    const cache = path.join(dir, 'cache');
    const r = spawnSync(process.execPath, ['--trace-warnings', path.join(ROOT, 'bin', 'remiss.js'), 'segments', '--no-cache', '-f', 'csv', CORPUS.pdf], {
      encoding: 'utf8',
      env: { ...process.env, REMISS_CACHE_DIR: cache, NODE_DEBUG: 'module' },
      maxBuffer: 1 << 26,
    });
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/^ASN,/);
    // NODE_DEBUG=module names every CommonJS file loaded: the canvas binding is not among them.
    expect(r.stderr).not.toMatch(/load "[^"]*(?:js-binding\.js|\.node)"/);
    expect(r.stderr).toMatch(/load "[^"]*canvas\/geometry\.js"/);
  });
});

describe("pdf.js's core-js does not stay in the engine's place", () => {
  // Each guarded built-in, printed by the engine's own toString: "[native code]" unless replaced.
  const probe = `
    const nativeToString = Function.prototype.toString;
    const natives = () => Object.fromEntries([['push', Array.prototype.push], ['JSON.parse', JSON.parse], ['toString', Function.prototype.toString]]
      .map(([k, f]) => [k, nativeToString.call(f).includes('[native code]')]));`;
  const all = { push: true, 'JSON.parse': true, toString: true };

  it('core-js replaces them when pdf.js is loaded on its own (the reason for the guard)', () => {
    const out = fresh(`${probe}
      await import('pdf-parse');
      console.log(JSON.stringify(natives()));
    `);
    // If a later pdf.js stops replacing a built-in, this fails: the guard may then be lighter.
    expect(out).toEqual({ push: false, 'JSON.parse': false, toString: false });
  });

  it('after reading a PDF, and after rendering a page for OCR, the built-ins are the engine’s', () => {
    const out = fresh(`${probe}
      import { readFileSync } from 'node:fs';
      import { readPdfText } from '${dist('read/pdf.js')}';
      import { jsOcr } from '${dist('read/ocr-js.js')}';
      const bytes = readFileSync(${JSON.stringify(twoPages)});
      const { pages } = await readPdfText(bytes, 'x.pdf');
      const afterText = natives();
      const engine = jsOcr();
      await engine.readPage(bytes, 2);
      await engine.finish();
      console.log(JSON.stringify({ first: pages[0], afterText, afterOcr: natives(), withResolvers: typeof Promise.withResolvers }));
    `);
    expect(out.first).toContain('Kulturnämnden');
    expect(out.afterText).toEqual(all);
    expect(out.afterOcr).toEqual(all);
    expect(out.withResolvers).toBe('function'); // what pdf.js adds and needs stays
  });
});
