import { mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { filesUnder } from '#src/util/files.ts';
import { buildSearchIndex } from './search-index.ts';

/** A page as the site writes one: a translated entry's page has a body for Pagefind, a list has none. */
function page(options: { title: string; body?: string; related?: string }): string {
  const related =
    options.related === undefined
      ? ''
      : `<section aria-labelledby="partner-events" data-pagefind-ignore="all"><h2 id="partner-events">Events</h2><ul><li>${options.related}</li></ul></section>`;
  const main =
    options.body === undefined
      ? `<main><h1>${options.title}</h1></main>`
      : `<main><article class="entry" data-pagefind-body><h1>${options.title}</h1><p>${options.body}</p>${related}</article></main>`;
  return `<!DOCTYPE html><html lang="fr"><head><title>${options.title}</title></head><body>${main}</body></html>`;
}

describe('buildSearchIndex', () => {
  let outDir: string;
  let cacheDir: string;
  const write = (file: string, html: string) => {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    writeFileSync(path.join(outDir, file), html);
  };
  const indexedPages = () =>
    (
      JSON.parse(readFileSync(path.join(outDir, 'pagefind/fr/pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      }
    ).languages['fr']?.page_count;

  beforeEach(() => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'sid-search-'));
    outDir = path.join(folder, 'dist');
    cacheDir = path.join(folder, 'cache');
    write('fr/partenaires/index.html', page({ title: 'Partenaires' }));
    write('fr/partenaires/webwise/index.html', page({ title: 'Webwise', body: 'Un partenaire.', related: 'Dublin' }));
    write('fr/evenements/dublin/index.html', page({ title: 'Dublin', body: 'Un événement.' }));
  });

  it('indexes a locale again only when a page Pagefind reads changed', async () => {
    expect(await buildSearchIndex(outDir, cacheDir, ['fr'])).toEqual({ pages: 3, indexed: ['fr'], reused: [] });
    expect(indexedPages()).toBe(2);
    // A list, which has no body, and a section left out of the index: Pagefind would make the same index.
    write('fr/partenaires/index.html', page({ title: 'Nos partenaires' }));
    write('fr/partenaires/webwise/index.html', page({ title: 'Webwise', body: 'Un partenaire.', related: 'Dublin, de nuit' }));
    expect(await buildSearchIndex(outDir, cacheDir, ['fr'])).toEqual({ pages: 3, indexed: [], reused: ['fr'] });
    write('fr/evenements/dublin/index.html', page({ title: 'Dublin', body: 'Un événement, le soir.' }));
    expect(await buildSearchIndex(outDir, cacheDir, ['fr'])).toEqual({ pages: 3, indexed: ['fr'], reused: [] });
  });

  it('leaves out the notice above an entry, which says nothing of it', async () => {
    await buildSearchIndex(outDir, cacheDir, ['fr']);
    const notice =
      '<aside class="fallback-notice" data-fallback-notice="outdated" data-pagefind-ignore="all"><p>Cette traduction est peut-être dépassée.</p></aside>';
    write('fr/evenements/dublin/index.html', page({ title: 'Dublin', body: 'Un événement.' }).replace('<main>', `<main>${notice}`));
    expect(await buildSearchIndex(outDir, cacheDir, ['fr'])).toEqual({ pages: 3, indexed: [], reused: ['fr'] });
  });

  it('reads a page again when its file may have changed within a tick of the file system’s clock', async () => {
    // Rewritten in place, to the same size and with the same modification time: only how recent
    // that time is tells that it may have changed since it was read.
    const file = path.join(outDir, 'fr/evenements/dublin/index.html');
    const recently = new Date(Date.now() - 1000);
    write('fr/evenements/dublin/index.html', page({ title: 'Dublin', body: 'Un événement, le lundi.' }));
    utimesSync(file, recently, recently);
    await buildSearchIndex(outDir, cacheDir, ['fr']);
    write('fr/evenements/dublin/index.html', page({ title: 'Dublin', body: 'Un événement, le mardi.' }));
    utimesSync(file, recently, recently);
    expect((await buildSearchIndex(outDir, cacheDir, ['fr'])).indexed).toEqual(['fr']);
  });

  it('counts every page when none has a body, as Pagefind then indexes them all', async () => {
    write('fr/partenaires/webwise/index.html', page({ title: 'Webwise' }));
    write('fr/evenements/dublin/index.html', page({ title: 'Dublin' }));
    await buildSearchIndex(outDir, cacheDir, ['fr']);
    expect(indexedPages()).toBe(3);
    write('fr/partenaires/index.html', page({ title: 'Nos partenaires' }));
    expect(await buildSearchIndex(outDir, cacheDir, ['fr'])).toEqual({ pages: 3, indexed: ['fr'], reused: [] });
  });

  it('is not misled by text that looks like a body or a skipped section', async () => {
    // Only attribute values can hold such text unescaped; Pagefind indexes every page here.
    write('fr/partenaires/webwise/index.html', page({ title: 'Webwise' }).replace('<h1>', '<h1 title="a data-pagefind-body=1">'));
    write('fr/evenements/dublin/index.html', page({ title: 'Dublin' }));
    await buildSearchIndex(outDir, cacheDir, ['fr']);
    expect(indexedPages()).toBe(3);
    write('fr/partenaires/index.html', page({ title: 'Nos partenaires' }));
    expect((await buildSearchIndex(outDir, cacheDir, ['fr'])).indexed).toEqual(['fr']);
    // A fake section's opening tag in an attribute's value skips nothing.
    write('fr/evenements/dublin/index.html', page({ title: 'Dublin', body: 'Un événement.' }));
    write('fr/partenaires/webwise/index.html', page({ title: 'Webwise', body: 'Un partenaire.' }));
    await buildSearchIndex(outDir, cacheDir, ['fr']);
    const fake = '<img alt="<section aria-labelledby=x data-pagefind-ignore=all>">';
    write('fr/evenements/dublin/index.html', page({ title: 'Dublin', body: `${fake} Un événement.</section>` }));
    await buildSearchIndex(outDir, cacheDir, ['fr']);
    write('fr/evenements/dublin/index.html', page({ title: 'Dublin', body: `${fake} Un événement, le soir.</section>` }));
    expect((await buildSearchIndex(outDir, cacheDir, ['fr'])).indexed).toEqual(['fr']);
  });
});

describe('buildSearchIndex, indexing a locale again', () => {
  let folder: string;
  let cacheDir: string;
  /** A fresh output folder with these pages, as each build makes one; its path. */
  const site = (name: string, pages: Record<string, string>) => {
    const outDir = path.join(folder, name);
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
      writeFileSync(path.join(outDir, file), html);
    }
    return outDir;
  };
  /** The files of a locale's index and their bytes, by path in its folder. */
  const indexFiles = (outDir: string) => {
    const index = path.join(outDir, 'pagefind/fr');
    return Object.fromEntries(filesUnder(index).map((file) => [path.relative(index, file), readFileSync(file).toString('base64')]));
  };
  const pages = (dublin: string) => ({
    'fr/partenaires/webwise/index.html': page({ title: 'Webwise', body: 'Un partenaire de la journée.' }),
    'fr/evenements/dublin/index.html': page({ title: 'Dublin', body: dublin }),
    'fr/evenements/oulu/index.html': page({ title: 'Oulu', body: 'Un atelier à la bibliothèque.' }),
  });

  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'sid-search-again-'));
    cacheDir = path.join(folder, 'cache');
  });

  it('writes the index that indexing from nothing writes, without the last one’s files', async () => {
    await buildSearchIndex(site('first', pages('Un événement.')), cacheDir, ['fr']);
    const before = indexFiles(path.join(folder, 'first'));
    const again = site('again', pages('Un événement, le soir, au port.'));
    expect((await buildSearchIndex(again, cacheDir, ['fr'])).indexed).toEqual(['fr']);
    const fresh = site('fresh', pages('Un événement, le soir, au port.'));
    await buildSearchIndex(fresh, path.join(folder, 'no-cache'), ['fr']);
    expect(indexFiles(again)).toEqual(indexFiles(fresh));
    // The pages that did not change kept their fragments, taken from the last index.
    const kept = Object.keys(indexFiles(again)).filter((file) => file.startsWith('fragment/') && file in before);
    expect(kept).toHaveLength(2);
    for (const file of kept) expect(statSync(path.join(again, 'pagefind/fr', file)).nlink).toBeGreaterThan(1);
  });

  it('indexes from nothing when the last index holds a damaged file of the new one', async () => {
    await buildSearchIndex(site('first', pages('Un événement.')), cacheDir, ['fr']);
    const fresh = site('fresh', pages('Un événement, le soir.'));
    await buildSearchIndex(fresh, path.join(folder, 'no-cache'), ['fr']);
    // The new index's meta, as the cache would hold it after a write cut short.
    const meta = Object.keys(indexFiles(fresh)).find((file) => file.endsWith('.pf_meta')) ?? '';
    writeFileSync(path.join(cacheDir, 'search/fr/pagefind', meta), 'damaged');
    const again = site('again', pages('Un événement, le soir.'));
    expect((await buildSearchIndex(again, cacheDir, ['fr'])).indexed).toEqual(['fr']);
    expect(indexFiles(again)).toEqual(indexFiles(fresh));
  });
});
