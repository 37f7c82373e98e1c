/**
 * Evidence where the eye looks: for PDF input a quote's `line` is the line on its page (counted
 * from the top of the page, as an analyst counts with the page open), for text input the line in
 * the file. Checked on the 2023 PDF and its text, for every quote of the table and the xref.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PARAGRAPH_MARK, readPdfText } from '../../src/read/pdf.js';
import { toLines } from '../../src/normalize/unicode.js';
import { CORPUS, cli } from '../helpers.js';

interface At {
  quote: string;
  /** xref: the name matched; its line is the one given (the quote is the sentence around it). */
  match?: string;
  page: number | null;
  line: number;
}

const words = (s: string): string[] => s.normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The quote's (or the match's) first words stand on that line (it may begin mid-line and run on). */
function standsAt(lines: string[], at: At): boolean {
  const line = words(lines[at.line - 1] ?? '').join(' ');
  const first = words(at.match ?? at.quote).slice(0, 3);
  // The line may end after one or two of them (the quote runs on to the next line).
  for (let n = first.length; n >= 1; n--) if (line.includes(first.slice(0, n).join(' '))) return true;
  return false;
}

describe('PDF: page and line on that page', () => {
  let pages: string[][];
  let evidence: At[];
  let mentions: At[];
  beforeAll(async () => {
    // The printed lines: a paragraph mark (the space between paragraphs) is no line.
    pages = (await readPdfText(readFileSync(CORPUS.pdf), 'pdf')).pages.map((p) => toLines(p.split('\n').filter((l) => l !== PARAGRAPH_MARK).join('\n')));
    const env = { REMISS_NO_CACHE: '1' };
    evidence = JSON.parse((await cli(['tabulate', '-f', 'json', CORPUS.pdf], { env })).stdout).rows.flatMap((r: { evidence: At[] }) => r.evidence);
    mentions = JSON.parse((await cli(['xref', '-f', 'json', CORPUS.pdf], { env })).stdout).processes.flatMap((p: { mentions: At[] }) => p.mentions);
  });

  it('every quote of the table and the xref is on the line its page and line name', () => {
    expect(evidence.length).toBeGreaterThan(10);
    expect(mentions.length).toBeGreaterThan(20);
    for (const at of [...evidence, ...mentions]) {
      expect(at.page).not.toBeNull();
      expect(at.line, JSON.stringify(at)).toBeLessThanOrEqual(pages[at.page! - 1].length);
      expect(standsAt(pages[at.page! - 1], at), JSON.stringify(at)).toBe(true);
    }
  });

  it('the terminal and Markdown say "s. N, rad M" with the line on the page', async () => {
    const md = (await cli(['tabulate', '-f', 'md', CORPUS.pdf], { env: { REMISS_NO_CACHE: '1' } })).stdout;
    const rads = [...md.matchAll(/s\. (\d+), rad (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(rads.length).toBeGreaterThan(5);
    for (const [page, line] of rads) expect(line).toBeLessThanOrEqual(pages[page - 1].length);
  });
});

describe('text: the line in the file', () => {
  it('every quote of the table is on the line of the file it names', async () => {
    const file = readFileSync(CORPUS.text, 'utf8').split(/\r?\n/);
    const rows = JSON.parse((await cli(['tabulate', '-f', 'json', CORPUS.text])).stdout).rows;
    const evidence: At[] = rows.flatMap((r: { evidence: At[] }) => r.evidence);
    expect(evidence.length).toBeGreaterThan(10);
    for (const at of evidence) {
      expect(at.page).toBeNull();
      expect(standsAt(file, at), JSON.stringify(at)).toBe(true);
    }
  });
});
