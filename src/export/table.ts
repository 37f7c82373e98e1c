/**
 * Aligned plain-text tables for the terminal. Colour is applied by the caller through a `style`
 * function that is the identity when colour is off, so the layout never depends on it.
 */
import { visible } from './sanitize.js';

export type Style = (s: string) => string;

export interface TableOptions {
  /** Per column: 'left' (default) or 'right'. */
  align?: Array<'left' | 'right'>;
  /** Style for the header row. */
  header?: Style;
  /** Style for a cell, by its content (after padding is computed on the plain text). */
  cell?: (text: string, row: number, col: number) => Style | undefined;
  /** The width to fit (a terminal's columns); none: as wide as the content. */
  maxWidth?: number;
  /** The columns whose text may wrap to fit maxWidth (default: the last one). */
  wrap?: number[];
}

const COMBINING_OR_SURROGATE = /[\u0300-\u036f\ud800-\udfff]/;

/** Display width: counts code points (our tables hold Swedish letters, ✓ and –). */
export function width(s: string): number {
  // Most cells have neither combining marks nor astral characters: then it is the length.
  return COMBINING_OR_SURROGATE.test(s) ? [...s.normalize('NFC')].length : s.length;
}

function pad(s: string, w: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return align === 'right' ? fill + s : s + fill;
}

/** Columns never wrap narrower than this, however narrow the terminal. */
export const MIN_WRAP_WIDTH = 16;
/** A word longer than this may be cut to fit (a URL, a compound of compounds). */
const MAX_WORD = 24;

/** Break a text into lines of at most `w` characters at spaces; a longer word is cut. */
export function wrapText(text: string, w: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (let word of para.split(/\s+/).filter(Boolean)) {
      while (width(word) > w) {
        if (line) {
          out.push(line);
          line = '';
        }
        const chars = [...word];
        out.push(chars.slice(0, w).join(''));
        word = chars.slice(w).join('');
      }
      if (!line) line = word;
      else if (width(line) + 1 + width(word) <= w) line += ` ${word}`;
      else {
        out.push(line);
        line = word;
      }
    }
    out.push(line);
  }
  return out.length ? out : [''];
}

/**
 * Column widths that fit `maxWidth`: the wrapping columns give up room, the widest first, down
 * to MIN_WRAP_WIDTH; the other columns keep their width (a table of many narrow columns may
 * still be wider than the terminal).
 */
export function fitWidths(natural: number[], maxWidth: number | undefined, wrap: number[], minimum: number[] = []): number[] {
  const widths = [...natural];
  if (!maxWidth) return widths;
  const floor = (c: number): number => Math.min(natural[c], Math.max(MIN_WRAP_WIDTH, minimum[c] ?? 0));
  const total = (): number => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  while (total() > maxWidth) {
    const shrinkable = wrap.filter((c) => widths[c] > floor(c)).sort((a, b) => widths[b] - widths[a]);
    if (shrinkable.length === 0) break;
    const c = shrinkable[0];
    const before = widths[c];
    // Shrink the widest down to the next widest at most, so the wrapping columns end up even.
    const next = shrinkable[1] !== undefined ? widths[shrinkable[1]] : floor(c);
    widths[c] = Math.max(floor(c), next, before - (total() - maxWidth));
    if (widths[c] === before) widths[c] = before - 1;
  }
  return widths;
}

export function renderTable(header: string[], rows: string[][], options: TableOptions = {}): string {
  // Document text in a cell never reaches the terminal as control characters.
  header = header.map(visible);
  rows = rows.map((r) => r.map(visible));
  // No Math.max(...spread) over rows or words: a table of a hundred thousand rows would overflow the stack.
  const natural = header.map((h, i) => rows.reduce((w, r) => Math.max(w, width(r[i] ?? '')), width(h)));
  const wrap = options.wrap ?? (options.maxWidth ? [header.length - 1] : []);
  // A wrapping column keeps its longest word whole (up to MAX_WORD): "samverkansplattformen" is not cut.
  const longestWord = header.map((h, i) => {
    let w = 0;
    for (const t of [h, ...rows.map((r) => r[i] ?? '')]) for (const word of t.split(/\s+/)) w = Math.max(w, width(word));
    return Math.min(MAX_WORD, w);
  });
  const widths = fitWidths(natural, options.maxWidth, wrap, longestWord);
  const align = (i: number): 'left' | 'right' => options.align?.[i] ?? 'left';
  const lines = (cells: string[], style?: (c: string, i: number) => string): string[] => {
    const pieces = cells.map((c, i) => (width(c) > widths[i] || c.includes('\n') ? wrapText(c, widths[i]) : [c]));
    const height = Math.max(1, ...pieces.map((p) => p.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      out.push(
        widths
          .map((w, i) => {
            const padded = pad(pieces[i]?.[k] ?? '', w, align(i));
            return style ? style(padded, i) : padded;
          })
          .join('  ')
          .trimEnd(),
      );
    }
    return out;
  };
  const out = lines(header, options.header ? (c) => options.header!(c) : undefined);
  out.push(widths.map((w) => '─'.repeat(w)).join('  '));
  rows.forEach((r, ri) =>
    out.push(
      ...lines(r, (c, ci) => {
        const st = options.cell?.(r[ci] ?? '', ri, ci);
        return st ? st(c) : c;
      }),
    ),
  );
  return out.join('\n') + '\n';
}
