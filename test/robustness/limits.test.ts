/**
 * Large input: a round grows linearly in time (a generated round of many respondents, 1× against
 * 4× its size), and text past the limit of one round (src/read/limits.ts) stops at once with a
 * one-line message instead of running for minutes and gigabytes.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildRound } from '../../src/round.js';
import { MAX_TEXT_CHARS } from '../../src/read/limits.js';
import { cli } from '../helpers.js';

const BODIES = ['Fritidsnämnden', 'Kulturnämnden', 'Miljönämnden', 'Tekniska nämnden', 'Servicenämnden', 'Grundskolenämnden'];

/** A round of about `bytes` characters: a preamble with three questions, then answer after answer. */
function syntheticRound(bytes: number): string {
  const parts = [
    'Sammanställning av remissvar',
    '',
    'Remissen gällande ”Handlingsplan för trygga parker” skickades till nämnderna. Remissinstanserna ombads besvara följande remissfrågor:',
    '',
    '1. Hur bedömer ni förslaget till gemensam trygghetsvandring i varje stadsområde?',
    '2. Vilka befintliga insatser för belysning och skötsel bör samordnas med handlingsplanen?',
    '3. Vem bör ansvara för uppföljningen av handlingsplanens mål?',
    '',
  ];
  let size = parts.join('\n').length;
  for (let i = 0; size < bytes; i++) {
    // Every tenth answer comes from a body the registry does not know.
    const body = i % 10 === 9 ? `Stadsdelsnämnd ${i} Väster` : BODIES[i % BODIES.length];
    const block = [
      body,
      '',
      'Yttrande',
      `${body} välkomnar handlingsplanen och deltar i Örat mot marken (ärende ${i}).`,
      '',
      'Trygghetsvandringar',
      'Nämnden ser positivt på gemensamma trygghetsvandringar och deltar gärna med personal från verksamheterna i området. '.repeat(3),
      '',
      'Uppföljning av målen',
      `Nämnden föreslår att stadskontoret ansvarar för uppföljningen, se ärende ${i}.`,
      '',
    ].join('\n');
    parts.push(block);
    size += block.length + 1;
  }
  return parts.join('\n');
}

/**
 * CPU seconds of this test process, not wall-clock time: other test files (and other programs)
 * share the machine, and waiting for a core is not the algorithm's cost.
 */
async function seconds(text: string): Promise<{ s: number; respondents: number; segments: number }> {
  const t = process.cpuUsage();
  const round = await buildRound([{ path: 'stor.txt', bytes: Buffer.from(text) }]);
  const used = process.cpuUsage(t);
  return { s: (used.user + used.system) / 1e6, respondents: round.respondents.length, segments: round.segments.length };
}

describe('a large round', () => {
  it('takes time in proportion to its size (1 MB against 4 MB)', async () => {
    const small = syntheticRound(1_000_000);
    const large = syntheticRound(4_000_000);
    await seconds(small); // warm up: data files, JIT
    const one = Math.min((await seconds(small)).s, (await seconds(small)).s);
    const four = await seconds(large);
    // Linear is 4×; allow for GC and a noisy machine. Quadratic would be 16×.
    expect(four.s / one, `1 MB: ${one.toFixed(2)} s, 4 MB: ${four.s.toFixed(2)} s`).toBeLessThan(7);
    expect(four.segments).toBeGreaterThan(10_000);
  });

  it('past the limit of one round, stops at once with one line naming the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'remiss-large-'));
    const file = path.join(dir, 'arkiv.txt');
    const line = 'Nämnden ser positivt på gemensamma trygghetsvandringar i området.\n';
    writeFileSync(file, line.repeat(Math.ceil((MAX_TEXT_CHARS + 1) / line.length)));
    const t = performance.now();
    const res = await cli(['segments', file]);
    expect(performance.now() - t).toBeLessThan(10_000);
    expect(res.code).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/^remiss: .*arkiv\.txt: för stor för en omgång \(32,1 MB text; gränsen är 32 MB text\); dela upp den, eller kontrollera att det är rätt fil\n$/);
  });
});
