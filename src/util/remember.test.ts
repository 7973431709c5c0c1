import { describe, expect, it } from 'vitest';
import { remember } from './remember.ts';

describe('remember', () => {
  it('makes a value once per key and returns it again', () => {
    const cache = new Map<string, number>();
    let made = 0;
    const length = (word: string) => remember(cache, word, () => ((made += 1), word.length));
    expect([length('abc'), length('abc'), length('hello')]).toEqual([3, 3, 5]);
    expect(made).toBe(2);
  });

  it('keeps null answers too (a zone the calendar library does not know)', () => {
    const cache = new Map<string, string | null>();
    let made = 0;
    const nothing = () => remember(cache, 'key', () => ((made += 1), null));
    expect([nothing(), nothing()]).toEqual([null, null]);
    expect(made).toBe(1);
  });

  it('keeps undefined answers too (a field an entry leaves out)', () => {
    const cache = new Map<string, string | undefined>();
    let made = 0;
    const missing = (): string | undefined =>
      remember(cache, 'key', () => {
        made += 1;
        return undefined;
      });
    expect([missing(), missing()]).toEqual([undefined, undefined]);
    expect(made).toBe(1);
  });
});
