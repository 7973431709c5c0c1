/**
 * Dates, times and numbers for a reader's locale, with `Intl`. Event times are shown in the event's
 * own zone, with the zone named, and carry the exact instant for `<time datetime>`.
 */
import { epochMilliseconds, zonedInstant } from '#src/events/time.ts';
import { dateTimeFormat, displayNames, durationFormat, listFormat } from './intl-cache.ts';

export interface TimeText {
  /** What the reader sees, e.g. `Tuesday, February 11, 2020, 10:00 AM`. */
  text: string;
  /** ISO 8601 instant with the zone's offset, for `<time datetime>`. */
  instant: string;
}

export interface EventTime {
  start: TimeText;
  /** The end; only its time of day when it ends on the day it starts. */
  end: TimeText;
  /** The zone's name at the start, in the reader's language, e.g. `Central Standard Time`. */
  zone: string;
}

const DAY = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' } as const;
const CLOCK = { hour: 'numeric', minute: '2-digit' } as const;

/**
 * An event's start and end in its own zone, for a reader's locale.
 * @example formatEventTime('2020-02-11T10:00', '2020-02-11T12:00', 'America/Mexico_City', 'en')
 *   // { start: { text: 'Tuesday, February 11, 2020 at 10:00 AM', instant: '2020-02-11T10:00:00-06:00' },
 *   //   end: { text: '12:00 PM', instant: '2020-02-11T12:00:00-06:00' }, zone: 'Central Standard Time' }
 */
export function formatEventTime(start: string, end: string, timeZone: string, locale: string): EventTime {
  const startDate = new Date(epochMilliseconds(start, timeZone));
  const endDate = new Date(epochMilliseconds(end, timeZone));
  const full = dateTimeFormat(locale, { ...DAY, ...CLOCK, timeZone });
  const clock = dateTimeFormat(locale, { ...CLOCK, timeZone });
  const sameDay = start.slice(0, 10) === end.slice(0, 10);
  return {
    start: { text: full.format(startDate), instant: zonedInstant(start, timeZone) },
    end: { text: (sameDay ? clock : full).format(endDate), instant: zonedInstant(end, timeZone) },
    zone: zoneName(startDate, timeZone, locale),
  };
}

/**
 * The name of a zone at an instant, in a language.
 * @example zoneName(new Date('2020-02-11T12:00:00Z'), 'Europe/Helsinki', 'fi') // 'Itä-Euroopan normaaliaika'
 */
export function zoneName(at: Date, timeZone: string, locale: string): string {
  const parts = dateTimeFormat(locale, { timeZone, timeZoneName: 'long' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * A calendar date (`YYYY-MM-DD`) for a reader, e.g. `11 février 2020`.
 * @example formatDate('2020-02-11', 'fr') // '11 février 2020'
 */
export function formatDate(date: string, locale: string, style: 'long' | 'full' = 'long'): string {
  return dateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/**
 * A country's name in the reader's language.
 * @example countryName('MX', 'es') // 'México'
 */
export function countryName(code: string, locale: string): string {
  return displayNames(locale, { type: 'region', fallback: 'code' }).of(code) ?? code;
}

/**
 * A list joined the way the language joins lists.
 * @example formatList(['a', 'b', 'c'], 'en') // 'a, b, and c'
 */
export function formatList(items: readonly string[], locale: string): string {
  return listFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * A length of time in seconds, in words of the reader's language.
 * @example formatDuration(5400, 'en') // '1 hour, 30 minutes'
 */
export function formatDuration(totalSeconds: number, locale: string): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return durationFormat(locale, { style: 'long' }).format({ hours, minutes, seconds });
}

/**
 * An ISO 8601 duration (`PT2M30S`) in words.
 * @example formatIsoDuration('PT2M30S', 'en') // '2 minutes, 30 seconds'
 */
export function formatIsoDuration(iso: string, locale: string): string {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(iso);
  if (match === null) throw new Error(`'${iso}' is not an ISO 8601 duration of hours, minutes and seconds`);
  const [hours, minutes, seconds] = [match[1], match[2], match[3]].map((part) => Number(part ?? 0)) as [number, number, number];
  return formatDuration(hours * 3600 + minutes * 60 + seconds, locale);
}
