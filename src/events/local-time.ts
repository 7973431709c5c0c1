/**
 * An event's times in the reader's own time zone, for the line "Your time: …" that the event
 * page's script adds beside the event's own times. Runs in the browser (the reader's zone is only
 * known there) and in tests: `Intl` only, no time zone library, so the script stays small.
 */

const DAY = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' } as const;
const CLOCK = { hour: 'numeric', minute: '2-digit' } as const;

export interface ReaderTime {
  /** The start and end in the reader's zone, e.g. `17:00–19:30`, or with the day when it differs. */
  time: string;
  /** The reader's zone named in the page's language at the start, e.g. `Central European Standard Time`. */
  zone: string;
}

/**
 * The clock time of an instant in a zone as `YYYY-MM-DDTHH:mm`, to compare what two zones show.
 * @example wallClock(Date.parse('2020-02-11T16:00:00Z'), 'America/Mexico_City') // '2020-02-11T10:00'
 */
export function wallClock(instant: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/**
 * The event's start and end as the reader's clocks show them, in the page's language, or
 * undefined when the reader's clocks show the same times as the event's (same zone, or a zone
 * with the same offsets then: a reader in Berlin needs no second line for an event in Paris).
 * The day is named when the reader's day differs from the event's.
 * @example readerTime(Date.parse('2020-02-11T10:00:00-06:00'), Date.parse('2020-02-11T13:00:00-06:00'), 'America/Mexico_City', 'Europe/Helsinki', 'en')
 *   // { time: '6:00 PM – 9:00 PM', zone: 'Eastern European Standard Time' }
 */
export function readerTime(start: number, end: number, eventZone: string, readerZone: string, locale: string): ReaderTime | undefined {
  const eventStart = wallClock(start, eventZone);
  const readerStart = wallClock(start, readerZone);
  const readerEnd = wallClock(end, readerZone);
  if (eventStart === readerStart && wallClock(end, eventZone) === readerEnd) return undefined;
  const sameDayAsEvent = readerStart.slice(0, 10) === eventStart.slice(0, 10);
  const endsSameDay = readerEnd.slice(0, 10) === readerStart.slice(0, 10);
  const clock = new Intl.DateTimeFormat(locale, { ...CLOCK, timeZone: readerZone });
  const full = new Intl.DateTimeFormat(locale, { ...DAY, ...CLOCK, timeZone: readerZone });
  // `formatRange` writes a day once when both ends fall on it, as the language does.
  const time = (sameDayAsEvent && endsSameDay ? clock : full).formatRange(start, end);
  return { time, zone: zoneName(start, readerZone, locale) };
}

/**
 * The long name of a zone at an instant, in a language.
 * @example zoneName(Date.parse('2020-02-11T12:00:00Z'), 'Europe/Paris', 'en') // 'Central European Standard Time'
 */
export function zoneName(instant: number, timeZone: string, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'long' }).formatToParts(instant);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}
