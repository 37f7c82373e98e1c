/**
 * OCR of PDF pages that have no text layer (scans). This module decides which pages need it and
 * drives an OcrEngine page by page; it runs no program itself. The engine that does
 * (pdftoppm + tesseract, src/read/ocr-tesseract.ts) is passed in by the CLI, so the reading
 * stages stay functions of their inputs and tests can give an engine of their own.
 */
import { InputError } from '../errors.js';

/** auto: OCR pages without a text layer when an engine is available; force: every page; off: never. */
export type OcrMode = 'auto' | 'force' | 'off';

export interface OcrAvailability {
  /** What is missing ("tesseract not found"), or null when the engine can run. */
  problem: string | null;
  /** How to install what is missing, for the error message. */
  install?: string;
}

export interface OcrEngine {
  /** Whether the engine can run here (checked once, on first need). */
  availability(): Promise<OcrAvailability>;
  /** The recognised text of one page (1-based) of the PDF. Throws an Error on failure. */
  readPage(pdf: Uint8Array, page: number): Promise<string>;
}

export interface OcrProgress {
  path: string;
  /** The page being read (1-based). */
  page: number;
  /** How many pages have been read so far, this one excluded, and how many will be. */
  done: number;
  total: number;
}

export interface OcrOptions {
  mode?: OcrMode;
  engine?: OcrEngine;
  /** Called before each page is read (the CLI prints it on stderr: OCR takes seconds per page). */
  onProgress?: (p: OcrProgress) => void;
}

/**
 * Fewer letters than this on a page means no usable text layer: a scan carries none, or only a
 * stamped page number or a header line added by the archive system.
 */
export const MIN_LETTERS = 20;

function letterCount(text: string): number {
  let n = 0;
  for (const c of text) if (/\p{L}/u.test(c)) n++;
  return n;
}

/** The 1-based pages whose text layer is (nearly) empty. */
export function pagesWithoutText(pages: string[]): number[] {
  const out: number[] = [];
  pages.forEach((t, i) => {
    if (letterCount(t) < MIN_LETTERS) out.push(i + 1);
  });
  return out;
}

/** "page 3", "pages 1–3", "pages 1–3, 5, 9–12": for messages. */
export function pageList(pages: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
    runs.push(j > i ? `${pages[i]}–${pages[j]}` : `${pages[i]}`);
    i = j + 1;
  }
  return `${pages.length === 1 ? 'page' : 'pages'} ${runs.join(', ')}`;
}

export interface OcrResult {
  /** Page texts, the OCR'd ones replaced. */
  pages: string[];
  /** The pages read by OCR. */
  ocrPages: number[];
  /** Pages left without text (OCR off or unavailable, but other pages have text). */
  unread: number[];
  /** Why unread pages were not read, for a warning. */
  why?: string;
}

/**
 * Fill in the pages of a PDF that need OCR. A PDF with no text at all that cannot be OCR'd is an
 * input error that says why and what to do; a PDF with some text and a few empty pages (a scanned
 * appendix, or simply blank pages) is read, and the caller warns about the pages left unread.
 */
export async function ocrIfNeeded(path: string, pdf: Uint8Array, pages: string[], options: OcrOptions = {}): Promise<OcrResult> {
  const mode = options.mode ?? 'auto';
  const empty = pagesWithoutText(pages);
  const wanted = mode === 'force' ? pages.map((_, i) => i + 1) : empty;
  if (wanted.length === 0 || pages.length === 0) return { pages, ocrPages: [], unread: [] };
  const noText = empty.length === pages.length;

  let why: string | undefined;
  let install: string | undefined;
  if (mode === 'off') why = 'OCR is off (--no-ocr)';
  else if (!options.engine) why = 'no OCR engine is available';
  else {
    const a = await options.engine.availability();
    if (a.problem) {
      why = `OCR is not available (${a.problem})`;
      install = a.install;
    }
  }
  if (why !== undefined) {
    const hint = install ? `; install OCR: ${install}` : '';
    if (mode === 'force') throw new InputError(path, `--ocr was given but ${why}${hint}`);
    if (noText) throw new InputError(path, `${pageList(empty)} ${empty.length === 1 ? 'has' : 'have'} no text layer (a scan?); ${why}${hint}`);
    return { pages, ocrPages: [], unread: empty, why: `${why}${hint}` };
  }

  const engine = options.engine!;
  const out = [...pages];
  for (let k = 0; k < wanted.length; k++) {
    const page = wanted[k];
    options.onProgress?.({ path, page, done: k, total: wanted.length });
    let text: string;
    try {
      text = await engine.readPage(pdf, page);
    } catch (e) {
      throw new InputError(path, `OCR of page ${page} failed (${firstLine(e)})`);
    }
    out[page - 1] = text;
  }
  if (noText && pagesWithoutText(out).length === out.length) {
    throw new InputError(path, `no text found, not even by OCR of ${pageList(wanted)} (a blank or unreadable scan?)`);
  }
  return { pages: out, ocrPages: wanted, unread: [] };
}

function firstLine(e: unknown): string {
  const m = String((e as { message?: string })?.message ?? e).split('\n').find((l) => l.trim() !== '');
  return (m ?? 'unknown error').trim().slice(0, 200);
}
