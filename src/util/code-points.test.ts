import { describe, expect, it } from 'vitest';
import { codePointCount } from './code-points.ts';

describe('codePointCount', () => {
  it('counts code points, not UTF-16 units nor graphemes', () => {
    expect(codePointCount('')).toBe(0);
    expect(codePointCount('Safer')).toBe(5);
    expect(codePointCount('😀')).toBe(1);
    expect(codePointCount('👍🏽')).toBe(2);
    expect(codePointCount('नमस्ते')).toBe(6);
  });
});
