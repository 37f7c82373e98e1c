/** `remiss cache info|clear`: where the analysis cache is, how large, and emptying it (Swedish output). */
import type { Command } from 'commander';
import type { CommandContext } from './common.js';
import { cacheInfo, clearCache } from './cache.js';

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
const entries = (n: number): string => `${n} ${n === 1 ? 'post' : 'poster'}`;

export function register(program: Command, ctx: CommandContext): void {
  const cmd = program.command('cache').description('analyscachen: info visar var den ligger och hur stor den är, clear tömmer den');
  cmd
    .command('info')
    .description('var cachen ligger, hur många poster och hur stor')
    .action(async () => {
      const i = await cacheInfo(ctx.io.env);
      const lines = [`Cachekatalog: ${i.dir}${i.exists ? '' : ' (finns inte än)'}`, `Innehåll: ${entries(i.entries)}, ${mb(i.bytes)} (högst ${mb(i.cap)})`];
      if (ctx.io.env.REMISS_NO_CACHE) lines.push('Cachen är avstängd (REMISS_NO_CACHE är satt).');
      if (i.problem) lines.push(`Används inte: ${i.problem}.`);
      ctx.io.stdout.write(lines.join('\n') + '\n');
    });
  cmd
    .command('clear')
    .description('ta bort cachens alla poster')
    .action(async () => {
      const r = await clearCache(ctx.io.env);
      ctx.io.stdout.write(`Tömde ${r.dir}: ${entries(r.entries)} borttagna (${mb(r.bytes)}).\n`);
    });
}
