/** The Swedish labels of remiss diff and remiss report (data/lexicon/report.json). */
import { loadData } from '../../data.js';

export interface ReportLabels {
  stance: Record<string, string>;
  diff: Record<string, string>;
  report: Record<string, string>;
}

export function reportLabels(): ReportLabels {
  return loadData<ReportLabels>('lexicon/report.json');
}

/** Fill "{name}" placeholders of a label. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** A similarity as Swedish readers write a decimal: 0,74. */
export function decimal(x: number | null): string {
  return x === null ? '–' : x.toFixed(2).replace('.', ',');
}
