import { describe, expect, it } from 'vitest';
import { medianRun, percentile } from './stats.ts';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2);
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        0.95,
      ),
    ).toBe(95);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.5)).toBe(0);
  });
});

describe('medianRun', () => {
  it('takes the run with the middle time, whole, and the lower middle one of an even count', () => {
    const runs = [
      { seconds: 15.1, peakRssMiB: 700 },
      { seconds: 19.8, peakRssMiB: 900 },
      { seconds: 16.2, peakRssMiB: 800 },
    ];
    expect(medianRun(runs)).toEqual({ seconds: 16.2, peakRssMiB: 800 });
    expect(medianRun([{ seconds: 2 }, { seconds: 1 }])).toEqual({ seconds: 1 });
    expect(medianRun([{ seconds: 3 }])).toEqual({ seconds: 3 });
    expect(() => medianRun([])).toThrow('no runs');
  });
});
