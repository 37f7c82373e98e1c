/**
 * pdf.js requires `@napi-rs/canvas` — a native addon, ~90 ms to load — the moment it is imported:
 * for polyfills of DOMMatrix, ImageData and Path2D, and later to render pages. Reading a text
 * layer uses none of it. So before pdf.js is first imported for text, the package is registered in
 * the require cache as a stand-in: DOMMatrix, DOMPoint and DOMRect come from the package's own
 * pure-JavaScript geometry module (the very classes the addon would export), and everything else
 * loads the real addon on first use. OCR renders pages: `realCanvas()` (called before rendering,
 * and by any stand-in that is used) loads the addon and puts its classes where pdf.js looks.
 *
 * If anything about the package is not where it is expected, nothing is deferred and pdf.js loads
 * the addon itself, as it always did.
 */
import { createRequire } from 'node:module';

type CanvasModule = Record<string | symbol, unknown>;

const require = createRequire(import.meta.url);

interface Deferred {
  /** The addon's entry file, as pdf.js resolves it. */
  file: string;
  geometry: CanvasModule;
  real?: CanvasModule;
}

let deferred: Deferred | null | undefined;

/** The file pdf.js gets for require("@napi-rs/canvas"), resolved from pdf.js's own place. */
function canvasEntry(): { file: string; geometry: string } | null {
  try {
    const fromPdfParse = createRequire(require.resolve('pdf-parse'));
    const fromPdfjs = createRequire(fromPdfParse.resolve('pdfjs-dist/package.json'));
    const file = fromPdfjs.resolve('@napi-rs/canvas');
    const geometry = createRequire(file).resolve('./geometry.js');
    return { file, geometry };
  } catch {
    return null;
  }
}

const standIns = new WeakSet<object>();

/** Classes pdf.js only checks for at load; constructing one loads the addon and makes a real one. */
function standIn(name: string): unknown {
  const stand = function (this: unknown, ...args: unknown[]): unknown {
    const Real = realCanvas()?.[name] as new (...a: unknown[]) => unknown;
    return Reflect.construct(Real, args);
  };
  Object.defineProperty(stand, 'name', { value: name });
  standIns.add(stand);
  return stand;
}

const STAND_INS = ['ImageData', 'Path2D'];
const GEOMETRY = ['DOMMatrix', 'DOMPoint', 'DOMRect'];

/**
 * Register the stand-in before pdf.js is imported for text (once per process; a no-op when pdf.js
 * already has the addon, or when the package is not laid out as expected).
 */
export function deferCanvas(): void {
  if (deferred !== undefined) return;
  deferred = null;
  const entry = canvasEntry();
  if (!entry || require.cache[entry.file]) return; // already loaded: nothing to save
  let geometry: CanvasModule;
  try {
    geometry = require(entry.geometry) as CanvasModule;
  } catch {
    return;
  }
  const d: Deferred = { file: entry.file, geometry };
  const made = new Map(STAND_INS.map((n) => [n, standIn(n)]));
  const exports = new Proxy({} as CanvasModule, {
    get(_t, key) {
      if (d.real) return d.real[key];
      if (typeof key === 'string' && GEOMETRY.includes(key)) return geometry[key];
      if (typeof key === 'string' && made.has(key)) return made.get(key);
      if (key === 'then' || typeof key === 'symbol') return undefined;
      return realCanvas()?.[key];
    },
  });
  const Module = require('node:module') as { new (id: string): { filename: string; loaded: boolean; exports: unknown; paths: string[] } };
  const m = new Module(entry.file);
  m.filename = entry.file;
  m.loaded = true;
  m.exports = exports;
  require.cache[entry.file] = m as unknown as NodeJS.Module;
  deferred = d;
}

/** Whether the addon's native binding has been loaded in this process (for tests). */
export function canvasLoaded(): boolean {
  const file = deferred?.file ?? canvasEntry()?.file;
  if (!file) return false;
  const binding = createRequire(file).resolve('./js-binding.js');
  return Boolean(require.cache[binding]);
}

/**
 * The real addon, for rendering: loaded now if it was deferred, and its ImageData and Path2D put
 * in place of the stand-ins pdf.js may have installed as globals. Undefined when nothing was
 * deferred (pdf.js then loads the addon itself).
 */
export function realCanvas(): CanvasModule | undefined {
  const d = deferred;
  if (!d) return undefined;
  if (!d.real) {
    const standInModule = require.cache[d.file];
    delete require.cache[d.file];
    try {
      d.real = require(d.file) as CanvasModule;
    } catch (e) {
      if (standInModule) require.cache[d.file] = standInModule;
      throw e;
    }
    // pdf.js made our stand-ins the globals ImageData and Path2D: the addon's own take their place.
    const g = globalThis as unknown as Record<string, unknown>;
    for (const name of STAND_INS) if (standIns.has(g[name] as object)) g[name] = d.real[name];
  }
  return d.real;
}
