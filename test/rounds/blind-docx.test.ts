/**
 * The blind rounds written as Word documents: each `<name>.blocks.json` has its .docx and its
 * .txt (test/support/docx-writer.ts), named in the gold (`source_docx`, `source`). To render a
 * round again (after its blocks changed), run this file with RENDER_DOCX naming it:
 *   RENDER_DOCX=svar-som-word-2026 npx vitest run test/rounds/blind-docx.test.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksToDocx, blocksToText, type Block } from '../support/docx-writer.js';
import { ROOT } from '../helpers.js';

const DIR = path.join(ROOT, 'test', 'rounds', 'blind');
const blocksIn = (round: string): string[] => readdirSync(path.join(DIR, round)).filter((f) => f.endsWith('.blocks.json')).sort();
const read = (round: string, f: string): Block[] => JSON.parse(readFileSync(path.join(DIR, round, f), 'utf8'));

async function render(round: string): Promise<void> {
  for (const f of blocksIn(round)) {
    const base = f.replace(/\.blocks\.json$/, '');
    writeFileSync(path.join(DIR, round, `${base}.docx`), await blocksToDocx(read(round, f)));
    writeFileSync(path.join(DIR, round, `${base}.txt`), blocksToText(read(round, f)));
  }
}

describe('the blind rounds as Word documents', () => {
  const rounds = readdirSync(DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && blocksIn(d.name).length > 0)
    .map((d) => d.name);

  it.each((process.env.RENDER_DOCX ?? '').split(',').filter(Boolean))('renders %s', async (round) => {
    await render(round);
  });

  it.each(rounds)('%s: every document has its .docx and its text, named in the gold', (round) => {
    const gold = JSON.parse(readFileSync(path.join(DIR, round, 'gold.json'), 'utf8'));
    for (const f of blocksIn(round)) {
      const base = f.replace(/\.blocks\.json$/, '');
      expect(gold.source_docx).toContain(`${base}.docx`);
      expect(gold.source).toContain(`${base}.txt`);
      expect(existsSync(path.join(DIR, round, `${base}.docx`))).toBe(true);
      expect(readFileSync(path.join(DIR, round, `${base}.txt`), 'utf8')).toBe(blocksToText(read(round, f)));
    }
  });

  it('writes list numbers out in the text, and leaves header and footer to the .docx', async () => {
    const blocks: Block[] = [{ header: 'Malmö stad' }, { h1: 'Yttrande' }, { ol: ['Vem?', 'Hur?'] }, { ol: ['Tre'], continue: true }, { footer: 'Sida 1' }, { table: [['a', 'b']] }];
    expect(blocksToText(blocks)).toBe('Yttrande\n\n1. Vem?\n2. Hur?\n\n3. Tre\n\na\tb\n');
    expect((await blocksToDocx(blocks)).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
