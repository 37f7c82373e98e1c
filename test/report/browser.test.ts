/**
 * The HTML report in a real browser (headless Chromium through playwright-core: the system's
 * Chromium when there is one, else the one @sparticuz/chromium brings from npm, see
 * test/support/chromium.ts): what a reader sees — the rows of the tables, the coloured
 * heatmap, the bars, the quote behind a mark on hover and on click — and that opening the file
 * makes no request but for the file itself. Screenshots are kept in test/artifacts/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, ROOT, cli, fixture } from '../helpers.js';
import { INJECTION_ROUND } from './support.js';
import { findChromium } from '../support/chromium.js';

const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const dir = mkdtempSync(path.join(tmpdir(), 'remiss-browser-'));
let context: BrowserContext;

beforeAll(async () => {
  const browser = await findChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
  context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: browser.executablePath,
    channel: browser.channel,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...browser.args,
    ],
  });
});

afterAll(async () => {
  await context?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  /** Every request the page made, the document's own included. */
  requests: string[];
  /** Console messages about a blocked load (the report's Content-Security-Policy). */
  violations: string[];
  url: string;
}

/** Write a report with the CLI and open it from disk, as a reader does; nothing else may load. */
async function open(name: string, args: string[]): Promise<Opened> {
  const file = path.join(dir, `${name}.html`);
  const res = await cli(['report', ...args, '-o', file]);
  expect(res.code, res.stderr).toBe(0);
  const url = pathToFileURL(file).href;
  const page = await context.newPage();
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, violations, url };
}

function expectNoNetwork(o: Opened): void {
  expect(o.requests).toEqual([o.url]);
  expect(o.violations).toEqual([]);
}

describe('the report of the 2023 round in Chromium', () => {
  let o: Opened;
  beforeAll(async () => {
    o = await open('report-2023', []);
  });
  afterAll(async () => {
    // The page as it opens: no quote left open by the click test.
    await o?.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await o?.page.screenshot({ path: path.join(ARTIFACTS, 'report-2023.png'), fullPage: true });
    await o?.page.close();
  });

  it('makes no request but for the file itself', () => expectNoNetwork(o));

  it('shows the Swedish sections', async () => {
    expect(await o.page.locator('h2').allInnerTexts()).toEqual(['Remissfrågor', 'Besvarade frågor', 'Samordnande roll', 'Förslag', 'Processer', 'Granskade och rättade rader']);
    await expect.poll(() => o.page.locator('ol.questions li').count()).toBe(4);
  });

  it('shows the coordinator table with its 15 rows, marks and comments', async () => {
    const rows = o.page.locator('table.coordinator tbody tr');
    expect(await rows.count()).toBe(15);
    for (let i = 0; i < 15; i++) expect(await rows.nth(i).isVisible()).toBe(true);
    const ids = await o.page.locator('table.coordinator tbody th').allInnerTexts();
    expect(ids[0]).toBe('ASN');
    expect(ids[14]).toBe('PÖMAB');
    expect(await o.page.locator('table.coordinator thead th').first().innerText()).toBe('Remissinstans');
    const fsn = o.page.locator('table.coordinator tr[data-respondent="FSN"] td.mark');
    expect(await fsn.allInnerTexts()).toEqual(['X', 'X']);
    expect(await o.page.locator('table.completeness tbody tr').count()).toBe(15);
  });

  it('shows the quote and the line behind a mark on hover, and on click', async () => {
    const mark = o.page.locator('table.coordinator tr[data-respondent="PÖMAB"] td.mark').first();
    const pop = mark.locator('.pop');
    expect(await pop.isVisible()).toBe(false);
    await mark.hover();
    expect(await pop.isVisible()).toBe(true);
    expect(await pop.innerText()).toMatch(/^Bolaget anser att det bör vara stadskontoret som ska ha den centralt samordnade rollen\.\s*rad \d+$/);
    await o.page.mouse.move(0, 0);
    expect(await pop.isVisible()).toBe(false);
    // A click (or a tap) keeps it open: the cell takes the focus.
    const other = o.page.locator('table.coordinator tr[data-respondent="FSN"] td.mark').first();
    await other.click();
    await o.page.mouse.move(0, 0);
    expect(await other.locator('.pop').isVisible()).toBe(true);
    expect(await other.locator('.pop').innerText()).toMatch(/MKB är en lämplig kandidat/);
  });

  it('shows a heatmap of five and more processes, coloured by how often each is named', async () => {
    const rows = o.page.locator('table.heatmap tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    const ctc = o.page.locator('table.heatmap tr[data-process="ctc"]');
    expect(await ctc.locator('th').innerText()).toBe('Communities That Care');
    const coloured = ctc.locator('td:not([data-count="0"])');
    expect(await coloured.count()).toBe(11);
    const colours = await coloured.evaluateAll((cells) => cells.map((c) => getComputedStyle(c).backgroundColor));
    for (const c of colours) expect(c).not.toBe('rgb(255, 255, 255)');
    // More mentions, a deeper colour: compare a cell of 6 with one of 1.
    const blue = async (sel: string): Promise<number> => ctc.locator(sel).evaluate((c) => Number(getComputedStyle(c).backgroundColor.match(/\d+/g)![0]));
    expect(await blue('td[data-count="6"]')).toBeLessThan(await blue('td[data-count="1"] >> nth=0'));
    for (const id of ['orat-mot-marken', 'sspf', 'bid', 'trygga-barnet']) expect(await o.page.locator(`table.heatmap tr[data-process="${id}"]`).isVisible()).toBe(true);
  });

  it('shows a bar per proposal', async () => {
    const bars = o.page.locator('svg.bars rect.bar');
    expect(await bars.count()).toBe(7);
    const widths = await bars.evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect().width));
    for (const w of widths) expect(w).toBeGreaterThan(0);
    // FRN, MKB and MKB och KS have two each; the others one.
    expect(Math.max(...widths)).toBeCloseTo(2 * Math.min(...widths), 0);
    expect(await o.page.locator('svg.bars text').allTextContents()).toContain('Nämnd med stadsutvecklingsuppdrag');
  });
});

describe('the diff report in Chromium', () => {
  let o: Opened;
  beforeAll(async () => {
    o = await open('report-diff', ['--diff', CORPUS.text, fixture('diff', 'round-2025-reworded.txt')]);
  });
  afterAll(async () => {
    await o?.page.screenshot({ path: path.join(ARTIFACTS, 'report-diff.png'), fullPage: true });
    await o?.page.close();
  });

  it('makes no request but for the file itself', () => expectNoNetwork(o));

  it('shows the questions aligned, the new one marked', async () => {
    const rows = o.page.locator('table.questions-diff tbody tr');
    expect(await rows.count()).toBe(5);
    expect(await o.page.locator('table.questions-diff tr.added').innerText()).toMatch(/Q3 Hur bör arbetet följas upp/);
  });

  it('shows the rounds side by side, with the changes highlighted', async () => {
    const table = o.page.locator('table.side-by-side');
    expect(await table.locator('tbody tr').count()).toBe(16);
    expect(await table.locator('tr.added th').allInnerTexts()).toEqual(['Räddningstjänsten Syd']);
    expect(await table.locator('tr.removed th').allInnerTexts()).toEqual(['Arbetsmarknads- och socialnämnden', 'Förskolenämnden', 'Miljönämnden', 'Parkering Malmö']);
    const fsn = table.locator('tr[data-respondent="FSN"] td.changed');
    expect(await fsn.count()).toBe(2);
    expect((await fsn.allInnerTexts()).map((t) => t.split('\n')[0])).toEqual(['MKB; MKB och KS', 'FRN']);
    const yellow = await fsn.first().evaluate((c) => getComputedStyle(c).backgroundColor);
    expect(yellow).not.toBe('rgba(0, 0, 0, 0)');
    expect(await table.locator('tr[data-respondent="HVON"] ins').allInnerTexts()).toEqual(['Trygga barnet', 'Växa tryggt']);
    expect(await table.locator('tr[data-respondent="KN"] del').allInnerTexts()).toEqual(['SSPF (skola, socialtjänst, polis och fritid)', 'Ung Livsstil']);
    expect(await table.locator('tr[data-respondent="SN"] td.changed').count()).toBe(0);
  });

  it('shows the two rounds\' proposals as bar charts next to each other', async () => {
    const charts = o.page.locator('.side svg.bars');
    expect(await charts.count()).toBe(2);
    const [a, b] = [await charts.nth(0).boundingBox(), await charts.nth(1).boundingBox()];
    expect(b!.x).toBeGreaterThan(a!.x + a!.width / 2);
    expect(Math.abs(b!.y - a!.y)).toBeLessThan(80);
  });
});

describe('markup in the documents, in Chromium', () => {
  it('runs nothing and shows the markup as text', async () => {
    const input = path.join(dir, 'injection.txt');
    writeFileSync(input, INJECTION_ROUND);
    const o = await open('injection', [input]);
    const dialogs: string[] = [];
    o.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    expectNoNetwork(o);
    // The report's own script (Escape closes a quote) and nothing the document brought.
    expect(await o.page.evaluate(() => document.scripts.length + document.images.length)).toBe(1);
    expect(await o.page.locator('h1').innerText()).toBe('Trygghet i parker <script>alert(1)</script> & torg');
    expect(await o.page.title()).toContain('<script>');
    expect(await o.page.locator('table.completeness tbody td').first().innerText()).toBe('Räddningstjänsten <img src=x onerror=alert(2)>');
    expect(dialogs).toEqual([]);
    await o.page.close();
  });
});
