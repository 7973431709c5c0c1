import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedOgImage, drawAhead, drawingStats, projectDrawing } from './cache.ts';
import { ogCacheKey, renderOgImage, type OgImageInput } from './draw.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { fonts } = projectDrawing(root);
/** The project's drawing (fonts, drawing process) with a cache folder of the test's own. */
const withCache = () => ({ ...projectDrawing(root), cacheDir: mkdtempSync(path.join(os.tmpdir(), 'sid-og-')) });
const colors = { primary: '#1a4fa0', accent: '#f5b700' };
const latin: OgImageInput = {
  title: 'Safety tools on Twitter, with Hannah Witton',
  titleDir: 'ltr',
  siteName: 'Safer Internet Day 2020',
  dir: 'ltr',
  colors,
};

describe('the cache', () => {
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
    expect((await ahead).map((file) => path.basename(file))).toEqual(
      [latin, other, latin].map((input) => `${ogCacheKey(input, fonts)}.png`),
    );
    expect([drawingStats().drawn - before.drawn, drawingStats().reused - before.reused]).toEqual([2, 0]);
    expect(readdirSync(drawing.cacheDir).sort()).toEqual([`${ogCacheKey(latin, fonts)}.png`, `${ogCacheKey(other, fonts)}.png`].sort());
    expect(asked.equals(await renderOgImage(other, fonts))).toBe(true);
  });
});
