import { z } from 'astro/zod';
import { calendarDate, httpsUrl, isSafeUrl, languageTag } from './common.ts';
import { contrastRatio } from '#src/util/contrast.ts';
import { editorSchema } from './editor.ts';

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;
const hexColour = z.string().regex(HEX_COLOUR, { error: 'is not a colour; write six hex digits, e.g. `#1a4fa0`' });

/** `content/campaign.yaml`: one campaign edition. */
export const campaignSchema = z
  .strictObject({
    edition: z.number().int().min(2004).max(2100).describe('the year of this edition, e.g. `2020`'),
    date: calendarDate.describe('Safer Internet Day, `YYYY-MM-DD`'),
    defaultLocale: languageTag.describe('the locale entries are written in first, e.g. `en`'),
    locales: z
      .array(languageTag)
      .min(1)
      .refine((list) => new Set(list).size === list.length, { error: 'lists a locale twice' })
      .describe('every locale the site is published in, BCP 47 tags, the default first'),
    site: httpsUrl
      .refine((url) => !isSafeUrl(url) || new URL(url).pathname === '/', {
        error: 'must be the site’s root, e.g. `https://sid.example.org` (no path)',
      })
      .describe('the site’s public https address, for canonical links, sitemap and feeds'),
    hashtags: z
      .array(z.string().regex(/^[\p{L}\p{N}_]+$/u, { error: 'is not a hashtag; write it without `#`' }))
      .default([])
      .describe('the campaign’s hashtags without `#`'),
    colors: z
      .strictObject({
        primary: hexColour
          .refine((colour) => !HEX_COLOUR.test(colour) || contrastRatio(colour, '#ffffff') >= 4.5, {
            error: 'is too light for white text (contrast below 4.5:1, WCAG 1.4.3); choose a darker colour',
          })
          .describe('the campaign colour, behind white text'),
        accent: hexColour.describe('a second colour, for highlights'),
      })
      .default({ primary: '#1a4fa0', accent: '#f5b700' })
      .describe('`primary` and `accent` colours, `#rrggbb`'),
    social: z
      .record(z.string().regex(/^[a-z0-9-]+$/), httpsUrl)
      .default({})
      .describe('profile URLs by network, e.g. `x: https://x.com/…`'),
    editor: editorSchema.optional(),
  })
  .superRefine((campaign, issues) => {
    if (campaign.locales[0] !== campaign.defaultLocale) {
      issues.addIssue({
        code: 'custom',
        path: ['locales'],
        message: `does not start with the default locale '${campaign.defaultLocale}'; put it first`,
      });
    }
  });

export type Campaign = z.output<typeof campaignSchema>;
