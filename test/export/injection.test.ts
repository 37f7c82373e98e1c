/**
 * Document text cannot drive the analyst's tools: Excel CSV neutralises cells Excel would run as
 * formulas, Markdown escapes HTML, pipes and newlines, and control characters other than tab and
 * newline (escape sequences that clear the screen, write the clipboard, make links) never reach
 * the terminal, a CSV or a Markdown file.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { cli, fixture } from '../helpers.js';
import { csvCell, mdText, outputSafe, visible } from '../../src/export/sanitize.js';

const ESC = '\u001b';
const HOSTILE = `${ESC}[2J${ESC}]52;c;ZWNobyBoaQ==\u0007${ESC}]8;;http://x.example${ESC}\\länk${ESC}]8;;${ESC}\\ <script>alert(1)</script> a|b`;

/** The reordered test round with hostile text in KN's proposal, and answers that start like formulas. */
function hostileRound(): string {
  let text = readFileSync(fixture('rounds', 'reordered-paraphrased.txt'), 'utf8');
  text = text.replace('Kulturnämnden föreslår att stadskontoret', `Kulturnämnden föreslår att stadskontoret ${HOSTILE}`);
  text = text.replace('Uppföljning av målen\n', 'Uppföljning av målen\n=HYPERLINK("http://x.example","klicka") ');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'remiss-inj-')), 'round.txt');
  writeFileSync(file, text);
  return file;
}

const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const env = { REMISS_NO_CACHE: '1' };

describe('the sanitising functions', () => {
  it('show control characters as pictures, keep tab and newline', () => {
    expect(visible(`a${ESC}[2Jb\tc\nd\u0007\u0085`)).toBe('a␛[2Jb\tc\nd␇\ufffd');
  });
  it('neutralise formula-like Excel cells only', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvCell(s, true)).toMatch(/^'/);
    expect(csvCell('=1+1', false)).toBe('=1+1');
    expect(csvCell('Fritidsnämnden', true)).toBe('Fritidsnämnden');
  });
  it('escape Markdown markup and HTML, and keep a cell on one line', () => {
    expect(mdText('<b>x</b> | y\nz')).toBe('\\<b\\>x\\</b\\> \\| y z');
  });
  it('let through the colours remiss adds, nothing else', () => {
    expect(outputSafe(`${ESC}[1mFet${ESC}[22m ${ESC}]52;c;x\u0007 a\r\nb`)).toBe(`${ESC}[1mFet${ESC}[22m ␛]52;c;x␇ a\r\nb`);
  });
});

describe('hostile document text through the commands', () => {
  const file = hostileRound();

  it('Excel CSV: no cell starts like a formula, no control characters', async () => {
    for (const command of ['segments', 'tabulate']) {
      const r = await cli([command, '-f', 'csv', '--excel', file], { env });
      expect(r.code, r.stderr).toBe(0);
      // CR only as the CRLF line end of Excel CSV.
      expect(r.stdout.replace(/\r\n/g, '\n')).not.toMatch(CONTROLS);
      const rows: string[][] = parse(r.stdout.replace(/^\ufeff/, ''), { delimiter: ';', relax_column_count: true });
      for (const row of rows) for (const cell of row) expect(cell, `${command}: ${cell.slice(0, 40)}`).not.toMatch(/^[=+\-@\t\r]/);
    }
    const segments = (await cli(['segments', '-f', 'csv', '--excel', file], { env })).stdout;
    expect(segments).toContain(`'=HYPERLINK`);
  });

  it('Markdown: no raw HTML, pipes escaped, control characters shown', async () => {
    for (const command of ['tabulate', 'xref']) {
      const r = await cli([command, '-f', 'md', file], { env });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/<script>/);
      expect(r.stdout).not.toMatch(CONTROLS);
    }
    const md = (await cli(['tabulate', '-f', 'md', file], { env })).stdout;
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('a\\|b');
  });

  it('terminal: no escape sequences from the text, with or without colour', async () => {
    for (const options of [{ env }, { env: { ...env, FORCE_COLOR: '1' }, tty: true }]) {
      for (const argv of [['tabulate'], ['segments'], ['xref'], ['tabulate', '-f', 'md']]) {
        const r = await cli([...argv, file], options);
        expect(r.code, r.stderr).toBe(0);
        // Only SGR colour sequences (ESC [ digits m) may remain.
        expect(r.stdout.replace(/\u001b\[[0-9;]*m/g, ''), argv.join(' ')).not.toMatch(CONTROLS);
        expect(r.stderr).not.toMatch(CONTROLS);
      }
    }
  });
});
