/**
 * Which OCR engine reads scanned pages. tesseract.js (src/read/ocr-js.ts) comes with
 * `npm install` on Linux, macOS and Windows and needs nothing else, so it is the default. A
 * system Tesseract with poppler (src/read/ocr-tesseract.ts) was not faster where both were
 * measured (about 2.5 s a page for tesseract.js at 150 dpi, longer for Debian's tesseract at
 * 300 dpi), so it is used only when the npm engine cannot load, or when asked for with
 * REMISS_OCR_ENGINE=tesseract (for a machine with a tuned Tesseract installation).
 */
import type { OcrAvailability, OcrEngine } from './ocr.js';
import { jsOcr } from './ocr-js.js';
import { tesseractOcr } from './ocr-tesseract.js';

export interface EngineOptions {
  env?: Record<string, string | undefined>;
  /** Where tesseract.js may keep unpacked language data. */
  cachePath?: string;
}

export function defaultOcr(options: EngineOptions = {}): OcrEngine & { id?(): Promise<string | null> } {
  const system = (): OcrEngine => tesseractOcr({ env: options.env });
  if (options.env?.REMISS_OCR_ENGINE === 'tesseract') return system();
  const js = jsOcr({ cachePath: options.cachePath });
  /** The system engine's id: whether it can run (it has to be asked, in a child process). */
  const systemId = async (): Promise<string | null> => ((await system().availability()).problem ? null : 'tesseract (system)');
  let chosen: Promise<{ engine: OcrEngine; availability: OcrAvailability }> | undefined;
  const choose = async () => {
    const a = await js.availability();
    if (!a.problem) return { engine: js, availability: a };
    const fallback = system();
    const b = await fallback.availability();
    return b.problem ? { engine: js, availability: a } : { engine: fallback, availability: b };
  };
  return {
    // The npm engine is named by its installed packages, without loading it; only when they are
    // missing does the system engine get asked.
    id: async () => {
      const own = js.id();
      return own ? `tesseract.js: ${own}` : systemId();
    },
    availability: async () => (await (chosen ??= choose())).availability,
    readPage: async (pdf, page) => (await (chosen ??= choose())).engine.readPage(pdf, page),
    finish: async () => {
      if (chosen) await (await chosen).engine.finish?.();
    },
  };
}
