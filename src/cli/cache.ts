/**
 * The analysis cache: a round read once (and the tables made from it) is kept by the hash of
 * everything that made it — the input bytes and names, the options, the shipped data and the
 * build of remiss — so a second command on the same PDF does not parse it again, and any change
 * of input, data or program misses. Entries live in the user's cache directory
 * ($REMISS_CACHE_DIR, else $XDG_CACHE_HOME/remiss, else ~/.cache/remiss); a build also ships a
 * read-only seed with the embedded round already analysed (dist/seed-cache).
 *
 * Caching is off when the build id is missing (running from the TypeScript sources) unless a
 * directory is given explicitly, with --no-cache, or with REMISS_NO_CACHE set.
 */
import { createHash } from 'node:crypto';
import { promises as fs, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA_DIR } from '../data.js';
import type { IO } from './io.js';

const DIST = fileURLToPath(new URL('../', import.meta.url));
const BUILD_ID_FILE = path.join(DIST, 'build-id.json');
const SEED_DIR = path.join(DIST, 'seed-cache');

export interface Cache {
  readonly enabled: boolean;
  get<T>(kind: string, key: string): Promise<T | undefined>;
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
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
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
  if (env.REMISS_CACHE_DIR) return env.REMISS_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || path.join(env.HOME || homedir(), '.cache');
  return path.join(base, 'remiss');
}

const DISABLED: Cache = {
  enabled: false,
  get: async () => undefined,
  put: async () => undefined,
};

export function openCache(io: IO, wanted: boolean): Cache {
  if (!wanted || io.env.REMISS_NO_CACHE) return DISABLED;
  // From the TypeScript sources there is no build id to tie entries to: only an explicit directory.
  if (readBuildId() === null && !io.env.REMISS_CACHE_DIR) return DISABLED;
  const dir = cacheDir(io.env);
  const file = (base: string, kind: string, key: string): string => path.join(base, `${kind}-${key}.json`);
  return {
    enabled: true,
    async get<T>(kind: string, key: string): Promise<T | undefined> {
      for (const base of [dir, SEED_DIR]) {
        try {
          return JSON.parse(await fs.readFile(file(base, kind, key), 'utf8')) as T;
        } catch {
          // missing or unreadable: try the next place, then analyse
        }
      }
      return undefined;
    },
    async put(kind: string, key: string, value: unknown): Promise<void> {
      // A cache that cannot be written is no error: the next run analyses again.
      try {
        await fs.mkdir(dir, { recursive: true });
        const target = file(dir, kind, key);
        const tmp = `${target}.${process.pid}.tmp`;
        await fs.writeFile(tmp, JSON.stringify(value));
        await fs.rename(tmp, target);
      } catch {
        // ignore
      }
    },
  };
}
