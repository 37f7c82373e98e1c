/**
 * The starting corrections file of `remiss review`: JSON (remiss-corrections/1), or CSV for Excel
 * (always the Swedish Excel form: BOM, ";", CRLF — the file is meant to be opened there).
 */
import { reviewEntry, type Review } from '../analyze/review.js';
import type { Table } from '../analyze/tabulate.js';
import { correctionWords, resolveBody } from '../analyze/corrections.js';
import { choiceCell, STANCE_WORDS } from '../analyze/corrections-csv.js';
import { toCsv } from './csv.js';
import { where } from './where.js';

export function reviewJson(r: Review): string {
  return JSON.stringify(r.doc, null, 2) + '\n';
}

/**
 * Every entry of the file (the analyst's and the new ones) as a CSV row. The columns that only
 * inform (why to check, the tool's reading, its quotes) are filled from the current reading.
 */
export function reviewCsv(r: Review, table: Table): string {
  const h = correctionWords().csv;
  const stances = STANCE_WORDS();
  const header = [h.respondent, h.decided, h.stance, h.choices, h.conditional, h.add, h.remove, h.reason, h.review, h.reading, h.evidence];
  const yesNo = (b: unknown): string => (b === true ? h.yes : b === false ? h.no : '');
  const rows = r.doc.corrections.map((raw) => {
    const e = (raw ?? {}) as Record<string, any>;
    const id = typeof e.respondent === 'string' ? resolveBody(e.respondent, table.respondents) : undefined;
    const row = table.rows.find((x) => x.respondent === id);
    const info = row ? reviewEntry(table, row) : undefined;
    const reading = info?.reading;
    const readingText = reading ? (reading.choices.length ? choiceCell(reading.choices) + (reading.conditional ? ' *' : '') : (stances[reading.stance] ?? '')) : '';
    return [
      String(e.respondent ?? ''),
      yesNo(e.decided ?? true),
      e.stance ? (stances[e.stance] ?? String(e.stance)) : '',
      Array.isArray(e.choices) ? choiceCell(e.choices) : '',
      yesNo(e.conditional),
      Array.isArray(e.processes?.add) ? e.processes.add.join(', ') : '',
      Array.isArray(e.processes?.remove) ? e.processes.remove.join(', ') : '',
      String(e.reason ?? ''),
      info ? info.review.join('; ') : '',
      readingText,
      info ? info.evidence.map((q) => `”${q.quote}” (${where(q)})`).join('\n') : '',
    ];
  });
  return toCsv([header, ...rows], { excel: true });
}
