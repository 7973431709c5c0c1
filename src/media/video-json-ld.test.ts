import { describe, expect, it } from 'vitest';
import { jsonLdText } from '#src/site/json-ld.ts';
import { videoJsonLd } from './video-json-ld.ts';

const base = {
  url: 'https://sid.example.org/fr/videos/tools/',
  thumbnailUrl: 'https://sid.example.org/_astro/tools.abc.webp',
  language: 'en',
};
const data = { title: 'Les outils de sécurité', summary: 'Une vidéo.', duration: 'PT1M30S', published: '2020-02-11' };

describe('videoJsonLd', () => {
  it('describes a YouTube video with its privacy-enhanced embed address', () => {
    expect(videoJsonLd({ ...base, data: { ...data, provider: 'youtube', id: 'SID2020ht01' } })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'VideoObject',
      name: 'Les outils de sécurité',
      description: 'Une vidéo.',
      url: 'https://sid.example.org/fr/videos/tools/',
      thumbnailUrl: 'https://sid.example.org/_astro/tools.abc.webp',
      uploadDate: '2020-02-11',
      duration: 'PT1M30S',
      embedUrl: 'https://www.youtube-nocookie.com/embed/SID2020ht01',
      inLanguage: 'en',
    });
  });

  it('gives a Vimeo video its player address', () => {
    expect(videoJsonLd({ ...base, data: { ...data, provider: 'vimeo', id: '42' } })['embedUrl']).toBe('https://player.vimeo.com/video/42');
  });

  it('gives a self-hosted file its content address and no embed address', () => {
    const jsonLd = videoJsonLd({
      ...base,
      data: { ...data, provider: 'file' },
      contentUrl: 'https://sid.example.org/media/tools.1234abcd.mp4',
    });
    expect(jsonLd['contentUrl']).toBe('https://sid.example.org/media/tools.1234abcd.mp4');
    expect(jsonLd).not.toHaveProperty('embedUrl');
  });

  it('cannot end its script element, whatever the title says', () => {
    const text = jsonLdText(
      videoJsonLd({ ...base, data: { ...data, title: '</script><script>alert(1)</script>', provider: 'youtube', id: 'a' } }),
    );
    expect(text).not.toContain('</script');
    expect((JSON.parse(text) as { name: string }).name).toBe('</script><script>alert(1)</script>');
  });
});
