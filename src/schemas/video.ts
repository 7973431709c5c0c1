import { z } from 'astro/zod';
import { MEDIA_USES } from '#src/media/file-types.ts';
import { calendarDate, languageTag, optionalAltText, titleAndSummary, type SchemaContext } from './common.ts';

export const PROVIDERS = ['youtube', 'vimeo', 'file'] as const;

export const videoTranslation = z.strictObject({
  ...titleAndSummary({ title: 'the video title', summary: 'one sentence on what the video shows' }),
  posterAlt: optionalAltText('what the poster image shows'),
});

export function videoSchema<Image extends z.ZodType>(context: SchemaContext<Image> & { defaultLocale: string }) {
  return videoTranslation
    .extend({
      provider: z.enum(PROVIDERS).describe(`where it is hosted: ${PROVIDERS.join(', ')}`),
      id: z
        .string()
        .regex(/^[\w-]+$/, { error: 'is not a provider id; copy the id from the video address (letters, digits, - and _)' })
        .optional()
        .describe('the YouTube or Vimeo id, e.g. `dQw4w9WgXcQ`'),
      src: context
        .file('video')
        .optional()
        .describe(`for \`provider: file\`, the video file relative to this entry (${MEDIA_USES.video.extensions.join(' or ')})`),
      poster: context.image().describe('poster image path relative to this file, shown before play'),
      duration: z
        .string()
        .regex(/^PT(?=\d)(\d+H)?(\d+M)?(\d+S)?$/, { error: 'is not an ISO 8601 duration; write e.g. `PT2M30S` for two minutes thirty' })
        .describe('length as ISO 8601, e.g. `PT2M30S`'),
      presenters: z.array(z.string().trim().min(1)).default([]).describe('names of the people presenting'),
      captions: z
        .record(languageTag, context.file('captions'))
        .describe('WebVTT captions per locale, e.g. `{ en: ../../media/captions/x.en.vtt }`'),
      published: calendarDate.describe('publication date, `YYYY-MM-DD`'),
    })
    .superRefine((video, issues) => {
      if (video.provider === 'file' && video.src === undefined) {
        issues.addIssue({
          code: 'custom',
          path: ['src'],
          message: 'is missing; a `provider: file` video needs `src`, the video file relative to this entry',
        });
      }
      if (video.provider !== 'file' && video.id === undefined) {
        issues.addIssue({ code: 'custom', path: ['id'], message: `is missing; a ${video.provider} video needs the provider's \`id\`` });
      }
      // The poster is required, so its text alternative is too, even while the poster itself is in error.
      if (video.posterAlt === undefined) {
        issues.addIssue({ code: 'custom', path: ['posterAlt'], message: 'is missing; describe the poster image in `posterAlt`' });
      }
      if (typeof video.captions === 'object' && !Object.hasOwn(video.captions, context.defaultLocale)) {
        issues.addIssue({
          code: 'custom',
          path: ['captions'],
          message: `has no \`${context.defaultLocale}\` captions; every video needs captions in the source language (WCAG 1.2.2): add \`${context.defaultLocale}: ../../media/captions/<file>.vtt\``,
        });
      }
    });
}
