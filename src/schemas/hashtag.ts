import { z } from 'astro/zod';
import { calendarDate, languageTag, requireAltText, optionalAltText, titleAndSummary, type SchemaContext } from './common.ts';

const tag = z
  .string()
  .regex(/^[\p{L}\p{N}_]+$/u, { error: 'is not a hashtag; write it without `#`, letters, digits and `_` only, e.g. `SaferInternetDay`' });

export const hashtagTranslation = z.strictObject({
  ...titleAndSummary({ title: 'a short title for the hashtag page', summary: 'how and when to use the hashtag' }),
  emojiAlt: optionalAltText('what the emoji shows'),
});

export function hashtagSchema<Image extends z.ZodType>(context: SchemaContext<Image>) {
  return hashtagTranslation
    .extend({
      tag: tag.describe('the hashtag without `#`, e.g. `SaferInternetDay`'),
      emoji: context.image().optional().describe('the emoji art, an image path relative to this file'),
      variants: z.record(languageTag, tag).default({}).describe('the tag per locale where it differs, e.g. `{ es: DíaDeInternetSegura }`'),
      liveIn: z.array(languageTag).default([]).describe('languages in which the emoji shows, BCP 47 tags'),
      active: z
        .strictObject({
          from: calendarDate.describe('the first day it is used, `YYYY-MM-DD`'),
          to: calendarDate.describe('the last day it is used, `YYYY-MM-DD`'),
        })
        .refine((range) => range.from <= range.to, { error: 'ends before it starts; `from` must not be after `to`' })
        .optional()
        .describe('dates it is active: `{ from: YYYY-MM-DD, to: YYYY-MM-DD }`'),
    })
    .superRefine((hashtag, issues) => {
      requireAltText(issues, hashtag.emoji, { field: 'emojiAlt', value: hashtag.emojiAlt, fix: 'describe the emoji in `emojiAlt`' });
    });
}
