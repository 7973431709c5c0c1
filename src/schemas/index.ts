/**
 * The six kinds of entry: for each, its folder name, the schema of a source entry and the
 * schema of a translation (its translatable part).
 */
import type { z } from 'astro/zod';
import type { SchemaContext } from './common.ts';
import { eventSchema, eventTranslation } from './event.ts';
import { hashtagSchema, hashtagTranslation } from './hashtag.ts';
import { pageSchema, pageTranslation } from './page.ts';
import { partnerSchema, partnerTranslation } from './partner.ts';
import { videoSchema, videoTranslation } from './video.ts';
import { workshopSchema, workshopTranslation } from './workshop.ts';

export type SourceContext<Image extends z.ZodType> = SchemaContext<Image> & { defaultLocale: string };

export const KINDS = {
  events: { source: eventSchema, translation: eventTranslation },
  workshops: { source: workshopSchema, translation: workshopTranslation },
  videos: { source: videoSchema, translation: videoTranslation },
  hashtags: { source: hashtagSchema, translation: hashtagTranslation },
  partners: { source: partnerSchema, translation: partnerTranslation },
  pages: { source: pageSchema, translation: pageTranslation },
} as const;

export type Kind = keyof typeof KINDS;

export const KIND_NAMES = Object.keys(KINDS) as Kind[];

/**
 * The source schema of a kind, built for a context.
 * @example sourceSchema('events', context).safeParse(frontMatter)
 */
export function sourceSchema<Image extends z.ZodType>(kind: Kind, context: SourceContext<Image>) {
  return KINDS[kind].source(context);
}

/** Fields a translation may carry for a kind (besides its body). */
export function translatableFields(kind: Kind): string[] {
  return Object.keys(KINDS[kind].translation.shape);
}
