/**
 * The blind rounds' PDFs: each text source has its rendering, named in the gold. To render a
 * round again (after its text changed), run this file with RENDER naming it:
 *   RENDER=mejlsvar-2026 npx vitest run test/rounds/blind-pdfs.test.ts
 * A form feed in the text is a page break; long lines wrap at 92 characters, 50 lines a page (more
 * fall below the page's edge, where no reader sees them), Helvetica 10 pt.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePdf } from '../support/pdf-writer.js';
import { ROOT } from '../helpers.js';

const DIR = path.join(ROOT, 'test', 'rounds', 'blind');
const WIDTH = 92;
const PER_PAGE = 50;

function wrap(line: string): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > WIDTH) {
    let cut = rest.lastIndexOf(' ', WIDTH);
    if (cut <= 0) cut = WIDTH;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  out.push(rest);
  return out;
}

function render(round: string): void {
  const dir = path.join(DIR, round);
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8'));
  const sources: string[] = (Array.isArray(gold.source) ? gold.source : [gold.source]).filter((f: string) => !/^questions\.txt$/i.test(f));
  gold.source_pdf = [];
  for (const f of sources) {
    const pages = readFileSync(path.join(dir, f), 'utf8')
      .split('\f')
      .flatMap((p) => {
        const lines = p.replace(/^\n/, '').split('\n').flatMap(wrap);
        const chunks = [];
        for (let i = 0; i < lines.length; i += PER_PAGE) chunks.push({ lines: lines.slice(i, i + PER_PAGE), size: 10 });
        return chunks.length > 0 ? chunks : [{ lines: [''], size: 10 }];
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

  it.each(rounds)('%s: every text source has its PDF, named in the gold', (round) => {
    const gold = JSON.parse(readFileSync(path.join(DIR, round, 'gold.json'), 'utf8'));
    const sources = (Array.isArray(gold.source) ? gold.source : [gold.source]).filter((f: string) => !/^questions\.txt$/i.test(f));
    expect((gold.source_pdf ?? []).length).toBe(sources.length);
    for (const pdf of gold.source_pdf) expect(existsSync(path.join(DIR, round, pdf))).toBe(true);
  });
});
