/**
 * remiss: the command-line program over the library. run(argv, io) returns the exit code; it
 * never calls process.exit and never throws. Exit codes (bin/remiss.js has the policy):
 * 0 success, 1 a finding reported (diff --exit-code), 2 usage or input error.
 */
import { Command, CommanderError, type Help, type Option } from 'commander';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_DIR } from '../data.js';
import { ExitCode, RemissError } from '../errors.js';
import type { CommandContext } from './common.js';
import type { IO } from './io.js';
import { visible } from '../export/sanitize.js';

export type { IO };

interface CommandModule {
  register(program: Command, ctx: CommandContext): void;
}

/**
 * The commands, in the order `remiss --help` lists them. Each is imported only when it may run:
 * a command line that starts with a command's name loads that command (and what it imports)
 * alone; help, a version or anything unclear loads them all.
 */
const COMMANDS: Array<[name: string, load: () => Promise<CommandModule>]> = [
  ['tabulate', () => import('./tabulate.js')],
  ['segments', () => import('./segments.js')],
  ['xref', () => import('./xref.js')],
  ['diff', () => import('./diff.js')],
  ['report', () => import('./report.js')],
  ['ingest', () => import('./ingest.js')],
  ['review', () => import('./review.js')],
  ['registry', () => import('./registry.js')],
  ['cache', () => import('./cache-command.js')],
];

/** The commands a command line needs: the one it starts with (after --verbose), else all. */
export function commandsFor(argv: string[]): string[] {
  const first = argv.find((a) => a !== '--verbose');
  const named = COMMANDS.find(([name]) => name === first);
  return named ? [named[0]] : COMMANDS.map(([name]) => name);
}

function version(): string {
  try {
    return JSON.parse(readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')).version;
  } catch {
    return '0.0.0';
  }
}


/** Commander's section titles in Swedish. */
const TITLES: Record<string, string> = {
  'Usage:': 'Användning:',
  'Options:': 'Flaggor:',
  'Arguments:': 'Argument:',
  'Commands:': 'Kommandon:',
  'Global Options:': 'Globala flaggor:',
};

/** Help in Swedish: titles, usage placeholders, the "(val: …, standard: …)" after an option. */
const SWEDISH_HELP: Partial<Help> = {
  styleTitle: (title: string) => TITLES[title] ?? title,
  commandUsage(cmd: Command): string {
    const names: string[] = [];
    for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
    return `${names.join(' ')} ${cmd.usage().replace('[options]', '[flaggor]').replace('[command]', '[kommando]')}`;
  },
  subcommandTerm(cmd: Command): string {
    const args = cmd.registeredArguments.map((a) => {
      const name = a.name() + (a.variadic ? '...' : '');
      return a.required ? `<${name}>` : `[${name}]`;
    });
    return [cmd.name(), ...(cmd.options.length ? ['[flaggor]'] : []), ...args].join(' ');
  },
  optionDescription(option: Option): string {
    const extra: string[] = [];
    if (option.argChoices) extra.push(`val: ${option.argChoices.join(', ')}`);
    if (option.defaultValue !== undefined && (option.required || option.optional)) extra.push(`standard: ${option.defaultValueDescription ?? String(option.defaultValue)}`);
    return extra.length ? `${option.description} (${extra.join('; ')})` : option.description;
  },
};

/** Commander's complaints, in Swedish, on one line. */
export function swedishError(message: string): string {
  const m = message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim();
  const rules: Array<[RegExp, string]> = [
    [/^unknown option '([^']*)'/, "okänd flagga '$1'"],
    [/^unknown command '([^']*)'/, "okänt kommando '$1'"],
    [/^missing required argument '([^']*)'/, "argumentet '$1' saknas"],
    [/^option '([^']*)' argument missing/, "flaggan '$1' saknar värde"],
    [/^too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./, 'för många argument: väntade $2, fick $3'],
    [/^option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\.$/, "flaggan '$1': '$2' är inget giltigt val; välj bland $3"],
    [/^option '([^']*)' argument '([^']*)' is invalid\. (.*)$/, "flaggan '$1': '$2' är ogiltigt: $3"],
    [/\(Did you mean one of (.*)\?\)/, '(menade du någon av $1?)'],
    [/\(Did you mean (.*)\?\)/, '(menade du $1?)'],
  ];
  let out = m;
  for (const [re, to] of rules) out = out.replace(re, to);
  return out;
}

export async function run(argv: string[], io: IO): Promise<number> {
  let verbose = argv.includes('--verbose');
  const ctx: CommandContext = {
    io,
    // Messages may quote the documents: no control characters reach the terminal.
    warn: (messages) => messages.forEach((m) => io.stderr.write(`remiss: varning: ${visible(m)}\n`)),
    info: (m) => io.stderr.write(`remiss: ${visible(m)}\n`),
    verbose: () => verbose,
  };
  // Commander's own complaints become one line in our style: "remiss: unknown option '--x'".
  const output = {
    writeOut: (s: string) => io.stdout.write(s),
    writeErr: (s: string) => io.stderr.write(s),
    outputError: (s: string, write: (s: string) => void) => write(`remiss: ${swedishError(s)} (se remiss --help)\n`),
  };
  const program = new Command('remiss')
    .description('Sammanställ remissyttranden: dela en omgång per remissinstans och remissfråga, hitta pågående processer, tabellera förslagen om samordnande roll, jämför omgångar.')
    .configureHelp(SWEDISH_HELP)
    .helpOption('-h, --help', 'visa hjälp för kommandot')
    .helpCommand('help [kommando]', 'visa hjälp för ett kommando')
    .version(version(), '-V, --version', 'visa versionsnumret')
    .option('--verbose', 'visa stackspår och mer detaljer på standard fel')
    .exitOverride()
    .configureOutput(output);
  program.hook('preAction', (_cmd, action) => {
    verbose = verbose || Boolean(action.optsWithGlobals().verbose);
  });
  try {
    const wanted = new Set(commandsFor(argv));
    const modules = await Promise.all(COMMANDS.filter(([name]) => wanted.has(name)).map(([, load]) => load()));
    for (const m of modules) m.register(program, ctx);
    for (const c of program.commands) c.exitOverride().configureOutput(output);
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
      io.stderr.write(`remiss: ${visible(e.message)}\n`);
      if (verbose && e.stack) io.stderr.write(`${e.stack}\n`);
      return e.exitCode;
    }
    const err = e as Error;
    io.stderr.write(`remiss: internt fel: ${err?.message ?? String(e)}${verbose ? '' : ' (--verbose visar var)'}\n`);
    if (verbose && err?.stack) io.stderr.write(`${err.stack}\n`);
    return 2;
  }
}
