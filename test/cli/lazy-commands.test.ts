/**
 * Commands are loaded only when they may run: a command line that starts with a command's name
 * loads that command alone, anything else (help, a version, a typo) loads all of them, so help
 * lists every command and a typo still gets its suggestion.
 */
import { describe, expect, it } from 'vitest';
import { commandsFor } from '../../src/cli/main.js';
import { cli } from '../helpers.js';

const ALL = ['tabulate', 'segments', 'xref', 'diff', 'report', 'ingest', 'review', 'registry', 'cache'];

describe('which commands a command line loads', () => {
  it.each([
    [['tabulate'], ['tabulate']],
    [['tabulate', '--no-cache', 'a.txt'], ['tabulate']],
    [['--verbose', 'xref', '-f', 'csv'], ['xref']],
    [['cache', 'info'], ['cache']],
    [['segments', '--help'], ['segments']],
    [[], ALL],
    [['--help'], ALL],
    [['-V'], ALL],
    [['help', 'tabulate'], ALL],
    [['tabulat'], ALL],
    [['--format', 'csv', 'tabulate'], ALL],
  ])('%j loads %j', (argv, expected) => {
    expect(commandsFor(argv)).toEqual(expected);
  });

  it('help still lists every command, and a command\'s own help still works', async () => {
    const all = await cli(['--help']);
    expect(all.code).toBe(0);
    for (const name of ALL) expect(all.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    const one = await cli(['tabulate', '--help']);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^Användning: remiss tabulate/);
    const via = await cli(['help', 'xref']);
    expect(via.code).toBe(0);
    expect(via.stdout).toMatch(/^Användning: remiss xref/);
  });

  it('a misspelt command still gets its suggestion', async () => {
    const r = await cli(['tabulat']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("remiss: okänt kommando 'tabulat' (menade du tabulate?) (se remiss --help)\n");
  });
});
