/**
 * The HTML report as text: self-contained (no URL anywhere, a policy that forbids loading
 * anything), every text from the documents escaped, and the CLI's handling of -o and --diff.
 * test/report/browser.test.ts checks what a reader sees in a real browser.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { esc, html } from '../../src/export/report/html.js';
import { SCRIPT } from '../../src/export/report/style.js';
import { CORPUS, cli, fixture } from '../helpers.js';
import { INJECTION_ROUND, startTags } from './support.js';

const dir = mkdtempSync(path.join(tmpdir(), 'remiss-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const NEW = fixture('diff', 'round-2025-reworded.txt');

async function report(args: string[]): Promise<string> {
  const out = path.join(dir, `${Math.random().toString(36).slice(2)}.html`);
  const res = await cli(['report', ...args, '-o', out]);
  expect(res.code).toBe(0);
  expect(res.stdout).toBe('');
  return readFileSync(out, 'utf8');
}

/** No URL: no attribute that loads or links, no CSS import or url(), no scheme anywhere. */
function expectSelfContained(doc: string): void {
  for (const tag of startTags(doc)) expect(tag).not.toMatch(/\s(?:src|href|srcset|action|poster|data|background)\s*=/i);
  expect(doc).not.toMatch(/url\(|@import|https?:\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
  expect(doc).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
}

describe('the HTML building blocks', () => {
  it('escapes every interpolated text, keeps Html as is', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"quoted"'}">${inner}${['<x>', 1, null]}</p>`.value).toBe('<p title="&quot;quoted&quot;"><b>&lt;i&gt;</b>&lt;x&gt;1</p>');
  });
});

describe('remiss report', () => {
  it('the report of the 2023 round is one self-contained Swedish HTML file', async () => {
    const doc = await report([]);
    expect(doc.startsWith('<!DOCTYPE html>\n<html lang="sv">')).toBe(true);
    expectSelfContained(doc);
    for (const label of ['Remissfrågor', 'Besvarade frågor', 'Samordnande roll', 'Förslag', 'Processer', 'Remissinstans', 'Kommentar']) expect(doc).toContain(label);
    expect(doc).toContain('<svg class="bars"');
    expect(doc).toContain('<table class="heatmap">');
  });

  it('the diff report is self-contained too', async () => {
    const doc = await report(['--diff', CORPUS.text, NEW]);
    expectSelfContained(doc);
    expect(doc).toContain('Jämförelse av två remissomgångar');
    expect(doc).toContain('Omgångarna sida vid sida');
  });

  it('remiss report OLD NEW compares two whole rounds; two letters of one round stay one round', async () => {
    expect(await report([CORPUS.text, NEW])).toBe(await report(['--diff', CORPUS.text, NEW]));
    const letters = ['01-fritidsnamnden.txt', '02-yttrande.txt'].map((f) => fixture('rounds', 'multi-file', f));
    const one = await report(letters);
    expect(one).not.toContain('Jämförelse av två remissomgångar');
    expect(one).toContain('Fritidsnämnden');
    expect(one).toContain('Miljönämnden');
    expect(await report(['--single', CORPUS.text, NEW])).not.toContain('Jämförelse av två remissomgångar');
  });

  it('remiss diff -f html is the diff report', async () => {
    const doc = await report(['--diff', CORPUS.text, NEW]);
    expect((await cli(['diff', CORPUS.text, NEW, '-f', 'html'])).stdout).toBe(doc);
  });

  it('markup in the documents stays text: title, respondent name, quotes', async () => {
    const input = path.join(dir, 'injection.txt');
    writeFileSync(input, INJECTION_ROUND);
    for (const doc of [await report([input]), await report(['--diff', input, input])]) {
      const tags = startTags(doc).map((t) => t.match(/^<([a-zA-Z0-9]+)/)![1].toLowerCase());
      // One script: the report's own (Escape closes a quote), allowed by its hash and by nothing else.
      expect(tags.filter((t) => t === 'script')).toHaveLength(1);
      expect(doc).toContain(`<script>${SCRIPT}</script>`);
      expect(tags).not.toContain('img');
      for (const tag of startTags(doc)) expect(tag).not.toMatch(/\son\w+\s*=/i);
      expectSelfContained(doc);
    }
    const doc = await report([input]);
    expect(doc).toContain('Trygghet i parker &lt;script&gt;alert(1)&lt;/script&gt; &amp; torg');
    expect(doc).toContain('Räddningstjänsten &lt;img src=x onerror=alert(2)&gt;');
    expect(doc).toContain('fritidsnämnden &lt;b&gt;får&lt;/b&gt; den samordnande rollen');
  });

  it('wants -o (or a redirected stdout), and --diff exactly two inputs', async () => {
    const tty = await cli(['report'], { tty: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toMatch(/^remiss: report skriver en HTML-fil: ge -o rapport\.html/);
    const piped = await cli(['report']);
    expect(piped.code).toBe(0);
    expect(piped.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    for (const inputs of [[CORPUS.text], [CORPUS.text, NEW, NEW]]) {
      const res = await cli(['report', '--diff', ...inputs, '-o', path.join(dir, 'x.html')]);
      expect(res.code).toBe(2);
      expect(res.stderr).toMatch(/^remiss: report --diff jämför två omgångar/);
    }
  });

  it('leaves no file behind when the input fails', async () => {
    const out = path.join(dir, 'never.html');
    const res = await cli(['report', path.join(dir, 'missing.txt'), '-o', out]);
    expect(res.code).toBe(2);
    expect(() => readFileSync(out)).toThrow();
  });
});
