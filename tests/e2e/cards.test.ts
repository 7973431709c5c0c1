/**
 * Cards as a reader sees them: an entry with an image shows it (AVIF, else WebP) in a box sized
 * before it loads, so that nothing moves when it arrives; an entry without one shows a mark in the
 * campaign's colours in the same box, and the page asks for no image for it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteDir, templatePages, useSite, watchContext } from './site.ts';

const dir = await siteDir();
const site = useSite();

/** A built page, parsed. */
function built(sitePath: string) {
  return load(readFileSync(path.join(dir, sitePath, 'index.html'), 'utf8'));
}

/** The list pages and the home page of the tested locales. */
const LIST_PAGES = ['en', 'ar', 'hi'].flatMap((locale) =>
  templatePages(dir, locale)
    .filter((page) => ['home', 'events', 'workshops', 'videos', 'hashtags', 'partners'].includes(page.template))
    .map((page) => page.path),
);

/** The width and height of each card's picture box (`.card-picture`), with its kind. */
function pictureBoxes(page: Page) {
  return page.locator('.card .card-picture').evaluateAll((boxes) =>
    boxes.map((box) => {
      const { width, height } = box.getBoundingClientRect();
      const card = box.closest('.card')?.getBoundingClientRect();
      const style = getComputedStyle(box.closest('.card') ?? box);
      const inner = (card?.width ?? 0) - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
      return { width, height, inner, square: box.classList.contains('square'), tag: box.tagName.toLowerCase() };
    }),
  );
}

describe('event cards', () => {
  it('show each event’s image as a decorative picture, in AVIF and WebP, lazily, with its size', () => {
    const $ = built('en/events');
    const cards = $('[data-filter-list] .card');
    expect(cards.length).toBeGreaterThan(10);
    cards.each((_, card) => {
      const picture = $(card).find('picture');
      const title = $(card).find('.card-title a').text();
      expect(
        picture
          .find('source')
          .map((_, source) => $(source).attr('type'))
          .get(),
        title,
      ).toEqual(['image/avif', 'image/webp']);
      const img = picture.find('img');
      expect(img.attr('alt'), title).toBe('');
      expect(img.attr('loading'), title).toBe('lazy');
      expect(Number(img.attr('width')), title).toBeGreaterThan(0);
      expect(Number(img.attr('height')), title).toBeGreaterThan(0);
      // The fallback is the WebP copy itself: no third format.
      expect(picture.find('source[type="image/webp"]').attr('srcset')).toBe(img.attr('src'));
    });
  });
});

describe('cards without a picture', () => {
  it('show the title’s initial in the campaign’s colours, hidden from screen readers, and no image', () => {
    const $ = built('en/workshops');
    const cards = $('.card');
    expect(cards.length).toBeGreaterThan(0);
    cards.each((_, card) => {
      const title = $(card).find('.card-title a').text().trim();
      const mark = $(card).find('[data-card-mark]');
      expect(mark.attr('aria-hidden'), title).toBe('true');
      expect(mark.text(), title).toBe(title.replace(/^\W+/u, '').charAt(0).toUpperCase());
      expect($(card).find('img, picture'), title).toHaveLength(0);
    });
  });

  it('make the page request no image', async () => {
    const context = await site.browser.newContext({ viewport: { width: 412, height: 823 } });
    const problems = await watchContext(context, site.server.origin);
    try {
      const page = await context.newPage();
      const images: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'image' && !request.url().endsWith('/favicon.svg')) images.push(request.url());
      });
      await page.goto(site.server.url('/en/workshops/'), { waitUntil: 'networkidle' });
      await page.mouse.wheel(0, 10_000);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('[data-card-mark]').first().isVisible()).toBe(true);
      expect(images).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('no layout shift', () => {
  it('gives every card image on every list page a width and a height', () => {
    for (const sitePath of LIST_PAGES) {
      const $ = built(sitePath);
      const unsized = $('.card img')
        .filter((_, img) => $(img).attr('width') === undefined || $(img).attr('height') === undefined)
        .map((_, img) => $(img).attr('src'))
        .get();
      expect(unsized, sitePath).toEqual([]);
    }
  });

  it('loads every card picture lazily, as the reader scrolls to it', () => {
    for (const sitePath of LIST_PAGES) {
      const $ = built(sitePath);
      const eager = $('.card img')
        .filter((_, img) => $(img).attr('loading') !== 'lazy')
        .map((_, img) => $(img).attr('src'))
        .get();
      expect(eager, sitePath).toEqual([]);
    }
  });

  for (const viewport of [
    { width: 412, height: 823 },
    { width: 1280, height: 900 },
  ])
    it(`sizes every picture’s box before its image loads, a mark’s like a picture’s (${viewport.width} px)`, async () => {
      const context = await site.browser.newContext({ viewport });
      try {
        const page = await context.newPage();
        // No image ever arrives: the boxes are what the HTML and CSS alone give.
        await page.route(/\.(avif|webp|png|jpe?g)$/, (route) => route.abort());
        for (const sitePath of ['/en/', '/en/events/', '/en/workshops/', '/en/partners/']) {
          await page.goto(site.server.url(sitePath));
          const boxes = await pictureBoxes(page);
          expect(boxes.length, sitePath).toBeGreaterThan(0);
          for (const box of boxes) {
            const expected = box.square ? { width: 64, height: 64 } : { width: box.inner, height: (box.inner * 9) / 16 };
            expect(box.width, `${sitePath} ${box.tag}`).toBeCloseTo(expected.width, 0);
            expect(box.height, `${sitePath} ${box.tag}`).toBeCloseTo(expected.height, 0);
          }
        }
      } finally {
        await context.close();
      }
    });

  it('moves nothing while the home page’s pictures load as the reader scrolls', async () => {
    const context = await site.browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
    try {
      const page = await context.newPage();
      await page.goto(site.server.url('/en/'), { waitUntil: 'networkidle' });
      await page.evaluate(() => {
        (window as unknown as { shifts: number }).shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
            (window as unknown as { shifts: number }).shifts += entry.value;
        }).observe({ type: 'layout-shift' });
      });
      for (let step = 0; step < 20; step += 1) {
        await page.mouse.wheel(0, 600);
        await page.waitForTimeout(100);
      }
      await page.waitForLoadState('networkidle');
      // Every card picture arrived, in AVIF.
      const sources = await page
        .locator('.card picture img')
        .evaluateAll((imgs) =>
          imgs.map((img) => ({ loaded: (img as HTMLImageElement).naturalWidth > 0, src: (img as HTMLImageElement).currentSrc })),
        );
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) expect(source).toMatchObject({ loaded: true, src: expect.stringMatching(/\.avif$/) });
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    } finally {
      await context.close();
    }
  });
});
