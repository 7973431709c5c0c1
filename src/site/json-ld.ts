/**
 * Structured data (schema.org as JSON-LD) for search engines and apps that read it: an `Event` on
 * every event page. Pure: the page hands in the event as its locale shows it, with absolute URLs.
 */
import type { EventFacts } from '#src/events/grouping.ts';
import { zonedInstant } from '#src/events/time.ts';

const SCHEMA = 'https://schema.org';

const ATTENDANCE_MODES = {
  'in-person': `${SCHEMA}/OfflineEventAttendanceMode`,
  online: `${SCHEMA}/OnlineEventAttendanceMode`,
  hybrid: `${SCHEMA}/MixedEventAttendanceMode`,
} as const;

export interface JsonLdEventInput {
  /** The absolute URL of the event's page in the page's locale. */
  url: string;
  /** The event as the page's locale shows it (translation laid over the source, or the source). */
  data: EventFacts & { languages: readonly string[] };
  /** The partners who organise it, with their own sites. */
  organisers: readonly { name: string; url: string }[];
  /** The absolute URL of the event's (optimised) image, when it has one. */
  image?: string | undefined;
}

export type JsonLd = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | JsonLd | JsonLdValue[];

/**
 * The schema.org `Event` of an event page. A hybrid event has both a `Place` and a
 * `VirtualLocation`; times carry the offset of the event's zone at that instant.
 * @example eventJsonLd({ url: 'https://s.org/en/events/dublin/', data, organisers: [] }).startDate
 *   // '2020-02-11T10:00:00+00:00'
 */
export function eventJsonLd(event: JsonLdEventInput): JsonLd {
  const { data } = event;
  const locations: JsonLd[] = [];
  if (data.venue !== undefined) {
    const { venue } = data;
    locations.push({
      '@type': 'Place',
      name: venue.name,
      address: {
        '@type': 'PostalAddress',
        ...(venue.address === undefined ? {} : { streetAddress: venue.address }),
        addressLocality: venue.city,
        addressCountry: venue.country,
      },
      geo: { '@type': 'GeoCoordinates', latitude: venue.lat, longitude: venue.lon },
    });
  }
  if (data.online !== undefined) locations.push({ '@type': 'VirtualLocation', url: data.online.url });
  const [location] = locations;
  return {
    '@context': SCHEMA,
    '@type': 'Event',
    name: data.title,
    description: data.summary,
    url: event.url,
    startDate: zonedInstant(data.start, data.timezone),
    endDate: zonedInstant(data.end, data.timezone),
    eventAttendanceMode: ATTENDANCE_MODES[data.format],
    eventStatus: `${SCHEMA}/EventScheduled`,
    ...(location === undefined ? {} : { location: locations.length === 1 ? location : locations }),
    inLanguage: data.languages.length === 1 ? (data.languages[0] as string) : [...data.languages],
    ...(event.organisers.length === 0
      ? {}
      : { organizer: event.organisers.map((organiser) => ({ '@type': 'Organization', name: organiser.name, url: organiser.url })) }),
    ...(event.image === undefined ? {} : { image: event.image }),
  };
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`: every `<` written as `\u003c`, so
 * that no content (`</script>`, `<!--`) can end the script element; JSON readers decode it back.
 * @example jsonLdText({ name: '</script>' }) // '{"name":"\\u003c/script>"}'
 */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}

export interface JsonLdSiteInput {
  /** The campaign's name in the page's language. */
  name: string;
  description: string;
  /** The absolute URL of the locale's home page. */
  url: string;
  locale: string;
  /** The absolute URL of the locale's search page, with `{search_term_string}` where the query goes. */
  searchUrl: string;
  /** The campaign's social profiles. */
  sameAs: readonly string[];
  /** The safety partners, with their sites. */
  partners: readonly { name: string; url: string }[];
}

/**
 * The schema.org `WebSite` (with its search action) and the campaign as an `Organization` (with its
 * partners as members) for a locale's home page.
 * @example siteJsonLd({ name: 'SID 2020', url: 'https://s.org/en/', … })['@graph'][0]['@type'] // 'WebSite'
 */
export function siteJsonLd(site: JsonLdSiteInput): JsonLd {
  const organisation: JsonLd = {
    '@type': 'Organization',
    '@id': `${site.url}#campaign`,
    name: site.name,
    url: site.url,
    ...(site.sameAs.length > 0 ? { sameAs: [...site.sameAs] } : {}),
    ...(site.partners.length > 0
      ? { member: site.partners.map((partner) => ({ '@type': 'Organization', name: partner.name, url: partner.url })) }
      : {}),
  };
  return {
    '@context': SCHEMA,
    '@graph': [
      {
        '@type': 'WebSite',
        name: site.name,
        description: site.description,
        url: site.url,
        inLanguage: site.locale,
        publisher: { '@id': `${site.url}#campaign` },
        potentialAction: { '@type': 'SearchAction', target: site.searchUrl, 'query-input': 'required name=search_term_string' },
      },
      organisation,
    ],
  };
}
