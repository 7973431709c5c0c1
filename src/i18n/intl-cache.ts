/**
 * `Intl` formatters are costly to create and cheap to use: a build formats thousands of dates,
 * countries and durations with a handful of distinct options. One formatter per locale and options,
 * kept for the process (module-level cache, on purpose).
 */
import { remember } from '#src/util/remember.ts';

const formatters = new Map<string, unknown>();

function cached<Formatter>(kind: string, locale: string, options: object, make: () => Formatter): Formatter {
  return remember(formatters, `${kind}|${locale}|${JSON.stringify(options)}`, make) as Formatter;
}

/** @example dateTimeFormat('fr', { dateStyle: 'long' }).format(new Date()) */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** @example displayNames('fr', { type: 'region', fallback: 'code' }).of('MX') // 'Mexique' */
export function displayNames(locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
  return cached('names', locale, options, () => new Intl.DisplayNames([locale], options));
}

/** @example listFormat('en', { type: 'conjunction' }).format(['a', 'b']) // 'a and b' */
export function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return cached('list', locale, options, () => new Intl.ListFormat(locale, options));
}

/** @example durationFormat('en', { style: 'long' }).format({ minutes: 2 }) // '2 minutes' */
export function durationFormat(locale: string, options: Intl.DurationFormatOptions): Intl.DurationFormat {
  return cached('duration', locale, options, () => new Intl.DurationFormat(locale, options));
}

/** @example [...segmenter('hi', { granularity: 'grapheme' }).segment('सुर')].length // 2 */
export function segmenter(locale: string, options: Intl.SegmenterOptions): Intl.Segmenter {
  return cached('segmenter', locale, options, () => new Intl.Segmenter(locale, options));
}
