/**
 * The report on paper: printed to PDF by Chromium (test/support/chromium.ts finds one on any
 * machine), it is A4 landscape, every column header of every table is in the PDF's text (no
 * column cut off), the quotes behind the marks are there as footnotes, the hover hints are not.
 * And on screen: Escape closes a quote opened by hover or by a click.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, ROOT, cli, fixture } from '../helpers.js';
import { findChromium } from '../support/chromium.js';

const dir = mkdtempSync(path.join(tmpdir(), 'remiss-print-'));
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
let browser: Browser;

beforeAll(async () => {
  const found = await findChromium();
  browser = await chromium.launch({
    executablePath: found.executablePath,
    channel: found.channel,
    headless: true,
    args: [...found.args, '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(name: string, args: string[]): Promise<Page> {
  const file = path.join(dir, `${name}.html`);
  const res = await cli(['report', ...args, '-o', file]);
  expect(res.code, res.stderr).toBe(0);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const url = pathToFileURL(file).href;
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

interface Printed {
  /** The PDF's text with all white space removed: a header wrapped over two lines still matches. */
  squeezed: string;
  text: string;
  pages: Array<{ width: number; height: number }>;
}

async function print(page: Page, name: string): Promise<Printed> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(path.join(ARTIFACTS, `${name}.pdf`), pdf);
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const { text } = await parser.getText();
    // Page sizes from the PDF itself: every /MediaBox [0 0 w h].
    const pages = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
    return { text, squeezed: squeeze(text), pages };
  } finally {
    await parser.destroy();
  }
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** The text of every column header of every table, as the page has them. */
const headers = (page: Page): Promise<string[]> =>
  page.locator('thead th').evaluateAll((ths) => ths.map((th) => (th.textContent ?? '').trim()).filter(Boolean));

describe('the report of one round, printed', () => {
  let page: Page;
  let printed: Printed;
  beforeAll(async () => {
    page = await open('print-2023', []);
    printed = await print(page, 'report-2023-print');
  }, 120_000);
  afterAll(() => page?.close());

  it('is A4 landscape', () => {
    expect(printed.pages.length).toBeGreaterThan(0);
    for (const p of printed.pages) {
      expect(p.width).toBeCloseTo(841.9, -1);
      expect(p.height).toBeCloseTo(595.3, -1);
    }
  });

  it('has every column header of every table: the coordinator table keeps its Kommentar, the heatmap every respondent', async () => {
    const all = await headers(page);
    expect(all).toContain('Kommentar');
    expect(all).toContain('PÖMAB');
    for (const h of all) expect(printed.squeezed, h).toContain(squeeze(h));
  });

  it('prints the quotes as footnotes and no hover hints', async () => {
    const json = JSON.parse((await cli(['tabulate', '-f', 'json'])).stdout);
    const quotes = json.rows.flatMap((r: { evidence: Array<{ quote: string }> }) => r.evidence.map((e) => e.quote));
    expect(quotes.length).toBeGreaterThan(5);
    for (const q of quotes) expect(printed.squeezed).toContain(squeeze(q).slice(0, 60));
    expect(printed.text).not.toMatch(/muspekaren|Esc stänger/);
    expect(printed.text).toMatch(/Siffran vid ett kryss hänvisar till citatet under tabellen/);
  });

  it('on screen: no footnotes, and Escape closes a quote opened by hover or by a click', async () => {
    expect(await page.locator('ol.footnotes').first().isVisible()).toBe(false);
    const mark = page.locator('table.coordinator tr[data-respondent="FSN"] td.mark').first();
    const pop = mark.locator('.pop');
    await mark.hover();
    expect(await pop.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await pop.isVisible()).toBe(false);
    // Away and back: it opens again.
    await page.mouse.move(0, 0);
    await mark.hover();
    expect(await pop.isVisible()).toBe(true);
    await page.mouse.move(0, 0);
    await mark.click();
    await page.mouse.move(0, 0);
    expect(await pop.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await pop.isVisible()).toBe(false);
  });
});

describe('the comparison of two rounds, printed', () => {
  let page: Page;
  let printed: Printed;
  beforeAll(async () => {
    page = await open('print-diff', ['--diff', CORPUS.text, fixture('diff', 'round-2025-reworded.txt')]);
    printed = await print(page, 'report-diff-print');
  }, 120_000);
  afterAll(() => page?.close());

  it('keeps every column header, Ändring included', async () => {
    const all = await headers(page);
    expect(all).toContain('Ändring');
    for (const h of all) expect(printed.squeezed, h).toContain(squeeze(h));
    expect(printed.text).not.toMatch(/muspekaren/);
  });

  it('draws both bar charts on one scale: the same count, the same length', async () => {
    const bars = await page.locator('.side svg.bars').evaluateAll((svgs) =>
      svgs.map((svg) =>
        [...svg.querySelectorAll('g.row')].map((g) => ({
          value: Number(g.querySelector('text.value')?.textContent),
          width: Number(g.querySelector('rect.bar')?.getAttribute('width')),
        })),
      ),
    );
    expect(bars).toHaveLength(2);
    const length = new Map<number, Set<number>>();
    for (const b of bars.flat()) length.set(b.value, (length.get(b.value) ?? new Set()).add(b.width));
    for (const [value, widths] of length) expect([value, [...widths]]).toEqual([value, [[...widths][0]]]);
    expect(length.size).toBeGreaterThan(1);
  });
});
