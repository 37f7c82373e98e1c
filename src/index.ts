/**
 * remiss as a library: `import { buildRound, tabulate, … } from 'remiss'`. The command-line
 * program (src/cli) is built on these same functions; everything here is a function of the
 * bytes given and the shipped data (no files are read but data/, nothing is printed).
 *
 *   const round = await buildRound([{ path: 'svar.pdf', bytes }], { ocr: { engine: defaultOcr() } });
 *   const table = tabulate(round);                       // the coordinator-preference table
 *   const xref = crossReference(round, tagRound(round, shippedDictionary()), shippedDictionary());
 *   const json = tabulateJson(table);                     // the contract's JSON (CONTRACT.md)
 */
export type { Line, Question, Respondent, Round, Segment, SourceDoc, SourceInfo, SourceKind } from './model.js';
export { RemissError, InputError, UsageError } from './errors.js';

// Reading: bytes → a segmented round.
export { buildRound, type BuildOptions, type RawInput } from './round.js';
export { readSource, inputKind, type InputKind, type ReadOptions } from './read/source.js';
export { parseRoundFile, ROUND_FORMAT } from './read/roundfile.js';
export { parseQuestionsFile } from './segment/questions.js';
export { OCR_MAX_PAGES, type OcrEngine, type OcrMode, type OcrOptions, type OcrPage, type OcrProgress } from './read/ocr.js';
export { defaultOcr, type EngineOptions } from './read/ocr-engine.js';

// Analyses.
export { tabulate, type Column, type Row, type RowEvidence, type Table } from './analyze/tabulate.js';
export { tagRound, type Mention } from './tag/tag.js';
export { shippedDictionary, parseDictionary, mergeDictionaries, type Dictionary, type ProcessEntry } from './tag/dictionary.js';
export { crossReference, type Xref, type XrefOptions, type XrefProcess } from './analyze/xref.js';
export { analyseRound, diffRounds, type RoundAnalysis, type RoundDiff } from './analyze/diff.js';

// The contract's products.
export { tabulateJson, tabulateCsv, tabulateMarkdown } from './export/tabulate.js';
export { xrefJson, xrefCsv, xrefMarkdown } from './export/xref.js';
export { segmentsJson, segmentsCsv } from './export/segments.js';
export { diffJson, diffMarkdown } from './export/diff.js';
export type { CsvOptions } from './export/csv.js';
