/**
 * One language for the analysts: every command's --help, commander's own complaints and the
 * messages of the CLI are Swedish. The scan looks for common English words outside option names
 * (the flags are the contract and stay as they are), and for values shown as format names.
 */
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers.js';

/**
 * English words that a Swedish help text has no reason to contain ("never" and "always" are
 * values of --color, like the format names: those are the interface, not prose).
 */
const ENGLISH = [
  'the', 'and', 'of', 'to', 'for', 'with', 'when', 'from', 'only', 'every', 'each', 'not', 'instead',
  'file', 'files', 'output', 'write', 'writes', 'read', 'round', 'rounds', 'respondent', 'respondents',
  'display', 'usage', 'options', 'commands', 'arguments', 'default', 'choices', 'command', 'number', 'version',
];

/** The words of a help text, option names ("--min-respondents", "-o") and placeholders left out. */
function words(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((w) => !/^[[(<"]?-/.test(w) && !/^[[<]/.test(w))
    .flatMap((w) => w.toLowerCase().split(/[^\p{L}]+/u))
    .filter(Boolean);
}

const COMMANDS = ['', 'tabulate', 'segments', 'xref', 'diff', 'report', 'ingest', 'help'];

describe('the help is Swedish', () => {
  it.each(COMMANDS)('remiss %s --help', async (command) => {
    const res = await cli(command ? [command, '--help'] : ['--help']);
    expect(res.code).toBe(0);
    const english = words(res.stdout).filter((w) => ENGLISH.includes(w));
    expect(english, res.stdout).toEqual([]);
    expect(res.stdout).toMatch(/^Användning: remiss/);
  });

  it('the scan would see English', () => {
    expect(words('write the product to FILE (default: "table")').filter((w) => ENGLISH.includes(w))).toEqual(['write', 'the', 'to', 'file', 'default']);
    expect(words('--min-respondents <n> -o, --output <fil>')).toEqual([]);
  });
});

describe('messages are Swedish, on one line', () => {
  it.each([
    [['tabulate', '--frmat', 'csv'], /^remiss: okänd flagga '--frmat' \(menade du --format\?\) \(se remiss --help\)\n$/],
    [['frobnicate'], /^remiss: okänt kommando 'frobnicate'/],
    [['diff', 'a.txt'], /^remiss: argumentet 'nu' saknas/],
    [['tabulate', '-f'], /^remiss: flaggan '-f, --format <format>' saknar värde/],
    [['tabulate', '-f', 'xml'], /^remiss: flaggan '-f, --format <format>': 'xml' är inget giltigt val; välj bland table, json, csv, md, xlsx, docx/],
    [['xref', '--min-respondents', '0'], /^remiss: --min-respondents ska vara ett positivt heltal, inte "0"\n$/],
    [['report', '--diff', '--single', '-o', 'x.html'], /^remiss: --diff och --single utesluter varandra\n$/],
  ])('remiss %j', async (argv, message) => {
    const res = await cli(argv as string[]);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('warnings are "varning:"', async () => {
    const res = await cli(['segments', '-'], { stdin: 'Kulturnämnden\n\nVi har inget att tillägga.\n\nText som ingen skrivit under.\n' });
    for (const line of res.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^remiss: (varning: )?/);
    expect(res.stderr).not.toMatch(/warning:/);
  });
});
