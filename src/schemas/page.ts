import { z } from 'astro/zod';
import { titleAndSummary, type SchemaContext } from './common.ts';

export const pageTranslation = z.strictObject(
  titleAndSummary({ title: 'the page title', summary: 'one sentence on what the page is for' }),
);

export function pageSchema<Image extends z.ZodType>(_context: SchemaContext<Image>) {
  return pageTranslation.extend({
    order: z.number().int().default(0).describe('position in the navigation, smallest first'),
  });
}
