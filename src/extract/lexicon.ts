/**
 * The cue lexicon of tabulate (data/lexicon/coordination.json), compiled to matchers on folded
 * text. A phrase matches as whole words; "…" stands for up to six words, a trailing "*" for any
 * word ending.
 */
import { loadData } from '../data.js';
import { fold } from '../normalize/fold.js';
import { escapeRegex, ocrWordSource } from '../normalize/ocr.js';

export interface CueSet {
  /** All matches in a folded text, as [start, end) offsets. */
  find(folded: string): Array<{ start: number; end: number; phrase: string }>;
  test(folded: string): boolean;
  readonly phrases: string[];
}

/** One phrase as a regular expression source on folded text; å/ä/ö also match their OCR readings. */
export function phraseSource(phrase: string): string {
  const words = phrase.normalize('NFC').trim().split(/\s+/);
  return words
    .map((w) => {
      if (w === '…' || w === '...') return '(?:[\\p{L}\\p{N}:-]+\\s+){0,6}?';
      const star = w.endsWith('*');
      const word = star ? w.slice(0, -1) : w;
      // Letters take the OCR classes; punctuation inside a cue ("t.ex") is literal.
      const body = word.replace(/[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu, (part) => (/^[\p{L}\p{N}]/u.test(part) ? ocrWordSource(part) : escapeRegex(part)));
      return `${body}${star ? '[\\p{L}\\p{N}]*' : ''}\\s+`;
    })
    .join('')
    .replace(/\\s\+$/, '');
}

/**
 * All phrases of a set in one regular expression (one pass over a sentence, not one per phrase);
 * each phrase is a capturing group, so a match still says which phrase it was.
 */
export function cueSet(phrases: string[]): CueSet {
  const alternatives = phrases.map((p) => `(${phraseSource(p)})`).join('|');
  const source = `(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`;
  const all = new RegExp(source, 'gu');
  const any = new RegExp(source, 'u');
  return {
    phrases,
    find(folded) {
      const out: Array<{ start: number; end: number; phrase: string }> = [];
      // Overlapping matches of different phrases matter ("bör få" inside "bör få den"): after a
      // match, search again from the next character.
      all.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = all.exec(folded)) !== null) {
        const group = m.findIndex((g, i) => i > 0 && g !== undefined);
        out.push({ start: m.index, end: m.index + m[0].length, phrase: phrases[group - 1] });
        all.lastIndex = m.index + 1;
      }
      return out.sort((a, b) => a.start - b.start || b.end - a.end);
    },
    test(folded) {
      return any.test(folded);
    },
  };
}

interface LexiconFile {
  questionRole: string[];
  questionWho: string[];
  proposal: string[];
  strongProposal: string[];
  decline: string[];
  declineToName: string[];
  negation: string[];
  negationNot: string[];
  condition: string[];
  followUpCondition: string[];
  supporting: string[];
  joint: string[];
  optional: string[];
  alternative: string[];
  example: string[];
  preference: string[];
  hypothetical: string[];
  justification: string[];
  speech: string[];
  source: string[];
  role: string[];
  roleFiller: string[];
  genericHead: string[];
  genericNot: string[];
  anaphora: string[];
  labels: Record<string, string>;
}

export interface Cues {
  questionRole: CueSet;
  questionWho: CueSet;
  proposal: CueSet;
  strongProposal: CueSet;
  decline: CueSet;
  declineToName: CueSet;
  negation: CueSet;
  negationNot: CueSet;
  condition: CueSet;
  followUpCondition: CueSet;
  supporting: CueSet;
  joint: CueSet;
  optional: CueSet;
  alternative: CueSet;
  example: CueSet;
  preference: CueSet;
  hypothetical: CueSet;
  justification: CueSet;
  /** Whether a folded word is a speech verb (OCR readings included). */
  speech: { test(word: string): boolean };
  /** Words before a body that make it the source of a view ('enligt'). */
  source: { test(word: string): boolean };
  role: CueSet;
  roleFiller: Set<string>;
  genericHead: string[];
  /** The heads as written, for OCR-tolerant patterns. */
  genericHeadWritten: string[];
  genericNot: Set<string>;
  anaphora: CueSet;
  labels: Record<string, string>;
}

let cues: Cues | undefined;

/** The Swedish labels of the table alone, without compiling the cues (formatting needs only these). */
export function loadLabels(): Record<string, string> {
  return loadData<LexiconFile>('lexicon/coordination.json').labels;
}

/** A set of single words matched whole on folded text, OCR readings included. */
function wordSet(words: string[]): { test(word: string): boolean } {
  const re = new RegExp(`^(?:${words.map((w) => ocrWordSource(w.normalize('NFC'))).join('|')})$`, 'u');
  return { test: (word) => re.test(word) };
}

export function loadCues(): Cues {
  if (cues) return cues;
  const f = loadData<LexiconFile>('lexicon/coordination.json');
  cues = {
    questionRole: cueSet(f.questionRole),
    questionWho: cueSet(f.questionWho),
    proposal: cueSet(f.proposal),
    strongProposal: cueSet(f.strongProposal),
    decline: cueSet(f.decline),
    declineToName: cueSet(f.declineToName),
    negation: cueSet(f.negation),
    negationNot: cueSet(f.negationNot),
    condition: cueSet(f.condition),
    followUpCondition: cueSet(f.followUpCondition),
    supporting: cueSet(f.supporting),
    joint: cueSet(f.joint),
    optional: cueSet(f.optional),
    alternative: cueSet(f.alternative),
    example: cueSet(f.example),
    preference: cueSet(f.preference),
    hypothetical: cueSet(f.hypothetical),
    justification: cueSet(f.justification),
    speech: wordSet(f.speech),
    source: wordSet(f.source),
    role: cueSet(f.role),
    roleFiller: new Set(f.roleFiller.map(fold)),
    genericHead: f.genericHead.map(fold),
    genericHeadWritten: f.genericHead,
    genericNot: new Set(f.genericNot.map(fold)),
    anaphora: cueSet(f.anaphora),
    labels: f.labels,
  };
  return cues;
}
