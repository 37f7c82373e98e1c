/**
 * `--corrections FILE`: an analyst's decisions, read here and applied on top of the analysis by
 * src/analyze/corrections.ts (after the cache, so the cache keeps serving the tool's reading).
 * The file is JSON ("format": "remiss-corrections/1"), or the CSV form `remiss review` writes for
 * Excel (by the .csv extension).
 */
import type { Command } from 'commander';
import type { Corrections } from '../analyze/corrections.js';
import { readFileChecked } from './io.js';

export function addCorrectionsOption(
  cmd: Command,
  description = 'en analytikers rättelser (remiss-corrections/1 som JSON, eller CSV från remiss review) som läggs ovanpå läsningen',
): void {
  cmd.option('--corrections <fil>', description);
}

const isCsvPath = (file: string): boolean => /\.csv$/i.test(file);

/** Read and check a corrections file; undefined when none was given. */
export async function readCorrections(file: string | undefined): Promise<Corrections | undefined> {
  if (!file) return undefined;
  const bytes = await readFileChecked(file);
  const [{ decodeText }, { parseCorrectionsJson }] = await Promise.all([import('../read/text.js'), import('../analyze/corrections.js')]);
  const text = decodeText(bytes, file).text;
  if (isCsvPath(file)) return (await import('../analyze/corrections-csv.js')).parseCorrectionsCsv(text, file);
  return parseCorrectionsJson(text, file);
}
