/** What the commands share: input options, output (stdout or atomic -o), colours, messages. */
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { writeAtomic, type IO } from './io.js';
import type { GridStyles } from '../export/segments.js';

export interface CommandContext {
  io: IO;
  /** Warnings and progress go to stderr; stdout carries only the product. */
  warn(messages: string[]): void;
  info(message: string): void;
  verbose: () => boolean;
}

export function formatOption(cmd: Command, formats: string[], dflt: string): void {
  cmd.addOption(new Option('-f, --format <format>', 'output format').choices(formats).default(dflt));
}

export function addInputOptions(cmd: Command): void {
  cmd.option('--questions <file>', 'the round\'s remissfrågor, one per line or as a list (else read from the preamble)');
  // Both flags set one option: true (--ocr), false (--no-ocr), undefined (neither: OCR only pages without text).
  cmd.option('--ocr', 'read every PDF page by OCR (pdftoppm + tesseract), not only pages without a text layer');
  cmd.option('--no-ocr', 'never OCR: a PDF without a text layer is then an error');
  cmd.option('-o, --output <file>', 'write the product to FILE instead of stdout (atomically)');
  cmd.option('--excel', 'CSV for Swedish Excel: UTF-8 BOM, ";" separator, CRLF');
  cmd.option('--no-cache', 'read and analyse the inputs again instead of using the analysis cache');
  cmd.addOption(new Option('--locale <locale>', 'sv: the same as --excel').choices(['sv', 'c']));
}

/** Write the product to -o FILE (atomically) or stdout. */
export async function emit(product: string, opts: { output?: string }, ctx: CommandContext): Promise<void> {
  if (opts.output) await writeAtomic(opts.output, product);
  else ctx.io.stdout.write(product);
}

/** Colour only on a terminal, never with NO_COLOR (chalk 5 ignores NO_COLOR itself). */
export function colourLevel(io: IO, toFile: boolean): 0 | 1 | 2 | 3 {
  if (toFile || 'NO_COLOR' in io.env) return 0;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return 1;
  return io.stdoutIsTTY ? 1 : 0;
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
export async function colours(ctx: CommandContext, opts: { output?: string }): Promise<Colours> {
  const level = colourLevel(ctx.io, Boolean(opts.output));
  if (level === 0) return PLAIN;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level });
  return { bold: (s) => c.bold(s), dim: (s) => c.dim(s), green: (s) => c.green(s), red: (s) => c.red(s), yellow: (s) => c.yellow(s), greenBold: (s) => c.green.bold(s) };
}

export async function palette(ctx: CommandContext, opts: { output?: string }): Promise<GridStyles> {
  const c = await colours(ctx, opts);
  return { header: c.bold, answered: c.green, missing: c.red, dim: c.dim };
}

export function excelWanted(opts: { excel?: boolean; locale?: string }): boolean {
  return Boolean(opts.excel) || opts.locale === 'sv';
}

export function positiveInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a positive whole number, not "${v}"`);
    return n;
  };
}
