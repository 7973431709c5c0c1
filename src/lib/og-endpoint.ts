/**
 * What the share-image endpoints (`/<l>/og.png`, `/<l>/og/<route>.png`) have in common: their
 * paths, from `sharePages`, and the image of one page, drawn or taken from the cache.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { localeInfo, getSite, translator } from './site.ts';
import { remember } from './remember.ts';
import { cachedOgImage, ogFonts } from './og-image.ts';
import { sharePages, titleDirection, type SharePage } from './og-pages.ts';

/** Where drawn images are kept between builds (beside Astro's own caches). */
export const OG_CACHE = 'node_modules/.astro/og-cache';

/** `getStaticPaths` rows of the locales' home pages (`/<l>/og.png`). */
export async function homeSharePaths() {
  return (await sharePages()).filter((page) => page.segments.length === 0).map((page) => ({ params: { locale: page.locale }, props: { page } }));
}

/** `getStaticPaths` rows of every other page (`/<l>/og/<route>.png`). */
export async function routeSharePaths() {
  return (await sharePages())
    .filter((page) => page.segments.length > 0)
    .map((page) => ({ params: { locale: page.locale, route: page.segments.join('/') }, props: { page } }));
}

/**
 * The emoji files' bytes and the font paths, read once per build (caches, on purpose: a locale's
 * pages all draw the campaign's emoji with the same fonts).
 */
const emojis = new Map<string, Buffer>();
const emojiBytes = (file: string): Buffer => remember(emojis, file, () => readFileSync(file));
const fontPaths = new Map<string, string[]>();
const fonts = (root: string): string[] => remember(fontPaths, root, () => ogFonts(root));

/** The PNG response of one page's share image. */
export async function shareImageResponse(page: SharePage): Promise<Response> {
  const { campaign, settings } = getSite();
  const image = await cachedOgImage(
    {
      title: page.title,
      titleDir: titleDirection(page),
      siteName: translator(page.locale)('campaign:name'),
      dir: localeInfo(page.locale).dir,
      colors: campaign.colors,
      emoji: page.emoji === undefined ? undefined : emojiBytes(page.emoji),
    },
    fonts(settings.root),
    path.join(settings.root, OG_CACHE),
  );
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/png' } });
}
