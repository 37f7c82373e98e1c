/** Shared test helpers: fixture paths, building rounds from files, running the CLI in-process. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRound } from '../src/round.js';
import type { Line, Round } from '../src/model.js';
import { run } from '../src/cli/main.js';
import type { IO } from '../src/cli/io.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const fixture = (...p: string[]): string => path.join(ROOT, 'test', 'fixtures', ...p);
export const CORPUS = {
  text: path.join(ROOT, 'data', 'rounds', 'malmo-2023', 'sammanstallning.txt'),
  pdf: fixture('corpus', '004_812396aa62444cc6.pdf'),
  ocr: fixture('corpus', '003_3ae53fdff6b4d20b.txt'),
  gold: fixture('corpus', 'round-2023.json'),
};

export function gold(): any {
  return JSON.parse(readFileSync(CORPUS.gold, 'utf8'));
}

export async function roundOf(files: string | string[], questions?: string[]): Promise<Round> {
  const list = Array.isArray(files) ? files : [files];
  return buildRound(
    list.map((f) => ({ path: f, bytes: readFileSync(f) })),
    { questions },
  );
}

/** A round from text written in the test. */
export async function roundFromText(text: string, name = 'round.txt', questions?: string[]): Promise<Round> {
  return buildRound([{ path: name, bytes: Buffer.from(text, 'utf8') }], { questions });
}

/** Lines from a text, numbered from 1, as the readers make them. */
export function linesOf(text: string, page: number | null = null): Line[] {
  return text.split('\n').map((t, i) => ({ text: t.trim(), page, line: i + 1, source: 0 }));
}

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], options: { stdin?: string | Uint8Array; env?: Record<string, string>; tty?: boolean } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: IO = {
    stdout: { write: (c) => (stdout += typeof c === 'string' ? c : Buffer.from(c).toString('utf8')) },
    stderr: { write: (c) => (stderr += typeof c === 'string' ? c : Buffer.from(c).toString('utf8')) },
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    readStdin: async () => (typeof options.stdin === 'string' ? Buffer.from(options.stdin) : options.stdin ?? new Uint8Array()),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
