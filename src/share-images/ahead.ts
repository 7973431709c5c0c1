/**
 * The share images a build will need, from the content folder as the integration validated it:
 * the integration starts drawing them as the build starts, while Vite bundles the pages and leaves
 * a core mostly idle, instead of from the first page rendered. The pages still plan their images
 * from Astro's collections (`endpoint.ts`) and wait for these: an image foreseen here is drawn
 * once, and one that was not is drawn then.
 */
import { localize } from '#src/i18n/fallback.ts';
import { translatableFields } from '#src/schemas/index.ts';
import { drawSharePages, emojiFile, sharePagesOf, type ShareEntry, type SharePage } from './pages.ts';
import { ogImagePath, type PlannedImage } from './plan.ts';
import { getSite } from '#src/site/site.ts';
import type { ValidationResult } from '#src/validation/validate-content.ts';

/**
 * Every page with a share image, from validated content: each source entry with its translation
 * laid over it, as `shownEntries` does with the collections.
 */
export function validatedSharePages(content: Pick<ValidationResult, 'sources' | 'translations'>): Promise<SharePage[]> {
  const { defaultLocale } = getSite().campaign;
  const translations = new Map(content.translations.map((entry) => [`${entry.locale}/${entry.kind}/${entry.slug}`, entry]));
  return sharePagesOf((kind, locale) =>
    Promise.resolve(
      content.sources
        .filter((source) => source.kind === kind)
        .map((source): ShareEntry => {
          const translation = translations.get(`${locale}/${kind}/${source.slug}`);
          const shown = localize(
            { slug: source.slug, data: source.data },
            translation?.data,
            translatableFields(kind),
            locale,
            defaultLocale,
          );
          return { ...shown, emoji: source.kind === 'hashtags' ? emojiFile(source.file, source.data['emoji']) : undefined };
        }),
    ),
  );
}

/**
 * Starts drawing the share images of validated content into the cache; the images, once drawn
 * (undefined when one failed). It never rejects: the build awaits it only at the end. A failure
 * is not reported here: the pages' own plan draws the images again and reports what fails, and
 * the integration's log line counts fewer images started with the build than written. A build in
 * which no page renders (all are copied from the previous build) has no plan of the pages', and
 * writes these.
 */
export async function drawValidatedAhead(content: Pick<ValidationResult, 'sources' | 'translations'>): Promise<PlannedImage[] | undefined> {
  try {
    const pages = await validatedSharePages(content);
    const files = await drawSharePages(pages);
    return pages.map((page, index) => ({ path: ogImagePath(page.locale, page.segments), file: files[index] ?? '' }));
  } catch {
    return undefined;
  }
}
