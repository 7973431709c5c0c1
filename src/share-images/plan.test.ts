import { describe, expect, it } from 'vitest';
import { ogImagePath, ogLocale } from './plan.ts';

describe('paths and tags', () => {
  it('puts each image beside its locale’s pages', () => {
    expect(ogImagePath('fr', ['events', 'oodi'])).toBe('/fr/og/events/oodi.png');
    expect(ogImagePath('fr', ['about'])).toBe('/fr/og/about.png');
    expect(ogImagePath('ar', [])).toBe('/ar/og.png');
  });

  it('writes Open Graph locales with an underscore', () => {
    expect(ogLocale('pt-BR')).toBe('pt_BR');
    expect(ogLocale('ar')).toBe('ar');
  });
});
