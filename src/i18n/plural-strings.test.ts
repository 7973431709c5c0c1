import { describe, expect, it } from 'vitest';
import { pluralStrings } from './plural-strings.ts';

describe('pluralStrings', () => {
  it('renders one string per plural category of the language, the count left as a placeholder', () => {
    expect(pluralStrings('en', (count) => `${count} result${count === 1 ? '' : 's'}`)).toEqual({
      one: '{{count}} result',
      other: '{{count}} results',
    });
    expect(Object.keys(pluralStrings('ar', (count) => `${count}`))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(pluralStrings('fr', (count) => `${count} résultat(s)`)).toEqual({
      one: '{{count}} résultat(s)',
      many: '{{count}} résultat(s)',
      other: '{{count}} résultat(s)',
    });
  });
});
