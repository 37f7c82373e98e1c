/** `remiss ingest`: parse and analyse a round once; the round file feeds every other command. */
import type { Command } from 'commander';
import { addInputOptions, checkOutputName, emit, type CommandContext } from './common.js';
import { count } from '../export/words.js';
import { addCorrectionsOption, readCorrections } from './corrections.js';
import { loadRound } from './load.js';
import { UsageError } from '../errors.js';

export function register(program: Command, ctx: CommandContext): void {
  const cmd = program
    .command('ingest')
    .description('läs och segmentera en omgång en gång och skriv den som omgångsfil (JSON) för de andra kommandona')
    .argument('[filer...]', 'källfiler (.txt, .pdf) som utgör en omgång; "-" läser standard in; inga: den inbyggda omgången 2023');
  addInputOptions(cmd);
  addCorrectionsOption(cmd);
  cmd.action(async (inputs: string[], opts, command: Command) => {
    checkOutputName(command, opts.output, 'json');
    if (!opts.output && ctx.io.stdoutIsTTY) throw new UsageError('ingest skriver en omgångsfil: ge -o omgang.json (eller styr om standard ut)');
    const corrections = await readCorrections(opts.corrections);
    const round = await loadRound(inputs, opts, ctx.io);
    ctx.warn(round.warnings);
    if (corrections) {
      // A round file keeps the tool's reading (CONTRACT.md): the corrections are checked, never written in.
      const { checkCorrections, correctionWords } = await import('../analyze/corrections.js');
      ctx.warn([...checkCorrections(round.respondents, corrections), `${corrections.file}: ${correctionWords().messages.ingest}`]);
    }
    await emit(JSON.stringify(round) + '\n', opts, ctx);
    if (opts.output) ctx.info(`${opts.output}: ${count(round.respondents.length, 'remissinstans')}, ${count(round.questions.length, 'remissfråga')}, ${count(round.segments.length, 'segment')}`);
  });
}
