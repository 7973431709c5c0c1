import sharp from 'sharp';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, ogCacheKey, pangoText, renderOgImage, type OgImageInput } from './draw.ts';
import { ogFonts } from './fonts.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fonts = ogFonts(root);
const colors = { primary: '#1a4fa0', accent: '#f5b700' };
const latin: OgImageInput = {
  title: 'Safety tools on Twitter, with Hannah Witton',
  titleDir: 'ltr',
  siteName: 'Safer Internet Day 2020',
  dir: 'ltr',
  colors,
};
const emoji = await sharp({ create: { width: 64, height: 64, channels: 4, background: '#f5b700' } })
  .png()
  .toBuffer();

describe('renderOgImage', () => {
  it.each([
    ['Latin', latin],
    [
      'Arabic, right to left, with a Latin name',
      {
        ...latin,
        title: 'أدوات الأمان على تويتر، مع Hannah Witton',
        titleDir: 'rtl',
        siteName: 'يوم الإنترنت الآمن 2020',
        dir: 'rtl',
        emoji,
      } as const,
    ],
    ['Devanagari', { ...latin, title: 'ट्विटर पर सुरक्षा उपकरण, हन्ना विटन के साथ', siteName: 'सुरक्षित इंटरनेट दिवस 2020', emoji }],
    ['a very long title', { ...latin, title: 'A very long title '.repeat(7).trim() }],
  ])('draws a 1200×630 PNG: %s', async (_, input) => {
    const image = await renderOgImage(input, fonts);
    const metadata = await sharp(image).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', OG_WIDTH, OG_HEIGHT]);
  });

  it('draws the same image twice from the same input (reproducible builds)', async () => {
    expect((await renderOgImage(latin, fonts)).equals(await renderOgImage(latin, fonts))).toBe(true);
  });
});

describe('ogCacheKey', () => {
  it('keys on everything drawn', () => {
    const key = ogCacheKey(latin, fonts);
    expect(ogCacheKey({ ...latin }, fonts)).toBe(key);
    for (const changed of [
      { title: 'Other' },
      { siteName: 'Other' },
      { dir: 'rtl' as const },
      { titleDir: 'rtl' as const },
      { colors: { ...colors, primary: '#000000' } },
      { emoji },
    ]) {
      expect(ogCacheKey({ ...latin, ...changed }, fonts)).not.toBe(key);
    }
  });

  it('escapes text for Pango markup', () => {
    expect(pangoText('Tom & Jerry <b>"hi"</b>')).toBe('Tom &amp; Jerry &lt;b&gt;&quot;hi&quot;&lt;/b&gt;');
  });
});
