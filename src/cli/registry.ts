/**
 * `remiss registry init [inputs…] -o register.json`: a starting registry from a round's
 * respondents — names, guessed abbreviations, the organisation its documents name — for an analyst
 * to edit and give back with --registry, so that another organisation's round gets stable ids.
 */
import type { Command } from 'commander';
import { addInputOptions, checkOutputName, emit, type CommandContext } from './common.js';
import { loadRound } from './load.js';

export function register(program: Command, ctx: CommandContext): void {
  const reg = program.command('registry').description('register över en organisations nämnder och bolag (för --registry)');
  const init = reg
    .command('init')
    .description('skriv ett register att utgå från: omgångens remissinstanser med namn och gissade förkortningar, att redigera och ge med --registry')
    .argument('[filer...]', 'källfiler som utgör en omgång; inga: den inbyggda omgången 2023');
  addInputOptions(init);
  init.action(async (inputs: string[], opts, command: Command) => {
    checkOutputName(command, opts.output, 'json');
    const round = await loadRound(inputs, opts, ctx.io);
    ctx.warn(round.warnings);
    const { initRegistry } = await import('../analyze/registry-init.js');
    const registry = initRegistry(round);
    await emit(JSON.stringify(registry, null, 2) + '\n', opts, ctx);
    if (opts.output) ctx.info(`${opts.output}: ${registry.bodies.length} organ${registry.organisation ? ` för ${registry.organisation.name}` : ''}; redigera id, namn och förkortningar och ge filen med --registry`);
  });
}
