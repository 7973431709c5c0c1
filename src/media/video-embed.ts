/**
 * Addresses of a video on YouTube or Vimeo: the privacy-enhanced player loaded once the visitor
 * presses play (youtube-nocookie, Vimeo `dnt=1`), the plain embed address for structured data,
 * and the provider's own page for visitors without JavaScript. The player origins are the ones
 * CSP's `frame-src` allows (`VIDEO_FRAME_ORIGINS` in security.ts).
 */
import { VIDEO_FRAME_ORIGINS } from '#src/integration/security.ts';

export type EmbedProvider = 'youtube' | 'vimeo';

export const PROVIDER_NAMES: Record<EmbedProvider, string> = { youtube: 'YouTube', vimeo: 'Vimeo' };

const [YOUTUBE_PLAYER, VIMEO_PLAYER] = VIDEO_FRAME_ORIGINS;

/**
 * The player to frame after the press: it starts playing, with captions in the reader's language
 * requested (YouTube shows them when the video has them; Vimeo picks that text track).
 * @example playerUrl('youtube', 'abc', 'fr')
 *   // 'https://www.youtube-nocookie.com/embed/abc?autoplay=1&cc_load_policy=1&cc_lang_pref=fr&hl=fr'
 * @example playerUrl('vimeo', '123', 'fr') // 'https://player.vimeo.com/video/123?dnt=1&autoplay=1&texttrack=fr'
 */
export function playerUrl(provider: EmbedProvider, id: string, locale: string): string {
  const params =
    provider === 'youtube'
      ? new URLSearchParams({ autoplay: '1', cc_load_policy: '1', cc_lang_pref: locale, hl: locale })
      : new URLSearchParams({ dnt: '1', autoplay: '1', texttrack: locale });
  return `${embedUrl(provider, id)}?${params}`;
}

/**
 * The privacy-enhanced player's address with no options, for JSON-LD `embedUrl`.
 * @example embedUrl('youtube', 'abc') // 'https://www.youtube-nocookie.com/embed/abc'
 */
export function embedUrl(provider: EmbedProvider, id: string): string {
  return provider === 'youtube' ? `${YOUTUBE_PLAYER}/embed/${encodeURIComponent(id)}` : `${VIMEO_PLAYER}/video/${encodeURIComponent(id)}`;
}

/**
 * The video's page on the provider's site: a link the visitor follows when they choose to.
 * @example watchUrl('youtube', 'abc') // 'https://www.youtube.com/watch?v=abc'
 * @example watchUrl('vimeo', '123') // 'https://vimeo.com/123'
 */
export function watchUrl(provider: EmbedProvider, id: string): string {
  return provider === 'youtube'
    ? `https://www.youtube.com/watch?v=${encodeURIComponent(id)}`
    : `https://vimeo.com/${encodeURIComponent(id)}`;
}
