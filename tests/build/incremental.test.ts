/**
 * The incremental build: a build with nothing changed copies every page from the previous one; a
 * change to what every page is made from (a source entry, a file's time of last change, "now")
 * renders them all again, and one to a translation renders its locale's pages again, so no stale
 * page reaches the site.
 */
import { cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, digest, root, type Build } from './build-fixture.ts';

/**
 * The campaign's pages and calendar files (`/en/events/index.html`, `/fr/events/dublin.ics`…) as the
 * build log lists them, each with `(restored)` when copied. A rendered page's time is printed when
 * it is done, often after other pages' lines, so a page without `(restored)` counts as rendered.
 */
const PAGE_LINE = /[├└]─ (\/(?:en|fr)\/\S*?\.(?:html|ics|xml))( \(restored\))?/g;

/** Which pages the build rendered and which it copied from the previous build. */
function pagesOf(build: Build): { rendered: string[]; restored: string[] } {
  const lines = [...build.output.matchAll(PAGE_LINE)];
  return {
    rendered: lines.filter((line) => line[2] === undefined).map((line) => line[1]!),
    restored: lines.filter((line) => line[2] !== undefined).map((line) => line[1]!),
  };
}

describe('a second build with nothing changed', () => {
  let contentDir: string;
  let outDir: string;
  let first: Build;
  let again: Build;
  /** The files of each build, read before the next one replaces them (all build into `outDir`). */
  let firstFiles: Record<string, string>;
  let againFiles: Record<string, string>;
  const build = (options: { now?: string; args?: string[] } = {}) => buildFixture('minimal', { contentDir, outDir, ...options });

  beforeAll(() => {
    const campaign = mkdtempSync(path.join(os.tmpdir(), 'sid-incremental-'));
    contentDir = path.join(campaign, 'content');
    outDir = path.join(campaign, 'dist');
    cpSync(path.join(root, 'tests/fixtures/minimal/content'), contentDir, { recursive: true });
    first = build();
    firstFiles = digest(outDir);
    again = build();
    againFiles = digest(outDir);
  });

  it('copies every page from the first build instead of rendering it, and gives the same site', () => {
    expect(first.status, first.output).toBe(0);
    expect(again.status, again.output).toBe(0);
    expect(pagesOf(first).restored).toEqual([]);
    const { rendered, restored } = pagesOf(again);
    expect(rendered).toEqual([]);
    expect(restored).toEqual(
      expect.arrayContaining(['/en/events/index.html', '/fr/events/dublin/index.html', '/en/events/dublin.ics', '/fr/rss.xml']),
    );
    expect(restored).toHaveLength(pagesOf(first).rendered.length);
    // No page changed, so neither did the search index: copied, not made again.
    expect(first.output).toMatch(/search: \d+ pages indexed in ar, en, fr/);
    expect(again.output).toMatch(/search: the index of \d+ pages \(ar, en, fr\) copied from the cache: no page changed/);
    expect(Object.keys(firstFiles).length).toBeGreaterThan(100);
    expect(againFiles).toEqual(firstFiles);
  });

  it('renders every page again after an edit, so the pages that show the entry show the edit', () => {
    const dublin = path.join(contentDir, 'en/events/dublin.mdx');
    writeFileSync(
      dublin,
      readFileSync(dublin, 'utf8').replace('title: Safer internet for all citizens', 'title: A safer internet for every citizen'),
    );
    const edited = build();
    expect(edited.status, edited.output).toBe(0);
    expect(pagesOf(edited).restored).toEqual([]);
    expect(edited.page('/en/events/dublin/')('h1').text()).toBe('A safer internet for every citizen');
    expect(edited.page('/en/events/')('main').text()).toContain('A safer internet for every citizen');
    expect(edited.page('/en/partners/webwise/')('main').text()).toContain('A safer internet for every citizen');
    expect(edited.output).toMatch(/search: \d+ pages indexed in ar, en, fr/);
    const index = (files: Record<string, string>) => Object.entries(files).filter(([file]) => file.startsWith('pagefind/'));
    expect(index(digest(edited.outDir))).not.toEqual(index(firstFiles));
  });

  it('renders every page again when a source changed after its translation, which is then marked out of date', () => {
    const changed = (file: string, day: string) => utimesSync(path.join(contentDir, file), new Date(day), new Date(day));
    changed('en/events/dublin.mdx', '2020-01-02');
    changed('fr/events/dublin.mdx', '2020-01-03');
    expect(build().page('/fr/events/dublin/')('[data-fallback-notice=outdated]')).toHaveLength(0);
    // The same bytes, a later time of change: the French translation is now older than its source.
    changed('en/events/dublin.mdx', '2020-01-04');
    const touched = build();
    expect(touched.status, touched.output).toBe(0);
    expect(pagesOf(touched).restored).toEqual([]);
    expect(touched.page('/fr/events/dublin/')('[data-fallback-notice=outdated] a').attr('href')).toBe('/en/events/dublin/');
  });

  it('renders every page again when an event has ended since, which then shows under past events', () => {
    const pastIn = (site: Build) => site.page('/en/events/')('section[aria-labelledby=events-past] a[href="/en/events/dublin/"]');
    expect(pastIn(build())).toHaveLength(0);
    const later = build({ now: '2020-02-12T00:00:00Z' });
    expect(later.status, later.output).toBe(0);
    expect(pagesOf(later).restored).toEqual([]);
    expect(pastIn(later)).toHaveLength(1);
  });

  it('renders again only the pages of a translation’s locale after an edit to it, and the page that shows every locale', () => {
    build();
    const french = path.join(contentDir, 'fr/events/dublin.mdx');
    writeFileSync(french, readFileSync(french, 'utf8').replace(/^title: .*$/m, 'title: Un internet plus sûr, pour chacun'));
    const edited = build();
    expect(edited.status, edited.output).toBe(0);
    const { rendered, restored } = pagesOf(edited);
    expect(rendered.filter((page) => page.startsWith('/en/'))).toEqual(['/en/translations/index.html']);
    expect(rendered).toEqual(expect.arrayContaining(['/fr/events/dublin/index.html', '/fr/events/index.html', '/fr/index.html']));
    expect(restored.filter((page) => page.startsWith('/fr/'))).toEqual([]);
    expect(restored).toEqual(expect.arrayContaining(['/en/events/dublin/index.html', '/en/events/index.html']));
    expect(edited.page('/fr/events/dublin/')('h1').text()).toBe('Un internet plus sûr, pour chacun');
    expect(edited.page('/fr/events/')('main').text()).toContain('Un internet plus sûr, pour chacun');
  });

  it('renders every page with --force', () => {
    build();
    const forced = build({ args: ['--force'] });
    expect(forced.status, forced.output).toBe(0);
    expect(pagesOf(forced).restored).toEqual([]);
    expect(pagesOf(forced).rendered.length).toBeGreaterThan(20);
  });
});
