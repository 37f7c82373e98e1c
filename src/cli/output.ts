/**
 * Writing the product to `-o FILE`. A regular file is replaced atomically: the product goes to a
 * temporary file created exclusively (O_EXCL, a random name, mode 0600) in the target's own
 * directory, gets the target's mode, and is renamed into place — so on any error no FILE is left
 * and no reader ever sees half a table. Everything that is not a plain regular file is written
 * through instead of replaced:
 *   - `-o -` is standard output;
 *   - devices, FIFOs and sockets (`/dev/null`, `/dev/stdout`, a named pipe) are opened and written:
 *     renaming onto them would turn a device into a regular file;
 *   - a symbolic link is followed: the file it points to is replaced, the link stays a link;
 *   - a file with several hard links is overwritten in place once the product is complete, so the
 *     links keep sharing it.
 * A target that is one of the command's inputs is refused before any work (exit 2). Temporary
 * files are removed on SIGINT/SIGTERM (nothing can be done about SIGKILL).
 */
import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs, rmSync, type Stats } from 'node:fs';
import path from 'node:path';
import { RemissError } from '../errors.js';

/** `-o -` and no `-o` both mean standard output. */
export const isStdout = (file: string | undefined): boolean => file === undefined || file === '-';

/** Why an output file cannot be written, in words; the temporary file's name stays out of it. */
export function writeProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'mappen finns inte';
    case 'ENOTDIR':
      return 'en del av sökvägen är ingen mapp';
    case 'EACCES':
    case 'EPERM':
      return 'åtkomst nekad';
    case 'EISDIR':
      return 'det är en mapp';
    case 'EROFS':
      return 'skrivskyddat filsystem';
    case 'ENOSPC':
      return 'inget utrymme kvar på enheten';
    case 'EDQUOT':
      return 'diskkvoten är överskriden';
    case 'ELOOP':
      return 'för många symboliska länkar';
    default:
      return ((e as Error)?.message ?? String(e)).split('\n')[0];
  }
}

const fail = (file: string, why: string): RemissError => new RemissError(`${file}: resultatet kan inte skrivas (${why})`, 2);

/** The file a path names once symbolic links are followed; the path itself when it does not exist yet. */
async function resolveTarget(file: string): Promise<string> {
  const abs = path.resolve(file);
  try {
    return await fs.realpath(abs);
  } catch {
    // A dangling link or a new file: the link's target (resolved once) or the path as given.
    try {
      const link = await fs.readlink(abs);
      return path.resolve(path.dirname(abs), link);
    } catch {
      return abs;
    }
  }
}

const sameFile = (a: Stats, b: Stats): boolean => a.dev === b.dev && a.ino === b.ino;

/**
 * Check before the work that -o FILE can be written and is none of the inputs: its directory
 * exists and is writable, and FILE is not a directory. A round may take minutes (OCR); the analyst
 * should not wait to learn that the output path has a typo, or lose an input to a slip of the hand.
 */
export async function checkWritable(file: string, inputs: string[] = []): Promise<void> {
  if (isStdout(file)) return;
  const target = await resolveTarget(file);
  const stat = await fs.stat(target).catch(() => undefined);
  if (stat?.isDirectory()) throw fail(file, 'det är en mapp');
  if (stat) {
    for (const input of inputs) {
      if (input === '-') continue;
      const s = await fs.stat(input).catch(() => undefined);
      if (s && sameFile(s, stat) && stat.isFile()) {
        throw new RemissError(`${file}: resultatet skulle skriva över indatafilen ${input}; ange en annan fil med -o`, 2);
      }
    }
  }
  if (stat && !stat.isFile()) return; // a device or a FIFO: opened and written as it is
  const dir = path.dirname(target);
  try {
    const d = await fs.stat(dir);
    if (!d.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    await fs.access(dir, fsConstants.W_OK);
  } catch (e) {
    throw fail(file, writeProblem(e));
  }
}

/** Temporary files not yet renamed into place, removed if the process is interrupted. */
const pending = new Set<string>();
let handlersInstalled = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const t of pending) rmSync(t, { force: true });
  pending.clear();
  // Die of the same signal, as the shell expects (exit status 128 + n).
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
  process.kill(process.pid, signal);
}

function track(tmp: string): void {
  pending.add(tmp);
  if (!handlersInstalled) {
    handlersInstalled = true;
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  }
}

function untrack(tmp: string): void {
  pending.delete(tmp);
  if (pending.size === 0 && handlersInstalled) {
    handlersInstalled = false;
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

/**
 * A new, empty temporary file beside `target`, created exclusively with a random name (never an
 * existing file or a planted link) and mode 0600; removed on SIGINT/SIGTERM until `done` is called.
 */
export async function createTemp(target: string): Promise<{ path: string; handle: fs.FileHandle; done(): void }> {
  const dir = path.dirname(target);
  const base = path.basename(target).slice(0, 100);
  for (let attempt = 0; ; attempt++) {
    const tmp = path.join(dir, `.${base}.${randomBytes(8).toString('hex')}.tmp`);
    try {
      const handle = await fs.open(tmp, fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL | (fsConstants.O_NOFOLLOW ?? 0), 0o600);
      track(tmp);
      return { path: tmp, handle, done: () => untrack(tmp) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw e;
    }
  }
}

/** The mode a new file would get (0666 less the umask). */
function newFileMode(): number {
  return 0o666 & ~process.umask();
}

/**
 * Write the product to FILE as described at the top of this module. `stdout` receives it for
 * `-o -`.
 */
export async function writeOutput(file: string, data: string | Uint8Array, stdout: { write(chunk: string | Uint8Array): unknown }): Promise<void> {
  if (isStdout(file)) {
    stdout.write(data);
    return;
  }
  const target = await resolveTarget(file);
  const stat = await fs.stat(target).catch(() => undefined);
  if (stat?.isDirectory()) throw fail(file, 'det är en mapp');
  // /dev/stdout, /dev/fd/1, /proc/self/fd/1 name whatever the descriptor is open on (a file opened
  // for appending, a terminal): written through, never replaced.
  const throughDescriptor = /^\/(?:dev|proc)\//.test(path.resolve(file));
  try {
    if (stat && (throughDescriptor || !stat.isFile() || stat.nlink > 1)) {
      // A device, FIFO or socket, or a hard-linked file: written through, never replaced.
      await fs.writeFile(target, data, { flag: 'w' });
      return;
    }
  } catch (e) {
    throw fail(file, writeProblem(e));
  }
  let tmp: Awaited<ReturnType<typeof createTemp>> | undefined;
  try {
    tmp = await createTemp(target);
    await tmp.handle.writeFile(data);
    await tmp.handle.chmod(stat ? stat.mode & 0o7777 : newFileMode());
    await tmp.handle.close();
    await fs.rename(tmp.path, target);
    tmp.done();
  } catch (e) {
    if (tmp) {
      await tmp.handle.close().catch(() => undefined);
      await fs.rm(tmp.path, { force: true }).catch(() => undefined);
      tmp.done();
    }
    throw fail(file, writeProblem(e));
  }
}
