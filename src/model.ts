/**
 * The Round and its parts. Every stage of remiss is a pure function between these types;
 * only src/cli touches files, processes and the console.
 */

/** One line of extracted text with its provenance. Page furniture is kept apart (see SourceDoc). */
export interface Line {
  /** The text as extracted, NFC-normalised, trailing whitespace removed. */
  text: string;
  /** 1-based PDF page, or null for text input. */
  page: number | null;
  /** 1-based line: on its page for PDF input (counted from the top, headers included), in the file for text. */
  line: number;
  /** Index of the source document in Round.sources. */
  source: number;
  /** For text input: how far the line was indented (spaces), where fixed-width columns are read. */
  indent?: number;
  /** For text input: the cells of a table row copied as text (separated by tabs), two or more. */
  cells?: string[];
  /** For text with form feeds: the sheet (page) the line is on, used to find running headers. */
  sheet?: number;
  /** Set on lines found to be a heading (a question, a section or a sub-heading). */
  heading?: boolean;
  /**
   * Set on a part of a line (a column of a page header, a sentence of a paragraph that answers
   * two questions): where in the line as read the part starts (characters). `line` stays the line's.
   */
  offset?: number;
  /**
   * Set on a fragment of a table cell (one source line's part of a cell that wraps): in the source
   * the next fragment does not follow it directly (cell borders, the other column stand between),
   * so a quote running across fragments is not verbatim and is given fragment by fragment.
   */
  cell?: boolean;
}

export type SourceKind = 'text' | 'pdf' | 'ocr' | 'docx';

export interface SourceInfo {
  /** The path as given (or "-" for stdin, or "embedded:…" for the shipped round). */
  path: string;
  kind: SourceKind;
  /** Detected encoding for text input. */
  encoding?: string;
  pages?: number;
  /**
   * The pages of a PDF read by OCR (1-based), where only some were (a scanned appendix, a page
   * with no text layer): the rest is the PDF's own text, read as clean text.
   */
  ocrPages?: number[];
  /** sha256 of the bytes read. */
  sha256: string;
}

/** A source after reading and normalising: content lines plus the furniture removed from them. */
export interface SourceDoc {
  info: SourceInfo;
  lines: Line[];
  furniture: Line[];
}

export interface Question {
  id: string;
  text: string;
}

export interface Respondent {
  id: string;
  name: string;
  /** Whether the id comes from the registry (false: derived from the name as written). */
  known: boolean;
  kind?: string;
  /**
   * The organisation the respondent belongs to, when its document names one other than the
   * registry's ("Lunds kommun"): its bodies keep their names as written, never the registry's ids.
   */
  organisation?: string;
  /** Set when the whole answer is that the body has nothing to say ("har inget att erinra"). */
  noObjection?: true;
  /**
   * The bodies of a joint answer ("Gemensamt yttrande från A, B och C", src/segment/joint.ts):
   * while segmenting only; the round lists each member as a respondent with the whole text.
   */
  members?: Respondent[];
}

export interface Segment {
  /** The respondent whose answer this is; null for text of no respondent (see `part`). */
  respondent: string | null;
  /**
   * For text of no respondent: 'preamble' (the compilation's own text before the first answer),
   * 'compilation' (the compiler's own sections after the answers: "Tabell över …", "Bilaga …"),
   * 'minutes' (full minutes' other agenda items and front matter, around the remiss item),
   * 'quoted' (the remiss's mail quoted under a reply: the remiss's text, though in an answer's file;
   * what the respondent wrote into it is the respondent's), 'other-matter' (a letter's sections on
   * other remisser than the round's, where it answers several at once), or 'unattributed' (text the
   * reading could not place: a warning names it). Absent in answers.
   */
  part?: 'preamble' | 'compilation' | 'unattributed' | 'minutes' | 'quoted' | 'other-matter';
  /**
   * Set on a question's part that answers nothing: an empty form field ("–", "Inget svar"), or
   * one that points to another answer ("Se svar på fråga 2": `refersTo` names that question).
   */
  noAnswer?: true;
  refersTo?: string;
  /** Id of the remissfråga answered, or null (summary, economy, reservations…). */
  question: string | null;
  heading: string | null;
  text: string;
  page: number | null;
  line: number;
  /** The segment's content lines (heading excluded), with provenance. */
  lines: Line[];
}

export interface Round {
  /** Format marker of round files written by `remiss ingest`. */
  format: 'remiss-round/1';
  title: string;
  sources: SourceInfo[];
  questions: Question[];
  respondents: Respondent[];
  segments: Segment[];
  /** Notes for the analyst about what the reading could not settle (stderr in the CLI). */
  warnings: string[];
  /**
   * The registry the round was read with when it is not the shipped one: a file given with
   * --registry (kept whole, so that a round file stands alone), or "none" (names as written).
   */
  registry?: RegistryData | 'none';
}

/** An organisation's bodies, as in data/registries/*.json. */
export interface RegistryData {
  format?: string;
  organisation?: { name: string; names?: string[] };
  bodies: Array<{ id: string; kind: string; names: string[]; administrations: string[]; abbreviations: string[] }>;
}
