import { describe, expect, it } from 'vitest';
import { decodeIndices, encodeIndices } from './index-list.ts';

describe('index lists', () => {
  it('gives back the numbers sorted, without repeats', () => {
    expect(decodeIndices(encodeIndices([5, 1, 300, 5, 0]))).toEqual([0, 1, 5, 300]);
    expect(decodeIndices(encodeIndices([]))).toEqual([]);
  });

  it('keeps large numbers and gaps across several bytes', () => {
    const numbers = [127, 128, 16_383, 16_384, 2 ** 31, 2 ** 40 + 3];
    expect(decodeIndices(encodeIndices(numbers))).toEqual(numbers);
  });

  it('writes a page of a thousand nearby inputs in a few bytes each', () => {
    const page = Array.from({ length: 1000 }, (_, at) => 50_000 + at * 7);
    expect(encodeIndices(page).length).toBeLessThan(1000 * 2);
    expect(decodeIndices(encodeIndices(page))).toEqual(page);
  });

  it('refuses what is not a whole number of 0 or more', () => {
    expect(() => encodeIndices([-1])).toThrow(/-1 is not a whole number/);
    expect(() => encodeIndices([1.5])).toThrow(/1.5 is not a whole number/);
  });
});
