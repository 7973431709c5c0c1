import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFolders, pageFolders, removeEmptyFolders } from './page-folders.ts';

const work = mkdtempSync(path.join(tmpdir(), 'sid-page-folders-'));

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('page folders', () => {
  it("lists the folder of each page and the folders above it, parents first, and nothing outside the site's", () => {
    const site = path.join(work, 'site');
    expect(pageFolders(site, ['/fr/events/oodi/', '/fr/events/oodi.ics', '/fr/404', '/', '/en/feeds/events.xml', '/../../etc/'])).toEqual(
      ['en', 'en/feeds', 'fr', 'fr/events', 'fr/events/oodi'].map((folder) => path.join(site, folder)),
    );
  });

  it('makes them, then removes those no page was written to', async () => {
    const site = path.join(work, 'made');
    const folders = pageFolders(site, ['/fr/events/oodi/', '/fr/events/gone/', '/ar/', '/ar/events/gone/']);
    await makeFolders(folders);
    expect(folders.every((folder) => existsSync(folder))).toBe(true);

    writeFileSync(path.join(site, 'fr/events/oodi/index.html'), '<p>oodi</p>');
    removeEmptyFolders(folders);
    expect(readdirSync(site, { recursive: true }).sort()).toEqual(['fr', 'fr/events', 'fr/events/oodi', 'fr/events/oodi/index.html']);
  });

  it('leaves a folder it cannot make to Astro, without failing', async () => {
    const site = path.join(work, 'blocked');
    const folders = pageFolders(site, ['/en/events/oodi/', '/fr/']);
    await makeFolders([site]);
    writeFileSync(path.join(site, 'en'), 'a file where a folder should be');
    await expect(makeFolders(folders)).resolves.toBeUndefined();
    expect(existsSync(path.join(site, 'en/events'))).toBe(false);
  });
});
