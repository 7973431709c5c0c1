import { z } from 'astro/zod';
import { altText, countryCode, httpsUrl, requireAltText, summary, type SchemaContext } from './common.ts';

export const PARTNER_KINDS = [
  'ngo',
  'hotline',
  'helpline',
  'government',
  'school',
  'company',
  'library',
  'media',
  'international',
] as const;

export const partnerTranslation = z.strictObject({
  summary: summary.describe('one sentence on who they are and what they do'),
  logoAlt: altText.optional().describe('the logo’s text alternative, usually the name'),
});

export function partnerSchema<Image extends z.ZodType>(context: SchemaContext<Image>) {
  return partnerTranslation
    .extend({
      name: z.string().trim().min(1, { error: 'is empty; write the partner’s name' }).describe('the partner’s name as they write it'),
      logo: context.image().optional().describe('logo image path relative to this file'),
      url: httpsUrl.describe('their website, https'),
      country: countryCode.optional().describe('ISO 3166-1 alpha-2 code of their home country; leave out for international bodies'),
      kind: z.enum(PARTNER_KINDS).describe(`what they are: ${PARTNER_KINDS.join(', ')}`),
      grant: z.boolean().default(false).describe('`true` when supported by an Ads for Good grant'),
    })
    .superRefine((partner, issues) => {
      requireAltText(issues, partner.logo, {
        field: 'logoAlt',
        value: partner.logoAlt,
        fix: 'a partner with a `logo` needs `logoAlt` (usually their name)',
      });
    });
}
