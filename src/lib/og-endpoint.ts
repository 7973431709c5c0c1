/**
 * What the share-image endpoints (`/<l>/og.png`, `/<l>/og/<route>.png`) have in common: their
 * paths, from `sharePages`, and the image of one page, drawn or taken from the cache.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { localeInfo, getSite, translator } from './site.ts';
import { remember } from './remember.ts';
import { cachedOgImage, drawAhead, ogFonts, type OgImageInput } from './og-image.ts';
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

let drawingAhead = false;

/**
 * Starts drawing every share image that is not in the cache (once per build; the layout calls it
 * from the first page): Astro renders the image routes in one block, so without this the
 * pages rendered before them would keep one core idle.
 */
export function drawShareImagesAhead(): void {
  if (drawingAhead) return;
  drawingAhead = true;
  const { root } = getSite().settings;
  // Errors are reported by the image's own route, which draws it again.
  sharePages()
    .then((pages) => drawAhead(pages.map(imageInput), fonts(root), path.join(root, OG_CACHE)))
    .catch(() => undefined);
}
