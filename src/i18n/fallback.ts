/**
 * What a locale shows of an entry: its translation merged over the source, or the source itself
 * (marked with the source's language) when there is no translation yet.
 */

export interface LocalizedEntry<Data> {
  slug: string;
  /** The locale of the page it is shown on. */
  locale: string;
  /** Source data with the translation's fields laid over it. */
  data: Data;
  /** The locale the title, summary and body are written in. */
  textLocale: string;
  /** No translation in this locale: the source text is shown, with a notice. */
  isUntranslated: boolean;
  /** Translatable fields whose text is not in the page's locale, with the locale it is in. */
  fieldLocales: Record<string, string>;
}

/**
 * Lays a translation over its source. Only translatable fields are taken from the translation;
 * `materials` are merged title by title, in order.
 * @example localize({ slug: 'a', data: { title: 'Hi', start: 'x' } }, { title: 'Hola' }, ['title'], 'es', 'en')
 *   .data // { title: 'Hola', start: 'x' }
 */
export function localize<Data extends Record<string, unknown>>(
  source: { slug: string; data: Data },
  translation: Record<string, unknown> | undefined,
  translatable: readonly string[],
  locale: string,
  defaultLocale: string,
): LocalizedEntry<Data> {
  if (translation === undefined || locale === defaultLocale) {
    const isUntranslated = locale !== defaultLocale;
    const fieldLocales = isUntranslated
      ? Object.fromEntries(translatable.filter((field) => source.data[field] !== undefined).map((field) => [field, defaultLocale]))
      : {};
    return { slug: source.slug, locale, data: source.data, textLocale: defaultLocale, isUntranslated, fieldLocales };
  }
  const data: Record<string, unknown> = { ...source.data };
  const fieldLocales: Record<string, string> = {};
  for (const field of translatable) {
    const value = translation[field];
    if (value === undefined) {
      if (source.data[field] !== undefined) fieldLocales[field] = defaultLocale;
    } else {
      data[field] = field === 'materials' ? mergeMaterials(source.data[field], value) : value;
    }
  }
  return { slug: source.slug, locale, data: data as Data, textLocale: locale, isUntranslated: false, fieldLocales };
}

function mergeMaterials(source: unknown, translated: unknown): unknown {
  if (!Array.isArray(source) || !Array.isArray(translated)) return source;
  return source.map((material: Record<string, unknown>, index) => ({
    ...material,
    ...(translated[index] as Record<string, unknown> | undefined),
  }));
}

/**
 * The `lang` to put on an element showing a field: the field's locale when it differs from the
 * page's, else undefined (no attribute).
 * @example langOf({ fieldLocales: { imageAlt: 'en' } }, 'imageAlt') // 'en'
 */
export function langOf(entry: { fieldLocales: Record<string, string> }, field: string): string | undefined {
  return entry.fieldLocales[field];
}
