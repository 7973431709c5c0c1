import { describe, expect, it } from 'vitest';
import { groupByCountry, splitByTime } from './grouping.ts';

const event = (slug: string, start: string, end: string, timezone: string, country?: string) => ({
  slug,
  data: { start, end, timezone, ...(country === undefined ? {} : { venue: { country } }) },
});
const events = [
  event('dublin', '2020-02-11T10:00', '2020-02-11T12:00', 'Europe/Dublin', 'IE'),
  event('mexico', '2020-02-11T10:00', '2020-02-11T12:00', 'America/Mexico_City', 'MX'),
  event('online', '2020-02-05T10:00', '2020-02-05T11:00', 'America/Los_Angeles'),
  event('helsinki', '2020-02-12T10:00', '2020-02-12T12:00', 'Europe/Helsinki', 'FI'),
];

describe('splitByTime', () => {
  it('puts events not yet ended first, soonest first, and past ones latest first', () => {
    // 13:00 UTC: Dublin's event is over, Mexico City's (16:00–18:00 UTC) is still to come.
    const { upcoming, past } = splitByTime(events, new Date('2020-02-11T13:00:00Z'));
    expect(upcoming.map((e) => e.slug)).toEqual(['mexico', 'helsinki']);
    expect(past.map((e) => e.slug)).toEqual(['dublin', 'online']);
  });
});

describe('groupByCountry', () => {
  it('orders countries by their names in the reader’s language, online-only last', () => {
    const names: Record<string, string> = { IE: 'Irlande', MX: 'Mexique', FI: 'Finlande' };
    const groups = groupByCountry(events, 'fr', (code) => names[code] ?? code);
    expect(groups.map((group) => group.country)).toEqual(['FI', 'IE', 'MX', undefined]);
    expect(groups.at(-1)?.events.map((e) => e.slug)).toEqual(['online']);
  });
});
