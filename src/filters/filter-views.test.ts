import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadResources } from '#src/i18n/resources.ts';
import { createTranslator } from '#src/i18n/translate.ts';
import { indexFilterNavigation } from './filter-views.ts';

const resources = loadResources(path.resolve(import.meta.dirname, '../../locales'), ['en', 'fr']);
const workshops = [
  { slug: 'privacy', data: { audience: ['parents'], format: 'online' } },
  { slug: 'grooming', data: { audience: ['educators', 'parents'], format: 'in-person' } },
];

describe('indexFilterNavigation', () => {
  it('hands the filter script each entry’s page with its tags, and the counts in every plural form of the language', () => {
    const navigation = indexFilterNavigation('fr', 'workshops', workshops, createTranslator(resources, 'fr', 'en'));
    expect(navigation.enhance.items['/fr/workshops/grooming/']).toEqual({
      country: undefined,
      audience: ['educators', 'parents'],
      format: 'in-person',
    });
    expect(Object.keys(navigation.enhance.strings.count).sort()).toEqual(['many', 'one', 'other']);
    expect(navigation.enhance.strings.count.one).toBe('{{count}} atelier');
    expect(navigation.all).toEqual({ href: '/fr/workshops/', label: expect.any(String) });
  });
});
