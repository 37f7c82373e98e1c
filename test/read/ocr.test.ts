/**
 * OCR for real: a short round is written as a PDF, rasterised with pdftoppm and wrapped as an
 * image-only PDF (a scan: no text layer). remiss must OCR it with pdftoppm + tesseract (Swedish),
 * report progress per page on stderr, find the respondents and their answers, and the processes
 * they name must be found in the OCR text.
 *
 * The tools are system packages (.ci/run installs them). Without them these tests fail in CI,
 * with a message saying what is missing, and are skipped elsewhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli } from '../helpers.js';
import { writePdf, parsePgm } from '../support/pdf-writer.js';
import { readPdfText } from '../../src/read/pdf.js';
import { fold } from '../../src/normalize/fold.js';
import { tagRound } from '../../src/tag/tag.js';
import { shippedDictionary } from '../../src/tag/dictionary.js';
import type { Round } from '../../src/model.js';

function missingTools(): string[] {
  const missing: string[] = [];
  if (spawnSync('pdftoppm', ['-v']).status !== 0) missing.push('pdftoppm (poppler-utils)');
  const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  if (langs.status !== 0) missing.push('tesseract (tesseract-ocr)');
  else if (!`${langs.stdout}${langs.stderr}`.split(/\s+/).includes('swe')) missing.push('Swedish data for tesseract (tesseract-ocr-swe)');
  return missing;
}

const missing = missingTools();
const inCI = Boolean(process.env.CI);
const run = missing.length === 0 || inCI;

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

describe.runIf(run)('OCR of a scanned PDF (pdftoppm + tesseract)', () => {
  let dir: string;
  let scan: string;

  beforeAll(() => {
    if (missing.length > 0) return;
    dir = mkdtempSync(path.join(tmpdir(), 'remiss-ocr-'));
    const typed = path.join(dir, 'typed.pdf');
    writeFileSync(typed, writePdf(PAGES.map((lines) => ({ lines }))));
    // Rasterise at 200 dpi, as an office scanner would, and keep only the pictures.
    const images = PAGES.map((_, i) =>
      parsePgm(execFileSync('pdftoppm', ['-f', `${i + 1}`, '-l', `${i + 1}`, '-r', '200', '-gray', '-singlefile', typed], { maxBuffer: 64 << 20 })),
    );
    scan = path.join(dir, 'skannad.pdf');
    writeFileSync(scan, writePdf(images));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has the tools it needs', () => {
    expect(missing, `OCR tools missing: ${missing.join(', ')}; install them: apt-get install poppler-utils tesseract-ocr tesseract-ocr-swe (.ci/run does)`).toEqual([]);
  });

  it('the scan has no text layer', async () => {
    const { pages } = await readPdfText(readFileSync(scan), 'skannad.pdf');
    expect(pages.join('').trim()).toBe('');
  });

  it('is read by OCR, page by page, into its respondents and answers, with the processes they name', async () => {
    const res = await cli(['ingest', scan]);
    expect(res.code, res.stderr).toBe(0);
    // Progress per page on stderr; nothing but the product on stdout.
    expect(res.stderr).toContain(`remiss: ${scan}: OCR of page 1 (1 of 2)`);
    expect(res.stderr).toContain(`remiss: ${scan}: OCR of page 2 (2 of 2)`);
    const round: Round = JSON.parse(res.stdout);
    expect(round.sources[0]).toMatchObject({ kind: 'ocr', pages: 2 });
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
    expect(res.stderr).toBe(`remiss: ${scan}: pages 1–2 have no text layer (a scan?); OCR is off (--no-ocr)\n`);
  });

  it('without the OCR programs, the error says how to install them', async () => {
    const res = await cli(['segments', scan], { env: { PATH: path.join(dir, 'no-such-bin') } });
    expect(res.code).toBe(2);
    expect(res.stderr).toBe(
      `remiss: ${scan}: pages 1–2 have no text layer (a scan?); OCR is not available (pdftoppm not found); install OCR: apt-get install poppler-utils tesseract-ocr tesseract-ocr-swe\n`,
    );
  });
});

if (!run) {
  it.skip(`OCR of a scanned PDF: skipped, ${missing.join(', ')} not installed (CI installs them and runs these tests)`, () => undefined);
}
