#!/usr/bin/env node
/**
 * npm run eval — score every gold round the project knows, through the command-line contract
 * (JSON of `segments`, `xref`, `tabulate`), from text, from PDF and (where a round has them) from Word:
 *   - the 2023 round (test/fixtures/corpus/round-2023.json),
 *   - each round in ../shared/rounds-dev/ (written blind, by people who never saw the code),
 *   - each round in test/rounds/blind/ (written blind by helpers who saw only a genre brief).
 * One line per round and input kind: respondents found, probes in their own segment, process
 * cells, table rows right, wrong rows with an empty `review` (silent errors) and right rows
 * flagged. `--verbose` lists every miss; `--json` prints the figures as JSON.
 *
 * Scoring follows ../shared/rounds-dev/README.md: a probe must lie in its (respondent, question)
 * segment and in no other question's; a row is right when its choices (members, generic words),
 * conditional and stance match and every evidence quote occurs in the source.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSavedMail, mailText } from '../dist/read/mail.js';
import { repairMojibakeLines } from '../dist/normalize/mojibake.js';

/** A source's text as the tool reads it: a saved mail decoded, any other text as it is. */
const asRead = (text) => (isSavedMail(text) ? mailText(text) : text);

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const VERBOSE = args.includes('--verbose') || args.includes('-v');
const AS_JSON = args.includes('--json');
const ONLY = args.filter((a) => !a.startsWith('-'));
const PROCESS_IDS = ['ctc', 'sspf', 'orat-mot-marken', 'bid', 'trygga-barnet'];

const { run } = await import(path.join(ROOT, 'dist', 'cli', 'main.js'));

async function cli(argv) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (c) => (stdout += typeof c === 'string' ? c : Buffer.from(c).toString('utf8')) },
    stderr: { write: (c) => (stderr += typeof c === 'string' ? c : Buffer.from(c).toString('utf8')) },
    env: { ...process.env, REMISS_CACHE_DIR: process.env.REMISS_CACHE_DIR ?? '' },
    stdoutIsTTY: false,
    readStdin: async () => new Uint8Array(),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const fold = (s) =>
  String(s)
    .normalize('NFC')
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const slug = (s) => fold(s).replace(/ /g, '-');
// A gold quote copied from a file with mojibake ("FritidsnÃ¤mnden") is read as the tool reads the
// file: repaired (src/normalize/mojibake.ts), so both sides compare the same words.
const collapse = (s) => repairMojibakeLines(String(s)).replace(/-\s*\n\s*/g, '-').replace(/\s+/g, ' ').trim();
const loose = (s) => collapse(s).replace(/[\u00AD]/g, '').replace(/\s*-\s*/g, '-');

/**
 * Whether a quote is a table cell's words read down its column: a cell of a text table
 * ("Name | cell … | cell …", wrapped over lines) is no substring of the source, but its fragments
 * joined in order are what the analyst reads in it. The columns of each run of "|" lines, joined;
 * or, in a table set by spaces alone, the quote's pieces on the lines one after another (downAColumn).
 */
const columnTexts = new WeakMap();
function inTableColumn(round, quote) {
  let columns = columnTexts.get(round);
  if (!columns) {
    columns = [];
    let run = [];
    const flush = () => {
      const width = Math.max(0, ...run.map((c) => c.length));
      for (let k = 0; k < width; k++) columns.push(loose(run.map((c) => c[k] ?? '').join(' ')));
      run = [];
    };
    const lines = round.sourceText.split('\n');
    const seen = new Map();
    for (const l of lines) seen.set(l.trim(), (seen.get(l.trim()) ?? 0) + 1);
    for (const line of lines) {
      // A page's furniture between two halves of a row (a running header or footer, the table's
      // header repeated, a blank line) goes on with it.
      const furniture = line.trim() === '' || line.includes('\f') || (seen.get(line.trim()) ?? 0) >= 2;
      if (furniture) continue;
      if (!line.includes('|')) {
        flush();
        continue;
      }
      if (/^[\s=+|-]+$/u.test(line)) continue;
      run.push(line.split('|').map((c) => c.trim()));
    }
    flush();
    columnTexts.set(round, columns);
  }
  return columns.some((c) => c.includes(quote)) || downAColumn(round, quote);
}

/** A quote found in a table whose columns are set by spaces alone: at most this many lines between two of its pieces. */
const COLUMN_PIECE_GAP = 15;

/**
 * Whether a quote is a cell's words in a table set by spaces (no "|"): its words found in order as
 * pieces of two words or more (the last may be one), each on a later line of the table (a line
 * with a run of three spaces or more inside it) than the one before, within COLUMN_PIECE_GAP lines
 * — the cell read down its column, as the analyst reads it.
 */
const tableLines = new WeakMap();
function downAColumn(round, quote) {
  // Only the lines of a table set by spaces: a run of three spaces or more inside them (split once per round).
  let lines = tableLines.get(round);
  if (!lines) tableLines.set(round, (lines = round.sourceText.split('\n').map((l) => (/\S {3,}\S/u.test(l) ? loose(l) : ''))));
  const words = quote.split(' ');
  let at = -1;
  let k = 0;
  while (k < words.length) {
    let best = 0;
    let bestLine = -1;
    const to = at < 0 ? lines.length : Math.min(lines.length, at + 1 + COLUMN_PIECE_GAP);
    for (let li = at + 1; li < to; li++) {
      for (let n = words.length - k; n > best; n--) {
        if (lines[li].includes(words.slice(k, k + n).join(' '))) {
          best = n;
          bestLine = li;
          break;
        }
      }
    }
    if (best === 0 || (best === 1 && k + 1 < words.length)) return false;
    k += best;
    at = bestLine;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// The gold rounds.

function roundsDev() {
  const dir = [path.join(ROOT, '..', 'shared', 'rounds-dev')].find(existsSync);
  if (!dir) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(path.join(dir, d, 'gold.json')))
    .sort()
    .map((d) => fromGoldFile('dev', path.join(dir, d)));
}

function blindRounds() {
  const dir = path.join(ROOT, 'test', 'rounds', 'blind');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(path.join(dir, d, 'gold.json')))
    .sort()
    .map((d) => fromGoldFile('blind', path.join(dir, d)));
}

/** A round folder in the rounds-dev gold format (also used by the blind rounds). */
function fromGoldFile(set, dir) {
  const g = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8'));
  const list = (v) => (v == null ? [] : Array.isArray(v) ? v : [v]);
  let questionsFile = g.questions_file ?? undefined;
  const sources = list(g.source).filter((f) => {
    if (/^questions\.txt$/i.test(f)) {
      questionsFile ??= f;
      return false;
    }
    return true;
  });
  const pdfs = list(g.source_pdf).filter((f) => existsSync(path.join(dir, f)));
  const inputs = { txt: sources.map((f) => path.join(dir, f)) };
  if (pdfs.length > 0) inputs.pdf = pdfs.map((f) => path.join(dir, f));
  // Rounds whose answers arrive as Word documents (rendered from blocks: test/support/docx-writer.ts).
  const docxs = list(g.source_docx).filter((f) => existsSync(path.join(dir, f)));
  if (docxs.length > 0) inputs.docx = docxs.map((f) => path.join(dir, f));
  const qf = questionsFile && existsSync(path.join(dir, questionsFile)) ? path.join(dir, questionsFile) : undefined;
  const respondents = g.respondents.map((r) => ({
    key: r.key ?? (r.organisation && r.id == null && g.probes?.[`${r.name} (${r.organisation})`] ? `${r.name} (${r.organisation})` : r.id ?? r.name),
    id: r.id ?? null,
    names: [r.name, ...(r.aliases ?? [])],
    // Set when the round holds several organisations' bodies: the tool must say whose.
    organisation: r.organisation && g.respondents.some((o) => o.organisation && o.organisation !== r.organisation) ? r.organisation : undefined,
  }));
  const malmo = g.organisation ? /malm/i.test(g.organisation) : g.respondents.some((r) => r.id);
  return {
    name: `${set}/${path.basename(dir)}`,
    malmo,
    inputs,
    questionsFile: qf,
    respondents,
    probes: g.probes ?? {},
    processes: g.processes ?? {},
    table: g.coordinator_table ?? {},
    memberAliases: g.member_aliases ?? {},
    // A saved e-mail's text as it is read (quoted-printable decoded): its quotes are of that text.
    sourceText: sources.map((f) => asRead(readFileSync(path.join(dir, f), 'utf8'))).join('\n'),
  };
}

/** The 2023 round, whose gold file has its own shape. */
function round2023() {
  const g = JSON.parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'corpus', 'round-2023.json'), 'utf8'));
  const probes = {};
  for (const r of g.respondents) probes[r.id] = Object.fromEntries(Object.entries(r.questions).map(([q, v]) => [q, v.probe]));
  const processes = { ...g.processes };
  const text = path.join(ROOT, 'data', 'rounds', 'malmo-2023', 'sammanstallning.txt');
  return {
    name: 'malmo-2023',
    malmo: true,
    inputs: { txt: [text], pdf: [path.join(ROOT, 'test', 'fixtures', 'corpus', '004_812396aa62444cc6.pdf')] },
    respondents: g.respondents.map((r) => ({ key: r.id, id: r.id, names: [r.name] })),
    probes,
    processes,
    processesEither: g.processes_either ?? {},
    table: g.coordinator_table,
    memberAliases: {},
    sourceText: readFileSync(text, 'utf8'),
  };
}

// ---------------------------------------------------------------------------------------------
// Scoring one round from one kind of input.

async function score(round, kind) {
  const base = [...round.inputs[kind], '--no-cache'];
  if (round.questionsFile) base.push('--questions', round.questionsFile);
  const out = {};
  for (const cmd of ['segments', 'xref', 'tabulate']) {
    const res = await cli([cmd, ...base, '--format', 'json']);
    if (res.code !== 0) return { error: `${cmd}: exit ${res.code}: ${res.stderr.trim().split('\n').pop()}` };
    out[cmd] = JSON.parse(res.stdout);
  }
  const misses = [];
  const seg = out.segments;

  // Respondents: gold key → the tool's respondent (registry id, else the name as written).
  const toolResp = seg.respondents.map((r) => (typeof r === 'string' ? { id: r, name: r } : r));
  const mapped = new Map();
  let respOk = 0;
  for (const r of round.respondents) {
    const sameOrg = (t) => !r.organisation || r.id || fold(t.organisation ?? '') === fold(r.organisation);
    const hit =
      (r.id && toolResp.find((t) => t.id === r.id)) ||
      toolResp.find((t) => sameOrg(t) && r.names.some((n) => fold(n) === fold(t.name) || slug(n) === t.id)) ||
      toolResp.find((t) => sameOrg(t) && r.names.some((n) => fold(t.name).includes(fold(n)) || fold(n).includes(fold(t.name))));
    if (hit && (r.id === null ? !isRegistryId(hit.id, r, round) : true)) {
      respOk++;
      mapped.set(r.key, hit.id);
    } else if (hit) {
      mapped.set(r.key, hit.id);
      misses.push(`respondent ${r.key}: given a registry id (${hit.id}) though not the registry's body`);
    } else misses.push(`respondent ${r.key}: not found`);
  }
  const invented = toolResp.filter((t) => ![...mapped.values()].includes(t.id));
  for (const t of invented) misses.push(`invented respondent: ${t.id} "${t.name}"`);

  // Probes.
  let probesOk = 0;
  let probesAll = 0;
  const segs = seg.segments.map((s) => ({ ...s, flat: loose(s.text) }));
  for (const [key, qs] of Object.entries(round.probes)) {
    const id = mapped.get(key);
    for (const [q, probe] of Object.entries(qs)) {
      probesAll++;
      const p = loose(probe);
      const own = segs.some((s) => s.respondent === id && s.question === q && s.flat.includes(p));
      const other = segs.filter((s) => s.question !== null && s.question !== q && s.flat.includes(p));
      if (id && own && other.length === 0) probesOk++;
      else {
        const where = segs.filter((s) => s.flat.includes(p)).map((s) => `${s.respondent}/${s.question}`);
        misses.push(`probe ${key} ${q}: found in ${where.join(', ') || 'no segment'}`);
      }
    }
  }

  // Process cells: respondents × the five processes.
  const named = new Map();
  for (const p of out.xref.processes) {
    for (const r of p.respondents) {
      const id = typeof r === 'string' ? r : r.id;
      if (!named.has(id)) named.set(id, new Set());
      named.get(id).add(p.id);
    }
  }
  let cellsOk = 0;
  let cellsAll = 0;
  for (const [key, procs] of Object.entries(round.processes)) {
    const id = mapped.get(key);
    const either = new Set(round.processesEither?.[key] ?? []);
    for (const p of PROCESS_IDS) {
      if (either.has(p)) continue;
      cellsAll++;
      const want = procs.includes(p);
      const got = Boolean(id && named.get(id)?.has(p));
      if (want === got) cellsOk++;
      else misses.push(`process ${key} ${p}: gold ${want ? 'named' : 'not named'}, tool ${got ? 'named' : 'not named'}`);
    }
  }

  // Table rows.
  const tab = out.tabulate;
  const columns = new Map(tab.columns.map((c) => [c.id, c]));
  let rowsOk = 0;
  let silent = 0;
  let flaggedRight = 0;
  let rowsAll = 0;
  for (const [key, want] of Object.entries(round.table)) {
    rowsAll++;
    const id = mapped.get(key);
    const row = tab.rows.find((r) => (typeof r.respondent === 'string' ? r.respondent : r.respondent?.id) === id);
    const review = row?.review ?? [];
    const problems = row ? rowProblems(round, want, row, columns) : ['no row'];
    if (problems.length === 0) {
      rowsOk++;
      if (review.length > 0) flaggedRight++;
    } else {
      if (review.length === 0) silent++;
      misses.push(`row ${key}: ${problems.join('; ')}${review.length ? ` [review: ${review.join(' | ')}]` : ' [SILENT]'}`);
    }
  }
  return {
    respondents: [respOk, round.respondents.length],
    invented: invented.length,
    probes: [probesOk, probesAll],
    cells: [cellsOk, cellsAll],
    rows: [rowsOk, rowsAll],
    silent,
    flaggedRight,
    misses,
  };
}

function isRegistryId(id, r, round) {
  // A body the gold gives no registry id must not carry one of Malmö's registry ids — unless the
  // round is Malmö's own and the registry knows the body under the gold's name (a Malmö body the
  // gold's author did not know the registry had).
  if (!REGISTRY_IDS.has(id)) return false;
  return !(round.malmo && r.names.some((n) => REGISTRY_NAMES.get(id)?.some((m) => fold(m) === fold(n))));
}
const REGISTRY_NAMES = new Map(
  (() => {
    const dir = path.join(ROOT, 'data');
    const files = [path.join(dir, 'registry.json'), path.join(dir, 'registries', 'malmo.json')];
    return files.filter((f) => existsSync(f) && statSync(f).isFile()).flatMap((f) => JSON.parse(readFileSync(f, 'utf8')).bodies?.map((b) => [b.id, [...b.names, ...(b.administrations ?? [])]]) ?? []);
  })(),
);
const REGISTRY_IDS = new Set(REGISTRY_NAMES.keys());

function memberMatches(round, goldMember, toolId) {
  if (goldMember === toolId) return true;
  const names = [goldMember, ...(round.memberAliases[goldMember] ?? [])];
  return names.some((n) => slug(n) === toolId || fold(n) === fold(toolId));
}

function choiceMatches(round, want, col) {
  const members = want.members ?? [];
  const got = col.members ?? [];
  if (members.length !== got.length) return false;
  if (!members.every((m) => got.some((g) => memberMatches(round, m, g)))) return false;
  if (want.generic_any) {
    if (!col.generic) return false;
    const g = fold(col.generic);
    return want.generic_any.some((w) => g.includes(fold(w)));
  }
  return members.length > 0 ? true : Boolean(col.generic);
}

function rowProblems(round, want, row, columns) {
  const problems = [];
  const stances = want.stance ? (Array.isArray(want.stance) ? want.stance : String(want.stance).split('|')) : null;
  const wantChoices = want.choices ?? [];
  const expectedStance = stances ?? (wantChoices.length > 0 ? ['proposes'] : ['no-proposal', 'declines']);
  const accept = new Set(expectedStance);
  if (accept.has('declines') || accept.has('no-proposal')) ['declines', 'no-proposal'].forEach((s) => accept.add(s));
  if (!accept.has(row.stance)) problems.push(`stance ${row.stance}, gold ${expectedStance.join('|')}`);
  const cols = (row.choices ?? []).map((c) => columns.get(c) ?? { id: c, members: [], generic: null });
  const unmatched = [...cols];
  for (const w of wantChoices) {
    const i = unmatched.findIndex((c) => choiceMatches(round, w, c));
    if (i >= 0) unmatched.splice(i, 1);
    else problems.push(`missing choice ${JSON.stringify(w.members)}${w.generic_any ? ` generic(${w.generic_any[0]}…)` : ''}`);
  }
  for (const c of unmatched) problems.push(`extra choice ${c.id}`);
  if ((want.conditional ?? false) !== Boolean(row.conditional)) problems.push(`conditional ${Boolean(row.conditional)}, gold ${want.conditional ?? false}`);
  const source = loose(round.sourceText);
  for (const e of row.evidence ?? []) {
    if (!source.includes(loose(e.quote)) && !inTableColumn(round, loose(e.quote))) problems.push(`evidence not in source: "${e.quote.slice(0, 60)}…"`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------

const rounds = [round2023(), ...roundsDev(), ...blindRounds()].filter((r) => ONLY.length === 0 || ONLY.some((o) => r.name.includes(o)));
const results = [];
const pct = ([a, b]) => `${a}/${b}`;
for (const round of rounds) {
  for (const kind of ['txt', 'pdf', 'docx']) {
    if (!round.inputs[kind]) continue;
    const r = await score(round, kind);
    results.push({ round: round.name, input: kind, ...r });
    if (AS_JSON) continue;
    if (r.error) {
      console.log(`${round.name.padEnd(40)} ${kind}  FEL: ${r.error}`);
      continue;
    }
    console.log(
      `${round.name.padEnd(40)} ${kind}  instanser ${pct(r.respondents).padStart(5)}  påhittade ${r.invented}  prober ${pct(r.probes).padStart(7)}  processer ${pct(r.cells).padStart(7)}  rader ${pct(r.rows).padStart(5)}  tysta fel ${r.silent}  flaggade rätt ${r.flaggedRight}`,
    );
    if (VERBOSE) for (const m of r.misses) console.log(`    ${m}`);
  }
}
if (AS_JSON) console.log(JSON.stringify(results, null, 1));
