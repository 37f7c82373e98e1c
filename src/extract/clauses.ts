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

/**
 * Blanks ranges of a string in one pass. Each range blanked by slicing the whole sentence again
 * would make a sentence with thousands of quotes or reasons quadratic.
 */
export function blankAll(s: string, ranges: Array<{ start: number; end: number }>): string {
  if (ranges.length === 0) return s;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const r of sorted) {
    const start = Math.max(r.start, at);
    const end = Math.min(Math.max(r.end, start), s.length);
    parts.push(s.slice(at, start), ' '.repeat(end - start));
    at = end;
  }
  parts.push(s.slice(at));
  return parts.join('');
}

/** Quoted passages of three words or more. */
function blankQuotes(folded: string): string {
  const ranges: Array<{ start: number; end: number }> = [];
  const re = /[”"“«]([^”"“»]{0,600})[”"»]/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded)) !== null) {
    if (m[1].trim().split(/\s+/).length >= 3) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  return blankAll(folded, ranges);
}

/** Reason clauses: from "eftersom", ", då", "vilket" … to the next comma or the end. */
function blankReasons(folded: string): string {
  const ranges: Array<{ start: number; end: number }> = [];
  const stop = /[,;.]/g;
  // The next stop after a cue, found once for all the cues before it: searching from every cue
  // to a stop far away (or none) is quadratic in a sentence of many reasons.
  let next = -1;
  for (const cue of loadCues().justification.find(folded)) {
    // "då" is a reason only after a comma (", då det inte anses …"); elsewhere it is "then"/"when".
    if (cue.phrase === 'då' && !afterComma(folded, cue.start)) continue;
    if (next < cue.end) {
      stop.lastIndex = cue.end;
      const m = stop.exec(folded);
      next = m ? m.index : folded.length;
    }
    ranges.push({ start: cue.start, end: next });
  }
  return blankAll(folded, ranges);
}

/** Whether only whitespace stands between a comma and `pos`. */
function afterComma(s: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && /\s/.test(s[i - 1])) i--;
  return i > 0 && s[i - 1] === ',';
}

/** A hypothetical or scoping opening: up to the first comma, or the whole sentence without one. */
function blankHypothesis(folded: string): string {
  const lead = /^\s*/.exec(folded)![0].length;
  const open = loadCues().hypothetical.find(folded).find((c) => c.start === lead);
  if (!open) return folded;
  const comma = folded.indexOf(',', open.end);
  return blankAll(folded, [{ start: 0, end: comma < 0 ? folded.length : comma + 1 }]);
}

/** The folded sentence with what cannot carry the respondent's proposal blanked out. */
export function prepare(folded: string): string {
  return blankHypothesis(blankReasons(blankQuotes(folded)));
}

/** Clauses of a prepared sentence: cut at ", men", ", medan", ";", " men ". */
export function clauses(prepared: string): Clause[] {
  const cuts: number[] = [];
  // A break starts at a comma or at the first space of a run: ",?\s+" tried at every space of a
  // long run of spaces is quadratic.
  const re = new RegExp(`(?:,|(?<![\\s,]))\\s+(?:${loadStructure().clauseBreaks})\\s+|;`, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(prepared)) !== null) cuts.push(m.index);
  const out: Clause[] = [];
  let start = 0;
  for (const c of cuts) {
    out.push({ start, end: c });
    start = c;
  }
  out.push({ start, end: prepared.length });
  return out.filter((c) => /\S/.test(prepared.slice(c.start, c.end)));
}
