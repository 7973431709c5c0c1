import { describe, expect, it } from 'vitest';
import { absoluteUrl, alternates, isExternalLink, localePath, sitemapAlternates } from './urls.ts';

describe('URLs', () => {
  it('starts every page with its locale and ends it with a slash', () => {
    expect(localePath('fr', 'events', 'oodi')).toBe('/fr/events/oodi/');
    expect(localePath('pt-BR')).toBe('/pt-BR/');
    expect(absoluteUrl('/fr/', 'https://sid.example.org')).toBe('https://sid.example.org/fr/');
  });

  it('gives the same route in every locale', () => {
    expect(alternates(['en', 'ar'], ['events', 'oodi'])).toEqual([
      { locale: 'en', path: '/en/events/oodi/' },
      { locale: 'ar', path: '/ar/events/oodi/' },
    ]);
  });

  it('lists a page’s alternates for the sitemap, none for the language picker', () => {
    expect(sitemapAlternates('https://s.org/fr/events/', ['en', 'fr'], 'en')).toEqual([
      { lang: 'en', url: 'https://s.org/en/events/' },
      { lang: 'fr', url: 'https://s.org/fr/events/' },
      { lang: 'x-default', url: 'https://s.org/en/events/' },
    ]);
    expect(sitemapAlternates('https://s.org/', ['en', 'fr'], 'en')).toEqual([]);
    expect(sitemapAlternates('https://s.org/robots.txt', ['en', 'fr'], 'en')).toEqual([]);
  });
});

describe('isExternalLink', () => {
  it('tells links to other sites from the site’s own and mail links', () => {
    expect(isExternalLink('https://www.webwise.ie')).toBe(true);
    expect(isExternalLink('//example.org')).toBe(true);
    expect(isExternalLink('/fr/events/')).toBe(false);
    expect(isExternalLink('#main')).toBe(false);
    expect(isExternalLink('mailto:sid@example.org')).toBe(false);
  });
});
