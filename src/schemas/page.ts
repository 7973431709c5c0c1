import { z } from 'astro/zod';
import { summary, title, type SchemaContext } from './common.ts';

export const pageTranslation = z.strictObject({
  title: title.describe('the page title'),
  summary: summary.describe('one sentence on what the page is for'),
});

export function pageSchema<Image extends z.ZodType>(_context: SchemaContext<Image>) {
  return z.strictObject({
    ...pageTranslation.shape,
    order: z.number().int().default(0).describe('position in the navigation, smallest first'),
  });
}
