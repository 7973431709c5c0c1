/**
 * How events are sorted and grouped for readers: upcoming and past relative to "now", by country.
 */
import { epochMilliseconds } from './time.ts';

/** What an event says, as a locale shows it: the fields calendar files and structured data need. */
export interface EventFacts {
  title: string;
  summary: string;
  start: string;
  end: string;
  timezone: string;
  format: 'in-person' | 'online' | 'hybrid';
  venue?: { name: string; address?: string | undefined; city: string; country: string; lat: number; lon: number } | undefined;
  online?: { url: string } | undefined;
}

export interface TimedEvent {
  data: { start: string; end: string; timezone: string; venue?: { country: string } | undefined };
}

/**
 * Upcoming (not yet ended, soonest first) and past (latest first) events.
 * @example splitByTime(events, new Date('2020-02-12T00:00:00Z')).upcoming
 */
export function splitByTime<Event extends TimedEvent>(events: readonly Event[], now: Date): { upcoming: Event[]; past: Event[] } {
  const startOf = (event: Event) => epochMilliseconds(event.data.start, event.data.timezone);
  const endOf = (event: Event) => epochMilliseconds(event.data.end, event.data.timezone);
  const upcoming = events.filter((event) => endOf(event) > now.getTime()).sort((a, b) => startOf(a) - startOf(b));
  const past = events.filter((event) => endOf(event) <= now.getTime()).sort((a, b) => startOf(b) - startOf(a));
  return { upcoming, past };
}

export interface CountryGroup<Event> {
  /** ISO 3166-1 alpha-2 code, or undefined for events without a venue (online only). */
  country: string | undefined;
  /** The country's name in the reader's language (empty for online events). */
  name: string;
  events: Event[];
}

/**
 * Events grouped by the country of their venue, countries in the reader's alphabetical order,
 * online-only events last; events keep their order inside a group.
 * @example groupByCountry(events, 'fr', (code) => code).map((group) => group.country) // ['FI', 'MX', undefined]
 */
export function groupByCountry<Event extends TimedEvent>(
  events: readonly Event[],
  locale: string,
  nameOf: (code: string) => string,
): CountryGroup<Event>[] {
  const groups = new Map<string | undefined, Event[]>();
  for (const event of events) {
    const country = event.data.venue?.country;
    groups.set(country, [...(groups.get(country) ?? []), event]);
  }
  const collator = new Intl.Collator(locale);
  return [...groups.entries()]
    .map(([country, members]) => ({ country, name: country === undefined ? '' : nameOf(country), events: members }))
    .sort((a, b) => (a.country === undefined ? 1 : b.country === undefined ? -1 : collator.compare(a.name, b.name)));
}
