#!/usr/bin/env node
// After tsc: give the build an id (a hash of the compiled code) that the analysis cache keys on,
// so a changed program never reads an old analysis; then seed the cache shipped with the build
// with the embedded 2023 round already analysed, so that `remiss tabulate` with no input is
// answered without reading the round at all.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { narrowLiterals } from './narrow-literals.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

// The regex literals of the compiled code with their letter classes narrowed
// (src/normalize/letters.ts says why), before anything is hashed, bundled or run.
const { narrowClasses } = await import(pathToFileURL(path.join(dist, 'normalize', 'letters.js')).href);
const narrowDir = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'seed-cache') narrowDir(p);
    } else if (e.name.endsWith('.js')) {
      const code = readFileSync(p, 'utf8');
      const narrowed = narrowLiterals(code, narrowClasses, p);
      if (narrowed !== code) writeFileSync(p, narrowed);
    }
  }
};
narrowDir(dist);

const hash = createHash('sha256');
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'seed-cache') walk(p);
    } else if (e.name.endsWith('.js')) hash.update(p.slice(dist.length)).update(readFileSync(p));
  }
};
walk(dist);
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
writeFileSync(path.join(dist, 'build-id.json'), JSON.stringify({ id: `${pkg.version}-${hash.digest('hex').slice(0, 16)}` }) + '\n');

// The program as one file with its code cache (scripts/bundle.mjs), before the seed is made with it.
execFileSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs')], { stdio: ['ignore', 'inherit', 'inherit'] });

const seed = path.join(dist, 'seed-cache');
rmSync(seed, { recursive: true, force: true });
const env = { ...process.env, REMISS_CACHE_DIR: seed, NO_COLOR: '1' };
delete env.REMISS_NO_CACHE;
for (const args of [['tabulate', '-f', 'json'], ['xref', '-f', 'json'], ['segments', '-f', 'json']]) {
  execFileSync(process.execPath, [path.join(root, 'bin', 'remiss.js'), ...args], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}
// The seed is part of the program, read by every user: readable by all (the user cache is private).
chmodSync(seed, 0o755);
for (const f of readdirSync(seed)) chmodSync(path.join(seed, f), 0o644);
