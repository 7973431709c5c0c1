import { describe, expect, it } from 'vitest';
import { pageHead } from './page-head.ts';

const campaign = { site: 'https://sid.example.org', locales: ['en', 'pt-BR', 'ar'], defaultLocale: 'en' };

describe('pageHead', () => {
  it('gives the route in every locale with x-default, and the canonical URL', () => {
    const head = pageHead({ locale: 'pt-BR', segments: ['events', 'oodi'], title: 'Oodi', siteName: 'SID', campaign });
    expect(head.title).toBe('Oodi · SID');
    expect(head.canonical).toBe('https://sid.example.org/pt-BR/events/oodi/');
    expect(head.alternates).toEqual([
      { hreflang: 'en', href: 'https://sid.example.org/en/events/oodi/' },
      { hreflang: 'pt-BR', href: 'https://sid.example.org/pt-BR/events/oodi/' },
      { hreflang: 'ar', href: 'https://sid.example.org/ar/events/oodi/' },
      { hreflang: 'x-default', href: 'https://sid.example.org/en/events/oodi/' },
    ]);
    expect([head.ogLocale, head.ogAlternateLocales]).toEqual(['pt_BR', ['en', 'ar']]);
  });

  it('titles the home page with the campaign alone, and shares the source’s image for an untranslated entry', () => {
    expect(pageHead({ locale: 'ar', segments: [], title: 'x', siteName: 'SID', campaign }).title).toBe('SID');
    expect(pageHead({ locale: 'ar', segments: ['events', 'oodi'], title: 'x', siteName: 'SID', campaign, imageLocale: 'en' }).image).toBe(
      'https://sid.example.org/en/og/events/oodi.png',
    );
    expect(pageHead({ locale: 'ar', segments: [], title: 'x', siteName: 'SID', campaign, image: 'https://x/a.png' }).image).toBe(
      'https://x/a.png',
    );
  });
});
