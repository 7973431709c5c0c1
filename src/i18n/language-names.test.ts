import { describe, expect, it } from 'vitest';
import { languageNameInText } from './language-names.ts';

describe('languageNameInText', () => {
  it('keeps the case the language writes names with inside a sentence', () => {
    expect(languageNameInText('en', 'fi')).toBe('englanti');
    expect(languageNameInText('fi', 'fr')).toBe('finnois');
    expect(languageNameInText('es', 'es')).toBe('español');
    expect(languageNameInText('fr', 'en')).toBe('French');
  });
});
