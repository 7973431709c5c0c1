import { describe, expect, it } from 'vitest';
import { feedItems, feedPath } from './feed.ts';

const event = (slug: string, start: string, timezone: string) => ({
  slug,
  data: { title: `Event ${slug}`, summary: `About ${slug}`, start, timezone },
});
const video = (slug: string, published: string) => ({ slug, data: { title: `Video ${slug}`, summary: `About ${slug}`, published } });

describe('feedItems', () => {
  it('mixes events and videos, newest first, events by their start instant', () => {
    const items = feedItems({
      events: [
        // 10:00 in Mexico City is 16:00 UTC, after 10:00 in Dublin.
        event('dublin', '2020-02-11T10:00', 'Europe/Dublin'),
        event('mexico', '2020-02-11T10:00', 'America/Mexico_City'),
        event('later', '2020-05-02T09:00', 'Europe/Helsinki'),
      ],
      videos: [video('iwf', '2020-05-01'), video('tools', '2020-02-11')],
      locale: 'fr',
      site: 'https://sid.example.org',
    });
    expect(items.map((item) => `${item.link} ${item.pubDate.toISOString()}`)).toEqual([
      'https://sid.example.org/fr/events/later/ 2020-05-02T06:00:00.000Z',
      'https://sid.example.org/fr/videos/iwf/ 2020-05-01T00:00:00.000Z',
      'https://sid.example.org/fr/events/mexico/ 2020-02-11T16:00:00.000Z',
      'https://sid.example.org/fr/events/dublin/ 2020-02-11T10:00:00.000Z',
      'https://sid.example.org/fr/videos/tools/ 2020-02-11T00:00:00.000Z',
    ]);
    expect(items[0]).toMatchObject({ title: 'Event later', description: 'About later' });
  });

  it('orders entries of the same instant by their link, so the same content gives the same feed', () => {
    const items = feedItems({
      events: [],
      videos: [video('b', '2020-02-11'), video('a', '2020-02-11')],
      locale: 'en',
      site: 'https://sid.example.org',
    });
    expect(items.map((item) => item.link)).toEqual(['https://sid.example.org/en/videos/a/', 'https://sid.example.org/en/videos/b/']);
  });
});

describe('feedPath', () => {
  it('is rss.xml under the locale', () => {
    expect(feedPath('ar')).toBe('/ar/rss.xml');
  });
});
