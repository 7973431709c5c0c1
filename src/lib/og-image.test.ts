import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cachedOgImage, drawAhead, drawingStats, OG_HEIGHT, OG_WIDTH, ogCacheKey, ogImagePath, ogLocale, pangoText, projectDrawing, renderOgImage, type OgImageInput } from './og-image.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { fonts } = projectDrawing(root);
/** The project's drawing (fonts, drawing thread) with a cache folder of the test's own. */
const withCache = () => ({ ...projectDrawing(root), cacheDir: mkdtempSync(path.join(os.tmpdir(), 'sid-og-')) });
const colors = { primary: '#1a4fa0', accent: '#f5b700' };
const latin: OgImageInput = { title: 'Safety tools on Twitter, with Hannah Witton', titleDir: 'ltr', siteName: 'Safer Internet Day 2020', dir: 'ltr', colors };
const emoji = await sharp({ create: { width: 64, height: 64, channels: 4, background: '#f5b700' } }).png().toBuffer();

describe('renderOgImage', () => {
  it.each([
    ['Latin', latin],
    ['Arabic, right to left, with a Latin name', { ...latin, title: 'أدوات الأمان على تويتر، مع Hannah Witton', titleDir: 'rtl', siteName: 'يوم الإنترنت الآمن 2020', dir: 'rtl', emoji } as const],
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

describe('the cache', () => {
  it('keys on everything drawn', () => {
    const key = ogCacheKey(latin, fonts);
    expect(ogCacheKey({ ...latin }, fonts)).toBe(key);
    for (const changed of [{ title: 'Other' }, { siteName: 'Other' }, { dir: 'rtl' as const }, { titleDir: 'rtl' as const }, { colors: { ...colors, primary: '#000000' } }, { emoji }]) {
      expect(ogCacheKey({ ...latin, ...changed }, fonts)).not.toBe(key);
    }
  });

  it('draws an image once and then reads it from the cache folder', async () => {
    const drawing = withCache();
    const before = { ...drawingStats() };
    const first = await cachedOgImage(latin, drawing);
    expect(readdirSync(drawing.cacheDir)).toEqual([`${ogCacheKey(latin, fonts)}.png`]);
    const second = await cachedOgImage(latin, drawing);
    expect(second.equals(first)).toBe(true);
    // Drawn once; read again, but not counted as taken from an earlier build's cache.
    expect([drawingStats().drawn - before.drawn, drawingStats().reused - before.reused]).toEqual([1, 0]);
  });

  it('draws ahead of the pages, each image once, and a page that asks meanwhile waits for its image', async () => {
    const drawing = withCache();
    const other = { ...latin, title: 'Another title' };
    const before = { ...drawingStats() };
    const ahead = drawAhead([latin, other, latin], drawing, 2);
    const asked = await cachedOgImage(other, drawing);
    expect((await ahead).map((file) => path.basename(file))).toEqual([latin, other, latin].map((input) => `${ogCacheKey(input, fonts)}.png`));
    expect([drawingStats().drawn - before.drawn, drawingStats().reused - before.reused]).toEqual([2, 0]);
    expect(readdirSync(drawing.cacheDir).sort()).toEqual([`${ogCacheKey(latin, fonts)}.png`, `${ogCacheKey(other, fonts)}.png`].sort());
    expect(asked.equals(await renderOgImage(other, fonts))).toBe(true);
  });
});

describe('paths and tags', () => {
  it('puts each image beside its locale’s pages', () => {
    expect(ogImagePath('fr', ['events', 'oodi'])).toBe('/fr/og/events/oodi.png');
    expect(ogImagePath('fr', ['about'])).toBe('/fr/og/about.png');
    expect(ogImagePath('ar', [])).toBe('/ar/og.png');
  });

  it('writes Open Graph locales with an underscore', () => {
    expect(ogLocale('pt-BR')).toBe('pt_BR');
    expect(ogLocale('ar')).toBe('ar');
  });

  it('escapes text for Pango markup', () => {
    expect(pangoText('Tom & Jerry <b>"hi"</b>')).toBe('Tom &amp; Jerry &lt;b&gt;&quot;hi&quot;&lt;/b&gt;');
  });
});
