/**
 * The cache key of Astro's incremental build (`experimental.incrementalBuild`): a build copies a
 * page from the previous build instead of rendering it again when the page's code (Astro hashes
 * its module graph) and its `cacheKey` are both unchanged. The key stands for everything else a
 * page is made from:
 * - every file of the content folder (entries, `campaign.yaml`, media) and of the UI strings, with
 *   its time of last change (`inputsDigest`);
 * - which events have ended at the build's "now" (home and events pages split upcoming and past).
 *
 * One key for the whole site, not one per page: a page shows other entries too (the footer's free
 * pages, a partner's events, the language switcher's translations), and a key that missed one of
 * them would leave a stale page online. So any edit renders every page again, and a build with
 * nothing changed renders none. Share images and media files get no key: they have their own
 * caches (`og-image.ts`, `astro:assets`) and are not worth a second copy.
 */
import { getCollection } from 'astro:content';
import { createHash } from 'node:crypto';
import { rememberWhileBuilding } from './build-state.ts';
import { splitByTime } from './events.ts';
import { inputsDigest } from './inputs-digest.ts';
import { contentChanges, getSite } from './site.ts';

const keys = new Map<string, Promise<string>>();

/** The key of every page of this build; made once per build, again on every call in dev. */
export function pagesCacheKey(): Promise<string> {
  return rememberWhileBuilding(keys, 'site', async () => {
    const { settings, now } = getSite();
    const { past } = splitByTime(await getCollection('events'), now);
    return createHash('sha256')
      .update(inputsDigest([settings.contentDir, settings.localesDir], contentChanges()))
      .update(`\npast:${past.map((event) => event.id).sort().join(',')}`)
      .digest('hex');
  });
}

/** `getStaticPaths` rows with the cache key added to each. */
export async function keyed<Row extends object>(rows: readonly Row[]): Promise<(Row & { cacheKey: string })[]> {
  const cacheKey = await pagesCacheKey();
  return rows.map((row) => ({ ...row, cacheKey }));
}

/** `getStaticPaths` rows for every locale. */
export function localePaths(): Promise<{ params: { locale: string }; cacheKey: string }[]> {
  return keyed(getSite().campaign.locales.map((locale) => ({ params: { locale } })));
}
