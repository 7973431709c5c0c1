/**
 * The events index's world map as a reader sees it: the land, drawn from the site's own cached
 * file through `<use>`, fills the map in the page's map colour in both colour schemes, in a
 * left-to-right and a right-to-left locale, with no failed or foreign request.
 */
import { describe, expect, it } from 'vitest';
import { useSite, watchContext } from './site.ts';

const site = useSite();

describe.each(['en', 'ar'])('the world map on /%s/events/', (locale) => {
  it.each(['light', 'dark'] as const)('draws the land across the map in the page’s colour (%s scheme)', async (colorScheme) => {
    const context = await site.browser.newContext({ colorScheme });
    const problems = await watchContext(context, site.server.origin);
    try {
      const page = await context.newPage();
      await page.goto(site.server.url(`/${locale}/events/`));
      const land = page.locator('svg[data-event-map] use');
      // The land's box is empty until its file has arrived; then it spans the map's width.
      await expect
        .poll(() => land.evaluate((use) => (use as SVGGraphicsElement).getBBox().width), { message: 'the width of the land drawn' })
        .toBeGreaterThan(900);
      const colours = await land.evaluate((use) => ({
        fill: getComputedStyle(use).fill,
        wanted: getComputedStyle(use).getPropertyValue('--sid-map-land').trim(),
        page: getComputedStyle(document.body).backgroundColor,
      }));
      expect(colours.wanted).not.toBe('');
      const probe = await page.evaluate((colour) => {
        const element = document.createElement('i');
        element.style.color = colour;
        document.body.append(element);
        const resolved = getComputedStyle(element).color;
        element.remove();
        return resolved;
      }, colours.wanted);
      expect(colours.fill, 'the land takes the page’s map colour').toBe(probe);
      expect(colours.fill).not.toBe(colours.page);
      expect(problems.failedRequests, 'failed requests').toEqual([]);
      expect(problems.foreignRequests, 'requests to other sites').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
