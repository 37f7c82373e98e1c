/**
 * The numbers Word shows on a document's numbered paragraphs. mammoth writes each run of list
 * items as a list of its own, so a list that goes on after a paragraph between its items ("1. …",
 * a paragraph, "2. …") would read as starting again at 1; Word numbers it on. The document's
 * numbering says how: each numbered paragraph names a numbering instance (w:numId) and a level;
 * instances of one list definition (w:abstractNum) count on together, unless an instance restarts
 * a level (w:startOverride); a level starts at its w:start; a deeper level starts again under
 * each item of the level above. Paragraphs numbered through their style only are not counted
 * here: the caller then keeps mammoth's own runs (the counts differ).
 */
import { letterRegExp } from '../normalize/letters.js';

interface Level {
  start: number;
  ordered: boolean;
}

const attr = (xml: string, name: string): string | undefined => letterRegExp(`<w:${name}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1];

/** The number of each ordered numbered paragraph of document.xml, in document order. */
export function orderedNumbers(documentXml: string, numberingXml: string): number[] {
  const abstract = new Map<string, Map<number, Level>>();
  for (const m of numberingXml.matchAll(/<w:abstractNum\b[^>]*\bw:abstractNumId="([^"]+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const l of m[2].matchAll(/<w:lvl\b[^>]*\bw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      const format = attr(l[2], 'numFmt') ?? 'decimal';
      levels.set(Number(l[1]), { start: Number(attr(l[2], 'start') ?? '1'), ordered: format !== 'bullet' && format !== 'none' });
    }
    abstract.set(m[1], levels);
  }
  const nums = new Map<string, { abstractId: string; restarts: Map<number, number> }>();
  for (const m of numberingXml.matchAll(/<w:num\b[^>]*\bw:numId="([^"]+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const restarts = new Map<number, number>();
    for (const o of m[2].matchAll(/<w:lvlOverride\b[^>]*\bw:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const start = attr(o[2], 'startOverride');
      if (start !== undefined) restarts.set(Number(o[1]), Number(start));
    }
    nums.set(m[1], { abstractId: attr(m[2], 'abstractNumId') ?? '', restarts });
  }
  const counters = new Map<string, number[]>();
  const restarted = new Set<string>();
  const out: number[] = [];
  for (const p of documentXml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    const props = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p[1])?.[1] ?? '';
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(props)?.[1];
    if (!numPr) continue;
    const numId = attr(numPr, 'numId');
    const level = Number(attr(numPr, 'ilvl') ?? '0');
    const num = numId === undefined || numId === '0' ? undefined : nums.get(numId);
    const def = num && abstract.get(num.abstractId)?.get(level);
    if (!num || !def) continue;
    const counts = counters.get(num.abstractId) ?? [];
    counters.set(num.abstractId, counts);
    const restart = num.restarts.get(level);
    if (restart !== undefined && !restarted.has(`${numId}:${level}`)) {
      restarted.add(`${numId}:${level}`);
      counts[level] = restart - 1;
    }
    counts[level] = (counts[level] ?? def.start - 1) + 1;
    counts.length = level + 1; // deeper levels start again under this item
    if (def.ordered) out.push(counts[level]);
  }
  return out;
}
