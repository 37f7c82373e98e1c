/**
 * What a letter is to remiss's patterns: `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}` mean the letters
 * (capitals, small letters) and digits of the European scripts — Latin with all its extensions
 * (Swedish, Sami, Finnish, the other languages of Europe), Greek and Cyrillic: Unicode's
 * U+0000–U+052F and U+1E00–U+1FFF. A letter of another script is read as punctuation.
 *
 * Why: V8 compiles a property class into code for every range the class has, in all of Unicode:
 * `[\p{L}\p{N}]` is 778 ranges, 361 of them beyond U+FFFF, and costs half a millisecond in
 * each of the hundreds of patterns a run compiles — a fifth of a cold `tabulate`. The European
 * blocks are 46 ranges, compiled ten times faster, and remissvar are written in them.
 *
 * Every pattern goes through narrowClasses: the regex literals of the code when it is built
 * (scripts/narrow-literals.mjs, for dist/ and, through vitest.config.ts, for the tests), and the
 * patterns made at run time — from lexicons, the registry, round files — through letterRegExp.
 * Ligatures (ﬁ, ﬂ), which PDFs carry, are spelled out when text is read (src/normalize/unicode.ts).
 */

/** The code points whose letters and digits remiss reads as such. */
export const SCRIPT_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x052f], // Basic Latin … Latin Extended-B, IPA, Greek and Coptic, Cyrillic (+ Supplement)
  [0x1e00, 0x1fff], // Latin Extended Additional, Greek Extended
];

/** The property classes narrowed, by name. */
const PROPERTIES = ['L', 'Lu', 'Ll', 'N'] as const;
type Property = (typeof PROPERTIES)[number];

const hex = (cp: number): string => `\\u${cp.toString(16).padStart(4, '0')}`;
const classChar = (cp: number): string => ((cp >= 0x30 && cp <= 0x39) || ((cp | 32) >= 0x61 && (cp | 32) <= 0x7a) ? String.fromCharCode(cp) : hex(cp));

/** The ranges of a property inside the script blocks, as the body of a character class. */
function rangesOf(property: Property): string {
  const test = new RegExp(`^\\p{${property}}$`, 'u');
  let out = '';
  for (const [lo, hi] of SCRIPT_BLOCKS) {
    let start = -1;
    for (let cp = lo; cp <= hi + 1; cp++) {
      const inside = cp <= hi && test.test(String.fromCodePoint(cp));
      if (inside && start < 0) start = cp;
      else if (!inside && start >= 0) {
        const end = cp - 1;
        out += end === start ? classChar(start) : end === start + 1 ? classChar(start) + classChar(end) : `${classChar(start)}-${classChar(end)}`;
        start = -1;
      }
    }
  }
  return out;
}

let classes: Record<Property, string> | undefined;

/** Each narrowed property as the body of a character class (computed once: some 2 000 code points). */
export function letterClasses(): Readonly<Record<Property, string>> {
  classes ??= { L: rangesOf('L'), Lu: rangesOf('Lu'), Ll: rangesOf('Ll'), N: rangesOf('N') };
  return classes;
}

/** One part of a regex source (flag u), as a rewrite is handed it, with whether it stands in a character class. */
export type SourcePart =
  | { kind: 'property'; name: string; negated: boolean; inClass: boolean; text: string }
  | { kind: 'escape'; inClass: boolean; text: string }
  | { kind: 'char'; inClass: boolean; text: string; codePoint: number };

const ANY_PROPERTY = /^\\([pP])\{([^}]*)\}/;

/**
 * A regex source (flag u) rewritten part by part: each property escape (`\p{…}`, `\P{…}`), other
 * escape and character is handed to `rewrite`, which gives its text in the result — or null to
 * give up, and the whole result is null. The one reader of sources both the narrowed letters
 * (narrowClasses) and the lexicon's small alphabet (compactSource in src/tag/pattern.ts) use.
 */
export function rewriteSource(source: string, rewrite: (part: SourcePart) => string | null): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    let part: SourcePart;
    let width = 1;
    if (c === '\\') {
      const m = source[i + 1] === 'p' || source[i + 1] === 'P' ? ANY_PROPERTY.exec(source.slice(i, i + 40)) : null;
      part = m ? { kind: 'property', name: m[2], negated: m[1] === 'P', inClass, text: m[0] } : { kind: 'escape', inClass, text: source.slice(i, i + 2) };
      width = part.text.length;
    } else {
      part = { kind: 'char', inClass, text: c, codePoint: source.codePointAt(i)! };
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
    }
    const text = rewrite(part);
    if (text === null) return null;
    out += text;
    i += width - 1;
  }
  return out;
}

const isNarrowed = (name: string): name is Property => (PROPERTIES as readonly string[]).includes(name);

/**
 * A regex source with `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}` narrowed to the script blocks:
 * inside a character class by its ranges, outside one as a class of them; `\P{…}` outside a class
 * as the class's complement (inside one it is left as written: a class cannot hold a complement).
 * Every other part — other escapes (`\p{M}`), classes, groups — is kept as written. Only for
 * flag u (without it `\p{L}` is the text "p{L}"); the v flag's nested classes are not read here,
 * and a source for it is refused rather than rewritten wrongly.
 */
export function narrowClasses(source: string, flags = 'u'): string {
  if (!source.includes('\\p{') && !source.includes('\\P{')) return source;
  if (flags.includes('v')) throw new Error(`narrowClasses: flag v is not supported (${source.slice(0, 40)})`);
  if (!flags.includes('u')) return source;
  const sets = letterClasses();
  return rewriteSource(source, (p) => {
    if (p.kind !== 'property' || !isNarrowed(p.name)) return p.text;
    if (!p.negated) return p.inClass ? sets[p.name] : `[${sets[p.name]}]`;
    return p.inClass ? p.text : `[^${sets[p.name]}]`;
  })!;
}

/**
 * A subject long enough that V8 compiles a pattern to machine code on its first run. Otherwise the
 * first run compiles it to bytecode and interprets it, and the second compiles it again: for the
 * lexicons' large alternations that double compile was about 40 ms of a cold `tabulate`. Two-byte
 * (a private-use character, which no pattern names) because a round's text is: every "–" or "”"
 * makes it so, and V8 compiles a pattern for each kind of string separately.
 */
/** V8's length from which a subject tiers a pattern up at once (kTierUpForSubjectLengthValue). */
export const REGEXP_LONG_SUBJECT = 1000;

export const PRIMING_SUBJECT = '\ue000'.repeat(REGEXP_LONG_SUBJECT);

/** `new RegExp(source, flags)` with the letter classes narrowed: every pattern made at run time. */
export function letterRegExp(source: string, flags?: string): RegExp {
  const re = new RegExp(narrowClasses(source, flags ?? ''), flags);
  re.test(PRIMING_SUBJECT);
  re.lastIndex = 0;
  return re;
}

let anyLetter: RegExp | undefined;
const otherScripts = new Map<number, boolean>();

/**
 * Whether a code point is a letter of a script remiss does not read (東, ש, ب): not narrowed, on
 * purpose — a file written in such a script is text in another script, not binary data.
 */
export function isOtherScriptLetter(cp: number): boolean {
  if (cp < 0x0530) return false;
  let v = otherScripts.get(cp);
  if (v === undefined) {
    anyLetter ??= new RegExp('^\\p{L}$', 'u');
    // Outside the script blocks no letter is narrowed in, so any letter there is another script's.
    v = !SCRIPT_BLOCKS.some(([lo, hi]) => cp >= lo && cp <= hi) && anyLetter.test(String.fromCodePoint(cp));
    if (otherScripts.size < 10_000) otherScripts.set(cp, v);
  }
  return v;
}
