/**
 * A survey tool's export as CSV (Netigate, Esmaker, Forms, Excel's "Spara som CSV"): one row per
 * answer, a column per question with the question's text as its header, the answering body in a
 * column of its own ("Organisation", "Remissinstans"), metadata around them (an id, a time, a
 * contact person). Fields may be quoted, with the separator, quotes doubled and line breaks inside.
 *
 * The export is read as the form each row is: the questions, numbered, as the preamble the
 * header's question columns give; then per row the respondent as a field ("Organisation: X"),
 * and per question a heading "Fråga N" with the cell's lines under it — each line at the line of
 * the file its text stands on, so that a quote is found where the analyst looks. The other
 * columns are the row's furniture: read, kept apart, answering nothing.
 */
import type { Line } from '../model.js';
import { loadData } from '../data.js';
import { foldWords } from '../normalize/fold.js';

/** Separators an export uses, in the order they are tried. */
const SEPARATORS = [';', ',', '\t'] as const;

/** Columns a CSV must have to be read as an export of answers (a respondent column and two questions at least). */
export const MIN_CSV_COLUMNS = 3;
/** Header cells that ask (end in "?") a CSV needs to be read as answers to questions. */
export const MIN_QUESTION_COLUMNS = 2;

interface Field {
  /** The field's text, its quotes undone. */
  text: string;
  /** The file's line (1-based) the field's text starts on. */
  line: number;
}

/** The records of a CSV text with `sep`, each field with the line it starts on. */
export function parseCsv(text: string, sep: string): Field[][] {
  const records: Field[][] = [];
  let record: Field[] = [];
  let field = '';
  let fieldLine = 1;
  let line = 1;
  let quoted = false;
  let started = false;
  const endField = (): void => {
    record.push({ text: field, line: fieldLine });
    field = '';
    started = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!started) {
      started = true;
      fieldLine = line;
      if (c === '"') {
        quoted = true;
        continue;
      }
    }
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
        continue;
      }
      if (c === '\r' && text[i + 1] === '\n') continue;
      if (c === '\n') line++;
      field += c;
      continue;
    }
    if (c === sep) {
      endField();
      continue;
    }
    if (c === '\r') continue;
    if (c === '\n') {
      endField();
      records.push(record);
      record = [];
      line++;
      continue;
    }
    field += c;
  }
  if (started || record.length > 0) {
    endField();
    records.push(record);
  }
  return records.filter((r) => r.some((f) => f.text.trim() !== ''));
}

/** The separator of a CSV export, or undefined when the text is none: its first line split so into as many fields as the next lines. */
export function csvSeparator(text: string): string | undefined {
  const head = text.slice(0, 20_000);
  for (const sep of SEPARATORS) {
    const records = parseCsv(head, sep).slice(0, 6);
    if (records.length < 2 || records[0].length < MIN_CSV_COLUMNS) continue;
    // A cut-off last record may be short; the others have the header's width.
    if (records.slice(1, -1).every((r) => r.length === records[0].length) && records[0].filter((f) => /\?\s*$/u.test(f.text.trim())).length >= MIN_QUESTION_COLUMNS) return sep;
  }
  return undefined;
}

interface CsvLexicon {
  /** Header words of the column naming the answering body. */
  respondentColumns: string[];
  /** The label a row's respondent is written with, as a form's field ("Organisation"). */
  respondentLabel: string;
  /** The heading each question's answer gets ("Fråga {n}"). */
  questionHeading: string;
  /** The line introducing the header's questions, as a remiss's preamble does ("Remissfrågor:"). */
  questionsIntro: string;
  /** Words that mark a row as the tool's test, no answer ("TEST – ta bort"), in its metadata or respondent cells. */
  testMarks: string[];
}

/**
 * An export's lines as the reader gives a text's: the questions, then each row as a form.
 * `furniture` gets the metadata cells.
 */
export function csvLines(text: string, sep: string, source: number): { lines: Line[]; furniture: Line[] } {
  const lex = loadData<{ csv: CsvLexicon }>('lexicon/structure.json').csv;
  const records = parseCsv(text.replace(/^\uFEFF/u, ''), sep);
  const header = records[0].map((f) => f.text.replace(/\s+/gu, ' ').trim());
  const questions = header.map((h, k) => ({ h, k })).filter(({ h }) => /\?$/u.test(h));
  const labels = new Set(lex.respondentColumns.map((w) => foldWords(w)));
  const who = header.findIndex((h) => labels.has(foldWords(h)));
  // The columns after the last question that are no metadata ("Övriga synpunkter") are answers too.
  const lastQuestion = questions.length > 0 ? questions[questions.length - 1].k : -1;
  const rest = header.map((h, k) => ({ h, k })).filter(({ k }) => k > lastQuestion && k !== who);
  const lines: Line[] = [];
  const furniture: Line[] = [];
  const at = (text: string, line: number): Line => ({ text, page: null, line, source });
  const blank = (line: number): void => void lines.push(at('', line));
  // The header's question columns, as a preamble's numbered list under its introduction; each
  // item apart from the next: one question, however it ends.
  lines.push(at(lex.questionsIntro, records[0][0].line));
  questions.forEach(({ h }, n) => {
    blank(records[0][0].line);
    lines.push(at(`${n + 1}. ${h}`, records[0][0].line));
  });
  records[0].forEach((f, k) => {
    if (!questions.some((q) => q.k === k)) furniture.push(at(f.text.trim(), f.line));
  });
  const marks = lex.testMarks.map((w) => ` ${foldWords(w)} `);
  const answerColumn = (k: number): boolean => questions.some((q) => q.k === k) || rest.some((r) => r.k === k);
  for (const record of records.slice(1)) {
    // A row the survey's owner sent to test the form: the whole row is furniture.
    if (record.some((f, k) => !answerColumn(k) && marks.some((m) => ` ${foldWords(f.text)} `.includes(m)))) {
      for (const f of record) if (f.text.trim() !== '') furniture.push(...f.text.split('\n').map((t, i) => at(t.trim(), f.line + i)).filter((l) => l.text !== ''));
      continue;
    }
    const first = record[0]?.line ?? 1;
    blank(first);
    const name = who >= 0 ? (record[who]?.text ?? '').trim() : '';
    lines.push(at(`${lex.respondentLabel}: ${name}`, record[who]?.line ?? first));
    const cell = (k: number, heading: string): void => {
      const f = record[k];
      if (!f) return;
      blank(f.line);
      lines.push(at(heading, f.line));
      f.text.split('\n').forEach((t, i) => lines.push(at(t.trim(), f.line + i)));
    };
    questions.forEach(({ k }, n) => cell(k, lex.questionHeading.replace('{n}', String(n + 1))));
    for (const { h, k } of rest) cell(k, h);
    record.forEach((f, k) => {
      if (k !== who && !answerColumn(k) && f.text.trim() !== '') furniture.push(at(f.text.trim(), f.line));
    });
  }
  return { lines, furniture };
}
