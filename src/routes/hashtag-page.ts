/**
 * What a hashtag's page shows besides its entry: the tag used in the reader's language, the
 * languages in which its emoji shows (by name, in the reader's order), and the post its share links
 * start.
 */
import { languageName } from '#src/i18n/locales.ts';
import type { SharePost } from '#src/hashtags/share-links.ts';
import { pageUrl } from '#src/site/urls.ts';

/** The hashtag's facts as the page needs them (a shown entry's `data`). */
export interface HashtagData {
  tag: string;
  title: string;
  summary: string;
  variants: Readonly<Record<string, string>>;
  liveIn: readonly string[];
}

export interface HashtagView {
  segments: string[];
  /** The tag as the reader's language writes it, when it differs. */
  variant: string | undefined;
  liveIn: { tag: string; name: string }[];
  post: SharePost;
}

/** The emoji as it shows beside a post, in a list of posts, and large; each at 1× and 2×. */
export const EMOJI_SIZES = [24, 48, 96] as const;

/**
 * @example hashtagView({ locale: 'es', slug: 'sid2020', data, site }).variant // 'DíaDeInternetSegura'
 */
export function hashtagView(input: { locale: string; slug: string; data: HashtagData; site: string }): HashtagView {
  const { locale, data } = input;
  const segments = ['hashtags', input.slug];
  const variant = data.variants[locale];
  const collator = new Intl.Collator(locale);
  return {
    segments,
    variant,
    liveIn: data.liveIn
      .map((language) => ({ tag: language, name: languageName(language, locale) }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    post: { text: data.summary, url: pageUrl(locale, segments, input.site), hashtags: [variant ?? data.tag], subject: data.title },
  };
}
