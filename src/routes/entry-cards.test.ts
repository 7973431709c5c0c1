import path from 'node:path';
import type { ImageMetadata } from 'astro';
import { describe, expect, it } from 'vitest';
import { loadResources } from '#src/i18n/resources.ts';
import { createTranslator } from '#src/i18n/translate.ts';
import { entryCard, initialOf, isolatedTag, type CardEntry } from './entry-cards.ts';

const photo: ImageMetadata = { src: '/oodi.jpg', width: 1280, height: 720, format: 'jpg' };
const logo: ImageMetadata = { src: '/logo.png', width: 400, height: 400, format: 'png' };
const shown = { slug: 'oodi', locale: 'fr', textLocale: 'fr' };
const resources = loadResources(path.resolve(import.meta.dirname, '../../locales'), ['en', 'fr']);
const t = createTranslator(resources, 'fr', 'en');
const when = { start: '2020-02-11T10:00', end: '2020-02-11T12:00', timezone: 'Europe/Helsinki' };

describe('initialOf', () => {
  it('takes the first letter or digit, in capitals, as one grapheme', () => {
    // text, its locale, its initial
    const initials = [
      ['oodi training', 'en', 'O'],
      ['#PositionOfStrength Dublin', 'en', 'P'],
      ['¿Qué es?', 'es', 'Q'],
      ['2020 in review', 'en', '2'],
      ['सुरक्षित इंटरनेट', 'hi', 'सु'],
      ['يوم الإنترنت', 'ar', 'ي'],
      ['istanbul', 'tr', 'İ'],
      ['…', 'en', '…'],
    ] as const;
    expect(initials.map(([text, locale]) => initialOf(text, locale))).toEqual(initials.map(([, , initial]) => initial));
  });
});

describe('entryCard', () => {
  it('shows an event with its image as a banner, linked in the page’s locale', () => {
    const event: CardEntry = {
      ...shown,
      kind: 'events',
      data: { title: 'Formation à Oodi', summary: 'Pour tous.', image: photo, ...when, venue: { city: 'Helsinki' }, format: 'in-person' },
    };
    expect(entryCard(event, t)).toMatchObject({
      entry: event,
      href: '/fr/events/oodi/',
      title: 'Formation à Oodi',
      summary: 'Pour tous.',
      shape: 'wide',
      picture: { src: photo, width: 640, quality: 40 },
      mark: 'F',
      meta: { kind: 'event', ...when, where: 'Helsinki · En présentiel' },
    });
  });

  it('gives an event without an image the mark of its title, in the language the title is written in', () => {
    const event: CardEntry = {
      ...shown,
      textLocale: 'en',
      kind: 'events',
      data: { title: 'istanbul night', summary: '…', ...when, format: 'online' },
    };
    expect(entryCard(event, t)).toMatchObject({ shape: 'wide', picture: undefined, mark: 'I' });
  });

  it('shows a video’s poster and its length', () => {
    const card = entryCard({ ...shown, kind: 'videos', data: { title: 'Outils', summary: '…', poster: photo, duration: 'PT2M30S' } }, t);
    expect(card.picture?.src).toBe(photo);
    expect(card.meta).toEqual({
      kind: 'video',
      label: 'Durée',
      duration: 'PT2M30S',
      length: expect.stringMatching(/^2\sminutes et 30\ssecondes$/),
    });
  });

  it('shows a workshop always with its mark, its format and audience', () => {
    const workshop: CardEntry = {
      ...shown,
      kind: 'workshops',
      data: { title: 'basics', summary: '…', format: 'online', audience: ['parents', 'educators'] },
    };
    expect(entryCard(workshop, t)).toMatchObject({
      href: '/fr/workshops/oodi/',
      shape: 'wide',
      picture: undefined,
      mark: 'B',
      meta: { kind: 'text', text: 'En ligne · Parents et aidants et Éducateurs' },
    });
  });

  it('titles a hashtag with the locale’s variant, isolated, and marks it with #', () => {
    const hashtag: CardEntry = {
      ...shown,
      kind: 'hashtags',
      data: { tag: 'SaferInternetDay', variants: { fr: 'JourneeInternetSur' }, summary: '…', emoji: logo },
    };
    expect(entryCard(hashtag, t)).toMatchObject({ title: isolatedTag('JourneeInternetSur'), shape: 'square', mark: '#' });
    expect(entryCard({ ...hashtag, locale: 'es', data: { ...hashtag.data, emoji: undefined } }, t)).toMatchObject({
      href: '/es/hashtags/oodi/',
      title: '\u2068#SaferInternetDay\u2069',
      picture: undefined,
      mark: '#',
    });
  });

  it('shows a partner’s logo in a square, and leaves the summary out of a brief card without reading it', () => {
    const read: string[] = [];
    const fields = { name: 'Oodi', summary: 'A library.', logo };
    const data = new Proxy(fields, {
      get: (target, field, receiver) => {
        read.push(String(field));
        return Reflect.get(target, field, receiver) as unknown;
      },
    });
    const card = entryCard({ ...shown, kind: 'partners', data }, t, { summary: false });
    expect(card).toMatchObject({ title: 'Oodi', summary: undefined, shape: 'square', picture: { width: 128 }, mark: 'O', meta: undefined });
    expect(read.sort()).toEqual(['logo', 'name']);
  });
});
