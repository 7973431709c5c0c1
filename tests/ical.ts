/**
 * Reads iCalendar text back with a real parser (ical.js, Mozilla's), for the unit and build tests
 * of the calendar files: what a calendar app would make of them, not what we meant to write.
 */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  location: string | undefined;
  url: string | undefined;
  /** `TZID` of DTSTART, or undefined for a time in UTC. */
  tzid: string | undefined;
  /** ISO 8601 instants in UTC, as the parser resolves them through the file's VTIMEZONEs. */
  start: string;
  end: string;
  stamp: string;
  geo: [number, number] | undefined;
}

export interface ParsedCalendar {
  name: string | undefined;
  /** TZIDs of the file's VTIMEZONE components. */
  timezones: string[];
  events: ParsedEvent[];
}

/**
 * @example parseCalendar(text).events[0]?.start // '2020-03-28T22:00:00.000Z'
 */
export function parseCalendar(text: string): ParsedCalendar {
  const calendar = ICAL.Component.fromString(text);
  // The zones must be known before any time is read: ical.js resolves a TZID when it decodes a value.
  ICAL.TimezoneService.reset();
  const timezones = calendar.getAllSubcomponents('vtimezone').map((component) => {
    const zone = new ICAL.Timezone(component);
    ICAL.TimezoneService.register(zone, zone.tzid);
    return zone.tzid;
  });
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const text = (name: string) => {
      const value = component.getFirstPropertyValue(name);
      return value === null ? undefined : String(value);
    };
    const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid');
    const geo = component.getFirstPropertyValue('geo');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: text('location'),
      url: text('url'),
      tzid: typeof tzid === 'string' ? tzid : undefined,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      stamp: (component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
      geo: Array.isArray(geo) ? ([Number(geo[0]), Number(geo[1])] as [number, number]) : undefined,
    };
  });
  const name = calendar.getFirstPropertyValue('x-wr-calname');
  return { name: name === null ? undefined : String(name), timezones, events };
}

/**
 * Content lines longer than RFC 5545 allows (75 octets, CRLF excluded), or not ended by CRLF.
 * @example badLines('BEGIN:VCALENDAR\r\n') // []
 */
export function badLines(text: string): string[] {
  if (!text.endsWith('\r\n')) return ['(the last line does not end with CRLF)'];
  const lines = text.slice(0, -2).split('\r\n');
  return lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75 || line.includes('\n') || line.includes('\r'));
}
