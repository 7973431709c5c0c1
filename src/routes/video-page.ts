/**
 * What a video's page shows, worked out once: the player (the provider's, behind the site's own
 * poster, or the browser's for a self-hosted file with its caption tracks), which captions there
 * are and whether the reader's language has some, and the details in the reader's language.
 */
import { formatDate, formatIsoDuration, formatList } from '#src/i18n/format.ts';
import { languageNameInText } from '#src/i18n/locales.ts';
import { chooseCaptions, type CaptionTrack } from '#src/media/captions.ts';
import { mimeOf } from '#src/media/file-types.ts';
import type { PROVIDERS } from '#src/schemas/video.ts';

/** The video's facts as the page needs them (a shown entry's `data`). */
export interface VideoData {
  provider: (typeof PROVIDERS)[number];
  id?: string | undefined;
  src?: string | undefined;
  captions: Readonly<Record<string, string>>;
  duration: string;
  presenters: readonly string[];
  published: string;
}

export interface VideoView {
  segments: string[];
  /** A YouTube or Vimeo video, played after the reader asks. */
  embed: { provider: 'youtube' | 'vimeo'; id: string } | undefined;
  /** A self-hosted video: its site path, type and caption tracks with their site paths. */
  file: { src: string; type: string; tracks: (CaptionTrack & { src: string })[] } | undefined;
  /** Whether to say that the reader's language has no captions. */
  lacksReaderCaptions: boolean;
  captionLanguages: string;
  duration: string;
  presenters: string | undefined;
  published: string;
}

/**
 * @example videoView({ locale: 'fr', slug: 'tools', data, defaultLocale: 'en', locales: ['en', 'fr'], served }).captionLanguages
 *   // 'anglais et français'
 */
export function videoView(input: {
  locale: string;
  slug: string;
  data: VideoData;
  defaultLocale: string;
  locales: readonly string[];
  /** The site path of a file named in the entry (`mediaPath`). */
  served: (value: string) => string;
}): VideoView {
  const { locale, data, served } = input;
  const captions = chooseCaptions(data.captions, locale, input.defaultLocale, input.locales);
  // The schema makes sure that a file video has `src` and the others an `id`.
  const file =
    data.provider === 'file'
      ? {
          src: served(data.src ?? ''),
          type: mimeOf(data.src ?? ''),
          tracks: captions.tracks.map((track) => ({ ...track, src: served(track.path) })),
        }
      : undefined;
  return {
    segments: ['videos', input.slug],
    embed: data.provider === 'file' ? undefined : { provider: data.provider, id: data.id ?? '' },
    file,
    lacksReaderCaptions: captions.lacksReaderCaptions,
    captionLanguages: formatList(
      captions.tracks.map((track) => languageNameInText(track.locale, locale)),
      locale,
    ),
    duration: formatIsoDuration(data.duration, locale),
    presenters: data.presenters.length === 0 ? undefined : formatList(data.presenters, locale),
    published: formatDate(data.published, locale),
  };
}
