/**
 * A locale's RSS feed (`/<l>/rss.xml`): its events and videos as items, newest first, with
 * absolute links. `@astrojs/rss` writes the XML; this decides what goes in it.
 */
import { epochMilliseconds } from '#src/events/time.ts';
import { localePath, pageUrl } from '#src/site/urls.ts';

export interface FeedItem {
  title: string;
  description: string;
  /** The absolute URL of the entry's page in the feed's locale. */
  link: string;
  pubDate: Date;
}

interface FeedEntry<Data> {
  slug: string;
  /** The entry as the feed's locale shows it: its translation, or the source text when untranslated. */
  data: Data;
}

/**
 * The items of a locale's feed: events dated by their start instant, videos by their publication
 * date (midnight UTC), newest first; entries of the same instant in URL order, so that the same
 * content gives the same feed.
 * @example feedItems({ events, videos, locale: 'fr', site: 'https://sid.example.org' })[0]?.link
 *   // 'https://sid.example.org/fr/events/dublin/'
 */
export function feedItems(input: {
  events: readonly FeedEntry<{ title: string; summary: string; start: string; timezone: string }>[];
  videos: readonly FeedEntry<{ title: string; summary: string; published: string }>[];
  locale: string;
  site: string;
}): FeedItem[] {
  const item = (kind: string, entry: FeedEntry<{ title: string; summary: string }>, pubDate: Date): FeedItem => ({
    title: entry.data.title,
    description: entry.data.summary,
    link: pageUrl(input.locale, [kind, entry.slug], input.site),
    pubDate,
  });
  return [
    ...input.events.map((event) => item('events', event, new Date(epochMilliseconds(event.data.start, event.data.timezone)))),
    ...input.videos.map((video) => item('videos', video, new Date(`${video.data.published}T00:00:00Z`))),
  ].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
}

/**
 * The path of a locale's feed.
 * @example feedPath('fr') // '/fr/rss.xml'
 */
export function feedPath(locale: string): string {
  return `${localePath(locale)}rss.xml`;
}
