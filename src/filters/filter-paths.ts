/**
 * The static filter pages (`/<l>/events/country/ie/`, `/<l>/workshops/format/online/`): one per
 * locale, filtered kind and facet value that some entry has. Filters read only fields that do not
 * change with the language, so the source entries decide which pages exist.
 */
import { getCollection } from 'astro:content';
import { filterPages, filterTags, type FilterFacet } from './event-filters.ts';
import { KIND_FACETS, type FilteredKind } from './event-filters.ts';
import { keyed } from '#src/integration/page-keys.ts';
import { filterPath } from './filter-views.ts';
import { filterPageView, type FilterPageView } from '#src/routes/filter-page.ts';
import { shownEntries, type ShownEntry } from '#src/site/entries.ts';
import { getSite, translator } from '#src/site/site.ts';

export interface FilterParams {
  locale: string;
  kind: FilteredKind;
  facet: FilterFacet;
  value: string;
}

/** What a filter page shows, with its kind, so that the page can pick the list that lays it out. */
export type FilterPageData =
  { kind: 'events'; view: FilterPageView<ShownEntry<'events'>> } | { kind: 'workshops'; view: FilterPageView<ShownEntry<'workshops'>> };

/** `getStaticPaths` rows for every locale × filter page of every filtered kind. */
export async function filterPagePaths(): Promise<{ params: FilterParams; cacheKey: string }[]> {
  const kinds = Object.keys(KIND_FACETS) as FilteredKind[];
  const rows = await Promise.all(
    kinds.map(async (kind) => {
      const entries = await getCollection(kind);
      const pages = filterPages(
        entries.map((entry) => filterTags(entry.data)),
        KIND_FACETS[kind],
      );
      return getSite().campaign.locales.flatMap((locale) => pages.map(({ facet, value }) => ({ params: { locale, kind, facet, value } })));
    }),
  );
  return keyed(rows.flat(), (params) => filterPath(params.locale, params.kind, params.facet, params.value));
}

/** What the filter page of `params` shows, from the entries as its locale shows them. */
export async function filterPageData(params: FilterParams): Promise<FilterPageData> {
  const { locale, facet, value } = params;
  const page = { locale, facet, value, site: getSite().campaign.site, t: translator(locale) };
  return params.kind === 'events'
    ? { kind: 'events', view: filterPageView({ ...page, kind: 'events', entries: await shownEntries('events', locale) }) }
    : { kind: 'workshops', view: filterPageView({ ...page, kind: 'workshops', entries: await shownEntries('workshops', locale) }) };
}
