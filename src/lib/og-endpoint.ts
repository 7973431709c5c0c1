/**
 * The share images of a site's pages (`/<l>/og.png`, `/<l>/og/<route>.png`): drawn ahead and
 * written by the integration in a build, served by endpoints in the dev server.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { localeInfo, getSite, translator } from './site.ts';
import { remember } from './remember.ts';
import { buildingSite, cachedOgImage, drawAhead, ogFonts, ogImagePath, planShareImages, type OgImageInput } from './og-image.ts';
import { sharePages, titleDirection, type SharePage } from './og-pages.ts';

/** Where drawn images are kept between builds (beside Astro's own caches). */
export const OG_CACHE = 'node_modules/.astro/og-cache';

/**
 * `getStaticPaths` rows of the locales' home pages (`/<l>/og.png`). Only the dev server has these
 * routes, and draws each image on request: a build draws them all ahead (`drawShareImagesAhead`).
 */
export async function homeSharePaths() {
  if (buildingSite()) return [];
  return (await sharePages()).filter((page) => page.segments.length === 0).map((page) => ({ params: { locale: page.locale }, props: { page } }));
}

/** `getStaticPaths` rows of every other page (`/<l>/og/<route>.png`); the dev server's only, as above. */
export async function routeSharePaths() {
  if (buildingSite()) return [];
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

/** What a page's share image shows. */
function imageInput(page: SharePage): OgImageInput {
  const { campaign } = getSite();
  return {
    title: page.title,
    titleDir: titleDirection(page),
    siteName: translator(page.locale)('campaign:name'),
    dir: localeInfo(page.locale).dir,
    colors: campaign.colors,
    emoji: page.emoji === undefined ? undefined : emojiBytes(page.emoji),
  };
}

/** The PNG response of one page's share image. */
export async function shareImageResponse(page: SharePage): Promise<Response> {
  const { root } = getSite().settings;
  const image = await cachedOgImage(imageInput(page), fonts(root), path.join(root, OG_CACHE));
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/png' } });
}

/**
 * Starts drawing the build's share images (the layout calls it from every page; the first call
 * counts): they are drawn in the background while the pages render, and the integration writes
 * them into the output folder afterwards, without a route each.
 */
export function drawShareImagesAhead(): void {
  planShareImages(async () => {
    const { root } = getSite().settings;
    const pages = await sharePages();
    const files = await drawAhead(pages.map(imageInput), fonts(root), path.join(root, OG_CACHE));
    return pages.map((page, index) => ({ path: ogImagePath(page.locale, page.segments), file: files[index] as string }));
  });
}
