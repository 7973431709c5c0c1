/**
 * What an event's page shows, worked out once from the event as its locale shows it, the partners
 * who organise it and the workshops held at it: labels in the reader's language, links, and the
 * event's structured data. The page (`pages/[locale]/events/[slug]/`) only lays it out.
 */
import { calendarPath } from '#src/events/calendar.ts';
import { eventJsonLd, type JsonLd, type JsonLdEventInput } from '#src/site/json-ld.ts';
import { countryName, formatList } from '#src/i18n/format.ts';
import { languageName } from '#src/i18n/locales.ts';
import type { Translate } from '#src/i18n/translate.ts';
import type { AUDIENCES } from '#src/schemas/common.ts';
import { localePath, pageUrl } from '#src/site/urls.ts';

/** The event's facts as the page needs them (a shown entry's `data`). */
export type EventData = JsonLdEventInput['data'] & {
  audience: readonly (typeof AUDIENCES)[number][];
  registration?: string | undefined;
};

/** A linked entry: its slug and what its link says. */
export interface LinkedEntry {
  slug: string;
  name: string;
}

export interface EventView {
  segments: string[];
  /** The venue as an address's lines, when the event has one. */
  venueLines: string[] | undefined;
  format: string;
  /** The join link and the host it shows, for online and hybrid events. */
  join: { href: string; host: string } | undefined;
  audience: string;
  languages: string;
  organisers: { href: string; name: string }[];
  workshops: { href: string; name: string }[];
  registration: string | undefined;
  calendar: string;
  /** The reader's-time line with its `{{time}}` and `{{zone}}` left for the browser to fill. */
  readerTime: string;
  jsonLd: JsonLd;
}

/**
 * @example eventView({ locale: 'fr', slug: 'oodi', data, organisers, workshops, site, t }).venueLines
 *   // ['Helsinki Central Library Oodi', 'Töölönlahdenkatu 4', 'Helsinki, Finlande']
 */
export function eventView(input: {
  locale: string;
  slug: string;
  data: EventData;
  organisers: readonly (LinkedEntry & { url: string })[];
  workshops: readonly LinkedEntry[];
  /** The absolute URL of the event's image as search engines get it, when it has one. */
  image: string | undefined;
  site: string;
  t: Translate;
}): EventView {
  const { locale, slug, data, t } = input;
  const segments = ['events', slug];
  const { venue, online } = data;
  return {
    segments,
    venueLines:
      venue === undefined
        ? undefined
        : [venue.name, ...(venue.address === undefined ? [] : [venue.address]), `${venue.city}, ${countryName(venue.country, locale)}`],
    format: t(`common:format.${data.format}`),
    readerTime: t('events:yourTime', { time: '{{time}}', zone: '{{zone}}' }),
    join: online === undefined ? undefined : { href: online.url, host: new URL(online.url).host },
    audience: formatList(
      data.audience.map((audience) => t(`common:audience.${audience}`)),
      locale,
    ),
    languages: formatList(
      data.languages.map((language) => languageName(language, locale)),
      locale,
    ),
    organisers: input.organisers.map((partner) => ({ href: localePath(locale, 'partners', partner.slug), name: partner.name })),
    workshops: input.workshops.map((workshop) => ({ href: localePath(locale, 'workshops', workshop.slug), name: workshop.name })),
    registration: data.registration,
    calendar: calendarPath(locale, slug),
    jsonLd: eventJsonLd({
      url: pageUrl(locale, segments, input.site),
      data,
      organisers: input.organisers.map((partner) => ({ name: partner.name, url: partner.url })),
      image: input.image,
    }),
  };
}
