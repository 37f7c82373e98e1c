/**
 * The OCR engine of the command line: poppler's pdftoppm rasterises a page, Tesseract reads it
 * with Swedish data. This is the one place outside src/cli that runs programs; it is handed to
 * the reading stages as an OcrEngine (src/read/ocr.ts). The PDF goes to pdftoppm on standard
 * input and the picture to tesseract the same way, so no temporary file is ever left behind (not
 * even when the run is interrupted). The price is that the PDF is piped once per scanned page;
 * next to the second or so that recognising a page takes, that is small.
 */
import { spawn } from 'node:child_process';
import type { OcrAvailability, OcrEngine } from './ocr.js';

export interface TesseractOptions {
  /** Tesseract language(s); Swedish by default (remissvar are Swedish). */
  language?: string;
  /** Rasterising resolution: 300 dpi is what Tesseract is trained for. */
  dpi?: number;
  /** Per program and page: a page that takes longer is a stuck program, not a slow page. */
  timeoutMs?: number;
  /** Environment of the programs (PATH finds them). */
  env?: Record<string, string | undefined>;
}

/** The Debian packages that bring the programs and the Swedish data. */
export const OCR_PACKAGES = 'apt-get install poppler-utils tesseract-ocr tesseract-ocr-swe';

class ToolMissing extends Error {}

interface Ran {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

function run(cmd: string, args: string[], input: Uint8Array | null, timeoutMs: number, env?: Record<string, string | undefined>): Promise<Ran> {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn(cmd, args, { env: env as NodeJS.ProcessEnv | undefined, stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (e) {
      reject(e);
      return;
    }
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    // The program may exit before reading all its input (a bad page number); that is its exit
    // status to report, not an EPIPE to crash on.
    child.stdin.on('error', () => undefined);
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(e.code === 'ENOENT' ? new ToolMissing(`${cmd} not found`) : e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) reject(new Error(`${cmd} tog längre tid än ${Math.round(timeoutMs / 1000)} s`));
      else resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') });
    });
    if (input) child.stdin.end(Buffer.from(input.buffer, input.byteOffset, input.byteLength));
    else child.stdin.end();
  });
}

function failure(cmd: string, r: Ran): Error {
  const line = r.stderr.split('\n').map((l) => l.trim()).filter(Boolean).pop();
  return new Error(`${cmd} avslutades med kod ${r.code}${line ? `: ${line}` : ''}`);
}

export function tesseractOcr(options: TesseractOptions = {}): OcrEngine {
  const language = options.language ?? 'swe';
  const dpi = String(options.dpi ?? 300);
  const timeout = options.timeoutMs ?? 180_000;
  let checked: Promise<OcrAvailability> | undefined;

  async function check(): Promise<OcrAvailability> {
    const install = OCR_PACKAGES;
    try {
      await run('pdftoppm', ['-v'], null, 10_000, options.env);
    } catch (e) {
      return { problem: e instanceof ToolMissing ? 'pdftoppm hittades inte' : `pdftoppm går inte att köra: ${(e as Error).message}`, install };
    }
    let langs: Ran;
    try {
      langs = await run('tesseract', ['--list-langs'], null, 10_000, options.env);
    } catch (e) {
      return { problem: e instanceof ToolMissing ? 'tesseract hittades inte' : `tesseract går inte att köra: ${(e as Error).message}`, install };
    }
    // Tesseract 4 lists the languages on stderr, 5 on stdout.
    const listed = `${langs.stdout.toString('utf8')}\n${langs.stderr}`.split(/\s+/);
    const missing = language.split('+').filter((l) => !listed.includes(l));
    if (missing.length > 0) return { problem: `tesseract saknar språkdata för ${missing.join(', ')}`, install };
    return { problem: null };
  }

  return {
    availability: () => (checked ??= check()),
    async readPage(pdf, page) {
      const p = String(page);
      const image = await run('pdftoppm', ['-f', p, '-l', p, '-r', dpi, '-gray', '-png', '-singlefile', 'fd://0'], pdf, timeout, options.env);
      if (image.code !== 0 || image.stdout.length === 0) throw failure('pdftoppm', image);
      // One thread: Tesseract's OpenMP threads cost more than they give on a page (2–3× slower
      // on two cores), unless the user has chosen otherwise.
      const env = { ...(options.env ?? process.env) };
      env.OMP_THREAD_LIMIT ??= '1';
      const text = await run('tesseract', ['stdin', 'stdout', '-l', language, '--dpi', dpi], image.stdout, timeout, env);
      if (text.code !== 0) throw failure('tesseract', text);
      return text.stdout.toString('utf8');
    },
  };
}
