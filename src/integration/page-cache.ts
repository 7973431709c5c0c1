/**
 * The cache keys of Astro's incremental build (`experimental.incrementalBuild`): a build copies a
 * page from the previous build instead of rendering it again when the page's code (Astro hashes
 * its module graph) and its `cacheKey` are both unchanged. The key stands for everything else a
 * page is made from:
 * - the files of the content folder (entries, `campaign.yaml`, media) and of the UI strings, each
 *   with its bytes and its time of last change (`inputs-digest.ts`);
 * - which events have ended at the build's "now" (home and events pages split upcoming and past).
 *
 * One key per locale, not per page: a page shows other entries too (the footer's free pages, a
 * partner's events, the language switcher), and a key that missed one of them would leave a stale
 * page online. A locale's pages show its own translations and UI strings, and the default
 * locale's (an untranslated entry or string falls back to them), never another locale's: the key
 * of a locale counts every file but those of the other translations, of which it counts only the
 * names. So an edit to a French translation renders the French pages again, an edit to a source
 * entry, the campaign, a media file or the default locale's strings renders every page, and a
 * build with nothing changed renders none. A page that shows every locale (the translation
 * status) counts every file. Share images and media files get no key: they have their own caches
 * (`src/share-images/`, `astro:assets`).
 */
import { getCollection } from 'astro:content';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { rememberWhileBuilding } from './build-state.ts';
import { splitByTime } from '#src/events/grouping.ts';
import { inputFiles, inputsDigest, type InputFile } from './inputs-digest.ts';
import { remember } from '#src/util/remember.ts';
import { contentChanges, getSite } from '#src/site/site.ts';

/** A locale's key, or (`undefined`) the key of a page that shows every locale. */
type KeyOf = (locale: string | undefined) => string;

const keySets = new Map<string, Promise<KeyOf>>();

/**
 * The keys of this build's pages: the files read and hashed, and the events split, once per build
 * (again on every call in dev, where the keys are not used but the rows carry them all the same).
 */
function pageKeys(): Promise<KeyOf> {
  return rememberWhileBuilding(keySets, 'keys', async () => {
    const { settings, campaign, now } = getSite();
    const inputs = inputFiles([settings.contentDir, settings.localesDir], contentChanges());
    const { past } = splitByTime(await getCollection('events'), now);
    const ended = `\npast:${past
      .map((event) => event.id)
      .sort()
      .join(',')}`;
    const keys = new Map<string, string>();
    return (locale: string | undefined) =>
      remember(keys, locale ?? '*', () => {
        // Both folders hold one folder per locale (`content/fr/…`, `locales/fr/…`).
        const others = new Set(campaign.locales.filter((tag) => tag !== campaign.defaultLocale && tag !== locale));
        const counts = (file: InputFile) => locale === undefined || !others.has(file.name.split(path.sep)[0] ?? '');
        return createHash('sha256').update(inputsDigest(inputs, counts)).update(ended).digest('hex');
      });
  });
}

/**
 * `getStaticPaths` rows with the cache key of their locale added to each; with `every`, the key of
 * a page that shows every locale.
 */
export async function keyed<Row extends { params: { locale: string } }>(
  rows: readonly Row[],
  scope: 'locale' | 'every' = 'locale',
): Promise<(Row & { cacheKey: string })[]> {
  const keyOf = await pageKeys();
  return rows.map((row) => ({ ...row, cacheKey: keyOf(scope === 'every' ? undefined : row.params.locale) }));
}

/** `getStaticPaths` rows for every locale. */
export function localePaths(): Promise<{ params: { locale: string }; cacheKey: string }[]> {
  return keyed(getSite().campaign.locales.map((locale) => ({ params: { locale } })));
}
