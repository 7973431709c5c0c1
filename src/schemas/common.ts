/**
 * Field types shared by the entry schemas. Every message here is read by comms staff in a build
 * or `check` report: it says what is wrong and how to fix it, in plain words.
 */
import { z } from 'astro/zod';
import countries from 'i18n-iso-countries';
import { closest } from '#src/util/suggest.ts';
import { isRealDateTime, isTimeZone } from '#src/events/time.ts';
import type { MediaUse } from '#src/media/file-types.ts';

/**
 * What a schema needs from its surroundings: Astro hands us `image()` (which turns a relative
 * path into optimisable image metadata); the stand-alone validator hands checks that the file is
 * in the content's media folder and is what it says. `file(use)` is a path relative to the entry
 * of a file for a use (captions, a video file, a workshop's download) and stays a path.
 */
export interface SchemaContext<Image extends z.ZodType> {
  image: () => Image;
  file: (use: Exclude<MediaUse, 'image'>) => z.ZodType<string>;
}

/** The audiences the campaign addresses, in the order the site lists them. */
export const AUDIENCES = ['young-people', 'parents', 'educators', 'ngos', 'policy-makers', 'industry', 'general'] as const;

/** How an event or workshop is attended. */
export const FORMATS = ['in-person', 'online', 'hybrid'] as const;

/**
 * Checks that a URL is one a reader's browser may safely open: `https:` or `mailto:`.
 * @example isSafeUrl('https://www.webwise.ie') // true
 * @example isSafeUrl('http://example.org') // false
 */
export function isSafeUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' && url.hostname !== '') || url.protocol === 'mailto:';
  } catch {
    return false;
  }
}

export const safeUrl = z.string().refine(isSafeUrl, {
  error: 'is not an https:// (or mailto:) URL; write the full address, starting with https://',
});

export const httpsUrl = z.string().refine((value) => isSafeUrl(value) && value.startsWith('https:'), {
  error: 'is not an https:// URL; write the full address, starting with https://',
});

/**
 * Checks a BCP 47 language tag and returns its canonical spelling, or undefined.
 * @example canonicalLocale('pt-br') // 'pt-BR'
 */
export function canonicalLocale(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

export const languageTag = z.string().refine((tag) => canonicalLocale(tag) === tag, {
  error: 'is not a BCP 47 language tag as written (e.g. `en`, `es-MX`, `ar`); check the spelling and the case',
});

export const countryCode = z.string().refine((code) => /^[A-Z]{2}$/.test(code) && countries.isValid(code), {
  error: 'is not an ISO 3166-1 alpha-2 country code; use two capital letters such as `FI`, `MX` or `IN`',
});

export const timeZone = z.string().refine(isTimeZone, {
  error: (issue) => {
    const guess = typeof issue.input === 'string' ? closest(issue.input, Intl.supportedValuesOf('timeZone')) : undefined;
    return guess === undefined
      ? 'is not an IANA time zone; use a name such as `Europe/Dublin` or `America/Mexico_City`'
      : `is not an IANA time zone; did you mean '${guess}'?`;
  },
});

/**
 * YAML readers differ on unquoted dates: Astro's turns `2020-02-11T10:00:00` into a Date at
 * 10:00 UTC, ours keeps the text. Both are brought back to the text the author wrote, so that
 * 10:00 in Mexico City stays 10:00 in Mexico City.
 */
function writtenDateTime(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().slice(0, 19) : value;
}

function writtenDate(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** A wall-clock time without offset: the time shown on the clocks where the event happens. */
export const wallClock = z.preprocess(
  writtenDateTime,
  z
    .string()
    .regex(WALL_CLOCK, {
      error:
        'is not a wall-clock time; write `YYYY-MM-DDTHH:mm` (e.g. `2020-02-11T10:00`) with no offset or `Z`: the zone goes in `timezone`',
    })
    .refine((value) => !WALL_CLOCK.test(value) || isRealDateTime(value), {
      error: 'is not a real date and time; check the month, the day and the hour',
    }),
);

/**
 * Whether a value is a wall-clock time this schema accepts: object-level checks that compute with
 * times run only on those (zod runs them even when a field failed its own check).
 * @example isWallClock('2020-02-11T10:00') // true
 * @example isWallClock('2020-02-30T10:00') // false
 */
export function isWallClock(value: unknown): value is string {
  return wallClock.safeParse(value).success;
}

/** A calendar date, `YYYY-MM-DD`. */
export const calendarDate = z.preprocess(
  writtenDate,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'is not a date; write `YYYY-MM-DD` (e.g. `2020-02-11`)' })
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), {
      error: 'is not a real calendar date; check the month and the day',
    }),
);

/** A slug: the file name of another entry, without `.mdx`. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'is not a slug; use lowercase letters, digits and hyphens (the file name without `.mdx`)',
});

export const audience = z
  .array(z.enum(AUDIENCES))
  .min(1, { error: 'is empty; name at least one audience' })
  .describe(`who it is for: a list from ${AUDIENCES.join(', ')}`);

export const format = z.enum(FORMATS).describe(`how people take part: ${FORMATS.join(', ')}`);

export const title = z
  .string()
  .trim()
  .min(1, { error: 'is empty; write a title' })
  .max(120, { error: 'is longer than 120 characters; shorten it' });

export const summary = z
  .string()
  .trim()
  .min(1, { error: 'is empty; write one sentence' })
  .max(300, { error: 'is longer than 300 characters; keep it to one or two sentences' });

export const altText = z
  .string()
  .trim()
  .min(1, { error: 'is empty; describe the image for people who cannot see it' })
  .max(250, { error: 'is longer than 250 characters; describe the image briefly' });

/**
 * The title and summary a kind translates, each described for that kind: every kind's translation
 * but a partner's starts with them, and one declaration keeps their checks alike.
 *
 * @example z.strictObject({ ...titleAndSummary({ title: 'the page title', summary: 'what it is for' }) })
 */
export function titleAndSummary(hints: { title: string; summary: string }) {
  return { title: title.describe(hints.title), summary: summary.describe(hints.summary) };
}

/** A translatable text alternative for an image field; `requireAltText` asks for it when the image is there. */
export function optionalAltText(hint: string) {
  return altText.optional().describe(hint);
}

/**
 * Reports a missing text alternative when an entry has the image it describes, so that no picture
 * reaches the site without one.
 *
 * @example requireAltText(issues, partner.logo, { field: 'logoAlt', value: partner.logoAlt, fix: 'write the name' })
 */
export function requireAltText(
  issues: z.RefinementCtx,
  image: unknown,
  alt: { field: string; value: string | undefined; fix: string },
): void {
  if (image !== undefined && alt.value === undefined) {
    issues.addIssue({ code: 'custom', path: [alt.field], message: `is missing; ${alt.fix}` });
  }
}
