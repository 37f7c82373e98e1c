/**
 * The CLI's contact with the world: streams, environment, files. Everything under src/ other
 * than src/cli is free of it. Tests pass their own IO to run().
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { RawInput } from '../round.js';
import type { OcrEngine } from '../read/ocr.js';

export interface Output {
  write(chunk: string | Uint8Array): unknown;
}

export interface IO {
  stdout: Output;
  stderr: Output;
  /** Reads all of standard input. */
  readStdin(): Promise<Uint8Array>;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour and the table layout may depend on it). */
  stdoutIsTTY: boolean;
  stderrIsTTY?: boolean;
  /** The terminal's width in columns, when stdout is one (COLUMNS overrides it). */
  columns?: number;
  /** The OCR engine for scanned PDFs; by default pdftoppm + tesseract (src/read/ocr-tesseract.ts). */
  ocr?: OcrEngine;
}

/**
 * Files larger than this are not read at all: reading one would only end in an out-of-memory
 * crash. Scanned PDFs are the large inputs (images); a round's text is far smaller (see
 * src/read/limits.ts, which bounds the text itself).
 */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export interface ReadInputsOptions {
  /** The --questions file: never also read as a respondent's document. */
  questions?: string;
}

/**
 * Read the inputs named on the command line; "-" is standard input, a directory the round's
 * files in it (see roundFilesIn). Notes on what was left out go to stderr.
 */
export async function readInputs(paths: string[], io: IO, options: ReadInputsOptions = {}): Promise<RawInput[]> {
  const out: RawInput[] = [];
  let stdinUsed = false;
  const questions = options.questions ? path.resolve(options.questions) : undefined;
  const note = (m: string): void => void io.stderr.write(`remiss: ${m}\n`);
  for (const p of paths) {
    if (p === '-') {
      if (stdinUsed) throw new InputError('-', 'standard in kan bara läsas en gång');
      stdinUsed = true;
      out.push({ path: '-', bytes: await io.readStdin() });
      continue;
    }
    if (questions && path.resolve(p) === questions) {
      note(`${p}: läses som remissfrågor (--questions), inte som ett remissvar`);
      continue;
    }
    const stat = await fs.stat(p).catch(() => undefined);
    if (stat?.isDirectory()) {
      const { files, notes } = roundFilesIn(p, await fs.readdir(p, { withFileTypes: true }), questions);
      notes.forEach(note);
      if (files.length === 0) throw new InputError(p, 'mappen innehåller inga filer att läsa (.txt, .pdf, .docx, .csv)');
      for (const f of files) out.push({ path: f, bytes: await readFileChecked(f) });
      continue;
    }
    out.push({ path: p, bytes: await readFileChecked(p) });
  }
  if (out.length === 0) throw new InputError(paths.join(', '), 'inga indata kvar att läsa');
  return out;
}

/** What a directory may hold of a round, in the order one document is preferred over its copies. */
const SOURCE_EXTENSIONS = ['.docx', '.pdf', '.txt', '.text', '.md', '.csv', '.tsv'];

/**
 * The round's source files in a directory, sorted by name (Swedish order: å, ä, ö last). A
 * document there as both .docx and .pdf, or .pdf and .txt (a print or a text export of it), is
 * read once: the .docx (the author's own, with its headings), else the .pdf (its pages are where
 * the analyst looks). Round files (.json), the --questions file, hidden files and anything else
 * are left out, each with a note.
 */
export function roundFilesIn(dir: string, entries: Array<{ name: string; isFile(): boolean }>, questions?: string): { files: string[]; notes: string[] } {
  const notes: string[] = [];
  const byStem = new Map<string, string[]>();
  const names = entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !e.name.startsWith('~$'))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, 'sv'));
  for (const name of names) {
    const full = path.join(dir, name);
    const ext = path.extname(name).toLowerCase();
    if (questions && path.resolve(full) === questions) {
      notes.push(`${full}: läses som remissfrågor (--questions), inte som ett remissvar`);
      continue;
    }
    if (!SOURCE_EXTENSIONS.includes(ext)) {
      const why = ext === '.json' ? 'en omgångsfil från remiss ingest ges ensam, inte i en mapp' : 'inte en fil remiss läser (.txt, .pdf, .docx, .csv)';
      notes.push(`${full}: hoppas över (${why})`);
      continue;
    }
    const stem = name.slice(0, name.length - ext.length).toLowerCase();
    byStem.set(stem, [...(byStem.get(stem) ?? []), name]);
  }
  const files: string[] = [];
  for (const name of names) {
    const ext = path.extname(name).toLowerCase();
    const same = byStem.get(name.slice(0, name.length - ext.length).toLowerCase());
    if (!same?.includes(name)) continue;
    const chosen = [...same].sort((a, b) => SOURCE_EXTENSIONS.indexOf(path.extname(a).toLowerCase()) - SOURCE_EXTENSIONS.indexOf(path.extname(b).toLowerCase()))[0];
    if (name !== chosen) continue;
    if (same.length > 1) {
      const others = same.filter((n) => n !== chosen).join(' och ');
      notes.push(`${path.join(dir, chosen)}: samma dokument finns som ${others}; läser ${chosen} en gång`);
    }
    files.push(path.join(dir, name));
  }
  return { files, notes };
}

export async function readFileChecked(p: string): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(p);
  } catch (e) {
    throw new InputError(p, fileProblem(e));
  }
  if (stat.isDirectory()) throw new InputError(p, 'är en mapp, inte en fil (ange filerna i den)');
  if (!stat.isFile()) throw new InputError(p, 'är ingen vanlig fil');
  if (stat.size > MAX_FILE_BYTES) {
    throw new InputError(p, `för stor (${Math.round(stat.size / 2 ** 20)} MB; filer över ${MAX_FILE_BYTES / 2 ** 20} MB läses inte)`);
  }
  try {
    return await fs.readFile(p);
  } catch (e) {
    throw new InputError(p, fileProblem(e));
  }
}

function fileProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'filen finns inte';
  if (code === 'EACCES' || code === 'EPERM') return 'åtkomst nekad';
  if (code === 'EISDIR') return 'är en mapp, inte en fil';
  if (code === 'ENOTDIR') return 'filen finns inte (en del av sökvägen är ingen mapp)';
  if (code === 'ELOOP') return 'för många symboliska länkar';
  return (e as Error)?.message ?? String(e);
}
