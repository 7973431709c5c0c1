import { describe, expect, it } from 'vitest';
import { localize } from './fallback.ts';

const source = {
  slug: 'oodi',
  data: {
    title: 'Training at Oodi',
    summary: 'A training.',
    imageAlt: 'The library',
    start: '2020-02-11T10:00',
    materials: [{ title: 'Slides', url: 'https://example.org/s.pdf' }],
  },
};
const fields = ['title', 'summary', 'imageAlt', 'materials'];

describe('localize', () => {
  it('lays the translated fields over the source and inherits the rest', () => {
    const shown = localize(
      source,
      { title: 'Koulutus Oodissa', summary: 'Koulutus.', imageAlt: 'Kirjasto', start: 'ignored' },
      fields,
      'fi',
      'en',
    );
    expect(shown.data).toMatchObject({ title: 'Koulutus Oodissa', imageAlt: 'Kirjasto', start: '2020-02-11T10:00' });
    expect(shown).toMatchObject({ isUntranslated: false, textLocale: 'fi', fieldLocales: {} });
  });

  it('marks an untranslated entry and every text field with the source locale', () => {
    const shown = localize(source, undefined, fields, 'ar', 'en');
    expect(shown).toMatchObject({ isUntranslated: true, textLocale: 'en', data: { title: 'Training at Oodi' } });
    expect(shown.fieldLocales).toEqual({ title: 'en', summary: 'en', imageAlt: 'en', materials: 'en' });
  });

  it('keeps an alt text the translator left out in the source language, marked as such', () => {
    const shown = localize(source, { title: 'Koulutus', summary: 'Koulutus.' }, fields, 'fi', 'en');
    expect(shown.data.imageAlt).toBe('The library');
    expect(shown.fieldLocales).toEqual({ imageAlt: 'en', materials: 'en' });
  });

  it('merges translated material titles in order, keeping their links', () => {
    const shown = localize(source, { title: 'T', summary: 'S', materials: [{ title: 'Diat' }] }, fields, 'fi', 'en');
    expect(shown.data.materials).toEqual([{ title: 'Diat', url: 'https://example.org/s.pdf' }]);
  });

  it('shows the source as it is in the default locale', () => {
    expect(localize(source, undefined, fields, 'en', 'en')).toMatchObject({ isUntranslated: false, fieldLocales: {} });
  });
});
