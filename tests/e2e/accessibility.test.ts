/**
 * Every template, in a left-to-right locale, a right-to-left one and one in another script, as a
 * visitor's browser sees it: no WCAG 2.2 AA violation that axe-core can find in the light colour
 * scheme nor in the dark one (the browser's `prefers-color-scheme`), no console error, no
 * failed request, no request to anyone but the site, no cookie, the right `lang` and `dir`, and a
 * layout that really mirrors in right-to-left locales.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readCampaign, rootPages, siteDir, templatePages, useSite, watchContext, type TemplatePage } from './site.ts';

/** English (the source), Arabic (right to left) and Hindi (Devanagari). */
const LOCALES = ['en', 'ar', 'hi'];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const dir = await siteDir();
const campaign = readCampaign();
const pages: TemplatePage[] = [...rootPages(), ...LOCALES.flatMap((locale) => templatePages(dir, locale))];

const site = useSite();

/** `rtl` or `ltr`, from the locale's script as CLDR knows it. */
function direction(locale: string): 'ltr' | 'rtl' {
  return new Intl.Locale(locale).getTextInfo().direction === 'rtl' ? 'rtl' : 'ltr';
}

/** One line per violation and one per offending element, as a person fixing it needs them. */
function describeViolations(violations: Result[]): string[] {
  return violations.map((violation) => {
    const nodes = violation.nodes.slice(0, 8).map((node) => {
      const summary = (node.failureSummary ?? '')
        .split('\n')
        .slice(1, 3)
        .map((line) => line.trim())
        .join(' ');
      return `\n    at ${node.target.join(' ')}${summary ? ` — ${summary}` : ''}`;
    });
    const more = violation.nodes.length > 8 ? `\n    … and ${violation.nodes.length - 8} more` : '';
    return `${violation.id} [${violation.impact ?? 'n/a'}]: ${violation.help} (${violation.helpUrl})${nodes.join('')}${more}`;
  });
}

/** The one page without the site's banner: the language picker at `/`, which is only a list of languages. */
const PAGES_WITHOUT_BANNER = new Set(['language picker']);

/** The horizontal centre of an element as a share of the viewport's width (0 = left, 1 = right). */
async function horizontalCentre(page: Page, element: Locator): Promise<number | undefined> {
  if ((await element.count()) === 0) return undefined;
  const box = await element.boundingBox();
  const width = page.viewportSize()?.width;
  if (box === null || width === undefined) return undefined;
  return (box.x + box.width / 2) / width;
}

it('finds one page of every template in each tested locale', () => {
  for (const locale of LOCALES) {
    expect(templatePages(dir, locale).map((page) => page.template)).toEqual([
      'home',
      'events',
      'events/[slug]',
      'events/country/[country]',
      'events/audience/[audience]',
      'events/format/[format]',
      'workshops',
      'workshops/[slug]',
      'workshops/audience/[audience]',
      'workshops/format/[format]',
      'videos',
      'videos/[slug]',
      'hashtags',
      'hashtags/[slug]',
      'partners',
      'partners/[slug]',
      '[page]',
      'search',
      '404',
    ]);
  }
});

describe.each(pages)('$path ($template)', ({ path, locale, template }) => {
  it('has no axe violation, console error, failed or third-party request, nor cookie', async () => {
    // `/` sends a visitor whose browser language the campaign has to that locale; German stays.
    const context = await site.browser.newContext({ locale: locale === undefined ? 'de' : locale });
    try {
      const problems = await watchContext(context, site.server.origin);
      const page = await context.newPage();
      const response = await page.goto(site.server.url(path), { waitUntil: 'networkidle' });
      expect(response?.status(), 'HTTP status').toBe(200);
      expect(new URL(page.url()).pathname, 'the page stays where it was opened').toBe(path);

      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        // The page really follows the scheme: a light or a dark background behind its text.
        const background = await page.evaluate(() => {
          const [red = 0, green = 0, blue = 0] = (getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g) ?? []).map(
            Number,
          );
          return (red + green + blue) / 3;
        });
        expect.soft(background > 128 ? 'light' : 'dark', `the page's background in the ${colorScheme} scheme`).toBe(colorScheme);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect.soft(describeViolations(results.violations), `axe-core violations in the ${colorScheme} scheme`).toEqual([]);
      }
      expect.soft(problems.consoleErrors, 'console errors').toEqual([]);
      expect.soft(problems.failedRequests, 'failed requests').toEqual([]);
      expect.soft(problems.foreignRequests, 'requests to another origin than the site').toEqual([]);
      expect.soft(await context.cookies(), 'cookies').toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('declares its language and direction, and lays out in that direction', async () => {
    const context = await site.browser.newContext({ locale: 'de', javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      // With scripts off nothing changes the page once it has loaded, stylesheets included: what is
      // read after the load event is final, however long a busy machine took to get there.
      const response = await page.goto(site.server.url(path), { waitUntil: 'load' });
      expect(response?.status(), 'HTTP status').toBe(200);
      const expectedLocale = locale ?? campaign.defaultLocale;
      const html = page.locator('html');
      expect(await html.getAttribute('lang'), '<html lang>').toBe(expectedLocale);
      expect(await html.evaluate((element) => getComputedStyle(element).direction), 'computed direction').toBe(direction(expectedLocale));
      if (direction(expectedLocale) === 'rtl') expect(await html.getAttribute('dir'), '<html dir>').toBe('rtl');

      if (PAGES_WITHOUT_BANNER.has(template)) {
        // The language picker shows no banner: only its heading and every locale by its own name,
        // each link in that locale's language.
        expect(await page.getByRole('banner').count(), 'banners').toBe(0);
        const main = page.getByRole('main');
        expect(await main.getByRole('heading', { level: 1 }).count(), 'level-1 headings').toBe(1);
        expect(await main.locator('a[hreflang][lang]').evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')))).toEqual(
          campaign.locales,
        );
        return;
      }

      // The site name opens the banner, the skip link opens the page: both sit at the start edge.
      expect(await page.getByRole('banner').count(), 'banners').toBe(1);
      const mainId = await page.getByRole('main').getAttribute('id');
      const startEdge = direction(expectedLocale) === 'rtl' ? 'right' : 'left';
      const edges: Array<[string, Locator]> = [
        ['site name (first link of the banner)', page.getByRole('banner').getByRole('link').first()],
        ['skip link (the link to the main landmark)', page.locator(`a[href="#${mainId ?? ''}"]`).first()],
      ];
      for (const [name, element] of edges) {
        const centre = await horizontalCentre(page, element);
        expect(centre, `${name} is on the page`).toBeDefined();
        const side = (centre ?? 0.5) < 0.5 ? 'left' : 'right';
        expect
          .soft(side, `${name} is on the ${startEdge} half (centre at ${((centre ?? 0) * 100).toFixed(0)}% of the width)`)
          .toBe(startEdge);
      }
    } finally {
      await context.close();
    }
  });
});
