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
    if (!records.slice(1, -1).every((r) => r.length === records[0].length)) continue;
    if (records[0].filter((f) => /\?\s*$/u.test(f.text.trim())).length >= MIN_QUESTION_COLUMNS || longForm(records[0].map((f) => f.text)) !== undefined) return sep;
  }
  return undefined;
}

/** The columns of an export in long form (a row per answer to one question), by index; number and submission -1 when missing. */
interface LongForm {
  who: number;
  question: number;
  answer: number;
  number: number;
  submission: number;
}

/** An export's header read as the long form's: a column for who answers, one for the question and one for the answer. */
function longForm(header: string[]): LongForm | undefined {
  const lex = loadData<{ csv: CsvLexicon }>('lexicon/structure.json').csv;
  const col = (words: string[]): number => {
    const set = new Set(words.map((w) => foldWords(w)));
    return header.findIndex((h) => set.has(foldWords(h.replace(/\s+/gu, ' ').trim())));
  };
  const f = { who: col(lex.respondentColumns), question: col(lex.questionColumns), answer: col(lex.answerColumns), number: col(lex.numberColumns), submission: col(lex.submissionColumns) };
  return f.who >= 0 && f.question >= 0 && f.answer >= 0 ? f : undefined;
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
  /** Header words of a long form's columns: the question asked, the answer, the question's number, the submission. */
  questionColumns: string[];
  answerColumns: string[];
  numberColumns: string[];
  submissionColumns: string[];
}

/**
 * An export's lines as the reader gives a text's: the questions, then each row as a form.
 * `furniture` gets the metadata cells.
 */
export function csvLines(text: string, sep: string, source: number): { lines: Line[]; furniture: Line[] } {
  const lex = loadData<{ csv: CsvLexicon }>('lexicon/structure.json').csv;
  const records = parseCsv(text.replace(/^\uFEFF/u, ''), sep);
  const header = records[0].map((f) => f.text.replace(/\s+/gu, ' ').trim());
  const long = header.filter((h) => /\?$/u.test(h)).length < MIN_QUESTION_COLUMNS ? longForm(header) : undefined;
  if (long) return longFormLines(records, long, lex, source);
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

/**
 * An export in long form, a row per answer to one question ("Svars-ID;Organisation;Frågenummer;
 * Fråga;Svar"), written as the wide form is: the questions, in the order of their numbers (else as
 * they first come), as the preamble; then each submission (its id, else its body) as a form, its
 * answers in the questions' order under "Fråga N", each line at the file's line. Rows of one
 * submission may stand apart and out of order; a body that submitted twice is two forms, the later
 * below (a later answer that says it replaces the first is read so: src/extract/preferences.ts).
 */
function longFormLines(records: Field[][], f: LongForm, lex: CsvLexicon, source: number): { lines: Line[]; furniture: Line[] } {
  const lines: Line[] = [];
  const furniture: Line[] = [];
  const at = (text: string, line: number): Line => ({ text, page: null, line, source });
  const blank = (line: number): void => void lines.push(at('', line));
  const cell = (r: Field[], k: number): string => (k >= 0 ? (r[k]?.text ?? '').replace(/\s+/gu, ' ').trim() : '');
  const rows = records.slice(1);
  // The questions: by their numbers where the export gives them, else in the order they come.
  const asked = new Map<string, number>();
  for (const r of rows) {
    const q = cell(r, f.question);
    const n = Number(cell(r, f.number));
    if (q !== '' && !asked.has(q)) asked.set(q, Number.isFinite(n) && n > 0 ? n : Number.MAX_SAFE_INTEGER);
  }
  const questions = [...asked.entries()].map(([q, n], i) => ({ q, n, i })).sort((a, b) => a.n - b.n || a.i - b.i).map((x) => x.q);
  const head = records[0][0]?.line ?? 1;
  lines.push(at(lex.questionsIntro, head));
  questions.forEach((q, n) => {
    blank(head);
    lines.push(at(`${n + 1}. ${q}`, head));
  });
  // The header's labels of metadata are furniture; those of the question, its number and the answer
  // are written as the form's own ("Fråga 2"), and as furniture would make that heading the page's.
  const own = new Set([f.question, f.answer, f.number]);
  records[0].forEach((h, k) => {
    if (!own.has(k)) furniture.push(at(h.text.trim(), h.line));
  });
  // Each submission's rows, in the order the submissions first come.
  const submissions = new Map<string, Field[][]>();
  for (const r of rows) {
    const key = f.submission >= 0 && cell(r, f.submission) !== '' ? `id:${cell(r, f.submission)}` : `who:${foldWords(cell(r, f.who))}`;
    (submissions.get(key) ?? submissions.set(key, []).get(key)!).push(r);
  }
  for (const group of submissions.values()) {
    const first = group[0][0]?.line ?? head;
    blank(first);
    lines.push(at(`${lex.respondentLabel}: ${cell(group[0], f.who)}`, group[0][f.who]?.line ?? first));
    const byQuestion = [...group].sort((a, b) => questions.indexOf(cell(a, f.question)) - questions.indexOf(cell(b, f.question)));
    for (const r of byQuestion) {
      const answer = r[f.answer];
      const n = questions.indexOf(cell(r, f.question)) + 1;
      if (!answer || n === 0) continue;
      blank(answer.line);
      lines.push(at(lex.questionHeading.replace('{n}', String(n)), answer.line));
      answer.text.split('\n').forEach((t, i) => lines.push(at(t.trim(), answer.line + i)));
      r.forEach((c, k) => {
        if (!own.has(k) && k !== f.who && c.text.trim() !== '') furniture.push(at(c.text.trim(), c.line));
      });
    }
  }
  return { lines, furniture };
}
