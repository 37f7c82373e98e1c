/**
 * The blind rounds' PDFs: each text source has its rendering, named in the gold. To render a
 * round again (after its text changed), run this file with RENDER naming it:
 *   RENDER=mejlsvar-2026 npx vitest run test/rounds/blind-pdfs.test.ts
 * A form feed in the text is a page break; long lines wrap at 92 characters, 50 lines a page (more
 * fall below the page's edge, where no reader sees them), Helvetica 10 pt. A page that holds a
 * table wider than that (lines with column bars or columns set apart by spaces) is set in a smaller
 * size that fits its widest table line, as a word processor fits a wide table to the page: wrapped
 * at 92 characters, each row of the table would become several lines of pieces of every column,
 * which no PDF of a table holds. (The two blind rounds with such tables were first scored on PDFs
 * rendered without this; see docs/accuracy.md.)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSavedMail } from '../../src/read/mail.js';
import { writePdf } from '../support/pdf-writer.js';
import { ROOT } from '../helpers.js';

const DIR = path.join(ROOT, 'test', 'rounds', 'blind');
const WIDTH = 92;
const PER_PAGE = 50;
const SIZE = 10;
/** The smallest size a wide table is set in. */
const MIN_SIZE = 4;
/** A line of a table: a column bar, or a column set apart from text before it by a run of spaces. */
const TABLE_LINE = /\||\S {3,}\S/;

/** Lines of a table wider than WIDTH that make a page a wide table's (fewer: a running header set in columns). */
const MIN_WIDE_TABLE_LINES = 3;

/** The size a page is set in, and the width its lines wrap at. */
function pageSize(lines: string[]): { size: number; width: number; columnGap?: number } {
  const wide = lines.filter((l) => TABLE_LINE.test(l) && l.length > WIDTH);
  if (wide.length < MIN_WIDE_TABLE_LINES) return { size: SIZE, width: WIDTH };
  const widest = Math.max(...wide.map((l) => l.length));
  const size = Math.max(MIN_SIZE, Math.floor((SIZE * WIDTH * 10) / widest) / 10);
  // Each cell of the table placed where it stands, as a word processor places a table's cells.
  return { size, width: Math.floor((WIDTH * SIZE) / size), columnGap: 3 };
}

function wrap(line: string, width = WIDTH): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    let cut = rest.lastIndexOf(' ', width);
    if (cut <= 0) cut = width;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  out.push(rest);
  return out;
}

/**
 * The sources rendered as PDFs: the text files a round's documents were written as (not its
 * questions, not a CSV export, which is no document, and not a saved e-mail's raw message, which
 * no one prints).
 */
const rendered = (f: string, dir: string): boolean =>
  /\.txt$/i.test(f) && !/^questions\.txt$/i.test(f) && !isSavedMail(readFileSync(path.join(dir, f), 'utf8'));

function render(round: string): void {
  const dir = path.join(DIR, round);
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8'));
  const sources: string[] = (Array.isArray(gold.source) ? gold.source : [gold.source]).filter((f: string) => rendered(f, dir));
  gold.source_pdf = [];
  for (const f of sources) {
    const pages = readFileSync(path.join(dir, f), 'utf8')
      .split('\f')
      .flatMap((p) => {
        const raw = p.replace(/^\n/, '').split('\n');
        const { size, width, columnGap } = pageSize(raw);
        const lines = raw.flatMap((l) => wrap(l, width));
        const chunks = [];
        // A smaller size fits more lines on the page.
        const perPage = Math.floor((PER_PAGE * SIZE) / size);
        for (let i = 0; i < lines.length; i += perPage) chunks.push({ lines: lines.slice(i, i + perPage), size, columnGap });
        return chunks.length > 0 ? chunks : [{ lines: [''], size: SIZE }];
      });
    const pdf = f.replace(/\.txt$/, '.pdf');
    writeFileSync(path.join(dir, pdf), writePdf(pages));
    gold.source_pdf.push(pdf);
  }
  writeFileSync(path.join(dir, 'gold.json'), `${JSON.stringify(gold, null, 2)}\n`);
}

describe('the blind rounds as PDFs', () => {
  const rounds = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  for (const r of (process.env.RENDER ?? '').split(',').filter(Boolean)) render(r);

  it.each(rounds)('%s: every text source (.txt) has its PDF, named in the gold', (round) => {
    const gold = JSON.parse(readFileSync(path.join(DIR, round, 'gold.json'), 'utf8'));
    const sources = (Array.isArray(gold.source) ? gold.source : [gold.source]).filter((f: string) => rendered(f, path.join(DIR, round)));
    expect((gold.source_pdf ?? []).length).toBe(sources.length);
    for (const pdf of gold.source_pdf ?? []) expect(existsSync(path.join(DIR, round, pdf))).toBe(true);
  });
});
