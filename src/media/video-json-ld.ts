/**
 * The schema.org `VideoObject` of a video page, for search engines and apps that read JSON-LD.
 * Pure: the page hands in the video as its locale shows it, with absolute URLs.
 */
import type { JsonLd } from '#src/site/json-ld.ts';
import { embedUrl } from './video-embed.ts';

export interface VideoJsonLdInput {
  /** The absolute URL of the video's page in the page's locale. */
  url: string;
  /** The video as the page's locale shows it (translation laid over the source, or the source). */
  data: {
    title: string;
    summary: string;
    provider: 'youtube' | 'vimeo' | 'file';
    id?: string | undefined;
    duration: string;
    published: string;
  };
  /** The absolute URL of the (optimised) poster image, served by the site. */
  thumbnailUrl: string;
  /** For `provider: file`: the absolute URL of the video file served by the site. */
  contentUrl?: string | undefined;
  /** The language spoken in the video: the campaign's source locale. */
  language: string;
}

/**
 * @example videoJsonLd({ url, data: { title: 'Tools', provider: 'youtube', id: 'abc', … }, thumbnailUrl, language: 'en' }).embedUrl
 *   // 'https://www.youtube-nocookie.com/embed/abc'
 */
export function videoJsonLd(video: VideoJsonLdInput): JsonLd {
  const { data } = video;
  const where: JsonLd =
    data.provider === 'file'
      ? video.contentUrl === undefined
        ? {}
        : { contentUrl: video.contentUrl }
      : data.id === undefined
        ? {}
        : { embedUrl: embedUrl(data.provider, data.id) };
  return {
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: data.title,
    description: data.summary,
    url: video.url,
    thumbnailUrl: video.thumbnailUrl,
    uploadDate: data.published,
    duration: data.duration,
    ...where,
    inLanguage: video.language,
  };
}
