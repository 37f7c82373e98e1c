/**
 * A horizontal bar chart as inline SVG: one bar per item, its label on the left (cut to a readable
 * length, the whole label in the bar's tooltip), the value after the bar. Horizontal because the
 * labels are proposals such as "Nämnd (utsedd av KS) tillsammans med t ex MKB".
 */
import { html, type Html } from './html.js';

export interface Bar {
  label: string;
  value: number;
  /** Tooltip text (the whole label and what the value counts). */
  title: string;
}

const ROW = 26;
const BAR = 18;
const MAX_LABEL = 48;
/** An estimate of the width of a character at 13px: the text is measured by nobody (no script). */
const CHAR = 7.2;
const BAR_WIDTH = 320;

const cut = (s: string): string => (s.length <= MAX_LABEL ? s : `${s.slice(0, MAX_LABEL - 1)}…`);

/** `scale`: the value a full-length bar stands for, so that charts shown together compare (default: the largest value). */
export function barChart(bars: Bar[], ariaLabel: string, scale?: number): Html {
  const labelWidth = Math.ceil(Math.min(MAX_LABEL, Math.max(4, ...bars.map((b) => cut(b.label).length))) * CHAR) + 12;
  const max = Math.max(1, scale ?? 0, ...bars.map((b) => b.value));
  const width = labelWidth + BAR_WIDTH + 40;
  const height = bars.length * ROW + 8;
  const rows = bars.map((b, i) => {
    const y = 4 + i * ROW;
    const w = Math.max(b.value > 0 ? 2 : 0, Math.round((b.value / max) * BAR_WIDTH));
    return html`<g class="row">
<title>${b.title}</title>
<text x="${labelWidth - 8}" y="${y + BAR - 4}" text-anchor="end">${cut(b.label)}</text>
<rect class="bar" x="${labelWidth}" y="${y}" width="${w}" height="${BAR}" rx="2"></rect>
<text class="value" x="${labelWidth + w + 6}" y="${y + BAR - 4}">${b.value}</text>
</g>`;
  });
  return html`<svg class="bars" data-scale="${max}" role="img" aria-label="${ariaLabel}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${rows}</svg>`;
}
