/**
 * The web editor (`/admin/`, Sveltia CMS) in Debian's Chromium, on a copy of the minimal fixture
 * with the editor turned on: the real editor, built and served as a host serves the site, working
 * on a folder in local-repository mode.
 *
 * Playwright cannot drive the browser's folder picker, so the page gets a folder of the browser's
 * origin-private file system instead (`showDirectoryPicker` returns `navigator.storage.getDirectory()`):
 * the fixture's files are copied into it before the editor opens, and out of it afterwards, onto
 * the disk, where `npm run check` and the build read them. Every request to another origin is
 * blocked, and the editor works without them.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { filesUnder } from '#src/util/files.ts';
import { buildFixture, digest, type Build } from '../../build/build-fixture.ts';
import { launchBrowser, serveSite, watchContext, type StaticServer } from '../../e2e/site.ts';
import { root, runNode } from '../../run-node.ts';
import { copyRepository, removeRepositories } from './repository.ts';

function build(dir: string): Build {
  const site = buildFixture('minimal', { contentDir: path.join(dir, 'content'), outDir: path.join(dir, 'site') });
  if (site.status !== 0) throw new Error(`the fixture did not build:\n${site.output.slice(-4000)}`);
  return site;
}

let repository: string;
let site: Build;
let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  repository = copyRepository(true);
  site = build(repository);
  server = await serveSite(site.outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeRepositories();
});

describe('the built site', () => {
  it('has the editor at /admin/, out of the sitemap, the search index and robots', () => {
    expect(existsSync(path.join(site.outDir, 'admin/index.html'))).toBe(true);
    const config = parseYaml(readFileSync(path.join(site.outDir, 'admin/config.yml'), 'utf8')) as { collections: { folder: string }[] };
    expect(config.collections[0]?.folder).toBe('content/{{locale}}/events');
    expect(readFileSync(path.join(site.outDir, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin');
    expect(readFileSync(path.join(site.outDir, 'robots.txt'), 'utf8')).toContain('Disallow: /admin/\n');
    // Each locale has its own index, under pagefind/<locale>/.
    const fragmentDirs = readdirSync(path.join(site.outDir, 'pagefind')).map((locale) =>
      path.join(site.outDir, 'pagefind', locale, 'fragment'),
    );
    const urls = fragmentDirs
      .filter((dir) => existsSync(dir))
      .flatMap((dir) =>
        readdirSync(dir).map((name) => {
          const text = gunzipSync(readFileSync(path.join(dir, name))).toString('utf8');
          return (JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string }).url;
        }),
      );
    expect(urls).toContain('/en/events/dublin/');
    expect(urls.filter((url) => url.startsWith('/admin'))).toEqual([]);
  });

  it('gives the editor its own policy, and leaves the rest of the site exactly as without it', () => {
    const headers = readFileSync(path.join(site.outDir, '_headers'), 'utf8');
    const rules = headers.split(/\n(?=\/)/);
    const admin = rules.find((rule) => rule.startsWith('/admin/*\n')) ?? '';
    expect(admin).toMatch(/Content-Security-Policy: default-src 'self';.*connect-src 'self' blob: data: https:\/\/api\.github\.com/);
    expect(admin).toContain("frame-ancestors 'none'");
    expect(rules.filter((rule) => rule.includes('api.github.com'))).toEqual([admin]);
    expect(rules.find((rule) => rule.startsWith('/en/*\n'))).toMatch(/Content-Security-Policy: default-src 'self'; img-src 'self' data:/);

    // The same campaign without the editor: every other file is the same, byte for byte (so pages
    // without JavaScript still have none, and every page keeps its policy).
    const without = build(copyRepository(false));
    const withEditor = digest(site.outDir);
    const plain = digest(without.outDir);
    const differing = Object.keys({ ...withEditor, ...plain }).filter((file) => withEditor[file] !== plain[file]);
    expect(differing.filter((file) => !file.startsWith(`admin${path.sep}`)).sort()).toEqual(['_headers', 'robots.txt']);
  });
});

describe('the editor in Chromium', () => {
  it('creates an event and its French translation that pass the check and build', async () => {
    if (browser === undefined || server === undefined) throw new Error('the site under test was not opened');
    const context = await browser.newContext({ viewport: { width: 1400, height: 1400 } });
    const problems = await watchContext(context, server.origin);
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const uncaught: { message: string; stack: string }[] = [];
    page.on('pageerror', (error) => uncaught.push({ message: error.message, stack: error.stack ?? '' }));
    await page.addInitScript(() => {
      // The folder picker, which Playwright cannot drive, gives the origin-private folder instead.
      Object.defineProperty(window, 'showDirectoryPicker', { value: () => navigator.storage.getDirectory() });
    });

    await page.goto(server.url('/admin/'));
    await copyIn(page, repository);
    await page.getByRole('button', { name: 'Work with Local Repository' }).click();

    // A new event, in English.
    await page.getByRole('treeitem', { name: /^events/ }).click();
    await page.getByRole('button', { name: 'Create New Entry' }).click();
    const english = page.getByRole('group', { name: /^Edit .English. Content$/ });
    await typeInto(field(english, 'title').getByRole('textbox'), 'Family safety café');
    await typeInto(field(english, 'summary').getByRole('textbox'), 'An afternoon for parents in Dublin, with Webwise.');
    await field(english, 'start').getByRole('textbox').fill('2020-02-11T14:00');
    await field(english, 'end').getByRole('textbox').fill('2020-02-11T16:30');
    await choose(page, field(english, 'timezone'), 'Dublin', 'Europe/Dublin');
    await field(english, 'format').getByRole('radio', { name: 'in-person' }).check();
    await field(english, 'venue').getByRole('checkbox', { name: /^Add / }).check();
    const venue = field(english, 'venue');
    await field(venue, 'name').getByRole('textbox').fill('Central Library');
    await field(venue, 'city').getByRole('textbox').fill('Dublin');
    await choose(page, field(venue, 'country'), 'Ireland', 'Ireland (IE)');
    await field(venue, 'lat').getByRole('spinbutton').fill('53.3498');
    await field(venue, 'lon').getByRole('spinbutton').fill('-6.2603');
    await choose(page, field(english, 'audience'), 'parents', 'parents');
    await field(english, 'languages').getByRole('button', { name: /^Add / }).click();
    await field(english, 'languages').getByRole('textbox').fill('en');
    await field(english, 'organisers').getByRole('checkbox', { name: 'Webwise' }).check();
    await field(english, 'body').getByRole('textbox').fill('Coffee and questions about apps, games and screen time.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => readFrom(page, 'content/en/events/family-safety-cafe.mdx'), { timeout: 60_000 }).toContain('title: ');

    // Its French translation, with the English entry beside it.
    await page.getByRole('row', { name: 'Family safety café' }).click();
    await page
      .getByRole('group', { name: /^Edit .English. Content$/ })
      .getByRole('radio', { name: /^French/ })
      .click();
    await page.getByRole('button', { name: /^Enable .French/ }).click();
    const french = page.getByRole('group', { name: /^Edit .French. Content$/ });
    // Translators see the translatable fields only.
    await field(french, 'title').waitFor();
    expect(await field(french, 'start').count()).toBe(0);
    await page
      .getByRole('group', { name: /^Preview .French. Content$/ })
      .getByRole('radio', { name: 'English' })
      .click();
    const beside = field(page.getByRole('group', { name: /^Edit .English. Content$/ }), 'title').getByRole('textbox');
    await expect.poll(() => beside.inputValue()).toBe('Family safety café');
    await typeInto(field(french, 'title').getByRole('textbox'), 'Café sécurité en famille');
    await typeInto(field(french, 'summary').getByRole('textbox'), 'Un après-midi pour les parents à Dublin, avec Webwise.');
    await field(french, 'body').getByRole('textbox').fill('Café et questions sur les applis, les jeux et le temps d’écran.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => readFrom(page, 'content/fr/events/family-safety-cafe.mdx'), { timeout: 60_000 }).toContain('title: ');

    // Out of the browser, onto the disk: the two new entries and nothing else changed.
    const edited = copyRepository(true);
    const changed = await copyOut(page, edited);
    expect(changed).toEqual(['content/en/events/family-safety-cafe.mdx', 'content/fr/events/family-safety-cafe.mdx']);
    const source = frontMatter(path.join(edited, changed[0] ?? ''));
    expect(source.data).toEqual({
      title: 'Family safety café',
      summary: 'An afternoon for parents in Dublin, with Webwise.',
      start: '2020-02-11T14:00',
      end: '2020-02-11T16:30',
      timezone: 'Europe/Dublin',
      format: 'in-person',
      venue: { name: 'Central Library', city: 'Dublin', country: 'IE', lat: 53.3498, lon: -6.2603 },
      audience: ['parents'],
      languages: ['en'],
      organisers: ['webwise'],
    });
    expect(source.body.trim()).toBe('Coffee and questions about apps, games and screen time.');
    const translation = frontMatter(path.join(edited, changed[1] ?? ''));
    expect(translation.data).toEqual({
      title: 'Café sécurité en famille',
      summary: 'Un après-midi pour les parents à Dublin, avec Webwise.',
    });
    expect(translation.body.trim()).toBe('Café et questions sur les applis, les jeux et le temps d’écran.');

    const check = runNode(
      [path.join(root, 'scripts/check.ts')],
      { ...process.env, SID_CONTENT_DIR: path.join(edited, 'content') },
      120_000,
    );
    expect(check.stdout + check.stderr).toMatch(/^No problems in \d+ entries\.$/m);
    expect(check.status).toBe(0);

    const rebuilt = build(edited);
    expect(rebuilt.page('/en/events/family-safety-cafe/')('h1').text().trim()).toBe('Family safety café');
    const frenchPage = rebuilt.page('/fr/events/family-safety-cafe/');
    expect(frenchPage('h1').text().trim()).toBe('Café sécurité en famille');
    expect(frenchPage('[data-fallback-notice]')).toHaveLength(0);
    expect(rebuilt.page('/ar/events/family-safety-cafe/')('[data-fallback-notice=untranslated]')).toHaveLength(1);

    // The editor did without every other site, and nothing of ours failed.
    const documented = readFileSync(path.join(root, 'docs/editor.md'), 'utf8');
    const foreignOrigins = [...new Set(problems.foreignRequests.map((request) => new URL(request.split(' ')[1] ?? '').origin))];
    for (const origin of foreignOrigins) expect(documented, `${origin} is not named in docs/editor.md`).toContain(origin);
    expect(problems.failedRequests).toEqual([]);
    const blocked = new Set(problems.foreignRequests.map((request) => request.split(' ')[1]));
    const consoleErrors = problems.consoleErrors.filter((error) => {
      const blockedUrl = /^Failed to load resource: net::ERR_BLOCKED_BY_CLIENT(?:\.Inspector)? \((.*)\)$/.exec(error)?.[1];
      return blockedUrl === undefined || !blocked.has(blockedUrl);
    });
    expect(consoleErrors.filter((error) => !error.startsWith('uncaught: '))).toEqual([]);
    expect(uncaught.filter((error) => !isKnownUpstreamError(error))).toEqual([]);
    await context.close();
  });
});

describe('what the form cannot check', () => {
  it('is reported by npm run check under the field’s name, as the form labels it', () => {
    const dir = copyRepository(true);
    const entry = path.join(dir, 'content/en/events/dublin.mdx');
    writeFileSync(
      entry,
      readFileSync(entry, 'utf8')
        .replace(/^end: .*$/m, 'end: "2020-02-11T09:00"')
        .replace('organisers: [webwise]', 'organisers: [web-wise]'),
    );
    const check = runNode(
      [path.join(root, 'scripts/check.ts'), '--json'],
      { ...process.env, SID_CONTENT_DIR: path.join(dir, 'content') },
      120_000,
    );
    const problems = JSON.parse(check.stdout) as { field: string; message: string }[];
    expect(problems.map((problem) => problem.field).sort()).toEqual(['end', 'organisers[0]']);
    expect(problems.find((problem) => problem.field === 'organisers[0]')?.message).toContain("did you mean 'webwise'?");
    const config = parseYaml(readFileSync(path.join(site.outDir, 'admin/config.yml'), 'utf8')) as {
      collections: { name: string; fields: { name: string; label: string }[] }[];
    };
    const labels = config.collections.find((collection) => collection.name === 'events')?.fields.map((form) => form.label);
    expect(labels).toContain('end');
    expect(labels).toContain('organisers');
  });
});

/** A field of the form by its label, in a pane or a group of fields. */
function field(scope: Locator | Page, name: string): Locator {
  // Sveltia names each field's group “label” Field, the label between Unicode isolates.
  return scope.getByRole('group', { name: `“\u2068${name}\u2069” Field`, exact: true });
}

/**
 * Fills a text field until it keeps the text: a new entry's form can drop what is entered in its
 * first moments (seen with Debian's Chromium 150), so the field is filled again until it holds.
 * Those moments last longer on a busy machine than `expect.poll`'s default second; the test's own
 * time limit still ends a form that never keeps the text.
 */
async function typeInto(box: Locator, text: string): Promise<void> {
  await expect
    .poll(
      async () => {
        if ((await box.inputValue()) !== text) await box.fill(text);
        return box.inputValue();
      },
      { timeout: 60_000 },
    )
    .toBe(text);
}

/** Picks an option of a drop-down list, typing into its filter first. */
async function choose(page: Page, group: Locator, filter: string, option: string): Promise<void> {
  const combobox = group.getByRole('combobox');
  await combobox.click();
  const popup = page.locator(`[id="${(await combobox.getAttribute('aria-controls')) ?? ''}"]`);
  await popup.getByRole('searchbox').fill(filter);
  await popup.getByRole('option', { name: option, exact: true }).click();
  // A list of several choices stays open: a click beside it closes it (Escape would close the entry).
  if (await popup.isVisible()) await group.getByRole('paragraph').first().click();
  await popup.waitFor({ state: 'hidden' });
}

/** Copies a folder's files (and empty `.git`) into the page's origin-private file system. */
async function copyIn(page: Page, dir: string): Promise<void> {
  const files = filesUnder(dir)
    .filter((file) => !path.relative(dir, file).startsWith(`site${path.sep}`))
    .map((file) => [path.relative(dir, file).split(path.sep).join('/'), readFileSync(file).toString('base64')]);
  await page.evaluate(async (entries) => {
    const top = await navigator.storage.getDirectory();
    await top.getDirectoryHandle('.git', { create: true });
    for (const [name = '', base64 = ''] of entries) {
      const parts = name.split('/');
      let folder = top;
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (await folder.getFileHandle(parts.at(-1) ?? '', { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(base64), (character) => character.charCodeAt(0)));
      await writable.close();
    }
  }, files);
}

/**
 * Copies the page's `content/` onto `dir/content`, writing only what differs, in path order (a source
 * entry before its translations, which must not look older); returns the files written.
 */
async function copyOut(page: Page, dir: string): Promise<string[]> {
  const files = await page.evaluate(async () => {
    const found: [string, string][] = [];
    const walk = async (folder: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [name, handle] of folder.entries()) {
        if (handle instanceof FileSystemDirectoryHandle) await walk(handle, `${prefix}${name}/`);
        else if (handle instanceof FileSystemFileHandle) {
          const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
          found.push([`${prefix}${name}`, btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''))]);
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('content'), 'content/');
    return found;
  });
  const written: string[] = [];
  for (const [name, base64] of files.sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.join(dir, name);
    const bytes = Buffer.from(base64, 'base64');
    if (existsSync(file) && readFileSync(file).equals(bytes)) continue;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    written.push(name);
  }
  return written;
}

/** A file of the page's origin-private file system, or '' while it does not exist. */
function readFrom(page: Page, name: string): Promise<string> {
  return page.evaluate(async (parts) => {
    try {
      let folder = await navigator.storage.getDirectory();
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
      return await (await (await folder.getFileHandle(parts.at(-1) ?? '')).getFile()).text();
    } catch {
      return '';
    }
  }, name.split('/'));
}

function frontMatter(file: string): { data: unknown; body: string } {
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(readFileSync(file, 'utf8')) ?? [];
  return { data: parseYaml(yaml) as unknown, body };
}

/**
 * An error Sveltia CMS 0.221.1 throws, not ours: its locale switcher reads the validity of every
 * locale, and a locale not yet enabled for the entry has none (`Object.values(undefined)`), after
 * each save of an entry that is not yet in every language. Nothing fails: the entry is saved.
 * Named in docs/editor.md; allowed only from inside the editor's bundle.
 */
function isKnownUpstreamError(error: { message: string; stack: string }): boolean {
  return (
    error.message === 'Cannot convert undefined or null to object' &&
    /^\s+at Object\.values/m.test(error.stack) &&
    /\/admin\/editor-[\w-]+\.js:\d+:\d+\)?$/m.test(error.stack.split('\n')[2] ?? '')
  );
}
