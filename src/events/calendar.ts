/**
 * Events as iCalendar (RFC 5545) text, for "Add to calendar" (`/<l>/events/<slug>.ics`) and for
 * subscribing to a locale's whole calendar (`/<l>/events.ics`). The text is written by
 * `ical-generator` (escaping, line folding at 75 octets, CRLF) and each zone's VTIMEZONE by
 * `timezones-ical-library`, whose zone data follows the current IANA release; we only choose what
 * goes into each property.
 */
import { ICalCalendar, type ICalLocation } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { tzlib_get_ical_block, tzlib_get_offset } from 'timezones-ical-library';
import { countryName } from '#src/i18n/format.ts';
import type { EventFacts } from './grouping.ts';
import { remember } from '#src/util/remember.ts';
import { epochMilliseconds, zonedInstant } from './time.ts';
import { absoluteUrl, localePath, pageUrl } from '#src/site/urls.ts';

export interface CalendarEvent {
  slug: string;
  /** The absolute URL of the event's page in the calendar's locale. */
  url: string;
  /** The event as the calendar's locale shows it (translation laid over the source, or the source). */
  data: EventFacts;
}

export interface CalendarOptions {
  /** The locale the text is in: country names in LOCATION, the language of PRODID. */
  locale: string;
  /** The campaign's site (`https://sid.example.org`); its host makes the UIDs. */
  site: string;
  /** The line of DESCRIPTION that gives an online event's link, in that locale, e.g. `Join online: https://…`. */
  joinOnline: (url: string) => string;
  /**
   * The calendar's name, for a calendar people subscribe to (NAME, X-WR-CALNAME). Leave out for
   * one event: an app would otherwise offer to create a calendar for it.
   */
  name?: string | undefined;
}

/**
 * The path of one event's calendar file, or of a locale's whole calendar without a slug.
 * @example calendarPath('fr', 'dublin') // '/fr/events/dublin.ics'
 * @example calendarPath('fr') // '/fr/events.ics'
 */
export function calendarPath(locale: string, slug?: string): string {
  const events = localePath(locale, 'events').slice(0, -1);
  return slug === undefined ? `${events}.ics` : `${events}/${encodeURIComponent(slug)}.ics`;
}

/**
 * The address to subscribe to a locale's calendar: `webcal:` makes a browser hand it to the
 * calendar app, which then fetches the https file again from time to time.
 * @example subscribeUrl('fr', 'https://sid.example.org') // 'webcal://sid.example.org/fr/events.ics'
 */
export function subscribeUrl(locale: string, site: string): string {
  return absoluteUrl(calendarPath(locale), site).replace(/^https?:/, 'webcal:');
}

/**
 * An event as a calendar in a locale shows it, with the URL of its page in that locale.
 * @example calendarEvent(shownEvent, 'fr', 'https://sid.example.org').url // 'https://sid.example.org/fr/events/dublin/'
 */
export function calendarEvent(entry: { slug: string; data: CalendarEvent['data'] }, locale: string, site: string): CalendarEvent {
  return { slug: entry.slug, url: pageUrl(locale, ['events', entry.slug], site), data: entry.data };
}

/**
 * The UID of an event: its slug at the campaign's host. The slug is the same in every locale and
 * in every build, so a calendar app that imports the event in French and later in English, or
 * refreshes a subscription, updates the event instead of adding it twice.
 * @example eventUid('dublin', 'https://sid.example.org') // 'dublin@sid.example.org'
 */
export function eventUid(slug: string, site: string): string {
  return `${slug}@${new URL(site).host}`;
}

/**
 * The iCalendar text of events, in one locale.
 *
 * - DTSTART/DTEND are the wall-clock times with `TZID` of the event's zone, and the file carries
 *   that zone's VTIMEZONE, so an event across a DST change keeps each end at its own offset. Should
 *   the VTIMEZONE's rules disagree with the runtime's time zone database at the event's times (an
 *   alias it does not know, or history it lacks: its zones hold today's rules, so it would give
 *   Mexico City's summer of 2020 no DST), the times are written in UTC instead: a zone-less but
 *   exact instant rather than a wrong hour.
 * - DTSTAMP is the event's start instant. It must not be the clock (the same content must give the
 *   same file), and it is not the entry's last change either, which is known from git history only
 *   and falls back to file times that change with every checkout. The start instant is taken from
 *   the content alone, is the same in every locale, and moves when the event is rescheduled.
 * - LOCATION is the venue on one line (name, address, city, country in the calendar's locale),
 *   with GEO from its coordinates; an online-only event has its join link as LOCATION, which
 *   calendar apps show as a link where people look for "where". A hybrid event keeps the venue.
 * - DESCRIPTION is the summary, the join link of an online or hybrid event, and the page's URL
 *   (also in URL, which several apps do not show).
 * - No METHOD: these are published files, not iTIP messages (METHOD:PUBLISH would require an
 *   ORGANIZER with an address).
 * @example calendarText([event], { locale: 'fr', site: 'https://sid.example.org', joinOnline: (url) => `Participer en ligne : ${url}` })
 *   // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…'
 */
export function calendarText(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const calendar = new ICalCalendar({
    prodId: { company: new URL(options.site).host, product: 'sid-microsite', language: options.locale.toUpperCase() },
    // No default zone (name null): each event names its own, and DTSTAMP stays in UTC.
    timezone: { name: null, generator: vtimezone },
  });
  // No REFRESH-INTERVAL: ical-generator writes it after the VTIMEZONEs, and RFC 5545 wants every
  // calendar property before the first component; apps pick their own refresh interval.
  if (options.name !== undefined) calendar.name(options.name);
  for (const event of events) {
    const { data } = event;
    const zoned = zonesAgree(data.start, data.timezone) && zonesAgree(data.end, data.timezone);
    // A wall-clock time with `timezone` is written as it is with TZID; a Date without one, in UTC.
    const time = (wallClock: string) =>
      zoned ? Temporal.PlainDateTime.from(wallClock) : new Date(epochMilliseconds(wallClock, data.timezone));
    calendar.createEvent({
      id: eventUid(event.slug, options.site),
      stamp: new Date(epochMilliseconds(data.start, data.timezone)),
      start: time(data.start),
      end: time(data.end),
      timezone: zoned ? data.timezone : null,
      summary: data.title,
      description: descriptionOf(event, options.joinOnline),
      location: locationOf(event, options.locale),
      url: event.url,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  return `${calendar.toString()}\r\n`;
}

function descriptionOf(event: CalendarEvent, joinOnline: (url: string) => string): string {
  const join = event.data.online === undefined ? [] : [joinOnline(event.data.online.url)];
  return [event.data.summary, '', ...join, event.url].join('\n');
}

function locationOf(event: CalendarEvent, locale: string): ICalLocation | null {
  const { venue, online } = event.data;
  if (venue === undefined) return online === undefined ? null : { title: online.url };
  const parts = [venue.name, venue.address, venue.city, countryName(venue.country, locale)];
  return { title: parts.filter((part) => part !== undefined).join(', '), geo: { lat: venue.lat, lon: venue.lon } };
}

/** VTIMEZONE blocks by zone, computed once per process (module-level cache: the library is slow). */
const vtimezones = new Map<string, string | null>();

/** A zone's VTIMEZONE block, or null when the library does not know the zone. */
function vtimezone(timeZone: string): string | null {
  return remember(vtimezones, timeZone, () => {
    const block = tzlib_get_ical_block(timeZone);
    return Array.isArray(block) && block[0]?.startsWith('BEGIN:VTIMEZONE') === true ? block[0] : null;
  });
}

/**
 * Whether the VTIMEZONE written for a zone gives a wall-clock time the offset that the runtime's
 * time zone database gives it.
 */
function zonesAgree(wallClock: string, timeZone: string): boolean {
  return remember(agreement, `${timeZone} ${wallClock}`, () => offsetsAgree(wallClock, timeZone));
}

/**
 * `zonesAgree`'s answers, kept for the process: every locale's calendars ask again about the same
 * times, and the library takes milliseconds to answer.
 */
const agreement = new Map<string, boolean>();

function offsetsAgree(wallClock: string, timeZone: string): boolean {
  if (vtimezone(timeZone) === null) return false;
  // '2020-03-29T03:00:00+01:00' → '2020-03-29', '03:00', '+0100'
  const instant = zonedInstant(wallClock, timeZone);
  try {
    return tzlib_get_offset(timeZone, instant.slice(0, 10), instant.slice(11, 16)) === instant.slice(19).replace(':', '');
  } catch {
    return false;
  }
}
