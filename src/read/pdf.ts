/**
 * PDF text layers through pdf-parse, page by page. pdf-parse (and pdf.js under it) is loaded only
 * when a PDF is read: it costs ~100 ms that text input should not pay.
 */
import { InputError } from '../errors.js';
import { deferCanvas } from './pdf-canvas.js';
import { keepNatives, restoreNatives } from './pdf-natives.js';
import { loadPackage } from '../load-package.js';
import { layOutTablePage } from './pdf-table-layout.js';

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
  keepNatives();
  const { PDFParse } = await loadPackage('pdf-parse');
  restoreNatives();
  // pdf.js keeps the buffer; give it a copy it may detach.
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
  try {
    // pdf-parse's own loader (kept private in its types) returns the pdf.js document it reads from.
    markParagraphGaps(await (parser as unknown as { load(): Promise<DocLike> }).load());
    restoreNatives(); // the worker's own core-js has just run
    // pdf.js's own NFKC pass over every text item is not needed: the reader makes the text NFC and
    // spells out the ligatures itself (src/normalize/unicode.ts), and keeps "m²" as printed. The
    // same text from the 2023 PDF and the blind rounds' PDFs, 20–25 ms less of a cold read.
    const result = await parser.getText({ pageJoiner: '', disableNormalization: true });
    return { pages: result.pages.map((p) => p.text) };
  } catch (e) {
    throw new InputError(path, pdfProblem(e));
  } finally {
    await parser.destroy().catch(() => undefined);
    restoreNatives();
  }
}

/** A drop between two lines of this many font sizes or more is the space between paragraphs. */
export const PARAGRAPH_GAP = 1.8;

/** What a paragraph break is written as in a page's text: a line of its own (src/read/source.ts). */
export const PARAGRAPH_MARK = '\u2029';

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
  width?: number;
  height?: number;
  transform?: number[];
}

interface DocLike {
  getPage(n: number): Promise<{ getTextContent(o?: unknown): Promise<{ items: TextItemLike[] }> }>;
}

/**
 * A PDF sets paragraphs apart by space, not by an empty line, and pdf-parse writes the text line
 * after line: the paragraphs run together, and a paragraph whose last line happens to be full
 * reads as one with the next. Where a line stands lower than the one before by more than
 * PARAGRAPH_GAP font sizes, a paragraph mark is put between them — the blank line a text file has.
 * A page that holds a table is first put in rows (src/read/pdf-table-layout.ts).
 */
function markParagraphGaps(doc: DocLike): void {
  const getPage = doc.getPage.bind(doc);
  doc.getPage = async (n) => {
    const page = await getPage(n);
    const content = page.getTextContent.bind(page);
    page.getTextContent = async (o) => {
      const tc = await content(o);
      const items: TextItemLike[] = [];
      tc.items = layOutTablePage(tc.items);
      let lastY: number | undefined;
      let lastEnded = false;
      for (const it of tc.items) {
        const t = it.transform;
        const text = typeof it.str === 'string' && it.str.trim() !== '';
        if (t && text) {
          const size = Math.abs(t[3]) || Math.abs(t[0]);
          if (lastY !== undefined && lastEnded && size > 0 && lastY - t[5] >= PARAGRAPH_GAP * size) {
            items.push({ ...it, str: PARAGRAPH_MARK, hasEOL: true, width: 0 });
          }
          lastY = t[5];
        }
        if (text || it.hasEOL) lastEnded = Boolean(it.hasEOL);
        items.push(it);
      }
      tc.items = items;
      return tc;
    };
    return page;
  };
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
