/**
 * Wall-clock times in an IANA zone, turned into exact instants. Node 24 has no built-in Temporal
 * yet, so we use the `temporal-polyfill` implementation rather than offset arithmetic by hand:
 * it resolves DST gaps and overlaps the way RFC 5545 and browsers do ("compatible").
 */
import { Temporal } from 'temporal-polyfill';
import { remember } from '#src/util/remember.ts';

/**
 * Tells whether a name is an IANA time zone that this runtime knows (aliases included).
 * @example isTimeZone('Europe/Dublin') // true
 * @example isTimeZone('Europe/Dublinn') // false
 */
export function isTimeZone(name: string): boolean {
  if (!name.includes('/') && name !== 'UTC') return false;
  return remember(zones, name, () => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      return true;
    } catch {
      return false;
    }
  });
}

/** Names already asked about (a cache, on purpose: every event of a campaign names a zone). */
const zones = new Map<string, boolean>();

/**
 * The exact instant of a wall-clock time in a zone, as ISO 8601 with the zone's offset.
 * @example zonedInstant('2020-02-11T10:00', 'America/Mexico_City') // '2020-02-11T10:00:00-06:00'
 */
export function zonedInstant(wallClock: string, timeZone: string): string {
  return instant(wallClock, timeZone).iso;
}

/**
 * Milliseconds since the epoch of a wall-clock time in a zone.
 * @example epochMilliseconds('1970-01-01T00:00', 'UTC') // 0
 */
export function epochMilliseconds(wallClock: string, timeZone: string): number {
  return instant(wallClock, timeZone).epochMilliseconds;
}

/**
 * Instants already worked out, by zone and wall-clock time (a cache, on purpose: every page that
 * lists, sorts or dates events asks again about the same times, and the polyfill takes tens of
 * microseconds to answer; a campaign has two times per event).
 */
const instants = new Map<string, { iso: string; epochMilliseconds: number }>();

function instant(wallClock: string, timeZone: string): { iso: string; epochMilliseconds: number } {
  return remember(instants, `${timeZone} ${wallClock}`, () => {
    const zoned = toZoned(wallClock, timeZone);
    return { iso: zoned.toString({ timeZoneName: 'never', smallestUnit: 'second' }), epochMilliseconds: zoned.epochMilliseconds };
  });
}

/**
 * Whether a `YYYY-MM-DDTHH:mm[:ss]` text names a real date and time (not 30 February, not 25:00).
 * @example isRealDateTime('2020-02-29T10:00') // true
 * @example isRealDateTime('2019-02-29T10:00') // false
 */
export function isRealDateTime(wallClock: string): boolean {
  try {
    Temporal.PlainDateTime.from(wallClock);
    return true;
  } catch {
    return false;
  }
}

/**
 * Tells whether a wall-clock time does not exist in a zone (skipped by a DST change), so that
 * the author can be told instead of silently shifted.
 * @example isSkippedTime('2020-03-29T01:30', 'Europe/Dublin') // true
 */
export function isSkippedTime(wallClock: string, timeZone: string): boolean {
  try {
    Temporal.PlainDateTime.from(wallClock).toZonedDateTime(timeZone, { disambiguation: 'reject' });
    return false;
  } catch (error) {
    if (error instanceof RangeError) return true;
    throw error;
  }
}

function toZoned(wallClock: string, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.PlainDateTime.from(wallClock).toZonedDateTime(timeZone, { disambiguation: 'compatible' });
}

/**
 * "Now" for upcoming/past: `SID_NOW` when set (so that a build is reproducible), else the clock.
 * @example readNow({ SID_NOW: '2020-02-01T00:00:00Z' }).toISOString() // '2020-02-01T00:00:00.000Z'
 */
export function readNow(env: Record<string, string | undefined>): Date {
  const value = env['SID_NOW'];
  if (value === undefined || value === '') return new Date();
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) {
    throw new Error(`SID_NOW: '${value}' is not an ISO 8601 time; write e.g. SID_NOW=2020-02-01T00:00:00Z`);
  }
  return parsed;
}
