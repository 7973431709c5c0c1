/**
 * What an entry's card shows, the same on every page that lists the entry: its title linked to its
 * page, its summary, what its kind adds (an event's time, place and format; a video's length; a
 * workshop's format and audience), and its picture (an event's image, a video's poster, a
 * partner's logo, a hashtag's emoji) or, without one, a mark drawn in the campaign's colours (the
 * title's first letter, or `#` for a hashtag) in the same box, so that cards line up and no image
 * is requested.
 * Workshops have no picture of their own: their cards always show the mark (the partner's logo
 * would say who runs the workshop, which the card does not otherwise say, in an image whose text
 * alternative is empty beside the title).
 *
 * Only the fields a card shows are read: pages record what they read (`page-inputs.ts`).
 */
import type { ImageMetadata } from 'astro';
import { formatIsoDuration, formatList } from '#src/i18n/format.ts';
import { segmenter } from '#src/i18n/intl-cache.ts';
import type { Translate } from '#src/i18n/translate.ts';
import { cardPicture, type CardPicture, type CardShape } from '#src/media/card-picture.ts';
import type { AUDIENCES, FORMATS } from '#src/schemas/common.ts';
import { localePath } from '#src/site/urls.ts';

/** An entry as a locale shows it (`ShownEntry`), reduced to what a card reads. */
interface Listed<Kind extends string, Data> {
  kind: Kind;
  slug: string;
  locale: string;
  textLocale: string;
  data: Data;
}

type Format = (typeof FORMATS)[number];

export type CardEntry =
  | Listed<
      'events',
      {
        title: string;
        summary: string;
        image?: ImageMetadata | undefined;
        start: string;
        end: string;
        timezone: string;
        venue?: { city: string } | undefined;
        format: Format;
      }
    >
  | Listed<'videos', { title: string; summary: string; poster: ImageMetadata; duration: string }>
  | Listed<'workshops', { title: string; summary: string; format: Format; audience: readonly (typeof AUDIENCES)[number][] }>
  | Listed<'hashtags', { tag: string; variants: Record<string, string>; summary: string; emoji?: ImageMetadata | undefined }>
  | Listed<'partners', { name: string; summary: string; logo?: ImageMetadata | undefined }>;

/** What a card adds under the summary, in the page's language. */
export type CardMeta =
  /** When (laid out by `EventTime`) and where: `Dublin · In person`, or `Online`. */
  | { kind: 'event'; start: string; end: string; timezone: string; where: string }
  /** `Length: 2 minutes`, the length also as an ISO 8601 duration for `<time datetime>`. */
  | { kind: 'video'; label: string; duration: string; length: string }
  /** A line of text: a workshop's `Online · Parents and Educators`. */
  | { kind: 'text'; text: string };

export interface EntryCardData {
  entry: CardEntry;
  href: string;
  title: string;
  summary?: string | undefined;
  shape: CardShape;
  /** The picture, or undefined when the card shows `mark` instead. */
  picture?: CardPicture | undefined;
  /** What the fallback shows: one letter (a grapheme) of the title, in its language's capitals. */
  mark: string;
  meta?: CardMeta | undefined;
}

export interface CardOptions {
  /** Show the entry's summary (default); a brief card (the home page's partners) leaves it out. */
  summary?: boolean;
}

/**
 * The first letter or digit of a text, as one grapheme in capitals (`#PositionOfStrength` → `P`,
 * `¿Qué?` → `Q`); the text's first character when it has neither.
 * @example initialOf('oodi training', 'en') // 'O'
 * @example initialOf('सुरक्षित इंटरनेट', 'hi') // 'सु'
 */
export function initialOf(text: string, locale: string): string {
  // Read up to the first letter or digit only: a list page draws a mark for each of its entries.
  let first: string | undefined;
  for (const { segment } of segmenter(locale, { granularity: 'grapheme' }).segment(text.trim())) {
    first ??= segment;
    if (/[\p{L}\p{N}]/u.test(segment)) return segment.toLocaleUpperCase(locale);
  }
  return (first ?? '').toLocaleUpperCase(locale);
}

/**
 * A tag kept in the direction of its own letters (first-strong isolate, as `dir="auto"` would): a
 * Latin tag on an Arabic page keeps its `#` in front.
 * @example isolatedTag('SID2020') // '\u2068#SID2020\u2069'
 */
export function isolatedTag(tag: string): string {
  return `\u2068#${tag}\u2069`;
}

interface CardFace {
  title: string;
  image: ImageMetadata | undefined;
  shape: CardShape;
  mark?: string;
}

/** The title, image and shape of an entry's card, by kind. */
function faceOf(entry: CardEntry): CardFace {
  switch (entry.kind) {
    case 'events':
      return { title: entry.data.title, image: entry.data.image, shape: 'wide' };
    case 'videos':
      return { title: entry.data.title, image: entry.data.poster, shape: 'wide' };
    case 'workshops':
      return { title: entry.data.title, image: undefined, shape: 'wide' };
    case 'hashtags':
      return {
        title: isolatedTag(entry.data.variants[entry.locale] ?? entry.data.tag),
        image: entry.data.emoji,
        shape: 'square',
        mark: '#',
      };
    case 'partners':
      return { title: entry.data.name, image: entry.data.logo, shape: 'square' };
  }
}

/** What an entry's kind adds to its card, if anything. */
function metaOf(entry: CardEntry, t: Translate): CardMeta | undefined {
  switch (entry.kind) {
    case 'events': {
      const { start, end, timezone, venue, format } = entry.data;
      const where = [...(venue === undefined ? [] : [venue.city]), t(`common:format.${format}`)].join(' · ');
      return { kind: 'event', start, end, timezone, where };
    }
    case 'videos':
      return {
        kind: 'video',
        label: t('videos:duration'),
        duration: entry.data.duration,
        length: formatIsoDuration(entry.data.duration, entry.locale),
      };
    case 'workshops': {
      const audience = formatList(
        entry.data.audience.map((group) => t(`common:audience.${group}`)),
        entry.locale,
      );
      return { kind: 'text', text: `${t(`common:format.${entry.data.format}`)} · ${audience}` };
    }
    default:
      return undefined;
  }
}

/**
 * An entry's card in its locale (`t` translates into it).
 * @example entryCard(event, t) // { href: '/fr/events/oodi/', title: 'Formation à Oodi', shape: 'wide', picture: {…}, meta: {…}, … }
 */
export function entryCard(entry: CardEntry, t: Translate, options: CardOptions = {}): EntryCardData {
  const face = faceOf(entry);
  return {
    entry,
    href: localePath(entry.locale, entry.kind, entry.slug),
    title: face.title,
    summary: options.summary === false ? undefined : entry.data.summary,
    shape: face.shape,
    picture: face.image === undefined ? undefined : cardPicture(face.image, face.shape),
    mark: face.mark ?? initialOf(face.title, entry.textLocale),
    meta: metaOf(entry, t),
  };
}
