/**
 * The CLI's contact with the world: streams, environment, files. Everything under src/ other
 * than src/cli is free of it. Tests pass their own IO to run().
 */
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError, RemissError } from '../errors.js';
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

/** Read the inputs named on the command line; "-" is standard input. */
export async function readInputs(paths: string[], io: IO): Promise<RawInput[]> {
  const out: RawInput[] = [];
  let stdinUsed = false;
  for (const p of paths) {
    if (p === '-') {
      if (stdinUsed) throw new InputError('-', 'standard input can be read only once');
      stdinUsed = true;
      out.push({ path: '-', bytes: await io.readStdin() });
      continue;
    }
    out.push({ path: p, bytes: await readFileChecked(p) });
  }
  return out;
}

export async function readFileChecked(p: string): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(p);
  } catch (e) {
    throw new InputError(p, fileProblem(e));
  }
  if (stat.isDirectory()) throw new InputError(p, 'is a directory, not a file (give the files in it)');
  if (!stat.isFile()) throw new InputError(p, 'is not a regular file');
  if (stat.size > MAX_FILE_BYTES) {
    throw new InputError(p, `too large (${Math.round(stat.size / 2 ** 20)} MB; files over ${MAX_FILE_BYTES / 2 ** 20} MB are not read)`);
  }
  try {
    return await fs.readFile(p);
  } catch (e) {
    throw new InputError(p, fileProblem(e));
  }
}

function fileProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'ENOTDIR') return 'no such file (a part of the path is not a directory)';
  if (code === 'ELOOP') return 'too many symbolic links';
  return (e as Error)?.message ?? String(e);
}

/** Why an output file cannot be written, in words; the temporary file's name stays out of it. */
function writeProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'the directory does not exist';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    default:
      return ((e as Error)?.message ?? String(e)).split('\n')[0];
  }
}

/**
 * Check before the work that -o FILE can be written: its directory exists and is writable, and
 * FILE is not a directory. A round may take minutes (OCR); the analyst should not wait to learn
 * that the output path has a typo. writeAtomic still handles whatever happens later.
 */
export async function checkWritable(file: string): Promise<void> {
  const target = path.resolve(file);
  const stat = await fs.stat(target).catch(() => undefined);
  if (stat?.isDirectory()) throw new RemissError(`${file}: cannot write the output (it is a directory)`, 2);
  const dir = path.dirname(target);
  try {
    const d = await fs.stat(dir);
    if (!d.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    await fs.access(dir, fsConstants.W_OK);
  } catch (e) {
    throw new RemissError(`${file}: cannot write the output (${writeProblem(e)})`, 2);
  }
}

/**
 * Write the product to FILE atomically: a temporary file in the same directory, renamed into
 * place once complete. On any error no FILE (and no temporary file) is left.
 */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    // "wx": never write through a file (or a link) that happens to have the temporary's name.
    await fs.writeFile(tmp, data, { flag: 'wx' });
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new RemissError(`${file}: cannot write the output (${writeProblem(e)})`, 2);
  }
}
