/**
 * What a filter page (`/<l>/events/country/ie/`, `/<l>/workshops/format/online/`) shows, computed
 * once: the entries with that value, the page's title and count, the kind's filter navigation with
 * the value marked, and the share image of the kind's index (a filter page has none of its own).
 */
import type { Translate } from '#src/i18n/translate.ts';
import { filterTags, matchesChoice, type FilteredKind, type FilterFacet } from '#src/filters/event-filters.ts';
import { filterNavigation, valueLabel } from '#src/filters/filter-views.ts';
import { ogImagePath } from '#src/share-images/plan.ts';
import { absoluteUrl } from '#src/site/urls.ts';

type Filterable = Parameters<typeof filterTags>[0];

export interface FilterPageView<Entry> {
  segments: string[];
  title: string;
  description: string;
  count: string;
  image: string;
  shown: Entry[];
  navigation: ReturnType<typeof filterNavigation> & { current: { facet: FilterFacet; value: string } };
}

/**
 * @example filterPageView({ kind: 'events', locale: 'fr', facet: 'country', value: 'ie', entries: events, site, t }).title
 * // 'Événements : Irlande'
 */
export function filterPageView<Entry extends { data: Filterable }>(input: {
  kind: FilteredKind;
  locale: string;
  facet: FilterFacet;
  value: string;
  entries: readonly Entry[];
  site: string;
  t: Translate;
}): FilterPageView<Entry> {
  const { kind, locale, facet, value, entries, site, t } = input;
  const shown = entries.filter((entry) => matchesChoice(filterTags(entry.data), { [facet]: value }));
  return {
    segments: [kind, facet, value],
    title: t(`${kind}:filter.pageTitle`, { name: valueLabel(facet, value, locale, t) }),
    description: t(`${kind}:intro`),
    count: t(`${kind}:count`, { count: shown.length }),
    image: absoluteUrl(ogImagePath(locale, [kind]), site),
    shown,
    navigation: { ...filterNavigation(locale, kind, entries, t), current: { facet, value } },
  };
}
