/**
 * Which caption tracks a video page offers, which one is on by default, and whether the reader's
 * locale has captions of its own. Pure: the page hands in the video's `captions` field.
 */

export interface CaptionTrack {
  /** The captions' BCP 47 tag, as written in the entry (`srclang`). */
  locale: string;
  /** The path as written in the entry, relative to the entry file. */
  path: string;
  /** The track a player turns on by itself (`<track default>`): at most one per video. */
  isDefault: boolean;
}

export interface CaptionChoice {
  tracks: CaptionTrack[];
  /**
   * The reader's locale has no captions of its own (not even in its base language): the page
   * says so, in the reader's language.
   */
  lacksReaderCaptions: boolean;
}

/**
 * The caption track that suits a reader: the reader's own locale, else one in the same language
 * (`pt` for a `pt-BR` reader, `pt-BR` for a `pt` reader), else undefined.
 * @example matchingCaption(['en', 'pt-BR'], 'pt') // 'pt-BR'
 */
export function matchingCaption(available: readonly string[], locale: string): string | undefined {
  if (available.includes(locale)) return locale;
  const language = new Intl.Locale(locale).language;
  return available.find((tag) => new Intl.Locale(tag).language === language);
}

/**
 * Every caption track of a video, in the campaign's locale order (tags outside the campaign
 * after, as written), with the reader's captions on by default, else the source locale's
 * (required by the schema), else the first.
 * @example chooseCaptions({ en: 'a.en.vtt', fr: 'a.fr.vtt' }, 'fi', 'en', ['en', 'fr', 'fi'])
 *   // { tracks: [{ locale: 'en', path: 'a.en.vtt', isDefault: true }, { locale: 'fr', path: 'a.fr.vtt', isDefault: false }],
 *   //   lacksReaderCaptions: true }
 */
export function chooseCaptions(
  captions: Readonly<Record<string, string>>,
  readerLocale: string,
  sourceLocale: string,
  localeOrder: readonly string[],
): CaptionChoice {
  const available = Object.keys(captions);
  const rank = (tag: string) => {
    const index = localeOrder.indexOf(tag);
    return index === -1 ? localeOrder.length + available.indexOf(tag) : index;
  };
  const ordered = [...available].sort((a, b) => rank(a) - rank(b));
  const reader = matchingCaption(available, readerLocale);
  const chosen = reader ?? (available.includes(sourceLocale) ? sourceLocale : ordered[0]);
  return {
    tracks: ordered.map((locale) => ({ locale, path: captions[locale] as string, isDefault: locale === chosen })),
    lacksReaderCaptions: reader === undefined,
  };
}
