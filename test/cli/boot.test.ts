import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { V8_FLAGS } from '../../src/boot.js';
import { ROOT } from '../helpers.js';

describe('the V8 flags the program runs with', () => {
  it('are pinned: a flag added or dropped is a measured decision (docs/benchmarks.md)', () => {
    expect(V8_FLAGS).toEqual(['--no-regexp-tier-up']);
  });
  it('are set by the command-line entry before the program loads', () => {
    const bin = readFileSync(path.join(ROOT, 'bin', 'remiss.js'), 'utf8');
    expect(bin).toMatch(/loadProgram\(\)/);
    expect(bin).not.toMatch(/from '\.\.\/dist\/cli\/main\.js'/);
  });
});
