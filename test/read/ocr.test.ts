/**
 * OCR for real, with nothing but npm packages (no poppler, no Tesseract on the machine): a short
 * round is written as a PDF, rendered with pdf.js and wrapped as an image-only PDF (a scan: no
 * text layer). remiss must OCR it with tesseract.js and the Swedish data from npm, report progress
 * per page on stderr, skip a blank page without reading it, find the respondents and their
 * answers, and the processes they name must be found in the OCR text. Two pages of text and one
 * blank page keep it to about ten seconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { cli } from '../helpers.js';
import { writePdf, type ImagePage } from '../support/pdf-writer.js';
import { readPdfText } from '../../src/read/pdf.js';
import { jsOcr } from '../../src/read/ocr-js.js';
import { fold } from '../../src/normalize/fold.js';
import { tagRound } from '../../src/tag/tag.js';
import { shippedDictionary } from '../../src/tag/dictionary.js';
import type { Round } from '../../src/model.js';

const DPI = 200;

/** Render each page of a PDF with pdf.js, as an office scanner would see it: grey pixels. */
async function scanPages(pdf: Uint8Array): Promise<ImagePage[]> {
  const canvas = createRequire(createRequire(import.meta.url).resolve('pdf-parse'))('@napi-rs/canvas');
  const parser = new PDFParse({ data: new Uint8Array(pdf), verbosity: 0 });
  try {
    const shot = await parser.getScreenshot({ scale: DPI / 72, imageBuffer: true, imageDataUrl: false });
    const out: ImagePage[] = [];
    for (const p of shot.pages) {
      const img = await canvas.loadImage(Buffer.from(p.data));
      const ctx = canvas.createCanvas(img.width, img.height).getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, img.width, img.height);
      ctx.drawImage(img, 0, 0);
      const rgba = ctx.getImageData(0, 0, img.width, img.height).data;
      const gray = new Uint8Array(img.width * img.height);
      for (let i = 0; i < gray.length; i++) gray[i] = Math.round(rgba[4 * i] * 0.299 + rgba[4 * i + 1] * 0.587 + rgba[4 * i + 2] * 0.114);
      out.push({ gray, width: img.width, height: img.height, dpi: DPI });
    }
    return out;
  } finally {
    await parser.destroy();
  }
}

/** Two pages of a round, as a committee's scanned compilation would read. */
const PAGES = [
  [
    'Malmö stad',
    '',
    'Sammanställning av remissvar',
    '',
    'Remissinstanserna ombads besvara följande remissfrågor:',
    '1. Vilka pågående processer finns i ert område?',
    '2. Vem bör samordna arbetet i områdena?',
    '',
    'Fritidsnämnden',
    '',
    'Yttrande',
    'Fritidsnämnden är positiv till förslaget.',
    '',
    'Vilka pågående processer finns i ert område?',
    'Nämnden deltar i Örat mot marken och i CTC-arbetet',
    'tillsammans med skolorna i Rosengård.',
  ],
  [
    'Malmö stad',
    '',
    'Kulturnämnden',
    '',
    'Yttrande',
    'Kulturnämnden välkomnar förslaget.',
    '',
    'Vem bör samordna arbetet i områdena?',
    'Kulturnämnden anser att Fritidsnämnden bör samordna arbetet.',
  ],
];

describe('OCR of a scanned PDF (tesseract.js from npm)', () => {
  let dir: string;
  let scan: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'remiss-ocr-'));
    const typed = writePdf([...PAGES.map((lines) => ({ lines })), { lines: [''] }]);
    scan = path.join(dir, 'skannad.pdf');
    writeFileSync(scan, writePdf(await scanPages(typed)));
  }, 60_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the scan has no text layer', async () => {
    const { pages } = await readPdfText(readFileSync(scan), 'skannad.pdf');
    expect(pages.join('').trim()).toBe('');
  });

  it('is read by OCR, page by page, into its respondents and answers, with the processes they name', async () => {
    // No system tool is used: an empty PATH finds none, and the OCR cache goes to a directory of the test.
    const res = await cli(['ingest', scan], { env: { PATH: path.join(dir, 'no-such-bin'), REMISS_CACHE_DIR: path.join(dir, 'cache') } });
    expect(res.code, res.stderr).toBe(0);
    // Progress per page on stderr, with the time left once the pace is known; nothing but the product on stdout.
    expect(res.stderr).toContain(`remiss: ${scan}: OCR av sida 1 (1 av 3)\n`);
    expect(res.stderr).toMatch(new RegExp(`remiss: ${scan.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: OCR av sida 2 \\(2 av 3\\), cirka \\d+ s kvar`));
    const round: Round = JSON.parse(res.stdout);
    expect(round.sources[0]).toMatchObject({ kind: 'ocr', pages: 3 });
    expect(round.questions).toHaveLength(2);
    expect(round.respondents.map((r) => r.id)).toEqual(['FRN', 'KN']);

    const frnQ1 = round.segments.find((s) => s.respondent === 'FRN' && s.question === 'Q1');
    expect(frnQ1, JSON.stringify(round.segments)).toBeDefined();
    expect(frnQ1!.page).toBe(1);
    // OCR may lose a diacritic; matching works on folded text, as for the OCR appendix.
    expect(fold(frnQ1!.text)).toContain('orat mot marken');
    expect(frnQ1!.text).toMatch(/CTC/);
    const knQ2 = round.segments.find((s) => s.respondent === 'KN' && s.question === 'Q2');
    expect(knQ2?.page).toBe(2);
    expect(fold(knQ2!.text)).toContain('fritidsnamnden bor samordna');
    // The running header is page furniture, in OCR text as in any other.
    expect(round.segments.some((s) => fold(s.text).includes('malmo stad'))).toBe(false);

    // Process tagging finds the processes in the OCR text.
    const mentions = tagRound(round, shippedDictionary());
    const found = new Set(mentions.map((m) => `${m.respondent} ${m.process}`));
    expect(found).toContain('FRN orat-mot-marken');
    expect(found).toContain('FRN ctc');
  });

  it('--no-ocr refuses the scan, saying why', async () => {
    const res = await cli(['segments', '--no-ocr', scan]);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toBe(`remiss: ${scan}: 3 sidor saknar textlager (ett inskannat dokument?); OCR är avstängt (--no-ocr)\n`);
  });

  it('a blank page is found from its image and not handed to the recogniser', async () => {
    const engine = jsOcr();
    try {
      expect(await engine.readPage(readFileSync(scan), 3)).toEqual({ text: '', blank: true });
    } finally {
      await engine.finish?.();
    }
  });

  it('tesseract.js writes no language data into the working directory', () => {
    expect(() => readFileSync('swe.traineddata')).toThrow();
  });
});
