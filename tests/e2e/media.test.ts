/**
 * The pages that have a button: a video's play button makes no request to the provider until it is
 * pressed (and is reachable and usable with the keyboard), and a hashtag's copy button copies it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteDir, useSite, watchContext } from './site.ts';

const dir = await siteDir();
const site = useSite();

/** The first built page of a kind in a locale whose HTML has `marker`. */
function firstPageWith(locale: string, kind: string, marker: string): string {
  const folder = path.join(dir, locale, kind);
  for (const slug of readdirSync(folder).sort()) {
    const file = path.join(folder, slug, 'index.html');
    try {
      if (readFileSync(file, 'utf8').includes(marker)) return `/${locale}/${kind}/${slug}/`;
    } catch {
      // not an entry folder
    }
  }
  throw new Error(`no ${kind} page in ${locale} has ${marker}`);
}

/** Presses Tab until the focused element matches `selector` (at most 80 times). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`${selector} cannot be reached with Tab`);
}

describe('video play button', () => {
  for (const locale of ['en', 'ar']) {
    it(`loads the privacy-enhanced player only after a keyboard press (${locale})`, async () => {
      const context = await site.browser.newContext();
      const problems = await watchContext(context, site.server.origin);
      try {
        const page = await context.newPage();
        await page.goto(`${site.server.origin}${firstPageWith(locale, 'videos', 'data-video-player')}`);
        await page.waitForLoadState('networkidle');
        expect(problems.foreignRequests).toEqual([]);
        expect(await page.locator('iframe').count()).toBe(0);

        await tabTo(page, '[data-video-play]');
        await page.keyboard.press('Enter');
        const frame = page.locator('[data-video-frame] iframe');
        await frame.waitFor({ state: 'attached', timeout: 5000 });
        expect(await frame.getAttribute('src')).toMatch(/^https:\/\/www\.youtube-nocookie\.com\/embed\/[\w-]+\?.*cc_lang_pref=/);
        expect(await frame.getAttribute('title')).not.toBe('');
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('IFRAME');
        // The one request to another origin is the player's, after the press (the test blocks it).
        expect(problems.foreignRequests.every((request) => request.includes('youtube-nocookie.com'))).toBe(true);
      } finally {
        await context.close();
      }
    });
  }
});

describe('hashtag copy button', () => {
  it('copies the tag with the keyboard and says so', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    await watchContext(context, site.server.origin);
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}${firstPageWith('fr', 'hashtags', 'data-copy-button')}`);
      const tag = (await page.locator('[data-copy-text]').first().textContent())?.trim();
      await tabTo(page, '[data-copy-button]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (document.querySelector('[data-copy-status]')?.textContent ?? '') !== '', null, { timeout: 5000 });
      expect(await page.locator('[data-copy-status]').first().textContent()).toBe(
        await page.locator('[data-copy-button]').first().getAttribute('data-copied'),
      );
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(tag);
    } finally {
      await context.close();
    }
  });

  it('leaves the tag selectable and hides the button without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    await watchContext(context, site.server.origin);
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}${firstPageWith('fr', 'hashtags', 'data-copy-button')}`);
      expect(await page.locator('[data-copy-text]').first().isVisible()).toBe(true);
      expect(await page.locator('[data-copy-button]').first().isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});
