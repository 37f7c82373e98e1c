/**
 * Aligned plain-text tables for the terminal. Colour is applied by the caller through a `style`
 * function that is the identity when colour is off, so the layout never depends on it.
 */
export type Style = (s: string) => string;

export interface TableOptions {
  /** Per column: 'left' (default) or 'right'. */
  align?: Array<'left' | 'right'>;
  /** Style for the header row. */
  header?: Style;
  /** Style for a cell, by its content (after padding is computed on the plain text). */
  cell?: (text: string, row: number, col: number) => Style | undefined;
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

export function renderTable(header: string[], rows: string[][], options: TableOptions = {}): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const align = (i: number): 'left' | 'right' => options.align?.[i] ?? 'left';
  const line = (cells: string[], style?: (c: string, i: number) => string): string =>
    cells
      .map((c, i) => {
        const padded = pad(c, widths[i], align(i));
        return style ? style(padded, i) : padded;
      })
      .join('  ')
      .trimEnd();
  const out = [line(header, options.header ? (c) => options.header!(c) : undefined)];
  out.push(widths.map((w) => '─'.repeat(w)).join('  '));
  rows.forEach((r, ri) =>
    out.push(
      line(r, (c, ci) => {
        const st = options.cell?.(r[ci] ?? '', ri, ci);
        return st ? st(c) : c;
      }),
    ),
  );
  return out.join('\n') + '\n';
}
