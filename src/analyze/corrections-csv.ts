/**
 * The CSV form of a corrections file, for an analyst who edits in Excel: one row per entry under
 * Swedish headers (data/lexicon/corrections.json "csv"). In "Förslag" proposals are separated by
 * ";", the bodies of a joint proposal by "+", and a described body is written in [brackets];
 * "Beslutad" is ja/nej. Read into the JSON form and checked by parseCorrections, so both forms
 * give the same warnings.
 */
import { fill, loadData } from '../data.js';
import { InputError } from '../errors.js';
import { foldWords } from '../normalize/fold.js';
import { CORRECTIONS_FORMAT, correctionWords, parseCorrections, type Corrections, type Member } from './corrections.js';

/** RFC 4180 records: quoted fields may hold the separator, quotes ("") and line breaks. */
export function parseCsvRecords(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) record.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      (record = []), (field = '');
    } else field += c;
  }
  if (field !== '' || record.length) records.push([...record, field]);
  return records.filter((r) => r.some((f) => f.trim() !== ''));
}

/** "FRN; MKB + KS; [en nämnd med …]" → [["FRN"], ["MKB", "KS"], [{generic: "en nämnd med …"}]]. */
export function parseChoiceCell(cell: string): Member[][] {
  return cell
    .split(';')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) =>
      c
        .split('+')
        .map((m) => m.trim())
        .filter(Boolean)
        .map((m): Member => (/^\[.*\]$/s.test(m) ? { generic: m.slice(1, -1).trim() } : m)),
    );
}

export function choiceCell(choices: Member[][]): string {
  return choices.map((c) => c.map((m) => (typeof m === 'string' ? m : `[${m.generic}]`)).join(' + ')).join('; ');
}

/** Stance codes and the words the report uses for them ("föreslår", "avstår", "inget förslag"). */
function stanceOf(cell: string, words: Record<string, string>): string {
  const f = foldWords(cell);
  for (const [code, word] of Object.entries(words)) if (f === foldWords(word) || f === foldWords(code)) return code;
  return cell.trim();
}

export function parseCorrectionsCsv(text: string, file: string, stanceWords: Record<string, string> = STANCE_WORDS()): Corrections {
  const h = correctionWords().csv;
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0];
  const separator = firstLine.includes(';') ? ';' : ',';
  const [header, ...rows] = parseCsvRecords(body, separator);
  const col = (name: string): number => (header ?? []).findIndex((x) => foldWords(x) === foldWords(name));
  if (col(h.respondent) < 0) throw new InputError(file, fill(correctionWords().messages.csvNoHeader, { column: h.respondent }));
  const yes = (v: string): boolean | undefined => (foldWords(v) === foldWords(h.yes) ? true : foldWords(v) === foldWords(h.no) ? false : undefined);
  // A cell Excel would take for a formula was written with a leading apostrophe (src/export/sanitize.ts).
  const get = (r: string[], name: string): string => (col(name) >= 0 ? (r[col(name)] ?? '').replace(/^'(?=[=+\-@\t\r])/, '').trim() : '');
  const list = (v: string): string[] => v.split(/[,;]/).map((x) => x.trim()).filter(Boolean);
  const corrections = rows.map((r) => {
    const e: Record<string, unknown> = { respondent: get(r, h.respondent) };
    const decided = get(r, h.decided);
    if (decided) e.decided = yes(decided) ?? decided;
    const stance = get(r, h.stance);
    if (stance) e.stance = stanceOf(stance, stanceWords);
    const choices = get(r, h.choices);
    if (choices || e.stance === 'proposes') e.choices = parseChoiceCell(choices);
    const conditional = get(r, h.conditional);
    if (conditional) e.conditional = yes(conditional) ?? conditional;
    const add = list(get(r, h.add));
    const remove = list(get(r, h.remove));
    if (add.length || remove.length) e.processes = { add, remove };
    e.reason = get(r, h.reason);
    return e;
  });
  return parseCorrections({ format: CORRECTIONS_FORMAT, corrections }, file);
}

/** The report's words for the stances (data/lexicon/report.json), which the CSV form writes. */
export const STANCE_WORDS = (): Record<string, string> => loadData<{ stance: Record<string, string> }>('lexicon/report.json').stance;
