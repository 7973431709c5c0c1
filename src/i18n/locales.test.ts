import { describe, expect, it } from 'vitest';
import { directionOf, languageName, languageNameInText } from './locales.ts';

describe('languageNameInText', () => {
  it('keeps the case the language writes names with inside a sentence', () => {
    expect(languageNameInText('en', 'fi')).toBe('englanti');
    expect(languageNameInText('fi', 'fr')).toBe('finnois');
    expect(languageNameInText('es', 'es')).toBe('español');
    expect(languageNameInText('fr', 'en')).toBe('French');
  });
});

describe('languageName', () => {
  it('names a language standing alone, with a capital, in its own language by default', () => {
    expect(languageName('fi')).toBe('Suomi');
    expect(languageName('fi', 'en')).toBe('Finnish');
    expect(languageName('ar')).toBe('العربية');
  });
});

describe('directionOf', () => {
  it('knows right-to-left scripts from the tag', () => {
    expect(['ar', 'he', 'fa', 'ur', 'en', 'hi', 'fi'].map((tag) => directionOf(tag))).toEqual([
      'rtl',
      'rtl',
      'rtl',
      'rtl',
      'ltr',
      'ltr',
      'ltr',
    ]);
  });
});
