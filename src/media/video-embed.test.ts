import { describe, expect, it } from 'vitest';
import { VIDEO_FRAME_ORIGINS } from '#src/integration/security.ts';
import { embedUrl, playerUrl, watchUrl } from './video-embed.ts';

describe('video addresses', () => {
  it('plays YouTube from youtube-nocookie, with captions in the reader’s language', () => {
    expect(playerUrl('youtube', 'SID2020ht01', 'hi')).toBe(
      'https://www.youtube-nocookie.com/embed/SID2020ht01?autoplay=1&cc_load_policy=1&cc_lang_pref=hi&hl=hi',
    );
  });

  it('plays Vimeo with do-not-track and the reader’s text track', () => {
    expect(playerUrl('vimeo', '000000001', 'es')).toBe('https://player.vimeo.com/video/000000001?dnt=1&autoplay=1&texttrack=es');
  });

  it('frames only origins that the CSP allows', () => {
    for (const url of [playerUrl('youtube', 'a', 'en'), playerUrl('vimeo', '1', 'en'), embedUrl('youtube', 'a'), embedUrl('vimeo', '1')]) {
      expect(VIDEO_FRAME_ORIGINS).toContain(new URL(url).origin);
    }
  });

  it('gives the plain embed address and the provider’s page', () => {
    expect(embedUrl('youtube', 'a-b_c')).toBe('https://www.youtube-nocookie.com/embed/a-b_c');
    expect(embedUrl('vimeo', '42')).toBe('https://player.vimeo.com/video/42');
    expect(watchUrl('youtube', 'a-b_c')).toBe('https://www.youtube.com/watch?v=a-b_c');
    expect(watchUrl('vimeo', '42')).toBe('https://vimeo.com/42');
  });
});
