/**
 * Property-based tests of the text pipeline (decode → lines → normalise → segment): whatever the
 * text, reading it either gives a well-formed round whose segments quote the input line for line,
 * or stops with an InputError (empty or binary input, no respondent) — never another exception,
 * and always in bounded time. Plus the shapes that break naive code: a 1 MB line, 10 000 tiny
 * lines, headings without bodies.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { buildRound } from '../../src/round.js';
import { readSource } from '../../src/read/source.js';
import { InputError } from '../../src/errors.js';
import { decodeText } from '../../src/read/text.js';
import { toLines } from '../../src/normalize/unicode.js';
import { fold } from '../../src/normalize/fold.js';
import { findHeadings } from '../../src/segment/headings.js';
import type { Round } from '../../src/model.js';

/** Per case: generous for a slow CI machine; a quadratic blow-up on these sizes takes far longer. */
const CASE_MS = 3000;

/**
 * Milliseconds of CPU this test process spent since `from` (process.cpuUsage()): the other test
 * files share the two cores, and waiting for one is not the pipeline's cost.
 */
const cpuMs = (from: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
};

/** Lines that look like the parts of a round, and lines that look like nothing. */
const roundLine = fc.oneof(
  { arbitrary: fc.constantFrom('Fritidsnämnden', 'Kulturnämnden', 'Tekniska nämnden', 'MKB Fastighet AB', 'Räddningstjänsten Syd', 'Stadsdelsnämnd Väster'), weight: 3 },
  { arbitrary: fc.constantFrom('Yttrande', 'Sammanfattning', 'Ekonomiska konsekvenser', 'Reservationer', 'Bilaga 1. Sammanställning', 'Tabell över svaren'), weight: 3 },
  {
    arbitrary: fc.constantFrom(
      'Remissinstanserna ombads besvara följande remissfrågor:',
      '1. Vilka pågående processer finns i ert område?',
      '• Vem bör samordna arbetet?',
      'Fråga 2. Vilka områden är viktiga?',
      'Hur ser nämnden på förslaget?',
    ),
    weight: 3,
  },
  {
    arbitrary: fc.constantFrom(
      'Nämnden deltar i Örat mot marken och i CTC-arbetet.',
      'Fritidsnämnden bör ha den samordnande rollen, tillsammans med MKB.',
      'arbetet fortsätter i',
      'Malmö stad',
      '12 (85)',
      '',
      '   ',
      '\f',
    ),
    weight: 4,
  },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 1 },
);

const lineEnd = fc.constantFrom('\n', '\r\n', '\r', '\n\n');

const roundText = fc
  .array(fc.tuple(roundLine, lineEnd), { maxLength: 80 })
  .map((parts) => parts.map(([l, e]) => l + e).join(''));

const fileName = fc.constantFrom('round.txt', 'kulturnamnden.txt', 'notes.txt', '-', 'yttrande.md');

/** The round's invariants: every segment quotes its source lines exactly, ids resolve. */
function checkRound(round: Round, texts: string[], furniture: Set<string> = new Set()): void {
  const sourceLines = texts.map((t) => toLines(t));
  const respondents = new Set(round.respondents.map((r) => r.id));
  const questions = new Set(round.questions.map((q) => q.id));
  const placed = new Set<string>();
  for (const s of round.segments) {
    // A segment is a respondent's answer, or text of no respondent marked as such.
    if (s.respondent === null) expect(['preamble', 'compilation', 'unattributed']).toContain(s.part);
    else expect(respondents.has(s.respondent)).toBe(true);
    if (s.question !== null) expect(questions.has(s.question)).toBe(true);
    expect(s.text).toBe(s.lines.map((l) => l.text).join('\n'));
    for (const l of s.lines) {
      // A part of a line (a header column, a sentence) is that part of the line, where it says.
      if (l.offset === undefined) expect(l.text).toBe(sourceLines[l.source][l.line - 1]);
      else expect(sourceLines[l.source][l.line - 1].slice(l.offset).startsWith(l.text)).toBe(true);
      placed.add(`${l.source}:${l.line}`);
    }
  }
  // Nothing is lost: every content line read is in a segment, or is a heading that names its
  // segment (a question heading, a respondent's name), or is page furniture.
  const lost: string[] = [];
  const headings = round.segments.map((s) => s.heading ?? '').join('\n');
  sourceLines.forEach((lines, source) => {
    lines.forEach((text, i) => {
      const t = text.trim().replace(/\s+/g, ' ');
      if (t === '' || placed.has(`${source}:${i + 1}`) || furniture.has(`${source}:${i + 1}`) || headings.includes(t)) return;
      if (round.respondents.some((r) => t.includes(r.name) || r.name.includes(t))) return;
      // The wrapped tail of a respondent's heading ("Tekniska nämnden" / "ŏ") is part of the heading.
      let b = i - 1;
      while (b > 0 && lines[b].trim() === '') b--;
      const before = (lines[b] ?? '').trim();
      if (t.split(/\s+/).length <= 2 && round.respondents.some((r) => before.includes(r.name))) return;
      if (/^(?:Malmö stad\s*)?\d+(?:\s*\(\d+\))?$/u.test(t) || /^Malmö stad$/u.test(t)) return;
      lost.push(`${source}:${i + 1} ${t}`);
    });
  });
  expect(lost).toEqual([]);
}

async function readOrInputError(inputs: Array<{ path: string; text: string }>, encode = (t: string) => Buffer.from(t, 'utf8')): Promise<void> {
  const started = process.cpuUsage();
  let round: Round | undefined;
  try {
    round = await buildRound(inputs.map((i) => ({ path: i.path, bytes: encode(i.text) })));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.message).not.toMatch(/\n/);
  }
  expect(cpuMs(started)).toBeLessThan(CASE_MS);
  if (round) {
    // Page furniture (running headers, page numbers) is set apart on purpose: it is not lost.
    const furniture = new Set<string>();
    for (const [k, i] of inputs.entries()) {
      const doc = await readSource({ path: i.path, bytes: encode(i.text) }, k, {}).catch(() => undefined);
      for (const l of doc?.furniture ?? []) furniture.add(`${k}:${l.line}`);
    }
    checkRound(round, inputs.map((i) => i.text), furniture);
  }
}

describe('the text pipeline under arbitrary input', () => {
  it('round-like text: a well-formed round or an InputError', async () => {
    await fc.assert(
      fc.asyncProperty(roundText, fileName, (text, name) => readOrInputError([{ path: name, text }])),
      { numRuns: 2000 },
    );
  });

  // Counterexamples the property found once, kept: a name with a one-letter line under it
  // ("Tekniska nämnden" / "ı", read whole as the name with a slip allowed) lost that line; a
  // speck dropped at a line's end (": _") left a part of the line marked as the whole line.
  it.each(['Tekniska nämnden\n12 (85)\nı\n', 'Kulturnämnden\nx\n', 'Fritidsnämnden\n\nå\n', ': _\nYttrande\n'])('kept counterexample %j', async (text) => {
    await readOrInputError([{ path: 'round.txt', text }]);
  });

  it('arbitrary Unicode (any code point, lone surrogates included): the same', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), (text) => readOrInputError([{ path: 'x.txt', text }])),
      { numRuns: 600 },
    );
  });

  it('several files form one round: the same', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(roundText, fileName), { minLength: 2, maxLength: 4 }), (files) =>
        readOrInputError(files.map(([text, path], i) => ({ path: `${i}-${path}`, text }))),
      ),
      { numRuns: 400 },
    );
  });

  it('a Windows-1252 text with CRLF gives the same round as its UTF-8 twin with LF', async () => {
    // Only the round-like lines: every character of them has a Windows-1252 byte.
    const encodable = fc
      .array(roundLine.filter((l) => iconv.decode(iconv.encode(l, 'windows-1252'), 'windows-1252') === l && !l.includes('\r')), { maxLength: 60 })
      .filter((ls) => ls.some((l) => /[åäöÅÄÖ]/.test(l)));
    await fc.assert(
      fc.asyncProperty(encodable, async (lines) => {
        const build = (bytes: Uint8Array) => buildRound([{ path: 'kulturnamnden.txt', bytes }]).then(
          (r) => ({ questions: r.questions, respondents: r.respondents, segments: r.segments, warnings: r.warnings }),
          (e: Error) => e.message,
        );
        const utf8 = await build(Buffer.from(lines.join('\n'), 'utf8'));
        const win = await build(iconv.encode(lines.join('\r\n'), 'windows-1252'));
        expect(win).toEqual(utf8);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary bytes: decoded text or an InputError, never garbage accepted silently as another error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        try {
          const { text } = decodeText(bytes, 'x.txt');
          expect(typeof text).toBe('string');
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('folding keeps the length of any text (offsets in folded text are offsets in the original)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(fold(text)).toHaveLength(text.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('heading detection never throws and returns blocks in order', () => {
    fc.assert(
      fc.property(roundText, (text) => {
        const lines = toLines(text).map((t, i) => ({ text: t, page: null, line: i + 1, source: 0 }));
        const hs = findHeadings(lines);
        for (let i = 1; i < hs.length; i++) expect(hs[i].start).toBeGreaterThanOrEqual(hs[i - 1].end);
      }),
      { numRuns: 500 },
    );
  });
});

describe('shapes that break naive code finish in bounded time', () => {
  const timed = async (text: string, name = 'kulturnamnden.txt'): Promise<{ ms: number; round?: Round }> => {
    const t = process.cpuUsage();
    let round: Round | undefined;
    try {
      round = await buildRound([{ path: name, bytes: Buffer.from(text) }]);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
    }
    return { ms: cpuMs(t), round };
  };

  it('a 1 MB line, with and without spaces', async () => {
    const words = await timed(`Kulturnämnden\n\nYttrande\n${'ordet '.repeat(170_000)}\n`);
    expect(words.ms).toBeLessThan(5000);
    expect(words.round!.segments[0].text.length).toBeGreaterThan(1_000_000);
    const solid = await timed(`Kulturnämnden\n\n${'ä'.repeat(1_000_000)}\n`);
    expect(solid.ms).toBeLessThan(5000);
  });

  it('10 000 tiny lines', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? 'ja' : i % 3 === 1 ? 'Nej.' : ''));
    const r = await timed(['Kulturnämnden', '', ...lines].join('\n'));
    expect(r.ms).toBeLessThan(5000);
  });

  it('5 000 headings without bodies, and 2 000 respondents without answers', async () => {
    const headings = await timed(Array.from({ length: 5000 }, (_, i) => `Rubrik nummer ${i}`).join('\n\n'));
    expect(headings.ms).toBeLessThan(5000);
    const bodies = await timed(Array.from({ length: 2000 }, (_, i) => `Stadsdelsnämnd ${i} Väster\n\nYttrande`).join('\n\n'), 'round.txt');
    expect(bodies.ms).toBeLessThan(5000);
    expect(bodies.round!.respondents).toHaveLength(2000);
  });

  it('a million blank lines around a little text, and CR-only line ends', async () => {
    const blank = await timed(`Kulturnämnden\n${'\n'.repeat(1_000_000)}Yttrande\nNämnden är positiv.\n`);
    expect(blank.ms).toBeLessThan(5000);
    const cr = await timed('Kulturnämnden\r\rYttrande\rNämnden är positiv.\r');
    expect(cr.round!.segments.map((s) => s.text)).toEqual(['Nämnden är positiv.']);
  });
});
