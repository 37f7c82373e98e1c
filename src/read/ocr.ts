/**
 * OCR of PDF pages that have no text layer (scans). This module decides which pages need it and
 * drives an OcrEngine page by page; it runs no program itself. The engine that does (tesseract.js
 * from npm, src/read/ocr-js.ts, or a system Tesseract, src/read/ocr-tesseract.ts) is passed in by
 * the CLI, so the reading stages stay functions of their inputs and tests can give an engine of
 * their own.
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
  /**
   * The recognised text of one page (1-based) of the PDF, or the page found blank (not read).
   * Throws an Error on failure.
   */
  readPage(pdf: Uint8Array, page: number): Promise<string | OcrPage>;
  /** Called once the pages of one PDF are read (or on failure): free what readPage kept open. */
  finish?(): Promise<void>;
}

export interface OcrPage {
  text: string;
  /** The page image carries no ink: it was not handed to the recogniser. */
  blank?: boolean;
}

export interface OcrProgress {
  path: string;
  /** The page being read (1-based). */
  page: number;
  /** How many pages have been read so far, this one excluded, and how many will be. */
  done: number;
  total: number;
  /** Seconds the pages left (this one included) will take, from the pace so far; null before the first. */
  secondsLeft: number | null;
  /** Pages found blank so far (skipped, not read). */
  blank: number;
}

export interface OcrOptions {
  mode?: OcrMode;
  engine?: OcrEngine;
  /** Called before each page is read (the CLI prints it on stderr: OCR takes seconds per page). */
  onProgress?: (p: OcrProgress) => void;
  /**
   * At most this many pages of one PDF are OCR'd (seconds each): more is almost surely the wrong
   * file, or a run of hours the analyst should choose knowingly. Default OCR_MAX_PAGES.
   */
  maxPages?: number;
  /** The clock, for the time-left estimate (tests pass their own). */
  now?: () => number;
}

export const OCR_MAX_PAGES = 300;

/**
 * Fewer letters than this on a page means no usable text layer: a scan carries none, or only a
 * stamped page number or a header line added by the archive system.
 */
export const MIN_LETTERS = 20;

/** The letters of a text, counted up to `enough` (a page's text layer is known usable at MIN_LETTERS: no need to count a whole page). */
function letterCount(text: string, enough: number): number {
  let n = 0;
  for (const c of text) if (/\p{L}/u.test(c) && ++n >= enough) break;
  return n;
}

/** The 1-based pages whose text layer is (nearly) empty. */
export function pagesWithoutText(pages: string[]): number[] {
  const out: number[] = [];
  pages.forEach((t, i) => {
    if (letterCount(t, MIN_LETTERS) < MIN_LETTERS) out.push(i + 1);
  });
  return out;
}

/** "1 sida", "3 sidor": for messages. */
export function pageCount(n: number): string {
  return `${n} ${n === 1 ? 'sida' : 'sidor'}`;
}

/** "sida 3", "sidorna 1–3", "sidorna 1–3, 5, 9–12": for messages. */
export function pageList(pages: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
    runs.push(j > i ? `${pages[i]}–${pages[j]}` : `${pages[i]}`);
    i = j + 1;
  }
  return `${pages.length === 1 ? 'sida' : 'sidorna'} ${runs.join(', ')}`;
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
  if (mode === 'off') why = 'OCR är avstängt (--no-ocr)';
  else if (!options.engine) why = 'ingen OCR-motor finns';
  else {
    const a = await options.engine.availability();
    if (a.problem) {
      why = `OCR kan inte användas (${a.problem})`;
      install = a.install;
    }
  }
  if (why !== undefined) {
    const hint = install ? `; installera OCR: ${install}` : '';
    if (mode === 'force') throw new InputError(path, `--ocr angavs men ${why}${hint}`);
    if (noText) throw new InputError(path, `${pageCount(empty.length)} saknar textlager (ett inskannat dokument?); ${why}${hint}`);
    return { pages, ocrPages: [], unread: empty, why: `${why}${hint}` };
  }

  const max = options.maxPages ?? OCR_MAX_PAGES;
  if (wanted.length > max) {
    throw new InputError(
      path,
      `${wanted.length} sidor behöver OCR, fler än gränsen ${max} (cirka 3 sekunder per sida); ange --ocr-max-pages ${wanted.length} för att läsa dem ändå, eller dela upp filen`,
    );
  }

  const engine = options.engine!;
  const now = options.now ?? Date.now;
  const out = [...pages];
  let blank = 0;
  const started = now();
  try {
    for (let k = 0; k < wanted.length; k++) {
      const page = wanted[k];
      const perPage = k > 0 ? (now() - started) / 1000 / k : null;
      options.onProgress?.({ path, page, done: k, total: wanted.length, secondsLeft: perPage === null ? null : perPage * (wanted.length - k), blank });
      let read: string | OcrPage;
      try {
        read = await engine.readPage(pdf, page);
      } catch (e) {
        throw new InputError(path, `OCR av sida ${page} misslyckades (${firstLine(e)})`);
      }
      const r = typeof read === 'string' ? { text: read } : read;
      if (r.blank) blank++;
      out[page - 1] = r.text;
    }
  } finally {
    await engine.finish?.().catch(() => undefined);
  }
  if (noText && pagesWithoutText(out).length === out.length) {
    throw new InputError(path, `ingen text hittades, inte ens med OCR av ${pageList(wanted)} (en tom eller oläslig skanning?)`);
  }
  return { pages: out, ocrPages: wanted, unread: [] };
}

function firstLine(e: unknown): string {
  const m = String((e as { message?: string })?.message ?? e).split('\n').find((l) => l.trim() !== '');
  return (m ?? 'okänt fel').trim().slice(0, 200);
}
