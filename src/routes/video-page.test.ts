import { describe, expect, it } from 'vitest';
import { videoView, type VideoData } from './video-page.ts';

const served = (value: string) => `/media/${value.split('/').at(-1) ?? ''}`;
const base: VideoData = {
  provider: 'file',
  src: '../../media/videos/clip.webm',
  captions: { en: '../../media/captions/clip.en.vtt', fr: '../../media/captions/clip.fr.vtt' },
  duration: 'PT2M30S',
  presenters: ['Hannah Witton', 'Dina Tokio'],
  published: '2020-02-20',
};
const view = (data: VideoData, locale: string) =>
  videoView({ locale, slug: 'clip', data, defaultLocale: 'en', locales: ['en', 'fr', 'fi'], served });

describe('videoView', () => {
  it('plays a self-hosted file with a track per caption file, the reader’s on by default', () => {
    const video = view(base, 'fr');
    expect(video.embed).toBeUndefined();
    expect(video.file).toEqual({
      src: '/media/clip.webm',
      type: 'video/webm',
      tracks: [
        { locale: 'en', path: '../../media/captions/clip.en.vtt', isDefault: false, src: '/media/clip.en.vtt' },
        { locale: 'fr', path: '../../media/captions/clip.fr.vtt', isDefault: true, src: '/media/clip.fr.vtt' },
      ],
    });
    expect(video.lacksReaderCaptions).toBe(false);
  });

  it('embeds a provider’s video, and says when the reader’s language has no captions', () => {
    const video = view({ ...base, provider: 'youtube', id: 'abc', src: undefined }, 'fi');
    expect(video.file).toBeUndefined();
    expect(video.embed).toEqual({ provider: 'youtube', id: 'abc' });
    expect(video.lacksReaderCaptions).toBe(true);
    expect(video.captionLanguages).toBe('englanti ja ranska');
  });

  it('writes the details in the reader’s language', () => {
    const video = view(base, 'fr');
    expect(video.duration).toMatch(/2\smin/);
    expect(video.presenters).toBe('Hannah Witton et Dina Tokio');
    expect(video.published).toBe('20 février 2020');
    expect(view({ ...base, presenters: [] }, 'en').presenters).toBeUndefined();
  });
});
