/**
 * Alternatives the remiss itself sets out for the coordinating role ("Alternativ A: Miljönämnden
 * samordnar programmet.", "Modell 2: Samordningen delas mellan …"), and answers that choose among
 * them by their mark alone ("Nämnden förordar alternativ B", "det andra alternativet", "Av de tre
 * alternativen är C att föredra"). An answer that names an alternative names its bodies: a mark
 * is read as a mention of them (one joint mention when the alternative shares the role).
 */
import type { Round } from '../model.js';
import { fold } from '../normalize/fold.js';
import { letterRegExp } from '../normalize/letters.js';
import { escapeRegex } from '../normalize/ocr.js';
import { loadData } from '../data.js';
import { sentences } from '../normalize/sentences.js';
import type { Mention } from './mentions.js';

export interface RoundOptions {
  /** The bodies of each alternative, by its mark (folded: "a", "b", "2"). */
  byMark: Map<string, string[]>;
  /** The marks in the order the remiss sets them out ("det andra alternativet" is the second). */
  order: string[];
}

/** The fewest alternatives that make a choice among them. */
export const MIN_OPTIONS = 2;

/** The most lines an alternative's first sentence is read over (its own line and those it runs on to). */
export const MAX_OPTION_LINES = 3;

interface OptionWords {
  optionLabels: string[];
}

let patterns: { line: RegExp; reference: RegExp; ordinal: RegExp; label: RegExp; ordinals: Map<string, number> } | undefined;

function optionPatterns(): NonNullable<typeof patterns> {
  if (!patterns) {
    const labels = loadData<OptionWords>('lexicon/structure.json').optionLabels.map((l) => escapeRegex(fold(l))).join('|');
    const ordinals = new Map(Object.entries(loadData<{ questionReference: { ordinals?: Record<string, number> } }>('lexicon/sections.json').questionReference.ordinals ?? {}).map(([w, n]) => [fold(w), n]));
    const ords = [...ordinals.keys()].map(escapeRegex).join('|') || '(?!)';
    patterns = {
      // "Alternativ A: …", "Modell 2 – …" at a line's start, over folded text.
      line: letterRegExp(`^(?:${labels})\\s+([a-z]|\\d{1,2})\\s*[:.)–—-]\\s+(\\S.*)$`, 'u'),
      reference: letterRegExp(`(?<![\\p{L}\\p{N}])(?:${labels})\\s+([a-z]|\\d{1,2})(?![\\p{L}\\p{N}])`, 'gu'),
      ordinal: letterRegExp(`(?<![\\p{L}\\p{N}])(${ords})\\s+(?:${labels})(?![\\p{L}\\p{N}])`, 'gu'),
      label: letterRegExp(`(?<![\\p{L}\\p{N}])(?:${labels})(?![\\p{L}\\p{N}])`, 'u'),
      ordinals,
    };
  }
  return patterns;
}

/** An alternative's bodies are those of its first sentence (the project's sentence splitter: "t.ex." ends none). */
function firstSentence(text: string): string {
  const first = sentences(text)[0];
  return first ? text.slice(first.start, first.end) : text;
}

/**
 * The alternatives set out in the round's preamble (the remiss's own text), each with the bodies
 * its first sentence names; undefined unless at least MIN_OPTIONS name a body. `bodiesIn` reads
 * the named bodies of a text (the mention finder, with the round's registry).
 */
export function roundOptions(round: Round, bodiesIn: (text: string) => string[]): RoundOptions | undefined {
  const { line } = optionPatterns();
  const byMark = new Map<string, string[]>();
  const order: string[] = [];
  for (const seg of round.segments) {
    if (seg.respondent !== null || seg.part !== 'preamble') continue;
    seg.lines.forEach((l, k) => {
      const written = l.text.trim();
      const m = line.exec(fold(written));
      if (!m || byMark.has(m[1])) return;
      // Folding keeps offsets: the alternative's text as written ends the line as its fold does.
      // Its first sentence may run on over the next lines (a PDF's: "… mellan tekniska nämnden och
      // hälsa-, vård- och" / "omsorgsnämnden."), up to a blank line or the next alternative.
      let text = written.slice(written.length - m[2].length);
      for (let j = k + 1; j < seg.lines.length && j < k + MAX_OPTION_LINES && sentences(text).length < 2 && !/[.!?]\s*$/u.test(text); j++) {
        const next = seg.lines[j].text.trim();
        if (next === '' || line.test(fold(next))) break;
        text = `${text} ${next}`;
      }
      const ids = [...new Set(bodiesIn(firstSentence(text)))];
      if (ids.length === 0) return;
      byMark.set(m[1], ids);
      order.push(m[1]);
    });
  }
  // The question itself may set them out inline ("Vilket av alternativen förordar ni – alternativ 1
  // Kommunstyrelsen, alternativ 2 Fritidsnämnden eller alternativ 3 …?"): each mark with the
  // bodies named after it, up to the next.
  if (byMark.size < MIN_OPTIONS) {
    for (const q of round.questions) {
      const inline = inlineOptions(q.text, bodiesIn);
      if (inline.size < MIN_OPTIONS) continue;
      for (const [mark, ids] of inline) if (!byMark.has(mark)) (byMark.set(mark, ids), order.push(mark));
      break;
    }
  }
  return byMark.size >= MIN_OPTIONS ? { byMark, order } : undefined;
}

/** The alternatives a question's own text sets out, each mark with the bodies named after it, up to the next mark. */
function inlineOptions(text: string, bodiesIn: (text: string) => string[]): Map<string, string[]> {
  const { reference } = optionPatterns();
  const folded = fold(text);
  const marks: Array<{ mark: string; start: number; end: number }> = [];
  reference.lastIndex = 0;
  for (let m = reference.exec(folded); m !== null; m = reference.exec(folded)) marks.push({ mark: m[1], start: m.index, end: m.index + m[0].length });
  const out = new Map<string, string[]>();
  marks.forEach((m, k) => {
    const ids = [...new Set(bodiesIn(text.slice(m.end, k + 1 < marks.length ? marks[k + 1].start : text.length)))];
    if (ids.length > 0 && !out.has(m.mark)) out.set(m.mark, ids);
  });
  return out;
}

/**
 * The alternatives an answer's sentence names: by label and mark ("alternativ B"), by ordinal
 * ("det andra alternativet"), or by a capital mark alone in a sentence that speaks of the
 * alternatives ("Av de tre alternativen är C att föredra, i andra hand A").
 */
export function optionMentions(text: string, folded: string, options: RoundOptions): Mention[] {
  const p = optionPatterns();
  const out: Mention[] = [];
  const push = (start: number, end: number, mark: string | undefined): void => {
    const ids = mark === undefined ? undefined : options.byMark.get(mark);
    if (ids && !out.some((o) => o.start < end && start < o.end)) out.push({ start, end, kind: 'named', ids: [...ids], genitive: false, option: true });
  };
  p.reference.lastIndex = 0;
  for (let m = p.reference.exec(folded); m !== null; m = p.reference.exec(folded)) push(m.index, m.index + m[0].length, m[1]);
  p.ordinal.lastIndex = 0;
  for (let m = p.ordinal.exec(folded); m !== null; m = p.ordinal.exec(folded)) {
    const n = p.ordinals.get(m[1]);
    push(m.index, m.index + m[0].length, n === undefined ? undefined : options.order[n - 1]);
  }
  if (p.label.test(folded)) {
    const bare = /(?<![\p{L}\p{N}])(\p{Lu})(?![\p{L}\p{N}])/gu;
    for (let m = bare.exec(text); m !== null; m = bare.exec(text)) push(m.index, m.index + 1, fold(m[1]));
  }
  return out.sort((a, b) => a.start - b.start);
}
