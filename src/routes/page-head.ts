/**
 * What every page's `<head>` says about it, worked out from its locale and route: its title, its
 * canonical URL and the same route in every locale (`hreflang`), and its share image and Open
 * Graph locales. The layout (`layouts/Base.astro`) lays it out.
 */
import { ogImagePath, ogLocale } from '#src/share-images/plan.ts';
import { absoluteUrl, alternates, pageUrl } from '#src/site/urls.ts';

/** What a page hands the layout. */
export interface PageProps {
  locale: string;
  /** The route below the locale, e.g. `['events', 'oodi']`; the same in every locale. */
  segments: string[];
  title: string;
  description: string;
  /**
   * A status page (404, translation status): kept out of search engines, with no canonical URL
   * nor hreflang alternates; its language switcher leads to each locale's home.
   */
  status?: boolean;
  /** The absolute URL of the page's share image; by default the one drawn for its route (`ogImagePath`). */
  image?: string;
  /**
   * The locale whose share image of the same route this page uses: an untranslated entry shows the
   * source's text, so it shares the source's image instead of drawing its own.
   */
  imageLocale?: string | undefined;
}

export interface PageHead {
  /** `<title>`: the page's title and the campaign's name; the home page's is the name alone. */
  title: string;
  canonical: string;
  /** The route in every locale, absolute, and `x-default` (the default locale's). */
  alternates: { hreflang: string; href: string }[];
  /** The absolute URL of the share image. */
  image: string;
  ogLocale: string;
  ogAlternateLocales: string[];
}

/**
 * @example pageHead({ locale: 'fr', segments: ['events'], title: 'Événements', siteName: 'SID 2020', campaign }).title
 *   // 'Événements · SID 2020'
 */
export function pageHead(input: {
  locale: string;
  segments: readonly string[];
  title: string;
  siteName: string;
  campaign: { site: string; locales: readonly string[]; defaultLocale: string };
  /** The share image's URL when the page has its own; else the one drawn for its route. */
  image?: string | undefined;
  /** The locale whose image of the same route the page shares (an untranslated entry shares its source's). */
  imageLocale?: string | undefined;
}): PageHead {
  const { locale, segments, campaign } = input;
  return {
    title: segments.length === 0 ? input.siteName : `${input.title} · ${input.siteName}`,
    canonical: pageUrl(locale, segments, campaign.site),
    alternates: [
      ...alternates(campaign.locales, segments).map((link) => ({ hreflang: link.locale, href: absoluteUrl(link.path, campaign.site) })),
      { hreflang: 'x-default', href: pageUrl(campaign.defaultLocale, segments, campaign.site) },
    ],
    image: input.image ?? absoluteUrl(ogImagePath(input.imageLocale ?? locale, segments), campaign.site),
    ogLocale: ogLocale(locale),
    ogAlternateLocales: campaign.locales.filter((other) => other !== locale).map(ogLocale),
  };
}
