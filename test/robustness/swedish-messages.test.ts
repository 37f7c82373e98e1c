/**
 * Analysts read Swedish: the errors and warnings that bad input brings, end to end through the
 * CLI, carry no English words. Option names (--no-ocr, -o), file names and format markers
 * (%PDF, %%EOF) are taken out first; what is left is checked against a list of common English
 * words that a half-translated message would still hold.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CORPUS, cli } from '../helpers.js';
import { writePdf, type ImagePage } from '../support/pdf-writer.js';

const ENGLISH = ['file', 'files', 'not', 'the', 'error', 'page', 'pages', 'found', 'no', 'is', 'of', 'cannot', 'directory', 'empty', 'read', 'without', 'given', 'available', 'too', 'large', 'only', 'input', 'output', 'such', 'has', 'have'];

const blank: ImagePage = { gray: new Uint8Array(40 * 40).fill(255), width: 40, height: 40 };

/** The English words left in a message once paths, options and format markers are taken out. */
function englishIn(stderr: string, dir: string): string[] {
  const text = stderr
    .split(dir)
    .join(' ')
    .replace(/\S+\.(txt|pdf|json|csv)\b/g, ' ')
    .replace(/(^|\s|\()--?[a-z][\w-]*/gi, ' ')
    .replace(/%%?[A-Z]+/g, ' ');
  return (text.match(/\p{L}+/gu) ?? []).filter((w) => ENGLISH.includes(w.toLowerCase()));
}

describe('errors and warnings from bad input are in Swedish', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'remiss-sv-'));
  const put = (name: string, data: string | Uint8Array): string => {
    writeFileSync(path.join(dir, name), data);
    return path.join(dir, name);
  };
  const corpus = readFileSync(CORPUS.pdf);
  const text = put('yttrande.txt', 'Kulturnämnden\n\nNämnden tillstyrker förslaget.\n');
  mkdirSync(path.join(dir, 'tom-mapp'));
  mkdirSync(path.join(dir, 'ut-mapp'));

  const cases: Array<[string, string[], number]> = [
    ['an empty file', ['segments', put('tom.txt', '')], 2],
    ['binary data', ['segments', put('binär.txt', Uint8Array.from([0x41, 0, 0x42, 0, 0x43]))], 2],
    ['undecodable bytes', ['segments', put('skräp.txt', Uint8Array.from([0x41, 0x81, 0x8d, 0x42, 0xff]))], 2],
    ['not a PDF', ['segments', put('slump.pdf', 'det här är ingen pdf')], 2],
    ['an empty PDF', ['segments', put('tom.pdf', '')], 2],
    ['a truncated PDF', ['segments', put('avbruten.pdf', corpus.subarray(0, Math.floor(corpus.length * 0.6)))], 2],
    ['a one-page scan without OCR', ['segments', '--no-ocr', put('skanning1.pdf', writePdf([blank]))], 2],
    ['a three-page scan without OCR', ['segments', '--no-ocr', put('skanning3.pdf', writePdf([blank, blank, blank]))], 2],
    ['a missing file', ['segments', path.join(dir, 'finns-inte.txt')], 2],
    ['a path through a file', ['segments', path.join(text, 'yttrande.txt')], 2],
    ['a directory with nothing to read', ['segments', path.join(dir, 'tom-mapp')], 2],
    ['standard input twice', ['segments', '-', '-'], 2],
    ['an output in a missing directory', ['segments', '-o', path.join(dir, 'saknas', 'ut.txt'), text], 2],
    ['an output that is a directory', ['segments', '-o', path.join(dir, 'ut-mapp'), text], 2],
    ['an output that is the input', ['segments', '-o', text, text], 2],
    ['an unknown option', ['segments', '--frobnicate', text], 2],
  ];
  for (const [name, argv, code] of cases) {
    it(name, async () => {
      const res = await cli(argv, { stdin: 'Kulturnämnden\n\nNämnden tillstyrker.\n' });
      expect(res.code, res.stderr).toBe(code);
      expect(res.stderr).toMatch(/^remiss: /);
      expect(englishIn(res.stderr, dir), res.stderr).toEqual([]);
    });
  }

  it('a warning about pages left unread', async () => {
    const mixed = put('blandad.pdf', writePdf([{ lines: ['Kulturnämnden', '', 'Yttrande', 'Nämnden tillstyrker förslaget.'] }, blank]));
    const res = await cli(['segments', '--no-ocr', mixed]);
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/^remiss: varning: /);
    expect(englishIn(res.stderr, dir), res.stderr).toEqual([]);
  });

  it('the check itself finds English', () => {
    expect(englishIn(`remiss: ${dir}/x.pdf: pages 1–2 have no text layer`, dir)).toEqual(['pages', 'have', 'no']);
  });
});
