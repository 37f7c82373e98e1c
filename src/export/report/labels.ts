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

export { fill } from '../../data.js';

/** A similarity as Swedish readers write a decimal: 0,74. */
export function decimal(x: number | null): string {
  return x === null ? '–' : x.toFixed(2).replace('.', ',');
}
