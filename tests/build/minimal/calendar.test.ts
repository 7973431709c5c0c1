/**
 * The calendar files, JSON-LD and feeds of a built fixture, read back the way apps read them: every
 * `.ics` through a real iCalendar parser, the JSON-LD as JSON, the feeds as XML.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { badLines, parseCalendar, type ParsedEvent } from '../../ical.ts';
import { buildFixture, root, type Build } from '../build-fixture.ts';

let site: Build;

beforeAll(() => {
  site = buildFixture('minimal');
  if (site.status !== 0) throw new Error(`the minimal fixture did not build:\n${site.output}`);
});

const locales = ['en', 'fr', 'ar'];
const read = (urlPath: string) => readFileSync(path.join(site.outDir, urlPath), 'utf8');
const campaignName = (locale: string) =>
  (JSON.parse(readFileSync(path.join(root, 'locales', locale, 'campaign.json'), 'utf8')) as { name: string }).name;

/** Each fixture event's instants in UTC, worked out by hand from its wall-clock times and zone. */
const instants: Record<string, [string, string]> = {
  dublin: ['2020-02-11T10:00:00.000Z', '2020-02-11T12:30:00.000Z'],
  // Ireland goes from GMT to IST at 01:00 on 29 March 2020: 03:00 IST is 02:00 UTC.
  'dublin-night': ['2020-03-28T22:00:00.000Z', '2020-03-29T02:00:00.000Z'],
  mexico: ['2020-02-11T16:00:00.000Z', '2020-02-11T19:00:00.000Z'],
  webinar: ['2020-02-04T17:00:00.000Z', '2020-02-04T18:00:00.000Z'],
};
const slugs = Object.keys(instants).sort();

const only = (urlPath: string): ParsedEvent => {
  const [event, ...rest] = parseCalendar(read(urlPath)).events;
  if (event === undefined || rest.length > 0) throw new Error(`${urlPath} should hold exactly one event`);
  return event;
};

describe('calendar files', () => {
  it('writes one .ics per locale and event, and one calendar per locale, nothing else', () => {
    const files = locales.flatMap((locale) =>
      readdirSync(path.join(site.outDir, locale, 'events'))
        .filter((name) => name.endsWith('.ics'))
        .map((name) => `${locale}/events/${name}`),
    );
    expect(files.sort()).toEqual(locales.flatMap((locale) => slugs.map((slug) => `${locale}/events/${slug}.ics`)).sort());
    for (const locale of locales) expect(existsSync(path.join(site.outDir, locale, 'events.ics')), locale).toBe(true);
  });

  it('parses every file back to the event’s exact start and end, with CRLF lines of at most 75 octets', () => {
    for (const locale of locales) {
      for (const slug of slugs) {
        const file = `${locale}/events/${slug}.ics`;
        expect(badLines(read(file)), file).toEqual([]);
        const event = only(file);
        expect([event.start, event.end], file).toEqual(instants[slug]);
      }
    }
  });

  it('writes the times in the event’s zone, with its VTIMEZONE, across a DST change too', () => {
    const text = read('/en/events/dublin-night.ics');
    expect(text).toContain('DTSTART;TZID=Europe/Dublin:20200328T220000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Dublin:20200329T030000\r\n');
    expect(parseCalendar(text).timezones).toEqual(['Europe/Dublin']);
  });

  it('gives an event the same UID in every locale and in every calendar', () => {
    for (const slug of slugs) {
      const uids = new Set(locales.map((locale) => only(`${locale}/events/${slug}.ics`).uid));
      for (const locale of locales) {
        for (const event of parseCalendar(read(`${locale}/events.ics`)).events.filter((candidate) =>
          candidate.url?.endsWith(`/events/${slug}/`),
        ))
          uids.add(event.uid);
      }
      expect([...uids]).toEqual([`${slug}@sid.example.org`]);
    }
  });

  it('says it in the locale’s words, links the locale’s page, and keeps the source text of an untranslated event', () => {
    expect(only('/fr/events/dublin.ics')).toMatchObject({
      summary: 'Un internet plus sûr pour tous',
      url: 'https://sid.example.org/fr/events/dublin/',
    });
    expect(only('/fr/events/dublin.ics').location).toBe('International HQ, Dublin, Irlande');
    expect(only('/fr/events/mexico.ics').summary).toBe('Safety training in Mexico City');
    const arabic = only('/ar/events/dublin-night.ics');
    expect(arabic.summary).toBe('ليلة الألعاب الآمنة على الإنترنت للشباب في دبلن، حتى الصباح');
    expect(arabic.description).toContain('أمسية ألعاب في دبلن، تمتد عبر تغيير الساعة إلى التوقيت الصيفي؛ مع أحاديث ومسابقة.');
    expect(arabic.location).toBe('Gaming Hall, 1 Quay Street, Docklands, Dublin, أيرلندا');
  });

  it('gives the online event its join link as LOCATION, no GEO, and the link in the locale’s words', () => {
    const webinar = only('/fr/events/webinar.ics');
    expect(webinar.location).toBe('https://example.org/webinar?room=sid');
    expect(webinar.geo).toBeUndefined();
    expect(webinar.description).toContain('Participer en ligne : https://example.org/webinar?room=sid');
  });

  it('makes a calendar of every event per locale, named after the campaign, with every zone it uses', () => {
    for (const locale of locales) {
      const calendar = parseCalendar(read(`${locale}/events.ics`));
      expect(calendar.name).toBe(campaignName(locale));
      expect(calendar.events.map((event) => event.uid).sort()).toEqual(slugs.map((slug) => `${slug}@sid.example.org`).sort());
      for (const event of calendar.events) {
        expect([event.start, event.end]).toEqual(instants[event.uid.split('@')[0] ?? '']);
        if (event.tzid !== undefined) expect(calendar.timezones).toContain(event.tzid);
      }
    }
  });
});

describe('calendar links', () => {
  it('offers the event’s .ics on its page', () => {
    const href = site.page('/ar/events/dublin-night/')('a[data-calendar-file]').attr('href');
    expect(href).toBe('/ar/events/dublin-night.ics');
    expect(existsSync(path.join(site.outDir, href ?? ''))).toBe(true);
  });

  it('offers a webcal: subscription and the https file on the events index', () => {
    const $ = site.page('/fr/events/');
    expect($('a[data-calendar-subscribe]').attr('href')).toBe('webcal://sid.example.org/fr/events.ics');
    expect($('a[data-calendar-file]').attr('href')).toBe('/fr/events.ics');
  });
});

describe('JSON-LD', () => {
  const jsonLd = (urlPath: string) => {
    const scripts = site.page(urlPath)('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    return JSON.parse(scripts.text()) as Record<string, unknown>;
  };

  it('describes every event page as an Event with offsets, in the page’s locale', () => {
    for (const locale of locales) {
      for (const slug of slugs) {
        const data = jsonLd(`/${locale}/events/${slug}/`);
        expect(data['@type']).toBe('Event');
        expect(data['url']).toBe(`https://sid.example.org/${locale}/events/${slug}/`);
        expect(new Date(String(data['startDate'])).toISOString()).toBe(instants[slug]?.[0]);
        expect(new Date(String(data['endDate'])).toISOString()).toBe(instants[slug]?.[1]);
      }
    }
    expect(jsonLd('/fr/events/dublin/')).toMatchObject({ name: 'Un internet plus sûr pour tous', startDate: '2020-02-11T10:00:00+00:00' });
  });

  it('gives the DST event its place, organiser and an absolute image URL that exists', () => {
    const data = jsonLd('/en/events/dublin-night/');
    expect(data).toMatchObject({
      startDate: '2020-03-28T22:00:00+00:00',
      endDate: '2020-03-29T03:00:00+01:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', address: { addressLocality: 'Dublin', addressCountry: 'IE' } },
      organizer: [{ '@type': 'Organization', name: 'Webwise', url: 'https://www.webwise.ie' }],
      inLanguage: ['en', 'ga'],
    });
    const image = new URL(String(data['image']));
    expect(image.origin).toBe('https://sid.example.org');
    expect(existsSync(path.join(site.outDir, decodeURIComponent(image.pathname)))).toBe(true);
  });

  it('puts the online event in a VirtualLocation and the hybrid one in both', () => {
    expect(jsonLd('/en/events/webinar/')).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://example.org/webinar?room=sid' },
    });
    expect(jsonLd('/en/events/mexico/')['location']).toMatchObject([{ '@type': 'Place' }, { '@type': 'VirtualLocation' }]);
  });
});

describe('feeds', () => {
  it('has a feed per locale: the campaign’s name in that language, its language, absolute links, newest first', () => {
    for (const locale of locales) {
      const $ = load(read(`${locale}/rss.xml`), { xml: true });
      expect($('channel > title').text()).toBe(campaignName(locale));
      expect($('channel > language').text()).toBe(locale);
      const links = $('item > link')
        .map((_, link) => $(link).text())
        .get();
      expect(links).toEqual([
        `https://sid.example.org/${locale}/events/dublin-night/`,
        `https://sid.example.org/${locale}/videos/safety-tools/`,
        `https://sid.example.org/${locale}/events/mexico/`,
        `https://sid.example.org/${locale}/events/dublin/`,
        `https://sid.example.org/${locale}/events/webinar/`,
      ]);
      const dates = $('item > pubDate')
        .map((_, date) => Date.parse($(date).text()))
        .get();
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
    }
  });

  it('titles items in the locale, or in the source text when untranslated', () => {
    const $ = load(read('fr/rss.xml'), { xml: true });
    const titles = $('item > title')
      .map((_, title) => $(title).text())
      .get();
    expect(titles).toContain('Un internet plus sûr pour tous');
    expect(titles).toContain('Safety training in Mexico City');
  });
});
