/**
 * What the filter controls of the events and workshops indexes show, computed once for a page:
 * each facet's values with their labels in the reader's language and the static page of each
 * (`/<l>/events/country/ie/`). Countries are sorted by their names in the reader's language,
 * audiences and formats in the schema's order.
 */
import { countryName } from '#src/i18n/format.ts';
import type { Translate } from '#src/i18n/translate.ts';
import { AUDIENCES, FORMATS } from '#src/schemas/common.ts';
import { facetValues, filterTags, KIND_FACETS, type FilteredKind, type FilterFacet, type FilterTags } from './event-filters.ts';
import { pluralStrings } from '#src/i18n/plural-strings.ts';
import { localePath } from '#src/site/urls.ts';

export interface FilterOption {
  value: string;
  label: string;
  /** The static page of this value, e.g. `/fr/events/country/ie/`. */
  href: string;
}

export interface FacetView {
  facet: FilterFacet;
  options: FilterOption[];
}

/**
 * The label of a facet's value in the reader's language.
 * @example valueLabel('country', 'ie', 'fr', t) // 'Irlande'
 */
export function valueLabel(facet: FilterFacet, value: string, locale: string, t: Translate): string {
  if (facet === 'country') return countryName(value.toUpperCase(), locale);
  if (facet === 'audience') return t(`common:audience.${value as (typeof AUDIENCES)[number]}`);
  return t(`common:format.${value as (typeof FORMATS)[number]}`);
}

/**
 * The static page of one filter value.
 * @example filterPath('fr', 'events', 'country', 'ie') // '/fr/events/country/ie/'
 */
export function filterPath(locale: string, kind: FilteredKind, facet: FilterFacet, value: string): string {
  return localePath(locale, kind, facet, value);
}

/**
 * Every facet of a kind with the values its entries have, labelled and linked.
 * @example facetViews('fr', 'workshops', tags, t)[0] // { facet: 'audience', options: [{ value: 'parents', label: 'Parents', href: '/fr/workshops/audience/parents/' }, …] }
 */
export function facetViews(locale: string, kind: FilteredKind, entries: readonly FilterTags[], t: Translate): FacetView[] {
  const collator = new Intl.Collator(locale);
  return KIND_FACETS[kind]
    .map((facet) => {
      const order: readonly string[] = facet === 'audience' ? AUDIENCES : facet === 'format' ? FORMATS : [];
      const options = facetValues(entries, facet, order).map((value) => ({
        value,
        label: valueLabel(facet, value, locale, t),
        href: filterPath(locale, kind, facet, value),
      }));
      if (facet === 'country') options.sort((a, b) => collator.compare(a.label, b.label));
      return { facet, options };
    })
    .filter((view) => view.options.length > 0);
}

/** Each facet's name and its "every value" choice, as a list's filter shows them. */
export type FilterLabels = Partial<Record<FilterFacet, { label: string; any: string }>>;

/**
 * The filter labels of a kind, in the reader's language.
 * @example filterLabels('workshops', t).format // { label: 'Format', any: 'All formats' }
 */
export function filterLabels(kind: FilteredKind, t: Translate): FilterLabels {
  if (kind === 'workshops') {
    return {
      audience: { label: t('workshops:filter.audience'), any: t('workshops:filter.anyAudience') },
      format: { label: t('workshops:filter.format'), any: t('workshops:filter.anyFormat') },
    };
  }
  return {
    country: { label: t('events:filter.country'), any: t('events:filter.anyCountry') },
    audience: { label: t('events:filter.audience'), any: t('events:filter.anyAudience') },
    format: { label: t('events:filter.format'), any: t('events:filter.anyFormat') },
  };
}

/**
 * What the filter script needs from the page: each entry's page path with its filter tags.
 * @example filterItems('fr', 'events', events) // { '/fr/events/dublin/': { country: 'ie', audience: […], format: 'in-person' }, … }
 */
export function filterItems(
  locale: string,
  kind: FilteredKind,
  entries: readonly { slug: string; data: Parameters<typeof filterTags>[0] }[],
): Record<string, FilterTags> {
  return Object.fromEntries(entries.map((entry) => [localePath(locale, kind, entry.slug), filterTags(entry.data)]));
}

/**
 * What a kind's filter navigation shows on its index and on each of its filter pages alike: the
 * heading, every facet's values, their labels and the link back to the unfiltered list.
 * @example filterNavigation('fr', 'workshops', workshops, t).all // { href: '/fr/workshops/', label: 'Tous les ateliers' }
 */
export function filterNavigation(
  locale: string,
  kind: FilteredKind,
  entries: readonly { data: Parameters<typeof filterTags>[0] }[],
  t: Translate,
) {
  return {
    id: kind,
    heading: kind === 'events' ? t('events:filter.title') : t('workshops:filter.title'),
    facets: facetViews(
      locale,
      kind,
      entries.map((entry) => filterTags(entry.data)),
      t,
    ),
    labels: filterLabels(kind, t),
    all: { href: localePath(locale, kind), label: kind === 'events' ? t('events:filter.all') : t('workshops:filter.all') },
  };
}

/**
 * The filter navigation of a kind's index, where the filter script filters the list in place: the
 * navigation, each entry's filter tags, and the counted strings the script says in every plural form.
 * @example indexFilterNavigation('fr', 'events', events, t).enhance.strings.shown // { one: '{{count}} événement affiché', … }
 */
export function indexFilterNavigation(
  locale: string,
  kind: FilteredKind,
  entries: readonly { slug: string; data: Parameters<typeof filterTags>[0] }[],
  t: Translate,
) {
  return {
    ...filterNavigation(locale, kind, entries, t),
    enhance: {
      items: filterItems(locale, kind, entries),
      strings: {
        shown: pluralStrings(locale, (count) => t(`${kind}:shown`, { count })),
        count: pluralStrings(locale, (count) => t(`${kind}:count`, { count })),
      },
    },
  };
}
