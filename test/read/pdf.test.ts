/**
 * Reading PDFs that are not what they should be: cut short, password-protected, not a PDF, or
 * scanned (no text layer). OCR is driven here by a fake engine; test/read/ocr.test.ts runs the
 * real one.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildRound } from '../../src/round.js';
import { InputError } from '../../src/errors.js';
import { readPdfText } from '../../src/read/pdf.js';
import { OCR_MAX_PAGES, ocrIfNeeded, pageCount, pageList, pagesWithoutText, type OcrEngine, type OcrProgress } from '../../src/read/ocr.js';
import { timeLeft } from '../../src/cli/load.js';
import { BLANK_INK_SHARE, inkShare, isBlank } from '../../src/read/ocr-js.js';
import { CORPUS } from '../helpers.js';
import { run } from '../../src/cli/main.js';
import type { IO } from '../../src/cli/io.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writePdf, type ImagePage } from '../support/pdf-writer.js';

const corpus = readFileSync(CORPUS.pdf);
/** A blank "scan": an image and no text layer. */
const blankImage: ImagePage = { gray: new Uint8Array(40 * 40).fill(255), width: 40, height: 40 };

const ANSWER = ['Kulturnämnden', '', 'Yttrande', 'Kulturnämnden välkomnar förslaget och deltar i Örat mot marken.'];

/** An engine that "reads" given texts, and records what it was asked. */
function fakeEngine(texts: Record<number, string>, problem: string | null = null): OcrEngine & { asked: number[] } {
  const asked: number[] = [];
  return {
    asked,
    availability: async () => ({ problem, install: problem ? 'apt-get install poppler-utils tesseract-ocr tesseract-ocr-swe' : undefined }),
    readPage: async (_pdf, page) => {
      asked.push(page);
      if (texts[page] === undefined) throw new Error(`tesseract avslutades med kod 1: kan inte läsa sida ${page}`);
      return texts[page];
    },
  };
}

describe('damaged PDFs', () => {
  it('a PDF cut short is a truncated PDF, wherever it is cut', async () => {
    for (const size of [2000, Math.floor(corpus.length / 2), corpus.length - 300, corpus.length - 7]) {
      await expect(readPdfText(corpus.subarray(0, size), 'kort.pdf')).rejects.toThrow(/^kort\.pdf: (avkortad PDF: filen slutar utan %%EOF \(en ofullständig nedladdning eller kopia\?\)|skadad eller avkortad PDF \(.+\))$/);
    }
  });

  it('a password-protected PDF says so', async () => {
    const locked = writePdf([{ lines: ANSWER }], { encrypt: { user: 'hemligt', owner: 'agare' } });
    await expect(readPdfText(locked, 'låst.pdf')).rejects.toThrow(/^låst\.pdf: PDF-filen är lösenordsskyddad; ta bort lösenordet och försök igen$/);
  });

  it('random bytes named .pdf, and an empty .pdf', async () => {
    const random = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256);
    await expect(readPdfText(random, 'slump.pdf')).rejects.toThrow(/^slump\.pdf: inte en PDF-fil \(inget %PDF-huvud\)$/);
    await expect(readPdfText(new Uint8Array(), 'tom.pdf')).rejects.toThrow(/^tom\.pdf: tom fil$/);
  });

  it('a PDF whose body is garbage after a valid header', async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Uint8Array.from({ length: 3000 }, (_, i) => (i * 31 + 7) % 256)), Buffer.from('\n%%EOF\n')]);
    await expect(readPdfText(bytes, 'trasig.pdf')).rejects.toThrow(/^trasig\.pdf: (skadad eller avkortad PDF|PDF-filen kan inte läsas) \(.+\)$/);
  });

  it('the writer of these tests makes PDFs that read back', async () => {
    const { pages } = await readPdfText(writePdf([{ lines: ANSWER }, { lines: ['Tekniska nämnden'] }]), 'ok.pdf');
    // (A paragraph mark stands where the page sets a space between lines.)
    expect(pages[0]).toMatch(/Kulturnämnden\n(?:\u2029\n)?Yttrande\n(?:\u2029\n)?Kulturnämnden välkomnar förslaget/);
    expect(pages[1]).toMatch(/Tekniska nämnden/);
  });
});

describe('which pages need OCR', () => {
  it('a page with (nearly) no letters has no text layer', () => {
    expect(pagesWithoutText(['Kulturnämnden välkomnar förslaget om trygga parker.', '', '3 (12)', 'Malmö stad'])).toEqual([2, 3, 4]);
  });
  it('names pages compactly', () => {
    expect(pageList([3])).toBe('sida 3');
    expect(pageList([1, 2, 3, 5, 9, 10])).toBe('sidorna 1–3, 5, 9–10');
    expect([1, 2, 5].map(pageCount)).toEqual(['1 sida', '2 sidor', '5 sidor']);
  });
});

describe('OCR of pages without a text layer (fake engine)', () => {
  const scan = writePdf([blankImage, blankImage]);

  it('reads the scanned pages, reports progress per page, and marks the source as OCR', async () => {
    const engine = fakeEngine({ 1: ANSWER.join('\n'), 2: 'Vem bör samordna arbetet?\nKulturnämnden anser att Fritidsnämnden bör samordna.' });
    const progress: OcrProgress[] = [];
    const round = await buildRound([{ path: 'scan.pdf', bytes: scan }], { ocr: { engine, onProgress: (p) => progress.push(p) } });
    expect(engine.asked).toEqual([1, 2]);
    expect(progress.map((p) => `${p.page} ${p.done}/${p.total}`)).toEqual(['1 0/2', '2 1/2']);
    expect(round.sources[0]).toMatchObject({ kind: 'ocr', pages: 2 });
    expect(round.respondents.map((r) => r.id)).toEqual(['KN']);
    expect(round.segments[0].page).toBe(1);
  });

  it('OCR text goes through the same normalisation as text input (furniture removed)', async () => {
    const engine = fakeEngine({ 1: `Malmö stad\n1 (2)\n${ANSWER.join('\n')}`, 2: 'Malmao stad\n2 (2)\nNämnden deltar i BID-\n\nsamarbeten.' });
    const round = await buildRound([{ path: 'scan.pdf', bytes: scan }], { ocr: { engine } });
    const doc = round.segments.map((s) => s.text).join('\n');
    expect(doc).not.toMatch(/Malm(ö|ao) stad|\(2\)/);
  });

  it('--ocr reads every page, even pages with a text layer', async () => {
    const mixed = writePdf([{ lines: ANSWER }, blankImage]);
    const engine = fakeEngine({ 1: ANSWER.join('\n'), 2: 'Nämnden har inget mer att tillägga i detta ärende.' });
    await buildRound([{ path: 'mixed.pdf', bytes: mixed }], { ocr: { engine, mode: 'force' } });
    expect(engine.asked).toEqual([1, 2]);
  });

  it('by default only the pages without text are read', async () => {
    const mixed = writePdf([{ lines: ANSWER }, blankImage]);
    const engine = fakeEngine({ 2: 'Nämnden har inget mer att tillägga i detta ärende.' });
    const round = await buildRound([{ path: 'mixed.pdf', bytes: mixed }], { ocr: { engine } });
    expect(engine.asked).toEqual([2]);
    expect(round.segments.map((s) => s.text).join('\n')).toMatch(/inget mer att tillägga/);
  });

  it('with OCR off, a PDF with no text at all is an error that says so', async () => {
    const engine = fakeEngine({});
    await expect(buildRound([{ path: 'scan.pdf', bytes: scan }], { ocr: { engine, mode: 'off' } })).rejects.toThrow(
      /^scan\.pdf: 2 sidor saknar textlager \(ett inskannat dokument\?\); OCR är avstängt \(--no-ocr\)$/,
    );
    expect(engine.asked).toEqual([]);
  });

  it('with OCR not installed, the error says how to install it', async () => {
    const engine = fakeEngine({}, 'tesseract hittades inte');
    await expect(buildRound([{ path: 'scan.pdf', bytes: scan }], { ocr: { engine } })).rejects.toThrow(
      /^scan\.pdf: 2 sidor saknar textlager \(ett inskannat dokument\?\); OCR kan inte användas \(tesseract hittades inte\); installera OCR: apt-get install poppler-utils tesseract-ocr tesseract-ocr-swe$/,
    );
    await expect(buildRound([{ path: 'scan.pdf', bytes: scan }], { ocr: { engine, mode: 'force' } })).rejects.toThrow(/^scan\.pdf: --ocr angavs men OCR kan inte användas \(tesseract hittades inte\); installera OCR: apt-get install poppler-utils tesseract-ocr tesseract-ocr-swe$/);
  });

  it('without an engine (the library default) a scan is an error, not an empty round', async () => {
    await expect(buildRound([{ path: 'scan.pdf', bytes: scan }])).rejects.toThrow(/^scan\.pdf: 2 sidor saknar textlager \(ett inskannat dokument\?\); ingen OCR-motor finns$/);
  });

  it('with OCR off, a PDF with text and a few empty pages is read, with a warning naming them', async () => {
    const mixed = writePdf([{ lines: ANSWER }, blankImage]);
    const round = await buildRound([{ path: 'mixed.pdf', bytes: mixed }], { ocr: { mode: 'off' } });
    expect(round.respondents.map((r) => r.id)).toEqual(['KN']);
    expect(round.warnings).toContain('mixed.pdf: sida 2 saknar textlager och lästes inte: OCR är avstängt (--no-ocr)');
  });

  it('a failing engine is an input error naming the page', async () => {
    const engine = fakeEngine({ 1: ANSWER.join('\n') });
    const err = await buildRound([{ path: 'scan.pdf', bytes: scan }], { ocr: { engine } }).catch((e) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toBe('scan.pdf: OCR av sida 2 misslyckades (tesseract avslutades med kod 1: kan inte läsa sida 2)');
  });

  it('says how long the pages left will take, from the pace so far', async () => {
    const engine = fakeEngine({ 1: ANSWER.join('\n'), 2: 'Nämnden har inget mer att tillägga i detta ärende.' });
    let clock = 0;
    const progress: OcrProgress[] = [];
    const three = writePdf([blankImage, blankImage, blankImage]);
    const slow: OcrEngine = { ...engine, readPage: async (pdf, page) => ((clock += 4000), engine.readPage(pdf, page === 3 ? 2 : page)) };
    await ocrIfNeeded('scan.pdf', three, ['', '', ''], { engine: slow, now: () => clock, onProgress: (p) => progress.push(p) });
    expect(progress.map((p) => p.secondsLeft)).toEqual([null, 8, 4]);
    expect([null, 8, 75, 150].map(timeLeft)).toEqual(['', ', cirka 8 s kvar', ', cirka 1 min kvar', ', cirka 3 min kvar']);
  });

  it('pages the engine finds blank count as read, and the engine is told when the PDF is done', async () => {
    let finished = 0;
    const engine: OcrEngine = {
      availability: async () => ({ problem: null }),
      readPage: async (_pdf, page) => (page === 2 ? { text: '', blank: true } : { text: ANSWER.join('\n') }),
      finish: async () => void finished++,
    };
    const progress: OcrProgress[] = [];
    const result = await ocrIfNeeded('scan.pdf', scan, ['', ''], { engine, onProgress: (p) => progress.push(p) });
    expect(result.pages[1]).toBe('');
    expect(result.ocrPages).toEqual([1, 2]);
    expect(finished).toBe(1);
  });

  it('more pages to OCR than --ocr-max-pages is an error in Swedish that says what to do; none is read', async () => {
    const engine = fakeEngine({ 1: 'x', 2: 'y' });
    await expect(ocrIfNeeded('lång.pdf', scan, ['', ''], { engine, maxPages: 1 })).rejects.toThrow(
      /^lång\.pdf: 2 sidor behöver OCR, fler än gränsen 1 \(cirka 3 sekunder per sida\); ange --ocr-max-pages 2 för att läsa dem ändå, eller dela upp filen$/,
    );
    expect(engine.asked).toEqual([]);
    expect(OCR_MAX_PAGES).toBeGreaterThanOrEqual(100);
  });

  it('a scan where OCR finds nothing is an error, not an empty round', async () => {
    const engine = fakeEngine({ 1: '', 2: ' \n' });
    await expect(ocrIfNeeded('tom.pdf', scan, ['', ''], { engine })).rejects.toThrow(/^tom\.pdf: ingen text hittades, inte ens med OCR av sidorna 1–2 \(en tom eller oläslig skanning\?\)$/);
  });
});

describe('blank pages, from the rendered image', () => {
  /** A white 1000×1000 RGBA page with `ink` black pixels in the middle and `edge` along its left border. */
  function page(ink: number, edge = 0): Uint8ClampedArray {
    const px = new Uint8ClampedArray(1000 * 1000 * 4).fill(255);
    for (let k = 0; k < ink; k++) px.fill(0, 4 * (500 * 1000 + 300 + k), 4 * (500 * 1000 + 300 + k) + 3);
    for (let y = 0; y < edge; y++) px.fill(0, 4 * (y * 1000), 4 * (y * 1000) + 3);
    return px;
  }
  it.each([
    ['a white page', 0, 0, true],
    ['a scanner border only', 0, 1000, true],
    ['a page number (a few hundred ink pixels of a million)', 300, 0, true],
    ['a line of text', 2000, 0, false],
    ['a page of text', 60_000, 0, false],
  ])('%s', (_what, ink, edge, blank) => {
    expect(isBlank(page(ink, edge), 1000, 1000)).toBe(blank);
  });
  it('transparent pixels are paper', () => {
    expect(inkShare(new Uint8ClampedArray(100 * 100 * 4), 100, 100)).toBe(0);
    expect(BLANK_INK_SHARE).toBe(0.0005);
  });
});

describe('the CLI flags --ocr and --no-ocr', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'remiss-ocr-flags-'));
  const mixed = path.join(dir, 'blandad.pdf');
  writeFileSync(mixed, writePdf([{ lines: ANSWER }, blankImage]));

  async function remiss(argv: string[], engine: OcrEngine): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const io: IO = {
      stdout: { write: (c) => (stdout += String(c)) },
      stderr: { write: (c) => (stderr += String(c)) },
      env: {},
      stdoutIsTTY: false,
      readStdin: async () => new Uint8Array(),
      ocr: engine,
    };
    const code = await run(argv, io);
    return { code, stdout, stderr };
  }

  const texts = { 1: ANSWER.join('\n'), 2: 'Nämnden har inget mer att tillägga i detta ärende.' };

  it('neither: only the page without a text layer, with progress on stderr', async () => {
    const engine = fakeEngine(texts);
    const res = await remiss(['segments', '-f', 'json', mixed], engine);
    expect(res.code).toBe(0);
    expect(engine.asked).toEqual([2]);
    expect(res.stderr).toBe(`remiss: ${mixed}: OCR av sida 2 (1 av 1)\n`);
  });

  it('--ocr: every page', async () => {
    const engine = fakeEngine(texts);
    const res = await remiss(['segments', '--ocr', '-f', 'json', mixed], engine);
    expect(res.code).toBe(0);
    expect(engine.asked).toEqual([1, 2]);
  });

  it('--no-ocr: none, and a warning names the page left unread', async () => {
    const engine = fakeEngine(texts);
    const res = await remiss(['segments', '--no-ocr', '-f', 'json', mixed], engine);
    expect(res.code).toBe(0);
    expect(engine.asked).toEqual([]);
    expect(res.stderr).toBe(`remiss: varning: ${mixed}: sida 2 saknar textlager och lästes inte: OCR är avstängt (--no-ocr)\n`);
    expect(JSON.parse(res.stdout).respondents).toEqual([{ id: 'KN', name: 'Kulturnämnden' }]);
  });
});

describe('paragraph marks', () => {
  it('the gap that sets paragraphs apart is pinned', async () => {
    const { PARAGRAPH_GAP, PARAGRAPH_MARK } = await import('../../src/read/pdf.js');
    expect(PARAGRAPH_GAP).toBe(1.8);
    expect(PARAGRAPH_MARK).toBe('\u2029');
  });
});
