/** The one binary search of the stages: the first index where a condition starts to hold. */
import { describe, expect, it } from 'vitest';
import { lowerBound } from '../src/sorted.js';

const starts = [2, 5, 5, 9];

describe('lowerBound', () => {
  it.each([
    [0, 0],
    [2, 0],
    [3, 1],
    [5, 1],
    [6, 3],
    [9, 3],
    [10, 4],
  ])('first start at or after %i is at index %i', (pos, want) => {
    expect(lowerBound(starts.length, (i) => starts[i] >= pos)).toBe(want);
  });
  it('an empty array: 0', () => {
    expect(lowerBound(0, () => true)).toBe(0);
  });
});
