/**
 * Every URL of the site is `/<locale>/<segments>/`; a page names its route by segments, and the
 * language switcher, hreflang links and canonical URL are derived from them, never parsed back
 * out of a URL.
 */

/**
 * @example localePath('fr', 'events', 'oodi') // '/fr/events/oodi/'
 * @example localePath('fr') // '/fr/'
 */
export function localePath(locale: string, ...segments: string[]): string {
  return `/${[locale, ...segments].map(encodeURIComponent).join('/')}/`;
}

/**
 * A path made absolute on the campaign's site.
 * @example absoluteUrl('/fr/', 'https://sid.example.org') // 'https://sid.example.org/fr/'
 */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site).href;
}

/**
 * The same route in every locale, for the language switcher and `hreflang`.
 * @example alternates(['en', 'fr'], ['events']) // [{ locale: 'en', path: '/en/events/' }, …]
 */
export function alternates(locales: readonly string[], segments: readonly string[]): { locale: string; path: string }[] {
  return locales.map((locale) => ({ locale, path: localePath(locale, ...segments) }));
}
