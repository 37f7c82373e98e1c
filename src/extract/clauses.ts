/**
 * Preparing a sentence for reading a stance: quotations of others are blanked (a respondent
 * quoting the proposal is not proposing), reasons ("eftersom …") are blanked, a hypothetical
 * opening ("I det fall …", "Om …,") is blanked, and the rest is cut into clauses at ", men",
 * ";" and the like. Blanking replaces characters with spaces, so offsets stay those of the
 * sentence.
 */
import { loadCues } from './lexicon.js';
import { loadStructure } from '../normalize/structure.js';

export interface Clause {
  start: number;
  end: number;
}

const blank = (s: string, a: number, b: number): string => s.slice(0, a) + ' '.repeat(Math.max(0, b - a)) + s.slice(b);

/** Quoted passages of three words or more. */
function blankQuotes(folded: string): string {
  let out = folded;
  const re = /[”"“«]([^”"“»]{0,600})[”"»]/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    if (m[1].trim().split(/\s+/).length >= 3) out = blank(out, m.index, m.index + m[0].length);
  }
  return out;
}

/** Reason clauses: from "eftersom", ", då", "vilket" … to the next comma or the end. */
function blankReasons(folded: string): string {
  let out = folded;
  for (const cue of loadCues().justification.find(folded)) {
    // "då" is a reason only after a comma (", då det inte anses …"); elsewhere it is "then"/"when".
    if (cue.phrase === 'då' && !/,\s*$/.test(folded.slice(0, cue.start))) continue;
    const rest = folded.slice(cue.end);
    const stop = /[,;.]/.exec(rest);
    out = blank(out, cue.start, cue.end + (stop ? stop.index : rest.length));
  }
  return out;
}

/** A hypothetical or scoping opening: up to the first comma, or the whole sentence without one. */
function blankHypothesis(folded: string): string {
  const lead = /^\s*/.exec(folded)![0].length;
  const open = loadCues().hypothetical.find(folded).find((c) => c.start === lead);
  if (!open) return folded;
  const comma = folded.indexOf(',', open.end);
  return blank(folded, 0, comma < 0 ? folded.length : comma + 1);
}

/** The folded sentence with what cannot carry the respondent's proposal blanked out. */
export function prepare(folded: string): string {
  return blankHypothesis(blankReasons(blankQuotes(folded)));
}

/** Clauses of a prepared sentence: cut at ", men", ", medan", ";", " men ". */
export function clauses(prepared: string): Clause[] {
  const cuts: number[] = [];
  const re = new RegExp(`,?\\s+(?:${loadStructure().clauseBreaks})\\s+|;`, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(prepared)) !== null) cuts.push(m.index);
  const out: Clause[] = [];
  let start = 0;
  for (const c of cuts) {
    out.push({ start, end: c });
    start = c;
  }
  out.push({ start, end: prepared.length });
  return out.filter((c) => prepared.slice(c.start, c.end).trim() !== '');
}
