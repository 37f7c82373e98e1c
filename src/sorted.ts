/**
 * Searching arrays kept in order (spans, mentions, headings by start). A binary search rather
 * than a filter: the stages ask for every mention or answer, and filtering made long texts quadratic.
 */

/** The first index in [0, n) where `past` holds (it holds from there on), or n. */
export function lowerBound(n: number, past: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
