/**
 * The events filter and the reader's own time, as visitors use them: choosing a country with
 * JavaScript filters the list in place and announces the count; the keyboard alone reaches and
 * operates the filter; without JavaScript the filter links lead to the static pages; an event's
 * times are added in the reader's zone only when it is not the event's. Selectors by role or
 * `data-*`, never by translated text.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteDir, templatePages, useSite, watchContext } from './site.ts';

const dir = await siteDir();
const site = useSite();

interface FilterTags {
  country?: string;
  audience: string[];
  format: string;
}

async function visitor(options: { javaScriptEnabled?: boolean; timezoneId?: string; locale?: string } = {}) {
  const context = await site.browser.newContext({
    locale: options.locale ?? 'en-GB',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.timezoneId === undefined ? {} : { timezoneId: options.timezoneId }),
  });
  const problems = await watchContext(context, site.server.origin);
  const page = await context.newPage();
  return { context, page, problems };
}

/** The filter data the page carries: each event's path and its tags. */
async function filterItems(page: Page): Promise<Record<string, FilterTags>> {
  return JSON.parse((await page.locator('[data-filter]').getAttribute('data-items')) ?? '{}') as Record<string, FilterTags>;
}

/** The links of the entry cards a reader can see. */
async function visibleCards(page: Page): Promise<string[]> {
  return page
    .locator('[data-filter-list] .card')
    .evaluateAll((cards) =>
      cards
        .filter((card) => (card as HTMLElement).offsetParent !== null)
        .map((card) => card.querySelector('a')?.getAttribute('href') ?? ''),
    );
}

/** A country that has events, and the events it has. */
function countryWithEvents(items: Record<string, FilterTags>): { country: string; events: string[] } {
  const countries = new Map<string, string[]>();
  for (const [href, tags] of Object.entries(items))
    if (tags.country !== undefined) countries.set(tags.country, [...(countries.get(tags.country) ?? []), href]);
  // The country with the most events, so that filtering really leaves some out and keeps several.
  const [country, events] = [...countries].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0] ?? ['', []];
  return { country, events };
}

describe.each(['en', 'ar'])('the events filter with JavaScript (%s)', (locale) => {
  it('leaves only the chosen country’s events and pins, announces the count and keeps it in the URL', async () => {
    const { context, page, problems } = await visitor();
    try {
      await page.goto(site.server.url(`/${locale}/events/`));
      const items = await filterItems(page);
      const { country, events } = countryWithEvents(items);
      expect(events.length, 'the sample has a country with events').toBeGreaterThan(0);
      expect(await visibleCards(page), 'every event before choosing').toHaveLength(Object.keys(items).length);
      await expect.poll(() => page.locator('[data-filter-links]').isHidden(), { message: 'the links make way for the selects' }).toBe(true);

      await page.locator('select[name=country]').selectOption(country);
      await expect.poll(async () => (await visibleCards(page)).sort(), { message: 'visible events' }).toEqual([...events].sort());
      const status = page.locator('[data-filter-status][role=status]');
      // The page's own counted string, in the plural form of the language (Arabic says "two events" without a digit).
      const strings = JSON.parse((await page.locator('[data-filter]').getAttribute('data-strings')) ?? '{}') as {
        shown: Record<string, string>;
      };
      const form = strings.shown[new Intl.PluralRules(locale).select(events.length)] ?? '';
      const expected = form.replace('{{count}}', new Intl.NumberFormat(locale).format(events.length));
      expect(expected).not.toBe('');
      await expect.poll(() => status.textContent(), { message: 'the live region says how many are shown' }).toBe(expected);
      expect(new URL(page.url()).search).toBe(`?country=${country}`);
      const pins = await page
        .locator('[data-map-pin]')
        .evaluateAll((links) => links.filter((link) => getComputedStyle(link).display !== 'none').map((link) => link.getAttribute('href')));
      expect(
        pins.every((href) => events.includes(href ?? '')),
        'only that country’s pins are shown',
      ).toBe(true);

      // Back to every country; a shared URL with a choice opens filtered.
      await page.locator('select[name=country]').selectOption('');
      await expect.poll(async () => (await visibleCards(page)).length).toBe(Object.keys(items).length);
      expect(new URL(page.url()).search).toBe('');
      await page.goto(site.server.url(`/${locale}/events/?country=${country}`));
      await expect.poll(async () => (await visibleCards(page)).sort()).toEqual([...events].sort());
      expect(await page.locator('select[name=country]').inputValue()).toBe(country);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the events filter with the keyboard only', () => {
  it('reaches the country select with Tab, with a visible focus, and filters with the arrow keys', async () => {
    const { context, page } = await visitor();
    try {
      await page.goto(site.server.url('/en/events/'));
      const total = Object.keys(await filterItems(page)).length;
      let reached = false;
      for (let presses = 0; presses < 60 && !reached; presses += 1) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.matches('select[name=country]') ?? false);
      }
      expect(reached, 'Tab reaches the country select').toBe(true);
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      });
      expect(outline, 'the focused select shows a focus indicator').toBe(true);

      await page.keyboard.press('ArrowDown');
      const chosen = await page.locator('select[name=country]').inputValue();
      expect(chosen, 'the arrow key chose a country').not.toBe('');
      await expect.poll(async () => (await visibleCards(page)).length).toBeLessThan(total);
      await expect.poll(() => page.locator('[data-filter-status]').textContent()).not.toBe('');
      expect(new URL(page.url()).search).toBe(`?country=${chosen}`);
    } finally {
      await context.close();
    }
  });
});

describe('the events filter without JavaScript', () => {
  it('shows links that lead to the static page of a country, which lists only its events', async () => {
    const { context, page } = await visitor({ javaScriptEnabled: false });
    try {
      await page.goto(site.server.url('/en/events/'));
      expect(await page.locator('[data-filter-form]').isHidden(), 'no selects without JavaScript').toBe(true);
      const items = await filterItems(page);
      const { country, events } = countryWithEvents(items);
      const link = page.getByRole('navigation').locator(`a[data-filter-facet=country][data-filter-value="${country}"]`);
      await expect.poll(() => link.isVisible()).toBe(true);
      const navigation = page.waitForResponse((response) => response.request().isNavigationRequest());
      await link.click();
      expect((await navigation).status()).toBe(200);
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname).toBe(`/en/events/country/${country}/`);
      const listed = await page
        .locator('[data-filter-list] .card a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(listed.filter((href) => href.startsWith('/en/events/')).sort()).toEqual([...events].sort());
      expect(await page.locator('a[aria-current=page][data-filter-value]').getAttribute('data-filter-value')).toBe(country);
    } finally {
      await context.close();
    }
  });

  it('does the same for workshops, by format', async () => {
    const { context, page } = await visitor({ javaScriptEnabled: false });
    try {
      await page.goto(site.server.url('/en/workshops/'));
      const link = page.locator('nav a[data-filter-facet=format]').first();
      const format = await link.getAttribute('data-filter-value');
      await link.click();
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname).toBe(`/en/workshops/format/${format ?? ''}/`);
      expect(await page.locator('[data-filter-list] .card').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

describe('the reader’s own time zone', () => {
  const eventPage = templatePages(dir, 'en').find((page) => page.template === 'events/[slug]')?.path ?? '/en/events/';

  /** The event's zone, read from the page. */
  async function eventZone(): Promise<string> {
    const { context, page } = await visitor({ javaScriptEnabled: false });
    try {
      await page.goto(site.server.url(eventPage));
      return (await page.locator('[data-event-time]').first().getAttribute('data-timezone')) ?? '';
    } finally {
      await context.close();
    }
  }

  it('adds the event’s times in the reader’s zone when it differs', async () => {
    const zone = await eventZone();
    const readerZone = zone === 'Pacific/Auckland' ? 'America/Lima' : 'Pacific/Auckland';
    const { context, page, problems } = await visitor({ timezoneId: readerZone });
    try {
      await page.goto(site.server.url(eventPage));
      const line = page.locator('[data-reader-time]');
      await expect.poll(() => line.isVisible(), { message: `a line for a reader in ${readerZone} (event in ${zone})` }).toBe(true);
      const text = (await line.textContent()) ?? '';
      expect(text).not.toContain('{{');
      // The reader's zone is named, in the page's language, as the browser names it.
      const named = await page.evaluate(
        (tz) =>
          new Intl.DateTimeFormat('en', { timeZone: tz, timeZoneName: 'long' })
            .formatToParts(Date.parse(document.querySelector('[data-event-time] time')?.getAttribute('datetime') ?? ''))
            .find((part) => part.type === 'timeZoneName')?.value ?? '',
        readerZone,
      );
      expect(text).toContain(named);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('adds nothing when the reader is in the event’s zone', async () => {
    const zone = await eventZone();
    const { context, page } = await visitor({ timezoneId: zone });
    try {
      await page.goto(site.server.url(eventPage));
      await page.waitForLoadState('load');
      const line = page.locator('[data-reader-time]');
      expect(await line.isHidden()).toBe(true);
      expect(await line.textContent()).toBe('');
    } finally {
      await context.close();
    }
  });
});
