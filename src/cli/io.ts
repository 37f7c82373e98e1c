/**
 * The CLI's contact with the world: streams, environment, files. Everything under src/ other
 * than src/cli is free of it. Tests pass their own IO to run().
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError, RemissError } from '../errors.js';
import type { RawInput } from '../round.js';

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
}

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
  return (e as Error)?.message ?? String(e);
}

/**
 * Write the product to FILE atomically: a temporary file in the same directory, renamed into
 * place once complete. On any error no FILE (and no temporary file) is left.
 */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException)?.code;
    const why = code === 'ENOENT' ? 'the directory does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    throw new RemissError(`${file}: cannot write the output (${why})`, 2);
  }
}
