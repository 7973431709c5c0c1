import { describe, expect, it } from 'vitest';
import { chooseCaptions, matchingCaption } from './captions.ts';

const order = ['en', 'es', 'fr', 'fi', 'hi', 'ar'];
const defaults = (captions: Record<string, string>, reader: string) =>
  chooseCaptions(captions, reader, 'en', order)
    .tracks.filter((track) => track.isDefault)
    .map((track) => track.locale);

describe('chooseCaptions', () => {
  it('offers every track, in the campaign’s locale order, with the reader’s own on by default', () => {
    const choice = chooseCaptions({ fr: 'v.fr.vtt', en: 'v.en.vtt', es: 'v.es.vtt' }, 'es', 'en', order);
    expect(choice.tracks).toEqual([
      { locale: 'en', path: 'v.en.vtt', isDefault: false },
      { locale: 'es', path: 'v.es.vtt', isDefault: true },
      { locale: 'fr', path: 'v.fr.vtt', isDefault: false },
    ]);
    expect(choice.lacksReaderCaptions).toBe(false);
  });

  it('falls back to the source locale’s track, and says the reader’s locale has none', () => {
    const choice = chooseCaptions({ en: 'v.en.vtt', fr: 'v.fr.vtt' }, 'ar', 'en', order);
    expect(defaults({ en: 'v.en.vtt', fr: 'v.fr.vtt' }, 'ar')).toEqual(['en']);
    expect(choice.lacksReaderCaptions).toBe(true);
  });

  it('matches a regional reader with captions in the same language, and the other way round', () => {
    expect(defaults({ en: 'a', pt: 'b' }, 'pt-BR')).toEqual(['pt']);
    expect(defaults({ en: 'a', 'pt-BR': 'b' }, 'pt')).toEqual(['pt-BR']);
    expect(chooseCaptions({ en: 'a', pt: 'b' }, 'pt-BR', 'en', order).lacksReaderCaptions).toBe(false);
  });

  it('puts tags outside the campaign after its locales, as written', () => {
    const choice = chooseCaptions({ de: 'd', en: 'e', it: 'i', fi: 'f' }, 'en', 'en', order);
    expect(choice.tracks.map((track) => track.locale)).toEqual(['en', 'fi', 'de', 'it']);
  });

  it('turns on exactly one track, the first, when neither the reader’s nor the source’s exists', () => {
    expect(defaults({ fr: 'f', es: 's' }, 'hi')).toEqual(['es']);
  });

  it('has no tracks and lacks the reader’s when a video has no captions', () => {
    expect(chooseCaptions({}, 'fr', 'en', order)).toEqual({ tracks: [], lacksReaderCaptions: true });
  });
});

describe('matchingCaption', () => {
  it('prefers the exact tag to one of the same language', () => {
    expect(matchingCaption(['es', 'es-MX'], 'es-MX')).toBe('es-MX');
    expect(matchingCaption(['en'], 'fr')).toBeUndefined();
  });
});
