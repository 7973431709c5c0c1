/**
 * The site's own routes below a locale, in one place: the header links to the sections, every
 * section has a share image, and no entry may take a slug that one of these routes needs.
 */
import { KIND_FACETS } from '#src/filters/event-filters.ts';
import type { Kind } from '#src/schemas/index.ts';

/** The sections: each has an index page (`/<l>/events/`) and a link in the header, in this order. */
export const SECTIONS = ['events', 'workshops', 'videos', 'hashtags', 'partners', 'search'] as const;
export type Section = (typeof SECTIONS)[number];

/** Other names the site uses below a locale: the translation status page, the feed, share images, media, the 404 page. */
const OWN_NAMES = ['translations', 'rss', 'og', 'media', '404'] as const;

/**
 * Slugs that would collide with the site's own routes, per kind: free pages sit right below the
 * locale, and a filtered list's facets are folders of its index.
 * @example RESERVED_SLUGS.pages?.includes('events') // true
 * @example RESERVED_SLUGS.events // ['country', 'audience', 'format']
 */
export const RESERVED_SLUGS: Partial<Record<Kind, readonly string[]>> = {
  pages: [...SECTIONS, ...OWN_NAMES],
  ...KIND_FACETS,
};
