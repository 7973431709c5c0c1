/**
 * The share images of a site's pages (`/<l>/og.png`, `/<l>/og/<route>.png`), as the pages see
 * them: drawn ahead and written by the integration in a build, served by endpoints in the dev
 * server.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildingSite } from '#src/integration/build-state.ts';
import { withoutRecording } from '#src/integration/page-inputs.ts';
import { shownEntries, type ShownEntry } from '#src/site/entries.ts';
import { parseEntry } from '#src/validation/front-matter.ts';
import { cachedOgImage } from './cache.ts';
import { ogImagePath, planShareImages } from './plan.ts';
import { drawSharePages, emojiFile, imageInput, shareDrawing, sharePagesOf, type SharePage } from './pages.ts';
import { getSite } from '#src/site/site.ts';

/** Every page with a share image, from Astro's collections. */
export function sharePages(): Promise<SharePage[]> {
  return sharePagesOf(async (kind, locale) =>
    (await shownEntries(kind, locale)).map((entry) => ({
      ...entry,
      emoji: kind === 'hashtags' ? hashtagEmoji(entry as ShownEntry<'hashtags'>) : undefined,
    })),
  );
}

/** A hashtag's emoji file, from its front matter as written. */
function hashtagEmoji(entry: ShownEntry<'hashtags'>): string | undefined {
  const { filePath } = entry.source;
  if (filePath === undefined || entry.source.data.emoji === undefined) return undefined;
  return emojiFile(filePath, parseEntry(readFileSync(path.resolve(getSite().settings.root, filePath), 'utf8')).data['emoji']);
}

/**
 * `getStaticPaths` rows of the locales' home pages (`/<l>/og.png`). Only the dev server has these
 * routes, and draws each image on request: a build draws them all ahead (`drawShareImagesAhead`).
 */
export async function homeSharePaths() {
  if (buildingSite()) return [];
  return (await sharePages())
    .filter((page) => page.segments.length === 0)
    .map((page) => ({ params: { locale: page.locale }, props: { page } }));
}

/** `getStaticPaths` rows of every other page (`/<l>/og/<route>.png`); the dev server's only, as above. */
export async function routeSharePaths() {
  if (buildingSite()) return [];
  return (await sharePages())
    .filter((page) => page.segments.length > 0)
    .map((page) => ({ params: { locale: page.locale, route: page.segments.join('/') }, props: { page } }));
}

/** The PNG response of one page's share image. */
export async function shareImageResponse(page: SharePage): Promise<Response> {
  const image = await cachedOgImage(imageInput(page), shareDrawing());
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/png' } });
}

/**
 * Plans the build's share images (the layout calls it from every page; the first call counts):
 * those the integration started drawing when the build began are waited for, any other is drawn
 * in the background while the pages render, and the integration writes them all into the output
 * folder afterwards, without a route each.
 */
export function drawShareImagesAhead(): void {
  // The plan reads every entry, for the whole build: no page's input.
  planShareImages(() =>
    withoutRecording(async () => {
      const pages = await sharePages();
      const files = await drawSharePages(pages);
      return pages.map((page, index) => ({ path: ogImagePath(page.locale, page.segments), file: files[index] as string }));
    }),
  );
}
