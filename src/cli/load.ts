/**
 * Loading the round a command works on — the inputs given, or the embedded default round — and
 * the analyses made from it, through the analysis cache (src/cli/cache.ts). The library is
 * imported only when something must actually be read or analysed: a command answered from the
 * cache loads none of it.
 */
import { dataPath } from '../data.js';
import type { Round, RegistryData } from '../model.js';
import { parseRegistryFile } from '../read/registryfile.js';
import { InputError } from '../errors.js';
import type { OcrEngine, OcrMode, OcrOptions } from '../read/ocr.js';
import { validateAnalysisEntry, validateRound } from '../read/schema.js';
import type { RawInput } from '../round.js';
import path from 'node:path';
import { cacheDir, cacheKey, dirProblem, hashBytes, openCache, type Cache } from './cache.js';
import { readFileChecked, readInputs, type IO } from './io.js';
import { checkWritable } from './output.js';

/** The shipped 2023 round, read when a command gets no input. */
export const EMBEDDED_ROUND = 'rounds/malmo-2023/sammanstallning.txt';
export const EMBEDDED_LABEL = 'embedded:malmo-2023';

/** The input options of addInputOptions, as commander hands them over. */
export interface LoadOptions {
  questions?: string;
  /** true: --ocr, false: --no-ocr, undefined: OCR pages without a text layer. */
  ocr?: boolean;
  /** -o FILE: checked for writability before the (possibly slow) reading starts. */
  output?: string;
  /** false with --no-cache. */
  cache?: boolean;
  /** --ocr-max-pages N: at most N pages of one PDF are OCR'd. */
  ocrMaxPages?: number;
  /** --registry FILE|none: the registry of bodies to read the round with. */
  registry?: string;
}

export function ocrMode(flag: boolean | undefined): OcrMode {
  return flag === true ? 'force' : flag === false ? 'off' : 'auto';
}

interface Prepared {
  raw: RawInput[];
  questionsBytes?: Uint8Array;
  registry?: RegistryData | 'none';
  /** The cache key of the round these inputs and options make. */
  key: string;
  cache: Cache;
}

async function prepare(inputs: string[], options: LoadOptions, io: IO): Promise<Prepared> {
  // -o must not name an input: the sources, the questions file or the registry file.
  const given = [...inputs, options.questions, options.registry === 'none' ? undefined : options.registry].filter((f): f is string => Boolean(f));
  if (options.output) await checkWritable(options.output, given);
  const raw =
    inputs.length > 0 ? await readInputs(inputs, io, { questions: options.questions }) : [{ path: EMBEDDED_LABEL, bytes: await readFileChecked(dataPath(EMBEDDED_ROUND)) }];
  const questionsBytes = options.questions ? await readFileChecked(options.questions) : undefined;
  const registryBytes = options.registry && options.registry !== 'none' ? await readFileChecked(options.registry) : undefined;
  const registry = options.registry === 'none' ? 'none' : registryBytes ? parseRegistryFile(registryBytes, options.registry!) : undefined;
  const mode = ocrMode(options.ocr);
  const key = cacheKey({
    inputs: raw.map((r) => [r.path, hashBytes(r.bytes)]),
    questions: questionsBytes ? hashBytes(questionsBytes) : null,
    ocr: mode,
    registry: registryBytes ? hashBytes(registryBytes) : (options.registry ?? null),
    // Which OCR engine (and version) could read the scanned pages: a table made without OCR must
    // not be served once OCR is installed. Only PDFs are OCR'd, so text inputs never ask.
    ocrEngine: mode !== 'off' && raw.some((r) => isPdf(r.bytes)) ? await ocrEngineId(ocrEngine(io)) : null,
  });
  const cache = openCache(io, { read: options.cache !== false, warn: (m) => io.stderr.write(`remiss: varning: ${m}\n`) });
  return { raw, questionsBytes, registry, key, cache };
}

const isPdf = (bytes: Uint8Array): boolean => bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46; // %PDF

const engines = new WeakMap<IO, Promise<OcrEngine>>();
/** The OCR engine of this run: the IO's own (tests), else the reader's default, made once. */
function ocrEngine(io: IO): Promise<OcrEngine> {
  let e = engines.get(io);
  if (!e) {
    e = io.ocr
      ? Promise.resolve(io.ocr)
      : (async () => {
          const { defaultOcr } = await import('../read/ocr-engine.js');
          // tesseract.js keeps its unpacked language data beside the analyses, but only in a
          // private cache directory that exists (it creates the path recursively itself).
          const dir = cacheDir(io.env);
          const cachePath = (await dirProblem(dir).catch(() => 'missing')) === null ? path.join(dir, 'tesseract') : undefined;
          return defaultOcr({ env: io.env, cachePath });
        })();
    engines.set(io, e);
  }
  return e;
}

/**
 * The engine of this run, made on first use: a round of text files (or of PDFs with text layers)
 * never needs it, and never loads the OCR modules.
 */
function lazyEngine(io: IO): OcrEngine {
  return {
    availability: async () => (await ocrEngine(io)).availability(),
    readPage: async (pdf, page) => (await ocrEngine(io)).readPage(pdf, page),
    finish: async () => {
      if (engines.has(io)) await (await ocrEngine(io)).finish?.();
    },
  };
}

/**
 * What identifies the OCR engine for the cache key: the engine's own id with its version when it
 * offers one (`id()`), else whether it can run here at all ("none" when it cannot).
 */
async function ocrEngineId(engine: Promise<OcrEngine>): Promise<string> {
  const e = (await engine) as OcrEngine & { id?: () => string | null | Promise<string | null> };
  if (typeof e.id === 'function') return (await e.id()) ?? 'none';
  const a = await e.availability();
  return a.problem ? 'none' : 'available';
}

/**
 * Rounds read during one run of a command (one IO), by key: a command that looks at a round twice
 * (report OLD NEW checks each input, then compares them) reads it once, even with --no-cache.
 */
const readThisRun = new WeakMap<IO, Map<string, Round>>();

function remember(io: IO, key: string, round: Round): Round {
  const run = readThisRun.get(io) ?? new Map<string, Round>();
  run.set(key, round);
  readThisRun.set(io, run);
  return round;
}

async function build(p: Prepared, options: LoadOptions, io: IO): Promise<Round> {
  const seen = readThisRun.get(io)?.get(p.key);
  if (seen) return seen;
  const cached = await p.cache.get('round', p.key, validateRound);
  if (cached) return remember(io, p.key, cached);
  const [{ buildRound }, { parseQuestionsFile }, { decodeText }] = await Promise.all([
    import('../round.js'),
    import('../segment/questions.js'),
    import('../read/text.js'),
  ]);
  let questions: string[] | undefined;
  if (options.questions && p.questionsBytes) {
    questions = parseQuestionsFile(decodeText(p.questionsBytes, options.questions).text);
    if (questions.length === 0) throw new InputError(options.questions, 'inga frågor hittades i filen');
  }
  const ocr: OcrOptions = {
    mode: ocrMode(options.ocr),
    engine: lazyEngine(io),
    maxPages: options.ocrMaxPages,
    // OCR takes seconds a page: say which page is being read, and how long the rest will take.
    onProgress: (pr) => io.stderr.write(`remiss: ${pr.path}: OCR av sida ${pr.page} (${pr.done + 1} av ${pr.total})${timeLeft(pr.secondsLeft)}\n`),
  };
  const round = await buildRound(p.raw, { questions, ocr, registry: p.registry });
  await p.cache.put('round', p.key, round);
  return remember(io, p.key, round);
}

/** ", cirka 2 min kvar" — rounded as a person would say it; nothing before the first page's pace is known. */
export function timeLeft(seconds: number | null): string {
  if (seconds === null) return '';
  if (seconds < 60) return `, cirka ${Math.max(1, Math.round(seconds))} s kvar`;
  return `, cirka ${Math.round(seconds / 60)} min kvar`;
}

export async function loadRound(inputs: string[], options: LoadOptions, io: IO): Promise<Round> {
  return build(await prepare(inputs, options, io), options, io);
}

/**
 * An analysis of the round (a table, a cross-reference), from the cache when the same inputs,
 * options, data and build made it before. `kind` names the analysis and everything else it
 * depends on (e.g. a dictionary's hash).
 */
export async function loadAnalysis<T>(
  inputs: string[],
  options: LoadOptions,
  io: IO,
  kind: string,
  analyse: (round: Round) => T | Promise<T>,
): Promise<{ value: T; warnings: string[] }> {
  const p = await prepare(inputs, options, io);
  const key = cacheKey({ kind, round: p.key });
  const name = kind.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 24);
  const hit = await p.cache.get(name, key, validateAnalysisEntry);
  if (hit) return hit as { value: T; warnings: string[] };
  const round = await build(p, options, io);
  const result = { value: await analyse(round), warnings: round.warnings };
  await p.cache.put(name, key, result);
  return result;
}
