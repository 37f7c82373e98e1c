/**
 * What a letter is to every pattern of remiss (src/normalize/letters.ts): \p{L}, \p{Lu}, \p{Ll}
 * and \p{N} of the European scripts. The narrowed classes are exactly Unicode's inside the script
 * blocks and empty outside them; a source is rewritten only at those four escapes; the classes
 * stay small (the reason they exist); and the code as built has no regex literal with one of
 * them left, nor any pattern made at run time past letterRegExp.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rolldown/parseAst';
import { PRIMING_SUBJECT, REGEXP_LONG_SUBJECT, SCRIPT_BLOCKS, letterClasses, letterRegExp, narrowClasses } from '../../src/normalize/letters.js';
import { toLines } from '../../src/normalize/unicode.js';
import { narrowLiterals } from '../../scripts/narrow-literals.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const inBlocks = (cp: number): boolean => SCRIPT_BLOCKS.some(([lo, hi]) => cp >= lo && cp <= hi);
const PROPERTIES = ['L', 'Lu', 'Ll', 'N'] as const;

/** Code points to compare on: the whole BMP and samples of every astral plane in use. */
const CODE_POINTS = [...Array.from({ length: 0x10000 }, (_, i) => i), 0x1d400, 0x1d7ce, 0x20000, 0x1f600, 0x10400, 0x1f1e6, 0x2f800, 0xe0041];

describe('the narrowed classes', () => {
  it.each(PROPERTIES)('\\p{%s}: Unicode\'s inside the script blocks, nothing outside them', (p) => {
    const unicode = new RegExp(`^\\p{${p}}$`, 'u');
    const narrowed = letterRegExp(`^\\p{${p}}$`, 'u');
    const wrong = CODE_POINTS.filter((cp) => cp < 0xd800 || cp > 0xdfff).filter((cp) => narrowed.test(String.fromCodePoint(cp)) !== (inBlocks(cp) && unicode.test(String.fromCodePoint(cp))));
    expect(wrong).toEqual([]);
  });

  // The number of ranges is what V8's compile time grows with: pinned, so that a wider
  // definition is a decision, not an accident.
  it.each([
    ['L', 42],
    ['Lu', 410],
    ['Ll', 413],
    ['N', 4],
  ] as const)('\\p{%s} is %i ranges', (p, n) => {
    const re = letterRegExp(`^\\p{${p}}$`, 'u');
    let runs = 0;
    let inside = false;
    for (let cp = 0; cp <= 0x1fff; cp++) {
      const now = re.test(String.fromCodePoint(cp));
      if (now && !inside) runs++;
      inside = now;
    }
    expect(runs).toBe(n);
  });

  it('Swedish, Sami, other European letters, Greek and Cyrillic are letters; other scripts are not', () => {
    const word = letterRegExp('^[\\p{L}\\p{N}]+$', 'u');
    for (const w of ['nämnden', 'ÅÄÖ', 'Sámi', 'ĐŊŦŽ', 'Łódź', 'Ærø', 'façade', 'Αθήνα', 'Москва', 'ẞ', 'x²']) expect(word.test(w), w).toBe(true);
    for (const w of ['東京', 'القاهرة', 'שלום', '𝐀', '😀', 'ﬁ', '①', '٣']) expect(word.test(w), w).toBe(false);
  });
});

describe('narrowClasses rewrites the four escapes and nothing else', () => {
  const { L, Lu, N } = letterClasses();
  const cases: Array<[string, string]> = [
    ['plain text', 'plain text'],
    ['\\p{L}+', `[${L}]+`],
    ['[\\p{L}\\p{N}]', `[${L}${N}]`],
    ['(?<![\\p{L}\\p{N}-])\\p{Lu}', `(?<![${L}${N}-])[${Lu}]`],
    ['[^\\p{L}]', `[^${L}]`],
    ['\\\\p\\{L\\}', '\\\\p\\{L\\}'], // a backslash, then "p{L}"
    ['\\P{L}', `[^${L}]`], // the complement, outside a class
    ['[\\P{L}x]', '[\\P{L}x]'], // inside one it cannot be written as ranges: left as written
    ['\\p{M}', '\\p{M}'],
    ['\\p{Lt}', '\\p{Lt}'],
    ['[\\]\\p{L}]', `[\\]${L}]`], // an escaped bracket does not end the class
    ['[a-z]\\p{N}', `[a-z][${N}]`],
  ];
  it.each(cases)('%j', (source, expected) => {
    expect(narrowClasses(source)).toBe(expected);
    expect(() => new RegExp(narrowClasses(source), 'u')).not.toThrow();
  });

  it('only for flag u: without it \\p{L} is text; flag v is refused', () => {
    expect(narrowClasses('\\p{L}', 'g')).toBe('\\p{L}');
    expect(() => narrowClasses('[\\p{L}--[a-z]]', 'v')).toThrow(/flag v/);
  });

  it('a source without a property class is returned as it is', () => {
    const s = 'abc[d-f]\\s+';
    expect(narrowClasses(s)).toBe(s);
  });
});

describe('regex literals are narrowed where the code is built', () => {
  it('in code: only regex literals with a property class change, positions past non-ASCII text kept', () => {
    const code = "// åäö 😀\nconst a = /[\\p{L}\\p{N}]+/gu; const s = '\\\\p{L}'; const b = /[åäö]/; const c = /\\p{Lu}x/u;\n";
    const out = narrowLiterals(code, narrowClasses, 'x.js');
    const { L, Lu, N } = letterClasses();
    expect(out).toBe(`// åäö 😀\nconst a = /[${L}${N}]+/gu; const s = '\\\\p{L}'; const b = /[åäö]/; const c = /[${Lu}]x/u;\n`);
  });

  /** Regex literals of a JavaScript file that still have a property class. */
  function wideLiterals(file: string): string[] {
    const ast = parseAst(readFileSync(file, 'utf8'), { sourceType: file.endsWith('.cjs') ? 'script' : 'module' }, file);
    const out: string[] = [];
    const visit = (n: unknown): void => {
      if (!n || typeof n !== 'object') return;
      if (Array.isArray(n)) return n.forEach(visit);
      const node = n as { type?: string; regex?: { pattern: string } };
      if (node.type === 'Literal' && node.regex && /\\p\{(?:L|Lu|Ll|N)\}/.test(node.regex.pattern)) out.push(node.regex.pattern);
      for (const v of Object.values(node)) visit(v);
    };
    visit(ast);
    return out;
  }

  const dist = path.join(root, 'dist');
  const built = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === 'seed-cache' ? [] : built(path.join(dir, e.name))) : /\.c?js$/.test(e.name) && e.name !== 'pdf-parse.cjs' ? [path.join(dir, e.name)] : []));

  it('dist/ and the one-file program have none left', () => {
    const left = built(dist).flatMap((f) => wideLiterals(f).map((p) => `${path.relative(root, f)}: /${p}/`));
    expect(left).toEqual([]);
  });

  it('every pattern made at run time goes through letterRegExp', () => {
    const src = path.join(root, 'src');
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
    const direct = files(src)
      .filter((f) => !f.endsWith(path.join('normalize', 'letters.ts')))
      .filter((f) => /new RegExp\(/.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(root, f));
    expect(direct).toEqual([]);
  });
});

describe('patterns made at run time are compiled to machine code at once', () => {
  // V8 interprets a pattern on its first run unless the subject is this long; pinned, since a
  // shorter priming subject would silently bring the double compile back.
  it('the priming subject is V8\'s long-subject length, of a two-byte character no text has', () => {
    expect(REGEXP_LONG_SUBJECT).toBe(1000);
    expect(PRIMING_SUBJECT.length).toBe(REGEXP_LONG_SUBJECT);
    expect(new Set(PRIMING_SUBJECT)).toEqual(new Set(['\ue000']));
  });

  it.each([
    ['(?<![\\p{L}])nämnd(?:en)?', 'gu', 'Kulturnämnden och nämnden', [['nämnden', 18]]],
    ['\\p{Lu}\\p{Ll}+', 'gu', 'Ett Två', [['Ett', 0], ['Två', 4]]],
    ['samordn', 'y', 'samordnare', [['samordn', 0]]],
    ['.+', 'g', 'rad', [['rad', 0]]],
  ] as const)('/%s/%s finds in %j what an unprimed pattern finds, from index 0', (source, flags, text, want) => {
    const re = letterRegExp(source, flags);
    expect(re.lastIndex).toBe(0);
    const found: Array<[string, number]> = [];
    for (let m = re.exec(text); m !== null; m = re.global ? re.exec(text) : null) found.push([m[0], m.index]);
    expect(found).toEqual(want);
  });
});

describe('ligatures are spelled out when text is read', () => {
  it.each([
    ['Det ﬁnns ﬂera', 'Det finns flera'],
    ['eﬀekt, eﬃcient, baﬄe', 'effekt, efficient, baffle'],
    ['ﬅ ﬆ', 'st st'],
  ])('%j', (raw, line) => {
    expect(toLines(raw)).toEqual([line]);
  });
});
