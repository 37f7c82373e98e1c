/**
 * The OCR engine that needs nothing beyond `npm install`: pdf.js (the copy pdf-parse brings)
 * renders a page with @napi-rs/canvas (prebuilt for Linux, macOS and Windows), tesseract.js
 * (Tesseract compiled to WebAssembly) reads it with the Swedish data of @tesseract.js-data/swe.
 * No network: the language data is read from node_modules. Everything here is loaded only when a
 * page is actually OCR'd; plain text extraction never pays for it.
 *
 * A page whose rendered image carries (almost) no ink is blank: it is not handed to Tesseract,
 * which would spend seconds on it and at best return nothing, at worst scanner-noise letters.
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { OcrAvailability, OcrEngine, OcrPage } from './ocr.js';
import { realCanvas } from './pdf-canvas.js';
import { keepNatives, restoreNatives } from './pdf-natives.js';
import { loadPackage } from '../load-package.js';

export interface JsOcrOptions {
  /**
   * Rendering resolution. 200 dpi, what office scanners use: at 150 Tesseract starts reading
   * "rn" as "m" ("Kultumämnden"); 300 takes twice the time for no better text.
   */
  dpi?: number;
  /** Where tesseract.js keeps the unpacked language data between runs (never the working directory). */
  cachePath?: string;
}

/** A pixel darker than this (0–255 luminance) is ink. */
export const INK_LEVEL = 160;
/** A page with a smaller share of ink pixels than this is blank (a page number alone stays under it). */
export const BLANK_INK_SHARE = 0.0005;
/** The page's edge is left out: scanners leave dark borders and punch holes there. */
export const EDGE_SHARE = 0.04;

/**
 * The share of ink pixels in an RGBA image (as canvas getImageData gives it), the outer
 * EDGE_SHARE of each side left out.
 */
export function inkShare(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): number {
  const x0 = Math.floor(width * EDGE_SHARE);
  const x1 = width - x0;
  const y0 = Math.floor(height * EDGE_SHARE);
  const y1 = height - y0;
  let ink = 0;
  let total = 0;
  for (let y = y0; y < y1; y++) {
    let i = (y * width + x0) * 4;
    for (let x = x0; x < x1; x++, i += 4) {
      total++;
      // Transparent pixels are the paper (pdf.js leaves unpainted areas transparent).
      if (rgba[i + 3] < 128) continue;
      if (rgba[i] * 0.299 + rgba[i + 1] * 0.587 + rgba[i + 2] * 0.114 < INK_LEVEL) ink++;
    }
  }
  return total === 0 ? 0 : ink / total;
}

export function isBlank(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): boolean {
  return inkShare(rgba, width, height) < BLANK_INK_SHARE;
}

interface Worker {
  recognize(image: Buffer): Promise<{ data: { text: string } }>;
  terminate(): Promise<unknown>;
}

interface Parser {
  getScreenshot(p: { partial: number[]; scale: number; imageBuffer: boolean; imageDataUrl: boolean }): Promise<{ pages: Array<{ data: Uint8Array }> }>;
  destroy(): Promise<void>;
}

interface Canvas {
  loadImage(data: Buffer): Promise<{ width: number; height: number }>;
  createCanvas(w: number, h: number): {
    getContext(kind: '2d'): {
      drawImage(img: unknown, x: number, y: number): void;
      getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
    };
  };
}

const require = createRequire(import.meta.url);

/** The directory of the Swedish model ("best_int": the accurate LSTM model, integer-quantised). */
function swedishData(): string {
  return path.join(path.dirname(require.resolve('@tesseract.js-data/swe/package.json')), '4.0.0_best_int');
}

/**
 * @napi-rs/canvas as pdf-parse resolves it: the one pdf.js renders with, whatever npm hoisted —
 * the real addon, also when text extraction deferred it (src/read/pdf-canvas.ts).
 */
function canvasModule(): Canvas {
  return (realCanvas() ?? createRequire(require.resolve('pdf-parse'))('@napi-rs/canvas')) as unknown as Canvas;
}

/** A package's name@version, as resolved from `from`; throws when it is not installed. */
function versionOf(from: NodeJS.Require, name: string): string {
  const pkg = JSON.parse(readFileSync(from.resolve(`${name}/package.json`), 'utf8')) as { version?: string };
  return `${name}@${pkg.version ?? '?'}`;
}

/**
 * Which engine this is, for the analysis cache's key, without loading it (loading the canvas
 * addon alone costs ~90 ms, more than a cached answer): the versions of tesseract.js, its Swedish
 * data and the canvas package with the prebuilt binary installed for this platform. Null when one
 * of them is missing, so that installing OCR later changes the key.
 */
export function jsOcrId(): string | null {
  try {
    const fromPdfParse = createRequire(require.resolve('pdf-parse'));
    const canvasFile = fromPdfParse.resolve('@napi-rs/canvas');
    const fromCanvas = createRequire(canvasFile);
    const optional = Object.keys((JSON.parse(readFileSync(path.join(path.dirname(canvasFile), 'package.json'), 'utf8')) as { optionalDependencies?: Record<string, string> }).optionalDependencies ?? {});
    const binaries = optional.flatMap((name) => {
      try {
        return [versionOf(fromCanvas, name)];
      } catch {
        return [];
      }
    });
    if (binaries.length === 0) return null;
    return ['tesseract.js', '@tesseract.js-data/swe'].map((n) => versionOf(require, n)).concat(versionOf(fromPdfParse, '@napi-rs/canvas'), binaries).join(' ');
  } catch {
    return null;
  }
}

export function jsOcr(options: JsOcrOptions = {}): OcrEngine & { id(): string | null } {
  const scale = (options.dpi ?? 200) / 72;
  let checked: Promise<OcrAvailability> | undefined;
  let worker: Promise<Worker> | undefined;
  // One parsed document per PDF being OCR'd: parsing it again for every page would cost more
  // than rendering the page.
  let open: { pdf: Uint8Array; parser: Parser } | undefined;

  async function check(): Promise<OcrAvailability> {
    try {
      swedishData();
      require.resolve('tesseract.js');
      canvasModule();
      return { problem: null };
    } catch (e) {
      return { problem: `OCR-paketen kan inte laddas (${String((e as Error).message).split('\n')[0]})`, install: 'npm install' };
    }
  }

  async function startWorker(): Promise<Worker> {
    const { createWorker } = (await loadPackage('tesseract.js')) as unknown as {
      createWorker(lang: string, oem: number, o: Record<string, unknown>): Promise<Worker>;
    };
    let cache: Record<string, unknown> = { cacheMethod: 'none' };
    if (options.cachePath) {
      try {
        mkdirSync(options.cachePath, { recursive: true, mode: 0o700 });
        cache = { cachePath: options.cachePath };
      } catch {
        // No cache directory: unpack the data again each run (a fraction of a second).
      }
    }
    // OEM 1: the LSTM engine, the only one the best_int data carries.
    return createWorker('swe', 1, { langPath: swedishData(), gzip: true, ...cache, errorHandler: () => undefined });
  }

  async function parserFor(pdf: Uint8Array): Promise<Parser> {
    if (open?.pdf === pdf) return open.parser;
    await open?.parser.destroy().catch(() => undefined);
    // Rendering needs the canvas addon that text extraction deferred (src/read/pdf-canvas.ts).
    canvasModule();
    keepNatives();
    const { PDFParse } = await loadPackage('pdf-parse');
    restoreNatives();
    const parser = new PDFParse({ data: new Uint8Array(pdf), verbosity: 0 }) as unknown as Parser;
    open = { pdf, parser };
    return parser;
  }

  async function render(pdf: Uint8Array, page: number): Promise<Buffer> {
    const shot = await (await parserFor(pdf)).getScreenshot({ partial: [page], scale, imageBuffer: true, imageDataUrl: false });
    restoreNatives();
    const png = shot.pages[0]?.data;
    if (!png || png.length === 0) throw new Error(`sidan ${page} kunde inte renderas`);
    return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  }

  async function blank(png: Buffer): Promise<boolean> {
    const canvas = canvasModule();
    const img = await canvas.loadImage(png);
    const ctx = canvas.createCanvas(img.width, img.height).getContext('2d');
    ctx.drawImage(img, 0, 0);
    return isBlank(ctx.getImageData(0, 0, img.width, img.height).data, img.width, img.height);
  }

  return {
    id: jsOcrId,
    availability: () => (checked ??= check()),
    async readPage(pdf, page): Promise<OcrPage> {
      const png = await render(pdf, page);
      if (await blank(png)) return { text: '', blank: true };
      worker ??= startWorker();
      const { data } = await (await worker).recognize(png);
      return { text: data.text };
    },
    async finish() {
      const w = worker;
      worker = undefined;
      const o = open;
      open = undefined;
      await Promise.all([w?.then((x) => x.terminate()).catch(() => undefined), o?.parser.destroy().catch(() => undefined)]);
    },
  };
}
