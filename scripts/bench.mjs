#!/usr/bin/env node
// npm run bench: remiss measured against the floors of its platform, side by side in one run.
// Medians of wall time over several runs, and peak memory (maximum resident set size, through
// GNU time when installed). Prints the ratios and the goals, and writes docs/benchmarks.md.
//
//   remiss tabulate, embedded round         vs  node -e 0           (the floor of any Node CLI)
//   remiss segments, 82-page PDF, first run vs  pdftotext on it     (the floor for PDF text)
//   remiss tabulate, 1000 respondents        vs  100 respondents    (linear?), and MB/s
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticRound } from './synthetic-round.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'remiss.js');
const pdf = path.join(root, 'test', 'fixtures', 'corpus', '004_812396aa62444cc6.pdf');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

if (!existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench: build first (npm run build)');
  process.exit(2);
}

const loadStart = loadavg();
const gnuTime = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p) && spawnSync(p, ['-f', '%M', 'true']).status === 0);
const work = mkdtempSync(path.join(tmpdir(), 'remiss-bench-'));

/**
 * Run a command once: wall seconds, CPU seconds (user + system: less disturbed than wall time
 * when others share the cores) and peak RSS in MB (null when GNU time is missing).
 */
function once(cmd, args, env) {
  const t0 = process.hrtime.bigint();
  const r = gnuTime
    ? spawnSync(gnuTime, ['-f', '%M %U %S', cmd, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 })
    : spawnSync(cmd, args, { env, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  const [kb, user, sys] = gnuTime ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { seconds, cpu: Number.isFinite(user + sys) ? user + sys : null, mb: Number.isFinite(kb) ? kb / 1024 : null };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

/** Median time and peak memory of RUNS runs; `fresh` gives each run its own empty cache. */
function measure(label, cmd, args, { fresh = false, env = {}, runs = RUNS } = {}) {
  const times = [];
  const cpus = [];
  const mems = [];
  if (runs > 1) once(cmd, args, { ...process.env, ...env, REMISS_CACHE_DIR: path.join(work, 'warm') }); // warm the OS file cache
  for (let i = 0; i < runs; i++) {
    const dir = fresh ? path.join(work, `cold-${label.replace(/\W+/g, '-')}-${i}`) : path.join(work, 'warm');
    if (fresh) rmSync(dir, { recursive: true, force: true });
    const r = once(cmd, args, { ...process.env, NO_COLOR: '1', ...env, REMISS_CACHE_DIR: dir });
    times.push(r.seconds);
    if (r.cpu !== null) cpus.push(r.cpu);
    if (r.mb !== null) mems.push(r.mb);
  }
  return { label, seconds: median(times), cpu: cpus.length ? median(cpus) : null, mb: mems.length ? Math.max(...mems) : null };
}

const node = process.execPath;
const results = [];
const fmtS = (s) => `${(s * 1000).toFixed(0)} ms`;
const fmtMb = (m) => (m === null ? 'n/a' : `${m.toFixed(0)} MB`);

// 1. The main job on the embedded round, as a fresh install runs it (the cache shipped with the
//    build, an empty user cache), against the floor of any Node program.
const floorNode = measure('node -e 0', node, ['-e', '0']);
const embedded = measure('remiss tabulate (embedded round, from the shipped cache: warm)', node, [bin, 'tabulate'], { fresh: true });
const embeddedCold = measure('remiss tabulate --no-cache (embedded round: cold)', node, [bin, 'tabulate', '--no-cache']);
// The same from dist/'s ES modules, without the one-file build and its code cache: what it saves.
const embeddedModules = measure("remiss tabulate --no-cache (cold, from dist/'s modules: REMISS_NO_BUNDLE=1)", node, [bin, 'tabulate', '--no-cache'], { env: { REMISS_NO_BUNDLE: '1' } });

// 2. The 82-page PDF read for the first time (no cache), against poppler's pdftotext: $PDFTOTEXT
//    names the program (e.g. one unpacked from the Debian package, run with LD_LIBRARY_PATH),
//    else it is looked up on PATH; when there is none, the comparison is left out.
const pdftotext = process.env.PDFTOTEXT || 'pdftotext';
const hasPdftotext = spawnSync(pdftotext, ['-v']).error === undefined;
if (!hasPdftotext) console.error(`bench: ${pdftotext} is not installed here: the PDF is measured, the comparison with pdftotext is left out (set PDFTOTEXT=/path/to/pdftotext)`);
const pdftotextVersion = hasPdftotext ? (spawnSync(pdftotext, ['-v'], { encoding: 'utf8' }).stderr.match(/pdftotext version (\S+)/)?.[1] ?? '?') : null;
const floorPdf = hasPdftotext ? measure('pdftotext (82-page PDF)', pdftotext, [pdf, path.join(work, 'out.txt')]) : null;
const pdfFirst = measure('remiss segments (82-page PDF, first run: cold)', node, [bin, 'segments', pdf], { fresh: true });
const pdfModules = measure("remiss segments (82-page PDF, first run, from dist/'s modules: REMISS_NO_BUNDLE=1)", node, [bin, 'segments', pdf], { fresh: true, env: { REMISS_NO_BUNDLE: '1' } });
const pdfAgain = measure('remiss segments (82-page PDF, cached: warm)', node, [bin, 'segments', pdf]);

// 3. Scaling: synthetic rounds of 100 to 20 000 respondents, analysed from scratch (the large
//    ones measured once: 20 000 respondents are 28 MB of text).
const synth = {};
for (const n of [100, 1000, 5000, 20000]) {
  const file = path.join(work, `round-${n}.txt`);
  writeFileSync(file, syntheticRound(n));
  synth[n] = { file, bytes: statSync(file).size, m: measure(`remiss tabulate (${n} respondents)`, node, [bin, 'tabulate', '--no-cache', file], { runs: n > 1000 ? 1 : RUNS }) };
}

const ratio = (a, b) => a.seconds / b.seconds;
const cpuRatio = (a, b) => (a.cpu !== null && b.cpu ? a.cpu / b.cpu : null);
const goals = [
  { what: 'tabulate on the embedded round ≤ 2.5 × node -e 0', value: ratio(embedded, floorNode), cpu: cpuRatio(embedded, floorNode), limit: 2.5, unit: '×' },
  { what: 'tabulate on the embedded round, cold (--no-cache) ≤ 4 × node -e 0', value: ratio(embeddedCold, floorNode), cpu: cpuRatio(embeddedCold, floorNode), limit: 4, unit: '×' },
  floorPdf && { what: 'the PDF round, first run (cold) ≤ 12 × pdftotext', value: ratio(pdfFirst, floorPdf), cpu: cpuRatio(pdfFirst, floorPdf), limit: 12, unit: '×' },
  { what: '1000 respondents in under 1 s', value: synth[1000].m.seconds, cpu: synth[1000].m.cpu, limit: 1, unit: 's' },
  { what: '1000 respondents ≤ 12 × the time of 100 (linear)', value: ratio(synth[1000].m, synth[100].m), cpu: cpuRatio(synth[1000].m, synth[100].m), limit: 12, unit: '×' },
  { what: '20 000 respondents ≤ 5 × the time of 5000 (linear in the text)', value: ratio(synth[20000].m, synth[5000].m), cpu: cpuRatio(synth[20000].m, synth[5000].m), limit: 5, unit: '×' },
].filter(Boolean);

const rows = [floorNode, embedded, embeddedCold, embeddedModules, floorPdf, pdfFirst, pdfModules, pdfAgain, ...Object.values(synth).map((x) => x.m)].filter(Boolean);
const lines = [];
lines.push(`remiss benchmarks — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? 'cpu'}), Node ${process.version}, median of ${RUNS} runs${pdftotextVersion ? `, pdftotext ${pdftotextVersion}` : ''}`);
lines.push('');
lines.push(`Load average when the run started: ${loadStart.map((x) => x.toFixed(2)).join(', ')} (1, 5, 15 min); when it ended: ${loadavg().map((x) => x.toFixed(2)).join(', ')}.`);
lines.push('');
lines.push('| measurement | median time | median CPU time | peak memory |');
lines.push('|---|---:|---:|---:|');
for (const r of rows) lines.push(`| ${r.label} | ${fmtS(r.seconds)} | ${r.cpu === null ? 'n/a' : fmtS(r.cpu)} | ${fmtMb(r.mb)} |`);
lines.push('');
if (!floorPdf) lines.push('pdftotext (poppler) is not installed on this machine: the PDF rows stand alone, without the comparison.', '');
lines.push(`Throughput, analysis from scratch: ${(synth[1000].bytes / 1e6 / synth[1000].m.seconds).toFixed(2)} MB/s (1000 respondents, ${(synth[1000].bytes / 1e6).toFixed(2)} MB of text).`);
lines.push('');
lines.push('| goal | measured (wall time) | in CPU time | met |');
lines.push('|---|---:|---:|:---:|');
for (const g of goals) lines.push(`| ${g.what} | ${g.value.toFixed(2)} ${g.unit} | ${g.cpu === null || g.cpu === undefined ? 'n/a' : `${g.cpu.toFixed(2)} ${g.unit}`} | ${g.value <= g.limit ? 'yes' : 'no'} |`);
const report = lines.join('\n') + '\n';
process.stdout.write(report);

mkdirSync(path.join(root, 'docs'), { recursive: true });
const notes = `
## What the figures mean

- **Embedded round.** A fresh install answers \`remiss tabulate\` from the cache its build ships
  (\`dist/seed-cache\`, made by \`scripts/postbuild.mjs\`): the program loads commander, the
  formatter and the cached table, nothing else. \`--no-cache\` shows the cost of reading and
  analysing the 210 kB round from scratch.
- **Cold and warm.** "Cold" is a first run: nothing in the analysis cache (\`--no-cache\`, or
  the PDF's first run with an empty cache), every input read and analysed. "Warm" is the same
  command again, answered from the cache (the "cached" row, and the embedded round from the seed).
- **PDF, first run.** Most of the time is pdf.js (through pdf-parse, the PDF reader this project is
  built on) parsing 82 pages in JavaScript — the same text on every machine. poppler's
  \`pdftotext\` is compiled C++ and does no analysis at all; the goal is at most 12× its time.
  Text extraction does not load the canvas addon pdf.js asks for (\`src/read/pdf-canvas.ts\`);
  only OCR, which renders pages, does. pdf.js's legacy build carries core-js, which replaces
  \`Array.prototype.push\` and \`JSON.parse\` with JavaScript for the whole process; the engine's
  own are put back once pdf.js has loaded (\`src/read/pdf-natives.ts\`), so the analysis after a
  PDF runs at the engine's speed (a cold PDF run 1.2 → 1.0 s). Splitting the pages over worker
  threads was measured and does not help: each worker pays pdf.js's own warm-up again. ${hasPdftotext ? `\`pdftotext\` here was ${pdftotext === 'pdftotext' ? 'the one on PATH' : 'given by PDFTOTEXT'} (version ${pdftotextVersion}).` : 'No \`pdftotext\` was found on the machine that wrote this file: the PDF rows stand alone and the goal is not checked (set \`PDFTOTEXT=/path/to/pdftotext\`).'}
  A second command on the same PDF is answered from the analysis cache, which is where analysts
  spend their time: run the round once, export and diff it many times.
- **The cache's size.** The analysis cache keeps a ledger of its size (\`.usage\` in the cache
  directory) and scans its entries only when the ledger is missing, an hour old or near the cap,
  pruning to 90 % of it: with a full cache of thousands of entries, a scan after every write cost
  0.9 s of every cold run.
- **Where a cold run goes.** Starting Node and loading the code (only the command that runs is
  loaded), reading and segmenting the round, then the analysis, most of it V8 compiling and
  warming up code that runs once. Two things cut that:
  - **The program as one file with a code cache.** Node 20 keeps no compiled code between runs of
    an ES module program (\`module.enableCompileCache\` came with Node 22), so every cold run
    parsed and compiled dist/'s hundred modules again, and a PDF read pdf.js's two large modules.
    The build (\`scripts/bundle.mjs\`) also writes the program as one CommonJS file
    (\`dist/remiss.cjs\`) and pdf-parse with pdf.js and its worker as another
    (\`dist/pdf-parse.cjs\`), runs commands over the embedded round and the 2023 PDF, and keeps
    V8's code cache of each (\`*.v8-cache\`): a run starts with the functions of a run already
    compiled. \`src/boot.ts\` loads them; V8 checks that a cache was made by the same V8 with the
    same flags and otherwise compiles afresh, and without the files the program runs from dist/'s
    modules as before (\`REMISS_NO_BUNDLE=1\` forces that: the rows marked so above).
  - **The cue lexicon** is compiled once, on first use, on a small alphabet
    (\`foldedRegExp\` in \`src/tag/pattern.ts\`): V8 turns each \`[\\p{L}\\p{N}]\` of a
    pattern into code for hundreds of Unicode ranges, and compiling the lexicon so was most of a
    cold \`tabulate\`.
  - **Letters are those of the European scripts** in every pattern (\`src/normalize/letters.ts\`):
    \`[\\p{L}\\p{N}]\` is 778 ranges in all of Unicode and cost about half a millisecond in each
    of the some 360 patterns a cold run compiles; Latin, Greek and Cyrillic are 46 ranges. The
    build narrows the regex literals (\`scripts/narrow-literals.mjs\`), \`letterRegExp\` the
    patterns made at run time: a cold \`tabulate\` 530 → 445 ms in an A/B run of 12.
  - **Each pattern made at run time is compiled to machine code at once** (\`letterRegExp\`):
    V8 runs a pattern's first match in its bytecode interpreter and compiles it again to machine
    code for the second, unless the subject is at least 1000 characters long. \`letterRegExp\`
    runs each new pattern once on such a subject (two-byte, as a round's text is), which is what
    \`--no-regexp-tier-up\` does, without the flag: 418 → 380 ms in an A/B run of 11.
  - Smaller cuts, each a few milliseconds: words split by one narrowed pattern rather than a loop
    over code points, the text check in one pass, a question stem's likeness to the other
    questions worked out once per round rather than once per heading, the Swedish collator made
    only when two columns tie (making one loads ICU's data: 7 ms).

  **V8 flags, measured and left alone.** A program can only set a flag on itself with
  \`v8.setFlagsFromString\` once V8 runs, which Node says may crash — and it did: with
  \`--no-regexp-tier-up\` so set, 4 segmentation faults in 840 runs, none in 500 without it.
  \`--maglev\` (V8's middle compiler, not yet on by default in Node 20's V8) took about 70 ms
  off a cold \`tabulate\` when given on the command line, but it is the same kind of flag and
  an unfinished compiler; the program does not set it. None of the others helped:
  \`--interrupt-budget\` (lower and higher), \`--always-sparkplug\`,
  \`--concurrent-sparkplug\`, \`--max-opt=1\`, \`--single-threaded-gc\`,
  \`--min-semi-space-size\`, \`--no-lazy-feedback-allocation\`, \`--max-lazy\`.

  **A startup snapshot, measured and left alone.** Node 20 can start from a V8 heap snapshot
  (\`node --snapshot-blob … --build-snapshot\`) made from the one-file program. Taken before any
  analysis it started no sooner (646 ms against 616 ms for a cold \`tabulate\`: reading the 7 MB
  blob costs what loading the code saves); taken after a warm-up run, V8 stopped with a fatal
  error while writing it. A snapshot also keeps no optimised code, and would need a second
  \`node\` with the flag to be started by the first. Nor did writing the round's cache entry
  behind the analysis rather than before it help: the cpu profile showed 77 ms idle waiting for
  the write, but alternating runs of the two builds (31 each) gave the same medians (594 and 600 ms).

  What is left of a cold \`tabulate\` is the analysis running for the first time: about 300 ms
  of V8 running code it has not yet optimised, spread over the whole pipeline (no function
  takes more than a tenth of it), against about 120 ms for the same analysis run again in the
  same process. It grows with the text, not with the code: a one-respondent round takes 180 ms
  cold, half of the 2023 round 320 ms, all of it 400 ms.
- **Scaling.** The synthetic rounds (\`scripts/synthetic-round.mjs\`) are the 2023 preamble and
  one template answer per respondent, each body renamed ("Testnämnden 17"), the proposals naming a
  handful of the city's bodies. Time grows with the text: the fixed cost (starting Node, loading
  the analysis code) dominates at 100 respondents; 5000 and 20 000 respondents (7 and 28 MB of
  text, measured once each) show the growth at scale. Hostile text (one 250 kB sentence, runs of
  spaces, thousands of names in a row) is held linear by \`test/robustness/hostile.test.ts\` and
  the fuzzing in \`test/robustness/fuzz-linear.test.ts\`.
- **Noise.** Every figure is the median of its runs (the 5000- and 20 000-respondent rounds run
  once). The machine is shared (other developers' builds and tests run on the same cores), so the
  load average at the start and end of the run is printed above, and each row also gives the
  CPU time (user + system, GNU time) the command used, which waiting for a core does not
  inflate. A goal is met or not by wall time; the CPU-time ratio beside it shows how much of a
  miss is the machine's load. (CPU time also counts V8's background threads — compiling, garbage
  collection — so it can exceed the wall time of an idle machine.)
- Memory is the peak resident set of the whole process (GNU time); a round costs roughly 50 times
  its text in memory while it is analysed, which is why one round is limited to 32 MB of text.

Run \`npm run bench\` to measure again; it rewrites this file.
`;
writeFileSync(path.join(root, 'docs', 'benchmarks.md'), `# Benchmarks\n\n${report}${notes}`);
rmSync(work, { recursive: true, force: true });
console.error(`bench: written to docs/benchmarks.md`);
