import { describe, expect, it } from 'vitest';
import { pickLocale } from './negotiate.ts';

describe('pickLocale', () => {
  const available = ['en', 'es', 'fr', 'pt-BR'];
  it('prefers the remembered choice', () => {
    expect(pickLocale('fr', ['es'], available)).toBe('fr');
  });
  it('ignores a remembered locale the campaign no longer has', () => {
    expect(pickLocale('de', ['es'], available)).toBe('es');
  });
  it('matches a regional browser language to its base', () => {
    expect(pickLocale(null, ['fr-CA', 'en'], available)).toBe('fr');
  });
  it('matches a base browser language to a regional locale', () => {
    expect(pickLocale(null, ['pt'], available)).toBe('pt-BR');
  });
  it('takes the browser’s order', () => {
    expect(pickLocale(null, ['de', 'es', 'en'], available)).toBe('es');
  });
  it('leaves the choice to the visitor when nothing matches', () => {
    expect(pickLocale(null, ['de'], available)).toBeUndefined();
  });
});
