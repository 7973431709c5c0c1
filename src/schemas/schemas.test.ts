import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { campaignSchema } from './campaign.ts';
import { eventSchema } from './event.ts';
import { videoSchema } from './video.ts';
import { partnerSchema } from './partner.ts';

const context = { image: () => z.string(), file: () => z.string(), defaultLocale: 'en' };
const event = {
  title: 'Training at Oodi',
  summary: 'A safety training at the Helsinki Central Library.',
  start: '2020-02-11T10:00',
  end: '2020-02-11T12:00',
  timezone: 'Europe/Helsinki',
  format: 'in-person',
  venue: { name: 'Oodi', city: 'Helsinki', country: 'FI', lat: 60.1739, lon: 24.9381 },
  audience: ['educators'],
  languages: ['fi'],
};

function messages(result: { success: boolean; error?: z.ZodError }): Record<string, string> {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
}

describe('event schema', () => {
  it('accepts a complete in-person event and defaults its organisers', () => {
    const parsed = eventSchema(context).parse(event);
    expect(parsed.organisers).toEqual([]);
    expect(parsed.start).toBe('2020-02-11T10:00');
  });

  it('brings a YAML Date back to the wall-clock time that was written', () => {
    // Astro's YAML reader turns an unquoted `2020-02-11T10:00:00` into 10:00 UTC.
    const parsed = eventSchema(context).parse({ ...event, start: new Date('2020-02-11T10:00:00Z'), end: new Date('2020-02-11T12:00:00Z') });
    expect(parsed.start).toBe('2020-02-11T10:00:00');
    expect(parsed.end).toBe('2020-02-11T12:00:00');
  });

  it('refuses offsets, http links, unknown countries and zones, with the fix in the message', () => {
    const result = eventSchema(context).safeParse(
      {
        ...event,
        start: '2020-02-11T10:00:00Z',
        registration: 'http://example.org',
        timezone: 'Europe/Helsinky',
        venue: { ...event.venue, country: 'FX' },
      },
      { reportInput: true },
    );
    const found = messages(result);
    expect(found['start']).toMatch(/no offset or `Z`/);
    expect(found['registration']).toMatch(/https:\/\//);
    expect(found['timezone']).toBe("is not an IANA time zone; did you mean 'Europe/Helsinki'?");
    expect(found['venue.country']).toMatch(/ISO 3166-1 alpha-2/);
  });

  it('requires a link for online and hybrid events, a venue for in-person ones', () => {
    const { venue: _venue, ...withoutVenue } = event;
    expect(messages(eventSchema(context).safeParse({ ...withoutVenue, format: 'hybrid' }))).toMatchObject({
      venue: expect.stringMatching(/needs a venue/),
      online: expect.stringMatching(/online: \{ url/),
    });
    expect(eventSchema(context).safeParse({ ...withoutVenue, format: 'online', online: { url: 'https://example.org/join' } }).success).toBe(
      true,
    );
  });

  it('refuses an end before the start, and an unknown field', () => {
    const found = messages(eventSchema(context).safeParse({ ...event, end: '2020-02-11T09:00' }));
    expect(found['end']).toMatch(/is not after `start`/);
    expect(eventSchema(context).safeParse({ ...event, tittle: 'x' }).error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('video schema', () => {
  const video = {
    title: 'Muting and blocking',
    summary: 'Safety tools on Twitter.',
    provider: 'youtube',
    id: 'SID2020ht01',
    poster: 'poster.jpg',
    posterAlt: 'A presenter',
    duration: 'PT1M30S',
    captions: { en: 'x.en.vtt' },
    published: '2020-02-11',
  };

  it('requires captions in the source locale (WCAG 1.2.2)', () => {
    expect(videoSchema(context).safeParse(video).success).toBe(true);
    expect(messages(videoSchema(context).safeParse({ ...video, captions: { fr: 'x.fr.vtt' } }))['captions']).toMatch(/no `en` captions/);
  });

  it('requires a file for self-hosted videos and an id for YouTube', () => {
    const { id: _id, ...withoutId } = video;
    expect(messages(videoSchema(context).safeParse(withoutId))['id']).toMatch(/needs the provider's `id`/);
    expect(messages(videoSchema(context).safeParse({ ...withoutId, provider: 'file' }))['src']).toMatch(/needs `src`/);
  });
});

describe('partner and campaign schemas', () => {
  it('takes only the known kinds of partner', () => {
    const partner = { name: 'Webwise', summary: 'Irish awareness centre.', url: 'https://www.webwise.ie', kind: 'ngo' };
    expect(partnerSchema(context).parse(partner).grant).toBe(false);
    expect(partnerSchema(context).safeParse({ ...partner, kind: 'charity' }).success).toBe(false);
  });

  it('puts the default locale first and refuses a primary colour too light for white text', () => {
    const campaign = { edition: 2020, date: '2020-02-11', defaultLocale: 'en', locales: ['en', 'ar'], site: 'https://sid.example.org' };
    expect(campaignSchema.parse(campaign).colors.primary).toBe('#1a4fa0');
    expect(messages(campaignSchema.safeParse({ ...campaign, locales: ['ar', 'en'] }))['locales']).toMatch(/put it first/);
    expect(
      messages(campaignSchema.safeParse({ ...campaign, colors: { primary: '#f5b700', accent: '#000000' } }))['colors.primary'],
    ).toMatch(/4\.5:1/);
    expect(campaignSchema.safeParse({ ...campaign, locales: ['en', 'en_US'] }).success).toBe(false);
  });
});

describe('values that once crashed the check (found by tests/build/minimal-mutated-at-random/content-fuzz.test.ts)', () => {
  it('refuses an event time that is not a real date, or is no time at all, without computing with it', () => {
    expect(messages(eventSchema(context).safeParse({ ...event, start: '"\u0000\u0007\u202E"' }))).toMatchObject({
      start: expect.stringContaining('is not a wall-clock time') as string,
    });
    expect(messages(eventSchema(context).safeParse({ ...event, start: '2020-02-30T10:00', end: '2020-02-11T25:00' }))).toEqual({
      start: 'is not a real date and time; check the month, the day and the hour',
      end: 'is not a real date and time; check the month, the day and the hour',
    });
  });

  it('refuses a campaign site or colour that is not one, once', () => {
    const campaign = {
      edition: 2020,
      date: '2020-02-11',
      defaultLocale: 'en',
      locales: ['en'],
      site: 'garbage',
      colors: { primary: 'blue', accent: '#f5b700' },
    };
    expect(messages(campaignSchema.safeParse(campaign))).toEqual({
      site: 'is not an https:// URL; write the full address, starting with https://',
      'colors.primary': 'is not a colour; write six hex digits, e.g. `#1a4fa0`',
    });
  });

  it('refuses a video whose captions are not a list of files per locale', () => {
    const video = {
      title: 'T',
      summary: 'S',
      provider: 'youtube',
      id: 'x',
      poster: 'p.png',
      posterAlt: 'A',
      duration: 'PT1M',
      published: '2020-02-11',
    };
    expect(() => videoSchema(context).safeParse({ ...video, captions: 'en' })).not.toThrow();
    expect(messages(videoSchema(context).safeParse({ ...video, captions: { fr: 'a.vtt' } }))).toMatchObject({
      captions: expect.stringContaining('has no `en` captions') as string,
    });
  });
});
