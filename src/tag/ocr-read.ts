/**
 * Which sources of a round were read by OCR: a PDF page read by Tesseract (source kind "ocr"),
 * or a text file that is OCR output (an appendix scanned and pasted, a .txt from a scanner). The
 * lexicons take OCR's letter readings and confusions only for those (src/tag/pattern.ts), so that
 * "då" does not match "de" in clean text.
 *
 * A text is OCR output when the most common Swedish words with å/ä/ö ("för", "är", "på", "även",
 * "nämnden" …; data/lexicon/ocr-letters.json, "probes") are written without their letters often:
 * clean Swedish writes "för" nearly every time, OCR writes "for", "fér", "f6r".
 */
import type { Round } from '../model.js';
import { loadData } from '../data.js';
import { fold, LOST_LETTER } from '../normalize/fold.js';
import { AFTER, BEFORE, phrasePattern } from './pattern.js';
import { letterRegExp } from '../normalize/letters.js';

interface Probes {
  probes: string[];
}

/** Share of probe words written without their å/ä/ö above which a text is OCR output. */
export const OCR_SHARE = 0.2;
/** Fewest probe words for a verdict. */
export const OCR_MIN_PROBES = 20;

let probeRegex: RegExp | undefined;

/**
 * One regex for the probe words in any OCR reading ("för", "for", "fér", "f6r"), as whole words
 * of folded text: the text is folded once and scanned, not folded and tested word by word (a
 * round's every word, a tenth of a warm analysis).
 */
function probeWords(): RegExp {
  probeRegex ??= letterRegExp(`${BEFORE}(?:${loadData<Probes>('lexicon/ocr-letters.json').probes.map((p) => phrasePattern(p, { ocr: true, capture: false }).source).join('|')})${AFTER}`, 'gu');
  return probeRegex;
}

/**
 * Question marks before letters that make a text one whose export lost å/ä/ö ("n?mnden", "b?r"):
 * clean text has none; a question that ends a sentence is followed by a space.
 */
export const MIN_LOST_LETTERS = 3;

/** Whether a text reads like OCR output: its common å/ä/ö words mostly lose their letters, or it lost them to question marks. */
export function looksOcrRead(text: string): boolean {
  const re = probeWords();
  let clean = 0;
  let damaged = 0;
  const folded = fold(text);
  // Folding makes a question mark before a letter the lost-letter mark (src/normalize/fold.ts).
  let lost = 0;
  for (let i = folded.indexOf(LOST_LETTER); i >= 0 && lost < MIN_LOST_LETTERS; i = folded.indexOf(LOST_LETTER, i + 1)) lost++;
  if (lost >= MIN_LOST_LETTERS) return true;
  // Folding keeps offsets: each match is also the word as written, where å/ä/ö are looked for.
  for (const m of folded.matchAll(re)) {
    if (/[åäöÅÄÖ]/u.test(text.slice(m.index, m.index + m[0].length))) clean++;
    else damaged++;
  }
  return clean + damaged >= OCR_MIN_PROBES && damaged / (clean + damaged) > OCR_SHARE;
}

const memo = new WeakMap<Round, Set<number>>();

/**
 * Whether text of a source on a page was read by OCR: a source read by OCR (ocrSources), on one
 * of its OCR'd pages where only some were (SourceInfo.ocrPages).
 */
export function readByOcrAt(round: Round, source: number | undefined, page: number | null | undefined): boolean {
  if (source === undefined || !ocrSources(round).has(source)) return false;
  const pages = round.sources[source]?.ocrPages;
  // Text that reads like OCR's on every page (a scan printed to PDF) is OCR's wherever it stands.
  return pages === undefined || page === null || page === undefined || pages.includes(page) || ocrByText(round).has(source);
}

/** Indices (into round.sources) of the sources read by OCR, by kind or by their text. */
export function ocrSources(round: Round): Set<number> {
  let out = memo.get(round);
  if (out) return out;
  out = new Set<number>(ocrByText(round));
  round.sources.forEach((s, i) => {
    if (s.kind === 'ocr') out!.add(i);
  });
  memo.set(round, out);
  return out;
}

const byTextMemo = new WeakMap<Round, Set<number>>();

/** Indices of the sources whose text reads like OCR output (looksOcrRead), whatever their kind. */
function ocrByText(round: Round): Set<number> {
  let out = byTextMemo.get(round);
  if (out) return out;
  out = new Set<number>();
  const texts = new Map<number, string[]>();
  for (const seg of round.segments) {
    for (const l of seg.lines) {
      const list = texts.get(l.source) ?? [];
      list.push(l.text);
      texts.set(l.source, list);
    }
  }
  round.sources.forEach((_s, i) => {
    if (looksOcrRead((texts.get(i) ?? []).join('\n'))) out!.add(i);
  });
  byTextMemo.set(round, out);
  return out;
}
