/**
 * Two collections per kind: the sources (the default locale's folder, full schema) and their
 * translations (every other locale's folder, the translatable part). The whole folder has already
 * been validated by the integration with the same schemas; these give Astro the data, the bodies
 * rendered to HTML (`src/content/entries-loader.ts`) and the images.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { entriesLoader } from '#src/content/entries-loader.ts';
import { KINDS, type Kind } from '#src/schemas/index.ts';
import { eventSchema } from '#src/schemas/event.ts';
import { hashtagSchema } from '#src/schemas/hashtag.ts';
import { pageSchema } from '#src/schemas/page.ts';
import { partnerSchema } from '#src/schemas/partner.ts';
import { videoSchema } from '#src/schemas/video.ts';
import { workshopSchema } from '#src/schemas/workshop.ts';
import { readCampaign, readSettings } from '#src/site/settings.ts';

const settings = readSettings(process.env, process.cwd());
const campaign = readCampaign(settings);
const translationLocales = campaign.locales.filter((locale) => locale !== campaign.defaultLocale);

function sourceLoader(kind: Kind) {
  return entriesLoader({ contentDir: settings.contentDir, kind, locales: [campaign.defaultLocale], idOf: (entry) => entry.slug });
}

// The type parameter gives each collection the schema of its own kind (Astro types its entries from it).
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
function translations<Kind_ extends Kind>(kind: Kind_) {
  return defineCollection({
    loader: entriesLoader({
      contentDir: settings.contentDir,
      kind,
      locales: translationLocales,
      idOf: (entry) => `${entry.locale}/${entry.slug}`,
    }),
    // Fields copied unchanged from the source are allowed (the validator has compared them).
    schema: (KINDS[kind].translation as (typeof KINDS)[Kind_]['translation']).loose(),
  });
}

/** What a source schema needs besides Astro's `image()`: files stay paths, resolved by the pages. */
const shared = { file: () => z.string(), defaultLocale: campaign.defaultLocale };

export const collections = {
  events: defineCollection({ loader: sourceLoader('events'), schema: ({ image }) => eventSchema({ image, ...shared }) }),
  workshops: defineCollection({ loader: sourceLoader('workshops'), schema: ({ image }) => workshopSchema({ image, ...shared }) }),
  videos: defineCollection({ loader: sourceLoader('videos'), schema: ({ image }) => videoSchema({ image, ...shared }) }),
  hashtags: defineCollection({ loader: sourceLoader('hashtags'), schema: ({ image }) => hashtagSchema({ image, ...shared }) }),
  partners: defineCollection({ loader: sourceLoader('partners'), schema: ({ image }) => partnerSchema({ image, ...shared }) }),
  pages: defineCollection({ loader: sourceLoader('pages'), schema: ({ image }) => pageSchema({ image, ...shared }) }),
  eventsTranslations: translations('events'),
  workshopsTranslations: translations('workshops'),
  videosTranslations: translations('videos'),
  hashtagsTranslations: translations('hashtags'),
  partnersTranslations: translations('partners'),
  pagesTranslations: translations('pages'),
};
