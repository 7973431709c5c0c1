import { describe, expect, it } from 'vitest';
import { badLines, parseCalendar } from '../../tests/ical.ts';
import { calendarEvent, calendarPath, calendarText, eventUid, subscribeUrl, type CalendarEvent } from './calendar.ts';

const site = 'https://sid.example.org';
const options = { locale: 'en', site, joinOnline: (url: string) => `Join online: ${url}` };

const event = (slug: string, data: Partial<CalendarEvent['data']> = {}, locale = 'en'): CalendarEvent => ({
  slug,
  url: `${site}/${locale}/events/${slug}/`,
  data: {
    title: 'Safer internet for all citizens',
    summary: 'An event in Dublin with Webwise.',
    start: '2020-02-11T10:00',
    end: '2020-02-11T12:30',
    timezone: 'Europe/Dublin',
    format: 'in-person',
    venue: { name: 'International HQ', address: '1 Grand Canal Quay', city: 'Dublin', country: 'IE', lat: 53.3431, lon: -6.2386 },
    ...data,
  },
});

const only = (text: string) => {
  const [parsed] = parseCalendar(text).events;
  if (parsed === undefined) throw new Error(`no VEVENT in:\n${text}`);
  return parsed;
};

describe('eventUid', () => {
  it('is the slug at the campaign’s host', () => {
    expect(eventUid('dublin', site)).toBe('dublin@sid.example.org');
  });
});

describe('calendarText', () => {
  it('writes the wall-clock times with the event’s TZID and its VTIMEZONE, which a parser resolves to the right instants', () => {
    const text = calendarText([event('dublin')], options);
    expect(text).toContain('DTSTART;TZID=Europe/Dublin:20200211T100000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Dublin:20200211T123000\r\n');
    const calendar = parseCalendar(text);
    expect(calendar.timezones).toEqual(['Europe/Dublin']);
    expect(calendar.events[0]).toMatchObject({ tzid: 'Europe/Dublin', start: '2020-02-11T10:00:00.000Z', end: '2020-02-11T12:30:00.000Z' });
  });

  it('gives each end of an event across a DST change its own offset', () => {
    // Ireland goes from GMT to IST at 01:00 on 29 March 2020: 22:00 GMT to 03:00 IST is four hours.
    const parsed = only(calendarText([event('night', { start: '2020-03-28T22:00', end: '2020-03-29T03:00' })], options));
    expect(parsed.tzid).toBe('Europe/Dublin');
    expect(parsed.start).toBe('2020-03-28T22:00:00.000Z');
    expect(parsed.end).toBe('2020-03-29T02:00:00.000Z');
  });

  it('puts 10:00 in Mexico City at 16:00 UTC', () => {
    const parsed = only(
      calendarText([event('mexico', { timezone: 'America/Mexico_City', start: '2020-02-11T10:00', end: '2020-02-11T13:00' })], options),
    );
    expect(parsed).toMatchObject({ tzid: 'America/Mexico_City', start: '2020-02-11T16:00:00.000Z', end: '2020-02-11T19:00:00.000Z' });
  });

  it('writes UTC times when the VTIMEZONE would give a wrong offset', () => {
    // The VTIMEZONE holds Mexico City's rules of today (no DST since 2022); in July 2020 it was UTC−5.
    const text = calendarText(
      [event('summer', { timezone: 'America/Mexico_City', start: '2020-07-01T10:00', end: '2020-07-01T12:00' })],
      options,
    );
    expect(text).toContain('DTSTART:20200701T150000Z\r\n');
    expect(text).not.toContain('BEGIN:VTIMEZONE');
    expect(only(text)).toMatchObject({ tzid: undefined, start: '2020-07-01T15:00:00.000Z', end: '2020-07-01T17:00:00.000Z' });
  });

  it('carries one VTIMEZONE per zone in a calendar of many events', () => {
    const text = calendarText(
      [
        event('dublin'),
        event('delhi', { timezone: 'Asia/Kolkata', start: '2020-02-11T10:00', end: '2020-02-11T11:00' }),
        event('cork', { start: '2020-02-12T10:00', end: '2020-02-12T11:00' }),
      ],
      { ...options, name: 'Safer Internet Day 2020' },
    );
    const calendar = parseCalendar(text);
    expect(calendar.name).toBe('Safer Internet Day 2020');
    expect([...calendar.timezones].sort()).toEqual(['Asia/Kolkata', 'Europe/Dublin']);
    expect(calendar.events.map((parsed) => `${parsed.uid} ${parsed.start}`)).toEqual([
      'dublin@sid.example.org 2020-02-11T10:00:00.000Z',
      'delhi@sid.example.org 2020-02-11T04:30:00.000Z',
      'cork@sid.example.org 2020-02-12T10:00:00.000Z',
    ]);
  });

  it('names no calendar for a single event', () => {
    expect(calendarText([event('dublin')], options)).not.toMatch(/X-WR-CALNAME|^NAME:/m);
  });

  it('gives an event the same UID in every locale', () => {
    const en = only(calendarText([event('dublin')], options));
    const fr = only(
      calendarText([event('dublin', { title: 'Un internet plus sûr pour tous' }, 'fr')], {
        ...options,
        locale: 'fr',
        joinOnline: (url: string) => `Participer en ligne : ${url}`,
      }),
    );
    expect(fr.uid).toBe(en.uid);
    expect(fr.summary).toBe('Un internet plus sûr pour tous');
    expect(fr.url).toBe('https://sid.example.org/fr/events/dublin/');
  });

  it('is the same text for the same content, stamped with the event’s start instant, not the clock', () => {
    const text = calendarText([event('dublin')], options);
    expect(calendarText([event('dublin')], options)).toBe(text);
    expect(text).toContain('DTSTAMP:20200211T100000Z\r\n');
    expect(only(text).stamp).toBe('2020-02-11T10:00:00.000Z');
  });

  it('puts the venue in LOCATION, in the calendar’s language, and its coordinates in GEO', () => {
    const parsed = only(calendarText([event('dublin')], { ...options, locale: 'fr' }));
    expect(parsed.location).toBe('International HQ, 1 Grand Canal Quay, Dublin, Irlande');
    expect(parsed.geo).toEqual([53.3431, -6.2386]);
  });

  it('gives an online event its join link as LOCATION and in DESCRIPTION, and no GEO', () => {
    const online = event('webinar', { format: 'online', venue: undefined, online: { url: 'https://example.org/join?room=sid' } });
    const parsed = only(calendarText([online], options));
    expect(parsed.location).toBe('https://example.org/join?room=sid');
    expect(parsed.geo).toBeUndefined();
    expect(parsed.description).toBe(
      'An event in Dublin with Webwise.\n\nJoin online: https://example.org/join?room=sid\nhttps://sid.example.org/en/events/webinar/',
    );
  });

  it('keeps the venue as LOCATION of a hybrid event, with the join link in DESCRIPTION', () => {
    const parsed = only(calendarText([event('hybrid', { format: 'hybrid', online: { url: 'https://example.org/join' } })], options));
    expect(parsed.location).toBe('International HQ, 1 Grand Canal Quay, Dublin, Ireland');
    expect(parsed.description).toContain('Join online: https://example.org/join');
  });

  it('sets URL to the event’s page', () => {
    expect(only(calendarText([event('dublin')], options)).url).toBe('https://sid.example.org/en/events/dublin/');
  });

  it('escapes commas, semicolons, backslashes and newlines, and the parser reads the text back as written', () => {
    const summary = 'Talks, games; a quiz\\answers\nand a second line';
    const text = calendarText([event('dublin', { title: 'Parents; teachers, pupils', summary })], options);
    expect(text).toContain('SUMMARY:Parents\\; teachers\\, pupils\r\n');
    expect(text).toContain('DESCRIPTION:Talks\\, games\\; a quiz\\\\answers\\nand a second line\\n\\n');
    const parsed = only(text);
    expect(parsed.summary).toBe('Parents; teachers, pupils');
    expect(parsed.description.startsWith(`${summary}\n\n`)).toBe(true);
  });

  it('folds long lines of Arabic and Hindi at 75 octets without splitting a character', () => {
    const arabic = 'يوم الإنترنت الآمن: ورشة عمل حول الأمان على الإنترنت للآباء والمعلمين والشباب في القاهرة';
    const hindi = 'सुरक्षित इंटरनेट दिवस: माता-पिता और शिक्षकों के लिए ऑनलाइन सुरक्षा पर कार्यशाला, नई दिल्ली में';
    const text = calendarText(
      [event('cairo', { title: arabic, summary: hindi }), event('delhi', { title: hindi, summary: arabic, timezone: 'Asia/Kolkata' })],
      { ...options, locale: 'ar', name: 'يوم الإنترنت الآمن 2020' },
    );
    expect(badLines(text)).toEqual([]);
    expect(text).toMatch(/^SUMMARY:.*\r\n /m);
    expect(text).not.toContain('\uFFFD');
    const [cairo, delhi] = parseCalendar(text).events;
    expect(cairo?.summary).toBe(arabic);
    expect(cairo?.description.startsWith(hindi)).toBe(true);
    expect(delhi?.summary).toBe(hindi);
  });

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    expect(badLines(calendarText([event('dublin'), event('cork')], { ...options, name: 'Safer Internet Day 2020' }))).toEqual([]);
  });
});

describe('calendar addresses', () => {
  it('puts one event’s file beside its page and the whole calendar beside the events index', () => {
    expect(calendarPath('fr', 'dublin')).toBe('/fr/events/dublin.ics');
    expect(calendarPath('fr')).toBe('/fr/events.ics');
  });

  it('offers the whole calendar as webcal: on the campaign’s host', () => {
    expect(subscribeUrl('ar', site)).toBe('webcal://sid.example.org/ar/events.ics');
  });

  it('links each event to its page in the calendar’s locale', () => {
    expect(calendarEvent(event('dublin'), 'fr', site).url).toBe('https://sid.example.org/fr/events/dublin/');
  });
});
