import { describe, expect, it } from 'vitest';
import { eventJsonLd, jsonLdText, siteJsonLd, type JsonLdEventInput } from './json-ld.ts';

const venue = { name: 'International HQ', address: '1 Grand Canal Quay', city: 'Dublin', country: 'IE', lat: 53.3431, lon: -6.2386 };

const input = (data: Partial<JsonLdEventInput['data']> = {}, rest: Partial<Omit<JsonLdEventInput, 'data'>> = {}): JsonLdEventInput => ({
  url: 'https://sid.example.org/fr/events/dublin/',
  organisers: [],
  ...rest,
  data: {
    title: 'Un internet plus sûr pour tous',
    summary: 'Un événement à Dublin avec Webwise.',
    start: '2020-02-11T10:00',
    end: '2020-02-11T12:30',
    timezone: 'Europe/Dublin',
    format: 'in-person',
    venue,
    languages: ['en'],
    ...data,
  },
});

describe('eventJsonLd', () => {
  it('describes an in-person event with its place, address, coordinates, organisers and image', () => {
    const data = eventJsonLd(
      input({}, { organisers: [{ name: 'Webwise', url: 'https://www.webwise.ie' }], image: 'https://sid.example.org/_astro/hq.webp' }),
    );
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Un internet plus sûr pour tous',
      description: 'Un événement à Dublin avec Webwise.',
      url: 'https://sid.example.org/fr/events/dublin/',
      startDate: '2020-02-11T10:00:00+00:00',
      endDate: '2020-02-11T12:30:00+00:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: {
        '@type': 'Place',
        name: 'International HQ',
        address: { '@type': 'PostalAddress', streetAddress: '1 Grand Canal Quay', addressLocality: 'Dublin', addressCountry: 'IE' },
        geo: { '@type': 'GeoCoordinates', latitude: 53.3431, longitude: -6.2386 },
      },
      inLanguage: 'en',
      organizer: [{ '@type': 'Organization', name: 'Webwise', url: 'https://www.webwise.ie' }],
      image: 'https://sid.example.org/_astro/hq.webp',
    });
  });

  it('gives the start and end of an event across a DST change their own offsets', () => {
    const data = eventJsonLd(input({ start: '2020-03-28T22:00', end: '2020-03-29T03:00' }));
    expect(data['startDate']).toBe('2020-03-28T22:00:00+00:00');
    expect(data['endDate']).toBe('2020-03-29T03:00:00+01:00');
  });

  it('puts an online event in a VirtualLocation, with no Place', () => {
    const data = eventJsonLd(
      input({ format: 'online', venue: undefined, online: { url: 'https://example.org/join' }, timezone: 'America/Mexico_City' }),
    );
    expect(data['eventAttendanceMode']).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(data['location']).toEqual({ '@type': 'VirtualLocation', url: 'https://example.org/join' });
    expect(data['startDate']).toBe('2020-02-11T10:00:00-06:00');
  });

  it('gives a hybrid event both a Place and a VirtualLocation', () => {
    const data = eventJsonLd(input({ format: 'hybrid', online: { url: 'https://example.org/join' }, languages: ['es', 'en'] }));
    expect(data['eventAttendanceMode']).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(data['location']).toMatchObject([{ '@type': 'Place' }, { '@type': 'VirtualLocation', url: 'https://example.org/join' }]);
    expect(data['inLanguage']).toEqual(['es', 'en']);
  });

  it('leaves out what the event does not have: street address, organisers, image', () => {
    const data = eventJsonLd(input({ venue: { ...venue, address: undefined } }));
    expect(data['location']).toMatchObject({ address: { '@type': 'PostalAddress', addressLocality: 'Dublin', addressCountry: 'IE' } });
    expect(JSON.stringify(data)).not.toContain('streetAddress');
    expect(data).not.toHaveProperty('organizer');
    expect(data).not.toHaveProperty('image');
  });
});

describe('jsonLdText', () => {
  it('writes every < as \\u003c, so that content cannot close the script element, and reads back the same', () => {
    const data = eventJsonLd(input({ title: 'Safety </script><script>alert(1)</script>', summary: '<!-- a comment' }));
    const text = jsonLdText(data);
    expect(text).not.toContain('<');
    expect(text).toContain('Safety \\u003c/script>\\u003cscript>alert(1)\\u003c/script>');
    expect(JSON.parse(text)).toEqual(data);
  });

  it('keeps Arabic and Hindi text as it is', () => {
    const data = eventJsonLd(input({ title: 'يوم الإنترنت الآمن', summary: 'सुरक्षित इंटरनेट दिवस' }));
    expect(jsonLdText(data)).toContain('"name":"يوم الإنترنت الآمن"');
    expect(JSON.parse(jsonLdText(data))).toMatchObject({ description: 'सुरक्षित इंटरनेट दिवस' });
  });
});

describe('siteJsonLd', () => {
  it('describes the site with its search and the campaign with its partners', () => {
    const data = siteJsonLd({
      name: 'Journée pour un Internet plus sûr 2020',
      description: 'Événements et vidéos.',
      url: 'https://sid.example.org/fr/',
      locale: 'fr',
      searchUrl: 'https://sid.example.org/fr/search/?q={search_term_string}',
      sameAs: ['https://x.com/TwitterSafety'],
      partners: [{ name: 'Webwise', url: 'https://www.webwise.ie' }],
    });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'WebSite',
          inLanguage: 'fr',
          potentialAction: { '@type': 'SearchAction', target: 'https://sid.example.org/fr/search/?q={search_term_string}' },
        },
        { '@type': 'Organization', sameAs: ['https://x.com/TwitterSafety'], member: [{ '@type': 'Organization', name: 'Webwise' }] },
      ],
    });
  });
});
