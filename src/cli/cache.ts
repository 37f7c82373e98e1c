/**
 * The analysis cache: a round read once (and the tables made from it) is kept by the hash of
 * everything that made it — the input bytes and names, the options, the OCR engine, the shipped
 * data and the build of remiss — so a second command on the same PDF does not parse it again, and
 * any change of input, data, engine or program misses. Entries live in the user's cache directory
 * ($REMISS_CACHE_DIR, else $XDG_CACHE_HOME/remiss, else ~/.cache/remiss); a build also ships a
 * read-only seed with the embedded round already analysed (dist/seed-cache).
 *
 * What comes out of the cache is printed as the user's result, so the cache must not be a way in:
 *   - the directory is private: created 0700; an existing one that others can write to, or that
 *     someone else owns, is not used (one warning, the run goes on without a cache);
 *   - directories are created one level at a time (the cache directory and at most its parent):
 *     no recursive creation that could run away (Node's recursive mkdir spins under /proc);
 *   - an entry is written to a temporary file created exclusively with a random name (O_EXCL,
 *     O_NOFOLLOW, 0600) and renamed into place; it is read with O_NOFOLLOW, so a planted symbolic
 *     link is never followed either way;
 *   - each entry carries its kind, key and the sha256 of its body, and the body is checked by its
 *     schema (rounds: src/read/schema.ts) before use; a bad entry is deleted and recomputed;
 *   - the directory is held under a size cap ($REMISS_CACHE_MAX_MB, 256 MB by default), the least
 *     recently used entries pruned first.
 * `--no-cache` reads nothing but still writes the fresh result, so it also refreshes the entry.
 * Caching is off when the build id is missing (running from the TypeScript sources) unless a
 * directory is given explicitly, or with REMISS_NO_CACHE set.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants as C, promises as fs, lstatSync, openSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { CODE_DIR, DATA_DIR } from '../data.js';
import type { IO } from './io.js';

const BUILD_ID_FILE = path.join(CODE_DIR, 'build-id.json');
export const SEED_DIR = path.join(CODE_DIR, 'seed-cache');
const ENTRY_FORMAT = 'remiss-cache/1';
const ENTRY_NAME = /^[a-z0-9-]{1,24}-[0-9a-f]{40}\.json$/;
const TEMP_NAME = /^\.(?:[a-z0-9-]{1,24}-[0-9a-f]{40}|usage)\.[0-9a-f]{16}\.tmp$/;
const NOFOLLOW = C.O_NOFOLLOW ?? 0;

/** Checks a value read from the cache; throws when it does not have the expected shape. */
export type Validate<T> = (value: unknown) => T;

export interface Cache {
  readonly enabled: boolean;
  get<T>(kind: string, key: string, validate: Validate<T>): Promise<T | undefined>;
  put(kind: string, key: string, value: unknown): Promise<void>;
}

let buildId: string | null | undefined;
function readBuildId(): string | null {
  if (buildId === undefined) {
    try {
      buildId = String(JSON.parse(readFileSync(BUILD_ID_FILE, 'utf8')).id);
    } catch {
      buildId = null;
    }
  }
  return buildId;
}

let dataHash: string | undefined;
/** A hash of the shipped data that analysis depends on (registry, lexicons, dictionary). */
function hashData(): string {
  if (dataHash) return dataHash;
  const h = createHash('sha256');
  const walk = (dir: string): void => {
    // Names in code-unit order: a stable order for the hash, without starting ICU's collation
    // (~7 ms, more than the rest of a cached run's hashing).
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'rounds') walk(p);
      } else if (e.name.endsWith('.json')) {
        h.update(p.slice(DATA_DIR.length)).update('\0').update(readFileSync(p)).update('\0');
      }
    }
  };
  walk(DATA_DIR);
  dataHash = h.digest('hex');
  return dataHash;
}

/** The key of an analysis: a hash of its parts, plus the build and the data. */
export function cacheKey(parts: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify({ build: readBuildId(), data: hashData(), parts }))
    .digest('hex')
    .slice(0, 40);
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The user's cache directory (OCR language data is kept beside the analyses). */
export function cacheDir(env: IO['env']): string {
  return cacheLocation(env).dir;
}

/** The user's cache directory, and the directory above it that may be created too. */
export function cacheLocation(env: IO['env']): { dir: string; parent: string | null } {
  if (env.REMISS_CACHE_DIR) return { dir: path.resolve(env.REMISS_CACHE_DIR), parent: null };
  if (env.XDG_CACHE_HOME) return { dir: path.join(path.resolve(env.XDG_CACHE_HOME), 'remiss'), parent: path.resolve(env.XDG_CACHE_HOME) };
  const base = path.join(env.HOME || homedir(), '.cache');
  return { dir: path.join(base, 'remiss'), parent: base };
}

/** The size cap in bytes ($REMISS_CACHE_MAX_MB, default 256 MB). */
export function cacheCap(env: IO['env']): number {
  const mb = Number(env.REMISS_CACHE_MAX_MB);
  return (Number.isFinite(mb) && mb >= 0 && env.REMISS_CACHE_MAX_MB !== '' && env.REMISS_CACHE_MAX_MB !== undefined ? mb : 256) * 1024 * 1024;
}

/**
 * Why a directory may not hold the cache (in Swedish, for the warning), or null when it is
 * private: a directory, owned by this user, writable by no one else.
 */
export async function dirProblem(dir: string): Promise<string | null> {
  const st = await fs.stat(dir);
  if (!st.isDirectory()) return 'det är ingen katalog';
  const uid = process.getuid?.();
  if (uid !== undefined && st.uid !== uid) return 'den ägs av en annan användare';
  if (process.platform !== 'win32' && (st.mode & 0o022) !== 0) return 'andra användare kan skriva i den';
  return null;
}

/** mkdir of one level, private; an existing directory is fine. */
async function mkdirOne(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir, { mode: 0o700 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
}

const DISABLED: Cache = {
  enabled: false,
  get: async () => undefined,
  put: async () => undefined,
};

/** Warnings already given, per directory: a run that opens the cache twice warns once. */
const warned = new Set<string>();

const entryFile = (base: string, kind: string, key: string): string => path.join(base, `${kind}-${key}.json`);

/** The ledger of the cache's size: `{ bytes, at }`, the total after the last scan plus later writes. */
const USAGE_FILE = '.usage';
/** Pruning goes down to this share of the cap. */
export const PRUNE_TO = 0.9;
/** How long the ledger is trusted before the directory is scanned again. */
export const USAGE_TRUST_MS = 3_600_000;

function readUsage(file: string): { bytes: number; at: number } | undefined {
  try {
    const fd = openSync(file, C.O_RDONLY | NOFOLLOW);
    try {
      const v = JSON.parse(readFileSync(fd, 'utf8')) as { bytes?: unknown; at?: unknown };
      return typeof v.bytes === 'number' && typeof v.at === 'number' && v.bytes >= 0 ? { bytes: v.bytes, at: v.at } : undefined;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** Written as the entries are: a private temporary file renamed into place, no link followed. */
async function writeUsage(dir: string, file: string, bytes: number, at: number): Promise<void> {
  const tmp = path.join(dir, `.usage.${randomBytes(8).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(tmp, C.O_WRONLY | C.O_CREAT | C.O_EXCL | NOFOLLOW, 0o600);
    try {
      await handle.writeFile(JSON.stringify({ bytes, at }));
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
  } catch {
    await fs.unlink(tmp).catch(() => undefined);
  }
}

/**
 * Every entry's size; over the cap, the least recently used removed until the total is under
 * PRUNE_TO of it; temporary files an hour old (left by a killed run) removed. Returns the total
 * kept. Synchronous: the calls are short, and awaiting thousands of lstat calls one by one cost
 * ten times as much.
 */
function scanAndPrune(dir: string, cap: number): number {
  const entries: Array<{ file: string; size: number; used: number }> = [];
  const now = Date.now();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const isEntry = ENTRY_NAME.test(name);
    const isTemp = !isEntry && TEMP_NAME.test(name);
    if (!isEntry && !isTemp) continue;
    const file = path.join(dir, name);
    const st = lstatSync(file, { throwIfNoEntry: false });
    if (!st) continue;
    if (isTemp && now - st.mtimeMs > 3_600_000) rmQuietly(file);
    if (isEntry && st.isFile()) entries.push({ file, size: st.size, used: st.mtimeMs });
  }
  let total = entries.reduce((s, e) => s + e.size, 0);
  if (total <= cap) return total;
  // Over the cap: down to the low-water mark, so the next writes find room without a scan each.
  const goal = cap * PRUNE_TO;
  entries.sort((a, b) => a.used - b.used);
  for (const e of entries) {
    if (total <= goal) break;
    rmQuietly(e.file);
    total -= e.size;
  }
  return total;
}

function rmQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // gone already, or not ours to remove: the next scan sees it again
  }
}

/** An entry on disk: a header line (format, kind, key, sha256 of the body), then the body. */
function encodeEntry(kind: string, key: string, value: unknown): string {
  const body = JSON.stringify(value);
  const sha = createHash('sha256').update(body).digest('hex');
  return `${JSON.stringify({ format: ENTRY_FORMAT, kind, key, sha256: sha })}\n${body}`;
}

function decodeEntry(text: string, kind: string, key: string): unknown {
  const nl = text.indexOf('\n');
  if (nl < 0) throw new Error('no header');
  const header = JSON.parse(text.slice(0, nl)) as Record<string, unknown>;
  const body = text.slice(nl + 1);
  if (header.format !== ENTRY_FORMAT || header.kind !== kind || header.key !== key) throw new Error('wrong header');
  if (header.sha256 !== createHash('sha256').update(body).digest('hex')) throw new Error('damaged body');
  return JSON.parse(body);
}

/** Reads an entry without following a link; undefined when there is none. */
async function readEntry(file: string, cap: number): Promise<string | undefined> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, C.O_RDONLY | NOFOLLOW);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new Error('not a regular file');
    if (st.size > cap) throw new Error('larger than the cache');
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

export interface CacheOptions {
  /** false with --no-cache: nothing is read, the fresh result is still written. */
  read: boolean;
  /** One-line warnings (stderr). */
  warn(message: string): void;
}

export function openCache(io: IO, options: CacheOptions): Cache {
  if (io.env.REMISS_NO_CACHE) return DISABLED;
  // From the TypeScript sources there is no build id to tie entries to: only an explicit directory.
  if (readBuildId() === null && !io.env.REMISS_CACHE_DIR) return DISABLED;
  const { dir, parent } = cacheLocation(io.env);
  const cap = cacheCap(io.env);

  /** Whether the user directory may be used: checked once, with one warning when it may not. */
  let usable: Promise<boolean> | undefined;
  const refuse = (why: string): false => {
    if (!warned.has(dir)) {
      warned.add(dir);
      options.warn(`cachekatalogen ${dir} används inte (${why}); resultaten sparas inte`);
    }
    return false;
  };
  const check = (create: boolean): Promise<boolean> =>
    (usable ??= (async () => {
      try {
        if (create) {
          if (parent) await mkdirOne(parent);
          await mkdirOne(dir);
        }
        const problem = await dirProblem(dir);
        return problem ? refuse(problem) : true;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (!create && code === 'ENOENT') {
          usable = undefined; // not there yet: a later put creates it
          return false;
        }
        return refuse(code === 'EACCES' || code === 'EPERM' ? 'åtkomst nekad' : code === 'ENOENT' ? 'katalogen ovanför finns inte' : (e as Error).message.split('\n')[0]);
      }
    })());

  async function getFrom<T>(base: string, own: boolean, kind: string, key: string, validate: Validate<T>): Promise<T | undefined> {
    const file = entryFile(base, kind, key);
    try {
      const text = await readEntry(file, cap);
      if (text === undefined) return undefined;
      const value = validate(decodeEntry(text, kind, key));
      // Used now: the least recently used entries are pruned first.
      if (own) await fs.utimes(file, new Date(), new Date()).catch(() => undefined);
      return value;
    } catch {
      // A bad entry (damaged, of the wrong shape, a planted link): removed and recomputed.
      if (own) await fs.unlink(file).catch(() => undefined);
      return undefined;
    }
  }

  /**
   * Holds the directory under the cap. Scanning every entry costs about 50 ms at the cap's few
   * thousand entries (and ten times that awaited one by one), which a cold run could not afford
   * after each write: the running total is kept in a ledger, and the directory is only scanned
   * when the ledger says the cap may be passed, or is missing, damaged or an hour old (parallel
   * runs may each have added to a stale total; the scan sets it right).
   */
  async function prune(written: number): Promise<void> {
    const ledger = path.join(dir, USAGE_FILE);
    const known = readUsage(ledger);
    if (known && Date.now() - known.at < USAGE_TRUST_MS && known.bytes + written <= cap) {
      await writeUsage(dir, ledger, known.bytes + written, known.at);
      return;
    }
    await writeUsage(dir, ledger, scanAndPrune(dir, cap), Date.now());
  }

  return {
    enabled: true,
    async get<T>(kind: string, key: string, validate: Validate<T>): Promise<T | undefined> {
      if (!options.read) return undefined;
      if (await check(false)) {
        const own = await getFrom(dir, true, kind, key, validate);
        if (own !== undefined) return own;
      }
      return getFrom(SEED_DIR, false, kind, key, validate);
    },
    async put(kind: string, key: string, value: unknown): Promise<void> {
      // A cache that cannot be written is no error: the next run analyses again.
      if (!(await check(true))) return;
      const target = entryFile(dir, kind, key);
      const tmp = path.join(dir, `.${kind}-${key}.${randomBytes(8).toString('hex')}.tmp`);
      try {
        const text = encodeEntry(kind, key, value);
        if (Buffer.byteLength(text) > cap) return;
        const handle = await fs.open(tmp, C.O_WRONLY | C.O_CREAT | C.O_EXCL | NOFOLLOW, 0o600);
        try {
          await handle.writeFile(text);
        } finally {
          await handle.close();
        }
        // An entry written again (--no-cache, a rerun) replaces the old one: the ledger adds only
        // the difference, else a cache near its cap would be scanned again and again.
        const replaced = await fs.lstat(target).then((st) => (st.isFile() ? st.size : 0), () => 0);
        // rename replaces whatever has the entry's name (a planted link included) without following it.
        await fs.rename(tmp, target);
        await prune(Buffer.byteLength(text) - replaced);
      } catch {
        await fs.unlink(tmp).catch(() => undefined);
      }
    },
  };
}

/** What `remiss cache info` shows: the directory, its entries and their size. */
export async function cacheInfo(env: IO['env']): Promise<{ dir: string; entries: number; bytes: number; cap: number; problem: string | null; exists: boolean }> {
  const { dir } = cacheLocation(env);
  const cap = cacheCap(env);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return { dir, entries: 0, bytes: 0, cap, problem: null, exists: false };
  }
  let entries = 0;
  let bytes = 0;
  for (const name of names) {
    if (!ENTRY_NAME.test(name)) continue;
    const st = await fs.lstat(path.join(dir, name)).catch(() => undefined);
    if (!st?.isFile()) continue;
    entries++;
    bytes += st.size;
  }
  return { dir, entries, bytes, cap, problem: await dirProblem(dir).catch(() => null), exists: true };
}

/** Removes the cache's entries (and left-over temporary files); other files are left alone. */
export async function clearCache(env: IO['env']): Promise<{ dir: string; entries: number; bytes: number }> {
  const { dir } = cacheLocation(env);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return { dir, entries: 0, bytes: 0 };
  }
  let entries = 0;
  let bytes = 0;
  for (const name of names) {
    if (!ENTRY_NAME.test(name) && !TEMP_NAME.test(name) && name !== USAGE_FILE) continue;
    const file = path.join(dir, name);
    const st = await fs.lstat(file).catch(() => undefined);
    if (!st) continue;
    await fs.unlink(file).catch(() => undefined);
    if (ENTRY_NAME.test(name)) {
      entries++;
      bytes += st.size;
    }
  }
  return { dir, entries, bytes };
}
