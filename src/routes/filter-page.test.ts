import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadResources } from '#src/i18n/resources.ts';
import { createTranslator } from '#src/i18n/translate.ts';
import { filterPageView } from './filter-page.ts';

const resources = loadResources(path.resolve(import.meta.dirname, '../../locales'), ['en', 'fr']);
const entries = [
  { slug: 'dublin', data: { venue: { country: 'IE' }, audience: ['parents'], format: 'in-person' } },
  { slug: 'cork', data: { venue: { country: 'IE' }, audience: ['educators'], format: 'hybrid' } },
  { slug: 'webinar', data: { audience: ['parents'], format: 'online' } },
];
const view = (locale: string, facet: 'country' | 'audience' | 'format', value: string) =>
  filterPageView({
    kind: 'events',
    locale,
    facet,
    value,
    entries,
    site: 'https://example.org',
    t: createTranslator(resources, locale, 'en'),
  });

describe('filterPageView', () => {
  it('shows only the entries with the page’s value, and says how many in the reader’s language', () => {
    const page = view('fr', 'country', 'ie');
    expect(page.shown.map((entry) => entry.slug)).toEqual(['dublin', 'cork']);
    expect(page.title).toBe('Événements : Irlande');
    expect(page.count).toBe('2 événements');
    expect(view('en', 'audience', 'parents').shown.map((entry) => entry.slug)).toEqual(['dublin', 'webinar']);
  });

  it('marks its own value in the kind’s navigation, which offers every value of every entry', () => {
    const page = view('en', 'format', 'online');
    expect(page.navigation.current).toEqual({ facet: 'format', value: 'online' });
    expect(page.navigation.all.href).toBe('/en/events/');
    const countries = page.navigation.facets.find((facet) => facet.facet === 'country');
    expect(countries?.options.map((option) => option.href)).toEqual(['/en/events/country/ie/']);
  });

  it('lives under its kind’s segments and shares the index’s share image', () => {
    const page = view('en', 'country', 'ie');
    expect(page.segments).toEqual(['events', 'country', 'ie']);
    expect(page.image).toBe('https://example.org/en/og/events.png');
  });
});
