/**
 * remiss installed as a tool, from the tarball `npm pack` makes: it ships the build, the data and
 * the executable — not the sources, tests or fixtures (the 2023 PDF) — and the installed `remiss
 * tabulate` and `import { buildRound, tabulate } from 'remiss'` work from there.
 *
 * The install is done as npm lays it out (the package unpacked into a prefix's node_modules) with
 * the declared dependencies linked from this checkout's node_modules: the test must run offline,
 * and npm's cache holds the dependencies' tarballs but not the registry metadata an
 * `npm install --offline` would resolve their version ranges with. Only what package.json
 * declares under "dependencies" is linked, so a dependency missing there fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
let dir: string;
let lib: string;
let installed: string;
let files: string[];

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is not built: run npm run build (npm install does)');
  dir = mkdtempSync(path.join(tmpdir(), 'remiss-pack-'));
  // --ignore-scripts: pack the build as it is; building here would rewrite dist/ under the other tests.
  const out = execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const packed = JSON.parse(out)[0];
  files = packed.files.map((f: { path: string }) => f.path);
  lib = path.join(dir, 'prefix', 'lib', 'node_modules');
  installed = path.join(lib, 'remiss');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', path.join(dir, packed.filename), '-C', installed, '--strip-components=1']);
  for (const dep of Object.keys(pkg.dependencies)) {
    mkdirSync(path.dirname(path.join(lib, dep)), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules', dep), path.join(lib, dep), 'junction');
  }
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Run the installed program from a directory outside the checkout, with a fresh cache. */
function remiss(args: string[]): string {
  return execFileSync(process.execPath, [path.join(installed, pkg.bin.remiss), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, REMISS_CACHE_DIR: path.join(dir, 'cache') },
  });
}

describe('the packed tool', () => {
  it('ships the build, the data and the executable, and nothing of the sources, tests or fixtures', () => {
    for (const f of ['bin/remiss.js', 'dist/cli/main.js', 'dist/index.js', 'dist/index.d.ts', 'data/registry.json', 'data/registries/malmo.json', 'data/processes.json', 'data/rounds/malmo-2023/sammanstallning.txt', 'package.json', 'README.md']) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => /^(src|test|scripts|\.ci|docs)\//.test(f) || /\.pdf$/i.test(f) || /\.test\./.test(f))).toEqual([]);
  });

  it('runs `remiss tabulate` installed, outside the checkout', () => {
    const table = JSON.parse(remiss(['tabulate', '-f', 'json']));
    expect(table.rows).toHaveLength(15);
    expect(table.rows.map((r: { respondent: string }) => r.respondent)).toContain('FSN');
  });

  it('is a typed library: import { buildRound, tabulate } from "remiss"', () => {
    const script = path.join(dir, 'prefix', 'lib', 'bruk.mjs');
    writeFileSync(
      script,
      `import { buildRound, tabulate, tabulateJson } from 'remiss';
const text = ['Remissinstanserna ombads besvara följande remissfrågor:', '1. Vilken nämnd bör samordna arbetet?', '',
  'Kulturnämnden', '', 'Vilken nämnd bör samordna arbetet?', 'Kulturnämnden anser att fritidsnämnden bör samordna arbetet.'].join('\\n');
const round = await buildRound([{ path: 'svar.txt', bytes: Buffer.from(text) }]);
console.log(JSON.stringify(tabulateJson(tabulate(round))));
`,
    );
    const out = JSON.parse(execFileSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' }));
    expect(out.rows[0]).toMatchObject({ respondent: 'KN', stance: 'proposes', choices: ['FRN'] });
    const types = readFileSync(path.join(installed, 'dist', 'index.d.ts'), 'utf8');
    for (const name of ['buildRound', 'tabulate', 'crossReference', 'tagRound', 'Round', 'Table']) expect(types).toMatch(new RegExp(`\\b${name}\\b`));
    expect(JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')).exports['.'].types).toBe('./dist/index.d.ts');
  });
});
