import { describe, expect, it } from 'vitest';
import { choiceQuery, facetValues, filterPages, filterTags, matchesChoice, parseChoice, type FilterTags } from './event-filters.ts';

const dublin = filterTags({ venue: { country: 'IE' }, audience: ['young-people', 'parents'], format: 'in-person' });
const mexico = filterTags({ venue: { country: 'MX' }, audience: ['ngos'], format: 'hybrid' });
const webinar = filterTags({ audience: ['parents'], format: 'online' });
const entries: FilterTags[] = [dublin, mexico, webinar];

describe('filterTags', () => {
  it('takes the country in lowercase, as URLs have it, and none for an online event', () => {
    expect(dublin).toEqual({ country: 'ie', audience: ['young-people', 'parents'], format: 'in-person' });
    expect(webinar.country).toBeUndefined();
  });
});

describe('matchesChoice', () => {
  it('matches everything when nothing is chosen', () => {
    expect(entries.filter((tags) => matchesChoice(tags, {}))).toHaveLength(3);
  });

  it('keeps the entries of a country; an online event has none', () => {
    expect(entries.filter((tags) => matchesChoice(tags, { country: 'ie' }))).toEqual([dublin]);
  });

  it('matches an audience among several', () => {
    expect(entries.filter((tags) => matchesChoice(tags, { audience: 'parents' }))).toEqual([dublin, webinar]);
  });

  it('needs every chosen facet to match', () => {
    expect(entries.filter((tags) => matchesChoice(tags, { audience: 'parents', format: 'online' }))).toEqual([webinar]);
    expect(entries.filter((tags) => matchesChoice(tags, { country: 'mx', audience: 'parents' }))).toEqual([]);
  });
});

describe('facetValues', () => {
  it('lists each value present once, in the order given, unknown ones last', () => {
    expect(facetValues(entries, 'audience', ['ngos', 'parents', 'young-people'])).toEqual(['ngos', 'parents', 'young-people']);
    expect(facetValues(entries, 'format', ['in-person', 'online', 'hybrid'])).toEqual(['in-person', 'online', 'hybrid']);
    expect(facetValues(entries, 'country')).toEqual(['ie', 'mx']);
  });
});

describe('parseChoice and choiceQuery', () => {
  const offered = { country: ['ie', 'mx'], audience: ['parents', 'ngos'], format: ['online'] };

  it('reads known values of offered facets, whatever their case, and drops the rest', () => {
    expect(parseChoice('?country=IE&audience=teachers&format=online&x=1', offered)).toEqual({ country: 'ie', format: 'online' });
    expect(parseChoice('?country=ie', { audience: ['parents'] })).toEqual({});
  });

  it('writes a choice in a fixed order, and nothing for no choice', () => {
    expect(choiceQuery({ format: 'online', country: 'ie' })).toBe('?country=ie&format=online');
    expect(choiceQuery({ audience: '' })).toBe('');
  });

  it('reads back what it writes', () => {
    const choice = { country: 'mx', audience: 'ngos' };
    expect(parseChoice(choiceQuery(choice), offered)).toEqual(choice);
  });
});

describe('filterPages', () => {
  it('gives one page per facet value that has entries', () => {
    expect(filterPages(entries, ['country', 'format'])).toEqual([
      { facet: 'country', value: 'ie' },
      { facet: 'country', value: 'mx' },
      { facet: 'format', value: 'in-person' },
      { facet: 'format', value: 'hybrid' },
      { facet: 'format', value: 'online' },
    ]);
  });
});
