/**
 * An event page printed for a notice board: when, where and how to join, without the site's
 * navigation, the language list or the share buttons; and the same page in both colour schemes.
 */
import { describe, expect, it } from 'vitest';
import { siteDir, templatePages, useSite } from './site.ts';

const dir = await siteDir();
const site = useSite();

describe('an event page on paper', () => {
  const [event] = templatePages(dir, 'en').filter((page) => page.template === 'events/[slug]');

  it('shows when, where and how to join, and none of the site’s navigation', async () => {
    if (event === undefined) throw new Error('the sample has no event page in en');
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    try {
      const page = await context.newPage();
      await page.goto(site.server.url(event.path));
      await page.emulateMedia({ media: 'print' });
      for (const landmark of ['banner', 'contentinfo'] as const) {
        expect(await page.getByRole(landmark).isVisible(), `the ${landmark} landmark`).toBe(false);
      }
      expect(await page.locator('#language').isVisible(), 'the language switcher').toBe(false);
      expect(await page.locator('h1').isVisible()).toBe(true);
      expect(await page.locator('.details dt').first().isVisible(), 'when').toBe(true);
      expect(await page.locator('.details time').first().isVisible(), 'the time').toBe(true);
      // Black on white, whatever the reader's screen scheme.
      const colours = await page.evaluate(() => {
        const style = getComputedStyle(document.body);
        return { text: style.color, background: getComputedStyle(document.documentElement).backgroundColor };
      });
      expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
      // A link to register or join is followed by its address.
      const printedAddress = await page
        .locator('.details a[href^="https:"], a.button[href^="https:"]')
        .evaluateAll((links) => links.map((link) => getComputedStyle(link, '::after').content));
      for (const content of printedAddress) expect(content).toMatch(/https:/);
    } finally {
      await context.close();
    }
  });
});
