/**
 * remiss: the command-line program over the library. run(argv, io) returns the exit code; it
 * never calls process.exit and never throws. Exit codes (bin/remiss.js has the policy):
 * 0 success, 1 a finding reported (diff --exit-code), 2 usage or input error.
 */
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { ExitCode, RemissError } from '../errors.js';
import type { CommandContext } from './common.js';
import type { IO } from './io.js';
import * as segments from './segments.js';
import * as ingest from './ingest.js';
import * as xref from './xref.js';
import * as tabulate from './tabulate.js';
import * as diff from './diff.js';
import * as report from './report.js';

export type { IO };

/** The commands, in the order `remiss --help` lists them. */
const COMMANDS: Array<{ register(program: Command, ctx: CommandContext): void }> = [tabulate, segments, xref, diff, report, ingest];

function version(): string {
  try {
    return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
  } catch {
    return '0.0.0';
  }
}


export async function run(argv: string[], io: IO): Promise<number> {
  let verbose = argv.includes('--verbose');
  const ctx: CommandContext = {
    io,
    warn: (messages) => messages.forEach((m) => io.stderr.write(`remiss: warning: ${m}\n`)),
    info: (m) => io.stderr.write(`remiss: ${m}\n`),
    verbose: () => verbose,
  };
  // Commander's own complaints become one line in our style: "remiss: unknown option '--x'".
  const output = {
    writeOut: (s: string) => io.stdout.write(s),
    writeErr: (s: string) => io.stderr.write(s),
    outputError: (s: string, write: (s: string) => void) => write(`remiss: ${s.replace(/^error: /, '').trim()} (see remiss --help)\n`),
  };
  const program = new Command('remiss')
    .description('Compile Swedish consultation responses (remissyttranden): segment a round, tag processes, tabulate coordinator preferences, diff rounds.')
    .version(version(), '-V, --version')
    .option('--verbose', 'show stack traces and more detail on stderr')
    .exitOverride()
    .configureOutput(output);
  for (const c of COMMANDS) c.register(program, ctx);
  for (const c of program.commands) c.exitOverride().configureOutput(output);
  program.hook('preAction', (_cmd, action) => {
    verbose = verbose || Boolean(action.optsWithGlobals().verbose);
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof ExitCode) return e.code;
    if (e instanceof CommanderError) {
      // Help and version are successes; every other commander complaint is a usage error.
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof RemissError) {
      io.stderr.write(`remiss: ${e.message}\n`);
      if (verbose && e.stack) io.stderr.write(`${e.stack}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    io.stderr.write(`remiss: internal error: ${err?.message ?? String(e)}${verbose ? '' : ' (--verbose shows where)'}\n`);
    if (verbose && err?.stack) io.stderr.write(`${err.stack}\n`);
    return 2;
  }
}
