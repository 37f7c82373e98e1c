/**
 * CSV output: RFC 4180 in UTF-8 by default; with `excel`, what Swedish Excel opens correctly —
 * a UTF-8 BOM, ";" as separator (Swedish Excel reads "," as the decimal comma) and CRLF line ends.
 * Under CRLF, csv-stringify would leave a field with a bare "\n" unquoted; quoted_match fixes it.
 */
import { stringify } from 'csv-stringify/sync';
import { csvCell } from './sanitize.js';

export interface CsvOptions {
  excel?: boolean;
}

export function toCsv(rows: Array<Array<string | number | null>>, options: CsvOptions = {}): string {
  // Numbers are the tool's own; text may come from the documents (see sanitize.ts).
  const excel = Boolean(options.excel);
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : typeof c === 'number' ? String(c) : csvCell(c, excel))));
  if (options.excel) {
    return stringify(cells, { bom: true, delimiter: ';', record_delimiter: 'windows', quoted_match: /[\r\n]/ });
  }
  return stringify(cells, { record_delimiter: 'unix', quoted_match: /[\r\n]/ });
}
