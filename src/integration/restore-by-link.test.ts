import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { restoreByLink } from './restore-by-link.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'sid-restore-'));
const settings = { config: { cacheDir: pathToFileURL(path.join(work, 'cache/')) } };

interface Cache {
  restoreOutputFile(settings: unknown, outputFile: string, destination: URL): Promise<boolean>;
  writeOutputFile(settings: unknown, outputFile: string, body: string): Promise<void>;
}

async function astroCache(): Promise<Cache> {
  const astro = path.dirname(createRequire(path.join(root, 'package.json')).resolve('astro/package.json'));
  const module = (await import(pathToFileURL(path.join(astro, 'dist/core/build/incremental.js')).href)) as {
    IncrementalBuildCache: { prototype: Cache };
  };
  return module.IncrementalBuildCache.prototype;
}

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('restoreByLink', () => {
  it("links an unchanged page from Astro's cache, and never changes a linked page when the cache is written", async () => {
    expect(await restoreByLink(root)).toBe(true);
    const cache = await astroCache();
    await cache.writeOutputFile(settings, 'en/index.html', '<p>first</p>');

    const served = path.join(work, 'served/en/index.html');
    expect(await cache.restoreOutputFile(settings, 'en/index.html', pathToFileURL(served))).toBe(true);
    expect(readFileSync(served, 'utf8')).toBe('<p>first</p>');
    expect(statSync(served).ino).toBe(statSync(path.join(work, 'cache/dist/en/index.html')).ino);

    // The page is rendered again: the site that links the old one still serves it as it was.
    await cache.writeOutputFile(settings, 'en/index.html', '<p>second</p>');
    expect(readFileSync(served, 'utf8')).toBe('<p>first</p>');
    const next = path.join(work, 'next/en/index.html');
    expect(await cache.restoreOutputFile(settings, 'en/index.html', pathToFileURL(next))).toBe(true);
    expect(readFileSync(next, 'utf8')).toBe('<p>second</p>');
  });

  it('links a page into a folder that is there already', async () => {
    await restoreByLink(root);
    const cache = await astroCache();
    await cache.writeOutputFile(settings, 'fr/index.html', '<p>fr</p>');
    const served = path.join(work, 'made/fr/index.html');
    mkdirSync(path.dirname(served), { recursive: true });
    expect(await cache.restoreOutputFile(settings, 'fr/index.html', pathToFileURL(served))).toBe(true);
    expect(readFileSync(served, 'utf8')).toBe('<p>fr</p>');
  });

  it('says a page is not in the cache, so that Astro renders it', async () => {
    await restoreByLink(root);
    const cache = await astroCache();
    expect(await cache.restoreOutputFile(settings, 'missing/index.html', pathToFileURL(path.join(work, 'out/missing/index.html')))).toBe(
      false,
    );
  });
});
