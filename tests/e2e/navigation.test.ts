/**
 * Getting around as visitors do: switching language on an event, with the keyboard only, without
 * JavaScript, arriving at `/` with a browser in some language (or coming back to it), searching.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readCampaign, rootPages, siteDir, templatePages, useSite, watchContext } from './site.ts';

const dir = await siteDir();
const campaign = readCampaign();

const site = useSite();

/** A new page in a fresh browser context (no storage, no cookies), for one visitor. */
async function visitor(options: { locale?: string; javaScriptEnabled?: boolean } = {}) {
  const context = await site.browser.newContext({
    locale: options.locale ?? 'en-GB',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const problems = await watchContext(context, site.server.origin);
  const page = await context.newPage();
  return { context, page, problems };
}

/** The site path of the page's current URL. */
function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

/** The first entry of a kind in a locale, e.g. `/en/events/<slug>/`. */
function firstEntryPath(locale: string, kind: string): string {
  const page = templatePages(dir, locale).find((candidate) => candidate.template === `${kind}/[slug]`);
  if (page === undefined) throw new Error(`The built site has no ${kind} entry in ${locale}`);
  return page.path;
}

describe('language switcher', () => {
  for (const from of ['en', 'ar']) {
    it(`leads from an event in ${from} to the same event in fr`, async () => {
      const { context, page } = await visitor();
      try {
        const eventPath = firstEntryPath(from, 'events');
        const slug = eventPath.split('/').at(-2);
        await page.goto(site.server.url(eventPath));
        // The switcher is the navigation landmark whose links are marked with the language they lead to.
        const switcher = page.getByRole('navigation').filter({ has: page.locator('a[hreflang]') });
        await expect.poll(() => switcher.count(), { message: 'one language switcher' }).toBe(1);
        const navigation = page.waitForResponse(
          (response) => response.request().isNavigationRequest() && response.frame() === page.mainFrame(),
        );
        await switcher.locator('a[hreflang="fr"]').click();
        const response = await navigation;
        await page.waitForLoadState('load');
        expect(pathOf(page)).toBe(`/fr/events/${slug}/`);
        expect(response.status()).toBe(200);
        expect(await page.locator('html').getAttribute('lang')).toBe('fr');
        await expect.poll(() => page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
      } finally {
        await context.close();
      }
    });
  }

  it('offers every locale of the campaign, marked with its language', async () => {
    const { context, page } = await visitor();
    try {
      await page.goto(site.server.url(firstEntryPath('en', 'events')));
      const switcher = page.getByRole('navigation').filter({ has: page.locator('a[hreflang]') });
      const links = await switcher
        .locator('a[hreflang]')
        .evaluateAll((anchors) =>
          anchors.map((anchor) => ({ hreflang: anchor.getAttribute('hreflang'), lang: anchor.getAttribute('lang') })),
        );
      expect(links).toEqual(campaign.locales.map((locale) => ({ hreflang: locale, lang: locale })));
    } finally {
      await context.close();
    }
  });

  it('names Hindi and Arabic in the small font of the names, so they show where the system has none', async () => {
    // With the system's fonts first, Chromium on a machine without a Devanagari font draws "हिन्दी"
    // as boxes; the switcher's other languages come from a subset that holds only their letters.
    const { context, page } = await visitor();
    try {
      await page.goto(site.server.url('/en/'));
      const firstFont = (locale: string) =>
        page.locator(`#language a[lang="${locale}"]`).evaluate((element) => getComputedStyle(element).fontFamily.split(',')[0]?.trim());
      expect(await firstFont('hi')).toBe('"SID Autonyms"');
      expect(await firstFont('ar')).toBe('"SID Autonyms"');
      await page.evaluate(() => document.fonts.ready);
      const loaded = await page.evaluate(() =>
        [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family.replaceAll('"', '')),
      );
      expect(loaded).toContain('SID Autonyms');
    } finally {
      await context.close();
    }
  });

  // What a visitor's phone downloads: the fonts of the scripts the page's own text is written in,
  // and for the other languages' names a few KB.
  it.each([
    ['en', []],
    ['ar', ['noto-sans-arabic']],
    ['hi', ['noto-sans-devanagari']],
  ])('/%s/ downloads only the fonts of its own script (%j), and the names in a few KB', async (locale, scripts) => {
    const { context, page } = await visitor();
    try {
      const fonts: { name: string; size: number }[] = [];
      page.on('response', (response) => {
        const name = new URL(response.url()).pathname.split('/').at(-1) ?? '';
        if (/\.woff2?$/.test(name)) void response.body().then((body) => fonts.push({ name, size: body.length }));
      });
      await page.goto(site.server.url(`/${locale}/`), { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const full = fonts.filter((font) => font.name.startsWith('noto-sans-'));
      expect([...new Set(full.map((font) => font.name.split('-').slice(0, 3).join('-')))]).toEqual(scripts);
      const names = fonts.filter((font) => font.name.startsWith('autonyms-'));
      expect(names.length).toBeGreaterThan(0);
      for (const font of names) expect(font.size).toBeLessThan(4096);
    } finally {
      await context.close();
    }
  });
});

describe('keyboard only', () => {
  const keyboardPages = ['en', 'ar', 'hi'].flatMap((locale) => [`/${locale}/`, firstEntryPath(locale, 'events')]);

  it.each(keyboardPages)('%s: the first Tab focuses a visible skip link, Enter moves focus to main', async (path) => {
    const { context, page } = await visitor();
    try {
      await page.goto(site.server.url(path));
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        const main = document.querySelector('main');
        const box = element?.getBoundingClientRect();
        return {
          tag: element?.tagName.toLowerCase(),
          href: element?.getAttribute('href'),
          mainId: main?.id,
          inViewport:
            box !== undefined &&
            box.width > 0 &&
            box.height > 0 &&
            box.top >= 0 &&
            box.left >= 0 &&
            box.bottom <= innerHeight &&
            box.right <= innerWidth,
        };
      });
      expect(focused.tag, 'the first Tab focuses a link').toBe('a');
      expect(focused.mainId, 'main has an id to skip to').toBeTruthy();
      expect(focused.href, 'the first link skips to main').toBe(`#${focused.mainId}`);
      expect(focused.inViewport, 'the focused skip link is shown inside the viewport').toBe(true);

      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase()), { message: 'focus is on main' })
        .toBe('main');
      // The next Tab continues inside main, not back in the header.
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement) ?? false),
        'the next Tab stays in main',
      ).toBe(true);
    } finally {
      await context.close();
    }
  });

  it.each(keyboardPages)('%s: Tab reaches every link of the main navigation, each with a visible focus indicator', async (path) => {
    const { context, page } = await visitor();
    try {
      await page.goto(site.server.url(path));
      const nav = page.getByRole('banner').getByRole('navigation');
      await expect.poll(() => nav.count(), { message: 'one navigation landmark in the banner' }).toBe(1);
      const hrefs = await nav.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.length, 'the main navigation has links').toBeGreaterThan(0);

      const reached = new Map<string, boolean>();
      for (let presses = 0; presses < 200 && reached.size < hrefs.length; presses += 1) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const element = document.activeElement;
          const nav = document.querySelector('header nav');
          if (element === null || element === document.body) return { wrapped: true, inNav: false, href: '', indicator: false };
          const style = getComputedStyle(element);
          const indicator = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
          return { wrapped: false, inNav: nav?.contains(element) ?? false, href: element.getAttribute('href') ?? '', indicator };
        });
        if (focus.wrapped && presses > 0) break;
        if (focus.inNav) reached.set(focus.href, focus.indicator);
      }
      expect([...reached.keys()].sort(), 'navigation links reached by Tab').toEqual([...hrefs].sort());
      const withoutIndicator = [...reached].filter(([, indicator]) => !indicator).map(([href]) => href);
      expect(withoutIndicator, 'navigation links with no visible focus indicator').toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('without JavaScript', () => {
  const pages = [...rootPages(), ...['en', 'ar', 'hi'].flatMap((locale) => templatePages(dir, locale))];

  it.each(pages)('$path ($template) shows its h1 and its main content', async ({ path }) => {
    const { context, page } = await visitor({ javaScriptEnabled: false, locale: 'fr-CA' });
    try {
      const response = await page.goto(site.server.url(path));
      expect(response?.status()).toBe(200);
      expect(pathOf(page), 'no redirect without JavaScript').toBe(path);
      const main = page.getByRole('main');
      await expect.poll(() => main.count(), { message: 'one main landmark' }).toBe(1);
      const heading = main.getByRole('heading', { level: 1 });
      await expect.poll(() => heading.count(), { message: 'one h1 in main' }).toBe(1);
      expect(await heading.isVisible(), 'the h1 is visible').toBe(true);
      expect((await heading.innerText()).trim(), 'the h1 has text').not.toBe('');
      // Main content: visible text beyond the heading (a paragraph, a list of entries, details…).
      const mainText = (await main.innerText()).replace(/\s+/g, ' ').trim();
      const headingText = (await heading.innerText()).replace(/\s+/g, ' ').trim();
      expect(mainText.length - headingText.length, 'main shows content beyond its h1').toBeGreaterThan(20);
    } finally {
      await context.close();
    }
  });
});

describe('the language picker at /', () => {
  it.each([
    ['fr-CA', '/fr/'],
    ['es', '/es/'],
  ])('sends a browser in %s on to %s', async (locale, target) => {
    const { context, page, problems } = await visitor({ locale });
    try {
      await page.goto(site.server.url('/'));
      await expect.poll(() => pathOf(page), { message: `/ sends a browser in ${locale} on`, timeout: 10_000 }).toBe(target);
      await page.waitForLoadState('load');
      expect(await page.locator('html').getAttribute('lang')).toBe(target.slice(1, -1));
      expect(problems.failedRequests).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps a browser in an unknown language (de) on / and lists every language by its own name', async () => {
    const { context, page, problems } = await visitor({ locale: 'de' });
    try {
      await page.goto(site.server.url('/'), { waitUntil: 'networkidle' });
      expect(pathOf(page)).toBe('/');
      const choices = await page
        .getByRole('main')
        .locator('a[hreflang]')
        .evaluateAll((links) =>
          links.map((link) => ({
            hreflang: link.getAttribute('hreflang') ?? '',
            lang: link.getAttribute('lang'),
            href: link.getAttribute('href'),
            text: (link as HTMLElement).innerText,
          })),
        );
      expect(choices.map((choice) => choice.hreflang)).toEqual(campaign.locales);
      for (const choice of choices) {
        const autonym = new Intl.DisplayNames([choice.hreflang], { type: 'language' }).of(choice.hreflang) ?? '';
        expect(choice.lang, `${choice.hreflang}: marked with its language`).toBe(choice.hreflang);
        expect(choice.href, `${choice.hreflang}: leads to its home`).toBe(`/${choice.hreflang}/`);
        expect(choice.text.toLocaleLowerCase(choice.hreflang), `${choice.hreflang}: named in its own language`).toContain(
          autonym.toLocaleLowerCase(choice.hreflang),
        );
      }
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('remembers the language chosen, without a cookie', async () => {
    const { context, page, problems } = await visitor({ locale: 'de' });
    try {
      await page.goto(site.server.url('/'), { waitUntil: 'networkidle' });
      const chosen = campaign.locales.at(-1) ?? '';
      await Promise.all([
        page.waitForURL((url) => url.pathname === `/${chosen}/`, { timeout: 10_000 }),
        page.getByRole('main').locator(`a[hreflang="${chosen}"]`).click(),
      ]);

      // A later visit to `/`, in a new tab of the same browser, goes straight to the choice.
      const later = await context.newPage();
      await later.goto(site.server.url('/'));
      await expect
        .poll(() => pathOf(later), { message: 'a later visit to / goes to the language chosen', timeout: 10_000 })
        .toBe(`/${chosen}/`);
      expect(await context.cookies()).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('search', () => {
  it.each(['en', 'ar', 'hi'])('in %s, finds an event by its title and links to it', async (locale) => {
    const searchPage = templatePages(dir, locale).find((candidate) => candidate.template === 'search');
    expect(searchPage, `the site has a search page in ${locale}`).toBeDefined();
    const eventPath = firstEntryPath(locale, 'events');
    const { context, page, problems } = await visitor({ locale });
    try {
      await page.goto(site.server.url(eventPath));
      const title = (await page.getByRole('main').getByRole('heading', { level: 1 }).innerText()).replace(/\s+/g, ' ').trim();

      await page.goto(site.server.url(searchPage?.path ?? `/${locale}/search/`), { waitUntil: 'networkidle' });
      await page.getByRole('searchbox').fill(title);
      await page.getByRole('searchbox').press('Enter');
      const results = page.locator('[data-search-results]').getByRole('link');
      await expect
        .poll(
          async () =>
            (await results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))).includes(
              eventPath,
            ),
          {
            message: `a result for “${title}” links to ${eventPath}`,
            timeout: 15_000,
          },
        )
        .toBe(true);
      expect((await page.getByRole('status').innerText()).trim(), 'the number of results is announced').not.toBe('');
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.failedRequests, 'failed requests').toEqual([]);
      expect(problems.foreignRequests, 'requests to another origin').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
