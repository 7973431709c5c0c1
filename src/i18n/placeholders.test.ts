import { describe, expect, it } from 'vitest';
import { compareVariables, variablesOf } from './placeholders.ts';

describe('variablesOf', () => {
  it('names the interpolation variables, formats and spacing aside', () => {
    expect(variablesOf('{{count}} events in {{ city }} on {{date, datetime}}, {{count}}')).toEqual(['city', 'count', 'date']);
    expect(variablesOf('no variables, {single} braces')).toEqual([]);
  });
});

describe('compareVariables', () => {
  it('names lost and unknown placeholders, and lets a plural form leave out the count', () => {
    expect(compareVariables('{{count}} events in {{city}}', '{{count}} événements à {{ville}}', false)).toBe(
      'lacks {{city}} and has {{ville}}, which the default text does not; keep the placeholders of the default text exactly as they are ({{city}}, {{count}})',
    );
    expect(compareVariables('{{count}} event', 'un événement', true)).toBeUndefined();
    expect(compareVariables('{{count}} event', 'un événement', false)).toMatch(/^lacks \{\{count\}\}/);
  });
});
