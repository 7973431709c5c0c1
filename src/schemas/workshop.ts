import { z } from 'astro/zod';
import { MEDIA_USES, megabytes } from '#src/media/file-types.ts';
import { audience, format, safeUrl, slug, titleAndSummary, type SchemaContext } from './common.ts';

const materialTitle = z
  .string()
  .trim()
  .min(1, { error: 'is empty; say what the download is' })
  .max(200, { error: 'is longer than 200 characters; shorten it' })
  .describe('what the download is, e.g. `Slides`');

export const workshopTranslation = z.strictObject({
  ...titleAndSummary({ title: 'the workshop title', summary: 'one sentence on what participants learn' }),
  materials: z
    .array(z.strictObject({ title: materialTitle }))
    .optional()
    .describe('the materials’ titles, in the same order as in the source entry'),
});

export function workshopSchema<Image extends z.ZodType>(context: SchemaContext<Image>) {
  return z.strictObject({
    title: workshopTranslation.shape.title,
    summary: workshopTranslation.shape.summary,
    partner: slug.describe('slug of the partner who runs it, e.g. `common-sense`'),
    audience: audience,
    format: format,
    duration: z
      .number()
      .int({ error: 'is not a whole number of minutes' })
      .positive({ error: 'is not a positive number of minutes' })
      .describe('length in minutes, e.g. `90`'),
    events: z.array(slug).default([]).describe('slugs of the events where it runs'),
    materials: z
      .array(
        z
          .strictObject({
            title: materialTitle,
            url: safeUrl.optional().describe('https link to the material'),
            file: context
              .file('material')
              .optional()
              .describe(
                `a file in content/media/, its path relative to this entry (${MEDIA_USES.material.extensions.join(', ')}, at most ${megabytes(MEDIA_USES.material.maxBytes)})`,
              ),
          })
          .refine((material) => (material.url === undefined) !== (material.file === undefined), {
            error: 'needs either `url` or `file` (one of them, not both)',
          }),
      )
      .default([])
      .describe('downloads: a list of `{ title, url }` or `{ title, file }`'),
  });
}
