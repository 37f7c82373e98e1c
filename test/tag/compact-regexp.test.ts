/**
 * Lexicon patterns compiled on a small alphabet (foldedRegExp in src/tag/pattern.ts): the text
 * is mapped so that every non-ASCII letter reads "ª" and every non-ASCII digit "²", and
 * `[\p{L}\p{N}]` becomes a class of a few ranges. It must find exactly what the pattern as written
 * finds (with the letters of every remiss pattern: src/normalize/letters.ts) — same offsets, same
 * phrase — on any text, letters of other scripts and astral ones included; and the cue lexicon must be compiled once, on first use, never for its labels alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compactSource, compactText, foldedRegExp } from '../../src/tag/pattern.js';
import { AFTER, BEFORE } from '../../src/tag/pattern.js';
import { compileCues, phraseSource, type LexiconFile } from '../../src/extract/lexicon.js';
import { loadData } from '../../src/data.js';
import { fold } from '../../src/normalize/fold.js';
import { letterRegExp } from '../../src/normalize/letters.js';

/** Every match of a global regex, restarting one character after each (as the cue sets do). */
function matches(re: RegExp, text: string): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push([m.index, m[0].length, m.findIndex((g, i) => i > 0 && g !== undefined)]);
    re.lastIndex = m.index + 1;
  }
  return out;
}

const lexicon = loadData<LexiconFile>('lexicon/coordination.json');
const LISTS = Object.entries(lexicon).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((x) => typeof x === 'string'));

/** A cue list as cueSet compiles it: each phrase a group, whole words. */
const listSource = (phrases: string[], ocr: boolean): string => `${BEFORE}(?:${phrases.map((p) => `(${phraseSource(p, ocr)})`).join('|')})${AFTER}`;

/** Words of the lexicon itself, mixed with letters and digits of other scripts, astral ones, punctuation. */
const pieces = [
  ...new Set(LISTS.flatMap(([, ps]) => ps.flatMap((p) => fold(p).split(/\s+/)))),
].filter((w) => w && w !== '…');
const token = fc.oneof(
  { arbitrary: fc.constantFrom(...pieces), weight: 6 },
  { arbitrary: fc.constantFrom(' ', '  ', '\n', ', ', '. ', '-', '–', ':', '\u00a0'), weight: 4 },
  { arbitrary: fc.constantFrom('ß', 'ø', 'λ', 'жизнь', '中文', '𝐀', '𝟙', '٣', '²', 'ª', 'º', 'ʔ', '?', '🙂', 'é', 'Å', 'x', '7', '\ud800'), weight: 2 },
);
const text = fc.array(token, { maxLength: 40 }).map((ts) => ts.join(''));

describe('a pattern on the small alphabet finds what the pattern as written finds', () => {
  it('every cue list of the lexicon compiles to the small alphabet (clean and OCR)', () => {
    for (const ocr of [false, true]) for (const [, phrases] of LISTS) expect(compactSource(listSource(phrases, ocr), 'gu')).not.toBeNull();
  });

  it('same offsets and same phrase on any text, for every cue list, clean and OCR', () => {
    const pairs = [false, true].flatMap((ocr) => LISTS.map(([key, phrases]) => ({ key, ocr, plain: letterRegExp(listSource(phrases, ocr), 'gu'), folded: foldedRegExp(listSource(phrases, ocr), 'gu') })));
    fc.assert(
      fc.property(text, (t) => {
        for (const p of pairs) expect(matches(p.folded.re, p.folded.text(t)), `${p.key} ocr=${p.ocr}`).toEqual(matches(p.plain, t));
      }),
      { numRuns: 150 },
    );
  });

  it('letters and digits of the European scripts are letters and digits to the boundaries and "word*", others are not', () => {
    const src = `${BEFORE}(?:(samordn[\\p{L}\\p{N}]*)|(ar)\\s+(?:[\\p{L}\\p{N}:-]+\\s+){0,6}?(ansvar))${AFTER}`;
    const plain = letterRegExp(src, 'gu');
    const f = foldedRegExp(src, 'gu');
    expect(f.compact).toBe(true);
    for (const t of ['samordnaλ x', 'λsamordna', 'samordna𝐀 x', '𝟙samordna', 'samordna٣', 'ar 𝐀𝐀 λ٣ ansvar', 'ar ansvarж', 'samordna🙂']) {
      expect(matches(f.re, f.text(t)), t).toEqual(matches(plain, t));
    }
  });

  it('the mapped text keeps every offset: same length, only non-ASCII letters and digits change', () => {
    expect(compactText('åtgärd λ ж 𝐀 ٣ – 12 ab')).toBe('ªtgªrd ª ª 𝐀 ٣ – 12 ab');
    expect(compactText('plain ascii').length).toBe('plain ascii'.length);
  });

  it('a source it cannot keep exact is compiled as written', () => {
    expect(compactSource('caf\u00e9', 'u')).toBeNull(); // a non-ASCII letter spelled out
    expect(compactSource('\\p{Lu}', 'u')).toBeNull(); // another property
    expect(compactSource('\\P{L}', 'u')).toBeNull();
    expect(compactSource('[\\p{L}]', 'iu')).toBeNull(); // case-insensitive
    expect(compactSource('caf\\u00e9', 'u')).toBeNull(); // a letter given by its code
    expect(compactSource('\\x41\\p{L}', 'u')).toBeNull();
    expect(compactSource('[\\p{L}\\p{N}]+', 'u')).toBe('[A-Za-zªº0-9²]+');
    expect(compactSource('\\p{L}–\\p{N}', 'u')).toBe('[A-Za-zªº]–[0-9²]');
    expect(foldedRegExp('caf\u00e9', 'u').compact).toBe(false);
  });
});

describe('the cue lexicon is compiled once, on first use', () => {
  const Original = RegExp;
  let built = 0;
  afterEach(() => {
    globalThis.RegExp = Original;
  });
  /** Counts `new RegExp(…)` from here on (regex literals are not counted). */
  function countRegExps(): void {
    built = 0;
    globalThis.RegExp = new Proxy(Original, {
      construct(target, args) {
        built++;
        return new target(...(args as [string, string]));
      },
    });
  }

  it('compiling a lexicon builds no regular expression; each cue list builds one, once', () => {
    const copy = JSON.parse(JSON.stringify(lexicon)) as LexiconFile; // a fresh object: not memoised yet
    countRegExps();
    const cues = compileCues(copy);
    expect(cues.labels).toEqual(lexicon.labels);
    expect(built).toBe(0);
    const sentence = fold('Nämnden föreslår att kulturnämnden bör få det samordnande ansvaret.');
    cues.proposal.find(sentence);
    cues.proposal.test(sentence);
    cues.rolePredicate.test(sentence);
    cues.rolePredicate.find(sentence);
    expect(built).toBe(2);
    for (let i = 0; i < 3; i++) {
      cues.proposal.find(sentence);
      cues.rolePredicate.test(sentence);
    }
    expect(built).toBe(2);
  });
});
