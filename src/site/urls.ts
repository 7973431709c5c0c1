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
 * The absolute URL of a page of the site, for canonical links, feeds and structured data.
 * @example pageUrl('fr', ['events', 'oodi'], 'https://sid.example.org') // 'https://sid.example.org/fr/events/oodi/'
 */
export function pageUrl(locale: string, segments: readonly string[], site: string): string {
  return absoluteUrl(localePath(locale, ...segments), site);
}

/**
 * The same route in every locale, for the language switcher and `hreflang`.
 * @example alternates(['en', 'fr'], ['events']) // [{ locale: 'en', path: '/en/events/' }, …]
 */
export function alternates(locales: readonly string[], segments: readonly string[]): { locale: string; path: string }[] {
  return locales.map((locale) => ({ locale, path: localePath(locale, ...segments) }));
}

/**
 * The hreflang alternates of a built page for the sitemap: the same route in every locale, plus
 * `x-default` (the default locale's). Pages outside the locales (`/`) have none.
 * @example sitemapAlternates('https://s.org/fr/events/', ['en', 'fr'], 'en')
 *   // [{ lang: 'en', url: 'https://s.org/en/events/' }, { lang: 'fr', url: … }, { lang: 'x-default', url: 'https://s.org/en/events/' }]
 */
export function sitemapAlternates(page: string, locales: readonly string[], defaultLocale: string): { lang: string; url: string }[] {
  const url = new URL(page);
  const [first, ...rest] = url.pathname.split('/').filter((segment) => segment !== '');
  if (first === undefined || !locales.includes(decodeURIComponent(first))) return [];
  const segments = rest.map((segment) => decodeURIComponent(segment));
  const links = alternates(locales, segments).map((link) => ({ lang: link.locale, url: absoluteUrl(link.path, url.origin) }));
  return [...links, { lang: 'x-default', url: pageUrl(defaultLocale, segments, url.origin) }];
}

/**
 * Whether a link leads to another site (an absolute http(s) URL); `mailto:` and paths do not.
 * @example isExternalLink('https://www.webwise.ie') // true
 * @example isExternalLink('/fr/events/') // false
 */
export function isExternalLink(href: string): boolean {
  return /^https?:\/\//i.test(href) || href.startsWith('//');
}

/**
 * The page of an entry in a locale: free pages sit right under the locale, the rest under their kind.
 * @example entryPath('fr', 'events', 'oodi') // '/fr/events/oodi/'
 * @example entryPath('fr', 'pages', 'about') // '/fr/about/'
 */
export function entryPath(locale: string, kind: string, slug: string): string {
  return kind === 'pages' ? localePath(locale, slug) : localePath(locale, kind, slug);
}
