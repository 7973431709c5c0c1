/**
 * The incremental build renders a page again only when something it shows changed: a build with
 * nothing changed stops at once; an edit renders the pages that read what changed, and says so in
 * the log, and the others are copied.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, digest, root, type Build } from '../build-fixture.ts';

/** The pages a build rendered, with why, from the log (`/fr/events/dublin/ (changed: …)`), and how many it copied. */
function pagesOf(build: Build): { rendered: Map<string, string>; copied: number } {
  const summary = /pages: (\d+) rendered, (\d+) copied from the previous build/.exec(build.output);
  const rendered = new Map([...build.output.matchAll(/\] {3}(\/\S*) \((.*)\)$/gm)].map((line) => [line[1] ?? '', line[2] ?? '']));
  expect(summary, build.output).not.toBeNull();
  expect(rendered.size === Number(summary?.[1]) || /all \d+: /.test(build.output), build.output).toBe(true);
  return { rendered, copied: Number(summary?.[2]) };
}

/** Replaces text in a file of the content folder. */
function edit(file: string, from: RegExp | string, to: string): void {
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`${file}: nothing replaced`);
  writeFileSync(file, edited);
}

describe('the incremental build', () => {
  let contentDir: string;
  let outDir: string;
  const build = (options: { now?: string; args?: string[] } = {}) => buildFixture('minimal', { contentDir, outDir, ...options });
  const at = (file: string) => path.join(contentDir, file);

  beforeAll(() => {
    const campaign = mkdtempSync(path.join(os.tmpdir(), 'sid-incremental-'));
    contentDir = path.join(campaign, 'content');
    outDir = path.join(campaign, 'dist');
    cpSync(path.join(root, 'tests/fixtures/minimal/content'), contentDir, { recursive: true });
  });

  it('builds nothing when nothing changed and "now" shows the same, and leaves the site as it was', () => {
    const first = build();
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain('first build');
    const firstFiles = digest(outDir);
    const again = build();
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain(`${path.relative(root, outDir)} is up to date`);
    expect(again.output).not.toMatch(/pages: \d+ rendered/);
    // Later the same day, with no event ended since: the same site.
    expect(build({ now: '2020-02-01T18:00:00Z' }).output).toContain('is up to date');
    expect(digest(outDir)).toEqual(firstFiles);
  });

  it('copies every page whose inputs are unchanged when a file no page shows is added', () => {
    const firstFiles = digest(outDir);
    cpSync(at('media/events/gaming-hall.jpg'), at('media/events/unused-copy.jpg'));
    const again = build();
    expect(again.status, again.output).toBe(0);
    const { rendered, copied } = pagesOf(again);
    // The translation status page lists every file's state; no reader's page shows the new one.
    expect([...rendered.keys()]).toEqual(['/en/translations/']);
    expect(copied).toBeGreaterThan(80);
    expect(again.output).toMatch(/search: \d+ pages, no locale indexed; en, fr, ar copied from the cache, no page of theirs changed/);
    expect(digest(outDir)).toEqual(firstFiles);
  });

  it('renders only the pages of an entry whose body was edited, one per locale that shows that body', () => {
    edit(at('en/events/mexico.mdx'), /\n*$/, '\n\nA sentence added to the body only.\n');
    const edited = build();
    const { rendered } = pagesOf(edited);
    // The French and Arabic pages show the English body: mexico has no translation.
    expect([...rendered.keys()].sort()).toEqual(['/ar/events/mexico/', '/en/events/mexico/', '/en/translations/', '/fr/events/mexico/']);
    expect(rendered.get('/en/events/mexico/')).toMatch(/^changed: .*\/content\/en\/events\/mexico\.mdx$/);
    expect(edited.page('/fr/events/mexico/')('.prose').text()).toContain('A sentence added to the body only.');
    // Only English indexes the body: the French and Arabic pages show it untranslated, which their
    // indexes leave out, so theirs are copied.
    expect(edited.output).toMatch(/search: \d+ pages, en indexed; fr, ar copied from the cache/);
    // No page came or went: the sitemap is the last build's.
    expect(edited.output).toContain('sitemap-0.xml, sitemap-index.xml copied from the cache');
  });

  it('renders the pages that list an entry too when its title changes, and no other', () => {
    edit(at('en/events/dublin.mdx'), 'title: Safer internet for all citizens', 'title: A safer internet for every citizen');
    const edited = build();
    const pages = [...pagesOf(edited).rendered.keys()];
    expect(pages).toEqual(
      expect.arrayContaining([
        '/en/events/dublin/',
        '/en/events/',
        '/en/',
        '/en/partners/webwise/',
        '/en/events/country/ie/',
        '/en/events/dublin.ics',
        '/en/rss.xml',
      ]),
    );
    // Pages of other kinds do not show events.
    expect(pages.filter((page) => /\/(videos|about|hashtags)\b/.test(page))).toEqual([]);
    expect(edited.page('/en/partners/webwise/')('main').text()).toContain('A safer internet for every citizen');
    // The Arabic partner page lists the new title untranslated, and the French Dublin page now says
    // its translation may be out of date, both in parts that the search index leaves out: only
    // English is indexed again.
    expect(edited.page('/ar/partners/webwise/')('[data-pagefind-ignore=all]').text()).toContain('A safer internet for every citizen');
    expect(edited.page('/fr/events/dublin/')('[data-fallback-notice=outdated][data-pagefind-ignore=all]')).toHaveLength(1);
    expect(edited.output).toMatch(/search: \d+ pages, en indexed; fr, ar copied from the cache/);
  });

  it('renders a translation’s pages when its source changed after it, which then say it may be out of date', () => {
    const changed = (file: string, day: string) => {
      utimesSync(at(file), new Date(day), new Date(day));
    };
    changed('en/events/dublin.mdx', '2020-01-02');
    changed('fr/events/dublin.mdx', '2020-01-03');
    expect(build().page('/fr/events/dublin/')('[data-fallback-notice=outdated]')).toHaveLength(0);
    changed('en/events/dublin.mdx', '2020-01-04');
    const touched = build();
    expect(pagesOf(touched).rendered.has('/fr/events/dublin/')).toBe(true);
    expect(pagesOf(touched).rendered.has('/en/events/dublin/')).toBe(false);
    expect(touched.page('/fr/events/dublin/')('[data-fallback-notice=outdated] a').attr('href')).toBe('/en/events/dublin/');
    // The English file is the one that changed, not the French one the page shows.
    expect(pagesOf(touched).rendered.get('/fr/events/dublin/')).toMatch(
      /^changed: \S*\/content\/en\/events\/dublin\.mdx \(the fr translation is now older\)/,
    );
  });

  it('renders the pages that split past from upcoming events when an event has ended since', () => {
    const pastIn = (site: Build) => site.page('/en/events/')('section[aria-labelledby=events-past] a[href="/en/events/dublin/"]');
    expect(pastIn(build())).toHaveLength(0);
    const later = build({ now: '2020-02-12T00:00:00Z' });
    const { rendered } = pagesOf(later);
    expect(rendered.get('/en/events/'), later.output).toMatch(/^now moved/);
    expect(rendered.has('/en/events/dublin/')).toBe(false);
    expect(pastIn(later)).toHaveLength(1);
  });

  it('renders only a locale’s pages that show a translation after an edit to it', () => {
    edit(at('fr/events/dublin.mdx'), /^title: .*$/m, 'title: Un internet plus sûr, pour chacun');
    const edited = build({ now: '2020-02-12T00:00:00Z' });
    const pages = [...pagesOf(edited).rendered.keys()];
    expect(pages.filter((page) => !page.startsWith('/fr/'))).toEqual(['/en/translations/']);
    // The translation status page is not indexed, so English's index is copied.
    expect(edited.output).toMatch(/search: \d+ pages, fr indexed; en, ar copied from the cache/);
    // Dublin's event is past, so the home page, which shows upcoming events, does not show it.
    expect(pages).toEqual(expect.arrayContaining(['/fr/events/dublin/', '/fr/events/', '/fr/events/country/ie/']));
    expect(pages).not.toContain('/fr/');
    expect(edited.page('/fr/events/')('main').text()).toContain('Un internet plus sûr, pour chacun');
  });

  it('renders every page with --force', () => {
    const forced = build({ now: '2020-02-12T00:00:00Z', args: ['--force'] });
    expect(forced.status, forced.output).toBe(0);
    expect(forced.output).toMatch(/pages: \d+ rendered, 0 copied from the previous build/);
    // Written again, not copied: a forced build is what incremental ones are checked against.
    expect(forced.output).toContain('`sitemap-index.xml` created');
  });

  it('removes the previous site once the new one is in place, after the build has ended', async () => {
    // Set aside beside the site by each build's swap, then removed by a process of its own.
    await expect.poll(() => readdirSync(path.dirname(outDir)).sort(), { timeout: 60_000, interval: 250 }).toEqual(['content', 'dist']);
  });
});
