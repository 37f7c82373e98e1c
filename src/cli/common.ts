/** What the commands share: input options, output (stdout or atomic -o), formats, colours, width. */
import path from 'node:path';
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import type { IO } from './io.js';
import { isStdout, writeOutput } from './output.js';
import { outputSafe } from '../export/sanitize.js';
import type { GridStyles } from '../export/segments.js';

export interface CommandContext {
  io: IO;
  /** Warnings and progress go to stderr; stdout carries only the product. */
  warn(messages: string[]): void;
  info(message: string): void;
  verbose: () => boolean;
}

/** The formats a file name asks for (CONTRACT.md, "Output files"); .txt is the terminal table. */
export const FORMAT_BY_EXTENSION: Record<string, string> = {
  '.csv': 'csv',
  '.json': 'json',
  '.md': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xlsx': 'xlsx',
  '.docx': 'docx',
  '.txt': 'table',
};

/** Formats that are files, not text: never written to a terminal. */
export const BINARY_FORMATS = new Set(['xlsx', 'docx']);

export function formatOption(cmd: Command, formats: string[], dflt: string): void {
  cmd.addOption(
    new Option('-f, --format <format>', `utdataformat; utan det väljs formatet efter filändelsen i -o (${extensionsText(formats)})`)
      .choices(formats)
      .default(dflt),
  );
}

function extensionsText(formats: string[]): string {
  return Object.entries(FORMAT_BY_EXTENSION)
    .filter(([ext, f]) => formats.includes(f) && ext !== '.htm')
    .map(([ext]) => ext)
    .join(' ');
}

export interface FormatOptions {
  format?: string;
  output?: string;
  excel?: boolean;
  locale?: string;
}

/**
 * The format to write: --format when given, else the extension of -o FILE, else --excel's CSV,
 * else the command's default. A --format that contradicts the file name, a file name whose format
 * the command cannot write, or --excel with anything but CSV is a usage error: silently writing
 * a terminal table into "tabell.xlsx" is the worst answer.
 */
export function resolveFormat(cmd: Command, opts: FormatOptions, offered: string[], dflt: string): string {
  const explicit = cmd.getOptionValueSource('format') === 'cli' ? opts.format : undefined;
  const file = opts.output && opts.output !== '-' ? opts.output : undefined;
  const ext = file ? path.extname(file).toLowerCase() : '';
  const byName = FORMAT_BY_EXTENSION[ext];
  const name = cmd.name();
  if (byName && !offered.includes(byName)) {
    throw new UsageError(`${file}: ${name} kan inte skriva ${ext}-filer (formaten är ${offered.join(', ')})`);
  }
  if (explicit && byName && explicit !== byName) {
    throw new UsageError(`${file}: filändelsen ${ext} passar inte --format ${explicit} (${ext} är ${byName}); byt filnamn eller format`);
  }
  const format = explicit ?? byName ?? (opts.excel && offered.includes('csv') ? 'csv' : dflt);
  if (opts.excel && format !== 'csv') throw new UsageError(`--excel gäller CSV, inte formatet ${format}`);
  return format;
}

/** Commands without --format (report, ingest) still refuse a file name that asks for another format. */
export function checkOutputName(cmd: Command, output: string | undefined, format: string): void {
  if (!output || output === '-') return;
  const ext = path.extname(output).toLowerCase();
  const byName = FORMAT_BY_EXTENSION[ext];
  if (byName && byName !== format) throw new UsageError(`${output}: ${cmd.name()} skriver ${format}, inte ${ext}`);
}

export function addInputOptions(cmd: Command): void {
  cmd.option('--questions <fil>', 'omgångens remissfrågor, en per rad eller som lista (annars läses de ur inledningen)');
  addRegistryOption(cmd);
  // Both flags set one option: true (--ocr), false (--no-ocr), undefined (neither: OCR only pages without text).
  cmd.option('--ocr', 'läs varje PDF-sida med OCR, inte bara sidor utan textlager');
  cmd.option('--no-ocr', 'aldrig OCR: en PDF utan textlager är då ett fel');
  addOcrMaxPagesOption(cmd);
  cmd.option('-o, --output <fil>', 'skriv resultatet till FIL i stället för standard ut (atomärt); filändelsen väljer formatet');
  cmd.option('--excel', 'CSV för svenskt Excel: UTF-8 med BOM, ";" som avgränsare, CRLF');
  cmd.option('--no-cache', 'läs och analysera indata på nytt i stället för att använda analyscachen');
  cmd.addOption(new Option('--locale <locale>', 'sv: samma som --excel').choices(['sv', 'c']));
  addColorOption(cmd);
}

/** --registry FILE|none: whose bodies the round's names are read as (default: by the documents' organisation). */
export function addRegistryOption(cmd: Command): void {
  cmd.option(
    '--registry <fil|none>',
    'registret över organisationens nämnder och bolag (JSON, se remiss registry init), eller none: namn som de skrivs; annars Malmö stads för Malmös dokument och inget för andra organisationers',
  );
}

export function addColorOption(cmd: Command): void {
  cmd.addOption(
    new Option('--color <när>', 'färg i terminalen: auto (i en terminal, om inte NO_COLOR eller TERM=dumb), always, never')
      .choices(['auto', 'always', 'never'])
      .default('auto'),
  );
}

/** --ocr-max-pages N: OCR takes seconds a page, so a long scan is read only when asked for. */
export function addOcrMaxPagesOption(cmd: Command): void {
  cmd.option('--ocr-max-pages <n>', 'högst så många sidor per PDF läses med OCR (standard 300)', positiveInt('--ocr-max-pages'));
}

/**
 * Write the product to -o FILE or stdout (no -o, or -o -); src/cli/output.ts says how files,
 * devices, FIFOs and links are written. A binary format never goes to a terminal.
 */
export async function emit(product: string | Uint8Array, opts: { output?: string }, ctx: CommandContext): Promise<void> {
  if (isStdout(opts.output) && typeof product !== 'string' && ctx.io.stdoutIsTTY) {
    throw new UsageError('resultatet är en binär fil (xlsx, docx): ge -o FIL eller styr om standard ut');
  }
  // Last line of defence against document text driving the terminal (src/export/sanitize.ts): the
  // cells of every format are made safe where they are written; here, what is left.
  await writeOutput(opts.output ?? '-', typeof product === 'string' ? outputSafe(product) : product, ctx.io.stdout);
}

export interface ColourOptions {
  output?: string;
  color?: string;
}

/**
 * Whether to colour: --color always/never decide; else never with NO_COLOR (chalk 5 ignores it
 * itself), never into a file, always with FORCE_COLOR (not "0"/"false"), never for TERM=dumb,
 * else on a terminal only.
 */
export function colourLevel(io: IO, opts: ColourOptions): 0 | 1 {
  if (opts.color === 'never') return 0;
  if (opts.color === 'always') return 1;
  if ('NO_COLOR' in io.env) return 0;
  if (opts.output && opts.output !== '-') return 0;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force === '0' || force === 'false' ? 0 : 1;
  if (io.env.TERM === 'dumb') return 0;
  return io.stdoutIsTTY ? 1 : 0;
}

/**
 * The width terminal tables fit: COLUMNS when set, else the terminal's, else 100 (piped output
 * still reads well in an editor or a mail).
 */
export function terminalWidth(io: IO): number {
  const env = Number(io.env.COLUMNS);
  if (Number.isInteger(env) && env > 0) return env;
  if (io.stdoutIsTTY && io.columns && io.columns > 0) return io.columns;
  return 100;
}

/** The chalk styles the commands use; all identity when colour is off. */
export interface Colours {
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  greenBold(s: string): string;
}

const PLAIN: Colours = { bold: (s) => s, dim: (s) => s, green: (s) => s, red: (s) => s, yellow: (s) => s, greenBold: (s) => s };

/** Colours for this output: chalk is loaded only when they will be shown. */
export async function colours(ctx: CommandContext, opts: ColourOptions): Promise<Colours> {
  const level = colourLevel(ctx.io, opts);
  if (level === 0) return PLAIN;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level });
  return { bold: (s) => c.bold(s), dim: (s) => c.dim(s), green: (s) => c.green(s), red: (s) => c.red(s), yellow: (s) => c.yellow(s), greenBold: (s) => c.green.bold(s) };
}

export async function palette(ctx: CommandContext, opts: ColourOptions): Promise<GridStyles> {
  const c = await colours(ctx, opts);
  return { header: c.bold, answered: c.green, missing: c.red, dim: c.dim };
}

export function excelWanted(opts: { excel?: boolean; locale?: string }): boolean {
  return Boolean(opts.excel) || opts.locale === 'sv';
}

export function positiveInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} ska vara ett positivt heltal, inte "${v}"`);
    return n;
  };
}
