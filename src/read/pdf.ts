/**
 * PDF text layers through pdf-parse, page by page. pdf-parse (and pdf.js under it) is loaded only
 * when a PDF is read: it costs ~100 ms that text input should not pay.
 */
import { InputError } from '../errors.js';
import { deferCanvas } from './pdf-canvas.js';

export interface PdfPages {
  /** Text of each page, in order (page 1 first). */
  pages: string[];
}

export async function readPdfText(bytes: Uint8Array, path: string): Promise<PdfPages> {
  if (bytes.length === 0) throw new InputError(path, 'tom fil');
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw new InputError(path, 'inte en PDF-fil (inget %PDF-huvud)');
  if (!endsLikePdf(bytes)) throw new InputError(path, 'avkortad PDF: filen slutar utan %%EOF (en ofullständig nedladdning eller kopia?)');
  // Text needs no canvas: pdf.js gets the addon only if a page is rendered for OCR.
  deferCanvas();
  const { PDFParse } = await import('pdf-parse');
  // pdf.js keeps the buffer; give it a copy it may detach.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
  try {
    const result = await parser.getText({ pageJoiner: '' });
    return { pages: result.pages.map((p) => p.text) };
  } catch (e) {
    throw new InputError(path, pdfProblem(e));
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/**
 * A complete PDF ends with %%EOF (a few bytes of padding may follow). pdf.js can rebuild a file
 * cut short and quietly return the pages it still finds; an analyst must not get a round with
 * answers missing, so a file without the marker is refused before it is parsed.
 */
function endsLikePdf(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 4096))).toString('latin1');
  return tail.includes('%%EOF');
}

function pdfProblem(e: unknown): string {
  const name = (e as { name?: string })?.name ?? '';
  const message = String((e as { message?: string })?.message ?? e);
  if (/password/i.test(name) || /password/i.test(message)) return 'PDF-filen är lösenordsskyddad; ta bort lösenordet och försök igen';
  if (/invalid|xref|corrupt|unexpected|missing/i.test(name + message)) return `skadad eller avkortad PDF (${message.split('\n')[0]})`;
  return `PDF-filen kan inte läsas (${message.split('\n')[0]})`;
}
