import { z } from 'astro/zod';
import {
  FORMATS,
  audience,
  countryCode,
  format,
  httpsUrl,
  languageTag,
  safeUrl,
  slug,
  timeZone,
  isWallClock,
  requireAltText,
  optionalAltText,
  titleAndSummary,
  wallClock,
  type SchemaContext,
} from './common.ts';
import { epochMilliseconds, isSkippedTime } from '#src/events/time.ts';

/** The translatable part of an event: what a translation file may carry besides its body. */
export const eventTranslation = z.strictObject({
  ...titleAndSummary({ title: 'the event title, as readers see it', summary: 'one sentence on what happens and for whom' }),
  imageAlt: optionalAltText('what the image shows, for people who cannot see it'),
});

export const venue = z
  .strictObject({
    name: z.string().trim().min(1, { error: 'is empty; name the place' }).describe('the place, e.g. `Helsinki Central Library Oodi`'),
    address: z.string().trim().min(1).optional().describe('street address as people write it locally'),
    city: z.string().trim().min(1, { error: 'is empty; name the city' }).describe('the city, e.g. `Helsinki`'),
    country: countryCode.describe('ISO 3166-1 alpha-2 country code, e.g. `FI`'),
    lat: z.number().min(-90).max(90).describe('latitude in decimal degrees, e.g. `60.1739`'),
    lon: z.number().min(-180).max(180).describe('longitude in decimal degrees, e.g. `24.9381`'),
  })
  .describe('where it happens: `name`, `address`, `city`, `country`, `lat`, `lon`');

export function eventSchema<Image extends z.ZodType>(context: SchemaContext<Image>) {
  return eventTranslation
    .extend({
      start: wallClock.describe('when it starts, wall-clock time where it happens: `YYYY-MM-DDTHH:mm`, no offset'),
      end: wallClock.describe('when it ends, wall-clock time where it happens: `YYYY-MM-DDTHH:mm`, no offset'),
      timezone: timeZone.describe('IANA time zone of the wall-clock times, e.g. `America/Mexico_City`'),
      format: format,
      venue: venue.optional(),
      online: z
        .strictObject({ url: httpsUrl.describe('https link where people join') })
        .optional()
        .describe('for online and hybrid events: `url`, the https link where people join'),
      audience: audience,
      languages: z
        .array(languageTag)
        .min(1, { error: 'is empty; list the languages spoken, e.g. `[es]`' })
        .describe('languages spoken at the event, BCP 47 tags, e.g. `[es, en]`'),
      organisers: z.array(slug).default([]).describe('partner slugs of who organises it, e.g. `[webwise]`'),
      registration: safeUrl.optional().describe('https (or mailto:) link where people register'),
      image: context.image().optional().describe('an image path relative to this file, e.g. `../../media/oodi.jpg`'),
    })
    .superRefine(checkEventRules);
}

function isTimeZoneUsable(name: string): boolean {
  return timeZone.safeParse(name).success;
}

/** What an event's fields say as written, for the rules that span fields. */
interface EventFields {
  format: (typeof FORMATS)[number];
  venue?: unknown;
  online?: unknown;
  image?: unknown;
  imageAlt?: string | undefined;
  start: string;
  end: string;
  timezone: string;
}

/**
 * The rules that span fields: a venue and a link as the format needs, an alt text for the image,
 * times that exist in the zone, and an end after the start. Zod runs it even when a field failed
 * its own check, so times are only computed with once each is a real wall-clock time in a real zone.
 */
function checkEventRules(event: EventFields, issues: z.RefinementCtx): void {
  if (event.format !== 'online' && event.venue === undefined) {
    issues.addIssue({
      code: 'custom',
      path: ['venue'],
      message: `is missing; a ${event.format} event needs a venue with name, city, country, lat and lon`,
    });
  }
  if (event.format !== 'in-person' && event.online === undefined) {
    issues.addIssue({
      code: 'custom',
      path: ['online'],
      message: `is missing; an ${event.format} event needs \`online: { url: https://… }\``,
    });
  }
  requireAltText(issues, event.image, {
    field: 'imageAlt',
    value: event.imageAlt,
    fix: 'an event with an `image` needs `imageAlt` describing it',
  });
  if (!isTimeZoneUsable(event.timezone) || !isWallClock(event.start) || !isWallClock(event.end)) return;
  for (const field of ['start', 'end'] as const) {
    if (isSkippedTime(event[field], event.timezone)) {
      issues.addIssue({
        code: 'custom',
        path: [field],
        message: `'${event[field]}' does not exist in ${event.timezone} (the clocks skip it for daylight saving time); choose a time outside the skipped hour`,
      });
    }
  }
  if (epochMilliseconds(event.end, event.timezone) <= epochMilliseconds(event.start, event.timezone)) {
    issues.addIssue({
      code: 'custom',
      path: ['end'],
      message: `'${event.end}' is not after \`start\` ('${event.start}'); an event ends after it starts`,
    });
  }
}
