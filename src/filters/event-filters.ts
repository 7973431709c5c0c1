/**
 * Filtering events and workshops by country, audience and format: the same logic builds the
 * static filter pages (`/<l>/events/country/ie/`) and runs in the browser on the index (the
 * script filters the list in place and keeps the choice in the URL's query). Pure, with no
 * import, so the browser gets only these few functions.
 */

/** What a list can be filtered by, in the order the filters are shown. */
export const FILTER_FACETS = ['country', 'audience', 'format'] as const;
export type FilterFacet = (typeof FILTER_FACETS)[number];

/** The kinds of entries that have filtered lists. */
export type FilteredKind = 'events' | 'workshops';

/**
 * The facets each kind is filtered by (workshops have no venue, so no country). Each facet is a
 * folder of the kind's index (`/<l>/events/country/`), so no entry of that kind may take its name.
 */
export const KIND_FACETS: Readonly<Record<FilteredKind, readonly FilterFacet[]>> = {
  events: ['country', 'audience', 'format'],
  workshops: ['audience', 'format'],
};

/**
 * What one event or workshop is, in URL form: a lowercase country code (none for an online
 * event or a workshop), its audiences and its format.
 */
export interface FilterTags {
  country?: string | undefined;
  audience: readonly string[];
  format: string;
}

/** A reader's choice: at most one value per facet; a facet left out matches everything. */
export type FilterChoice = Partial<Record<FilterFacet, string>>;

/**
 * The filter tags of an event or workshop, from its front matter.
 * @example filterTags({ venue: { country: 'IE' }, audience: ['parents'], format: 'in-person' })
 *   // { country: 'ie', audience: ['parents'], format: 'in-person' }
 */
export function filterTags(data: { venue?: { country: string } | undefined; audience: readonly string[]; format: string }): FilterTags {
  return { country: data.venue?.country.toLowerCase(), audience: data.audience, format: data.format };
}

/**
 * The values of a facet that an entry has.
 * @example tagValues({ audience: ['parents', 'educators'], format: 'online' }, 'audience') // ['parents', 'educators']
 */
export function tagValues(tags: FilterTags, facet: FilterFacet): readonly string[] {
  if (facet === 'audience') return tags.audience;
  const value = tags[facet];
  return value === undefined ? [] : [value];
}

/**
 * Whether an entry matches every facet of a choice.
 * @example matchesChoice({ country: 'ie', audience: ['parents'], format: 'in-person' }, { audience: 'parents' }) // true
 * @example matchesChoice({ audience: ['parents'], format: 'online' }, { country: 'ie' }) // false
 */
export function matchesChoice(tags: FilterTags, choice: FilterChoice): boolean {
  return FILTER_FACETS.every((facet) => {
    const wanted = choice[facet];
    return wanted === undefined || tagValues(tags, facet).includes(wanted);
  });
}

/**
 * The values of a facet that at least one entry has, each once, in the order given (audiences
 * and formats in the schema's order; countries are sorted by name by the page, in the reader's
 * language). Values missing from `order` come last, in the order met.
 * @example facetValues([{ audience: ['parents'], format: 'online' }, { audience: ['ngos'], format: 'online' }], 'audience', ['ngos', 'parents']) // ['ngos', 'parents']
 */
export function facetValues(entries: readonly FilterTags[], facet: FilterFacet, order: readonly string[] = []): string[] {
  const present = [...new Set(entries.flatMap((tags) => tagValues(tags, facet)))];
  const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length + present.indexOf(value));
  return present.sort((a, b) => rank(a) - rank(b));
}

/**
 * The choice a URL's query asks for, keeping only facets that are offered and values that exist
 * (a stale or mistyped link shows everything rather than nothing).
 * @example parseChoice('?country=IE&format=nope', { country: ['ie'], format: ['online'] }) // { country: 'ie' }
 */
export function parseChoice(search: string, offered: Partial<Record<FilterFacet, readonly string[]>>): FilterChoice {
  const query = new URLSearchParams(search);
  const choice: FilterChoice = {};
  for (const facet of FILTER_FACETS) {
    const value = query.get(facet)?.toLowerCase();
    if (value !== undefined && offered[facet]?.includes(value) === true) choice[facet] = value;
  }
  return choice;
}

/**
 * The query that keeps a choice in the URL, facets in their fixed order; empty for no choice.
 * @example choiceQuery({ format: 'online', country: 'ie' }) // '?country=ie&format=online'
 * @example choiceQuery({}) // ''
 */
export function choiceQuery(choice: FilterChoice): string {
  const query = new URLSearchParams();
  for (const facet of FILTER_FACETS) {
    const value = choice[facet];
    if (value !== undefined && value !== '') query.set(facet, value);
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * Every single-facet filter page that has entries: one per facet and value present.
 * @example filterPages([{ country: 'ie', audience: ['parents'], format: 'in-person' }], ['country', 'format'])
 *   // [{ facet: 'country', value: 'ie' }, { facet: 'format', value: 'in-person' }]
 */
export function filterPages(entries: readonly FilterTags[], facets: readonly FilterFacet[]): { facet: FilterFacet; value: string }[] {
  return facets.flatMap((facet) => facetValues(entries, facet).map((value) => ({ facet, value })));
}
