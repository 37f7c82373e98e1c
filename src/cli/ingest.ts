/** `remiss ingest`: parse and analyse a round once; the round file feeds every other command. */
import type { Command } from 'commander';
import { addInputOptions, emit, type CommandContext } from './common.js';
import { loadRound } from './load.js';
import { UsageError } from '../errors.js';

export function register(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('ingest')
    .description('read and segment a round once and write it as a round file (JSON) for the other commands')
    .argument('[inputs...]', 'source files (.txt, .pdf) forming one round; "-" for stdin; none: the embedded 2023 round');
  addInputOptions(cmd);
  cmd.action(async (inputs: string[], opts) => {
    if (!opts.output && ctx.io.stdoutIsTTY) throw new UsageError('ingest writes a round file: give -o round.json (or redirect stdout)');
    const round = await loadRound(inputs, opts, ctx.io);
    ctx.warn(round.warnings);
    await emit(JSON.stringify(round) + '\n', opts, ctx);
    if (opts.output) ctx.info(`${opts.output}: ${round.respondents.length} respondents, ${round.questions.length} questions, ${round.segments.length} segments`);
  });
}
