/**
 * The static filter pages of a kind (`/<l>/events/country/ie/`, `/<l>/workshops/format/online/`):
 * one per locale and per facet value that some entry has. Filters read only fields that do not
 * change with the language, so the source entries decide which pages exist.
 */
import { getCollection } from 'astro:content';
import { filterPages, filterTags, type FilterFacet } from './event-filters.ts';
import { KIND_FACETS, type FilteredKind } from './event-filters.ts';
import { keyed } from '#src/integration/page-keys.ts';
import { filterPath } from './filter-views.ts';
import { getSite } from '#src/site/site.ts';

/** `getStaticPaths` rows for every locale × filter page of a kind. */
export async function filterPagePaths(
  kind: FilteredKind,
): Promise<{ params: { locale: string; facet: FilterFacet; value: string }; cacheKey: string }[]> {
  const entries = await getCollection(kind);
  const pages = filterPages(
    entries.map((entry) => filterTags(entry.data)),
    KIND_FACETS[kind],
  );
  return keyed(
    getSite().campaign.locales.flatMap((locale) => pages.map(({ facet, value }) => ({ params: { locale, facet, value } }))),
    (params) => filterPath(params.locale, kind, params.facet, params.value),
  );
}
