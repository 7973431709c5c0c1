/**
 * What every end-to-end test needs: the sample campaign built once into a temporary folder, a
 * static server for it on 127.0.0.1 (port chosen by the OS), headless Chromium, one URL per
 * template per locale found in the built files, and a watcher that records what a visitor's
 * browser would complain about (console errors, failed or third-party requests).
 *
 * The build happens once per test run in `global-setup.ts` (vitest `globalSetup`), which hands the
 * folder to the test files with `provide`/`inject`. A file run without that set-up builds the site
 * itself, once per file, so the tests never depend on a stale `dist/`.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildSample, projectRoot } from './build-sample.ts';

export { buildSample, projectRoot, SAMPLE_NOW } from './build-sample.ts';

/** Debian's Chromium; never a browser downloaded by `playwright install`. */
export const CHROMIUM_PATH = process.env['SID_CHROMIUM'] || '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// A cache, per test file, of the build made when no global set-up provided one.
let ownBuild: Promise<{ dir: string; remove: () => Promise<void> }> | undefined;

/**
 * The folder of the built sample: `SID_E2E_SITE` when set (a site built beforehand), else the
 * one built by the global set-up, else one built now (once per test file; `releaseSite` deletes it).
 */
export async function siteDir(): Promise<string> {
  // An already built site, e.g. to check a build made elsewhere; the tests never fall back to dist/.
  const given = process.env['SID_E2E_SITE'];
  if (given !== undefined && given !== '') return path.resolve(given);
  const provided = inject('sidSiteDir');
  if (typeof provided === 'string' && provided !== '') return provided;
  ownBuild ??= buildSample();
  return (await ownBuild).dir;
}

/** Deletes the site built by `siteDir` for this file, if it built one. */
export async function releaseSite(): Promise<void> {
  const build = ownBuild;
  ownBuild = undefined;
  if (build !== undefined) await (await build).remove();
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.pdf': 'application/pdf',
};

/** The content type a static host sends for a file name. */
export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** An absolute URL on this server for a site path such as `/en/`. */
  url: (sitePath: string) => string;
  close: () => Promise<void>;
}

/**
 * Serves a built site as a static host would: `/dir/` → `/dir/index.html`, `/dir` → redirect to
 * `/dir/`, a missing file → the site's `/404.html` with status 404. GET and HEAD only.
 */
export async function serveSite(root: string): Promise<StaticServer> {
  const base = path.resolve(root);

  async function send(response: ServerResponse, head: boolean, status: number, file: string): Promise<void> {
    const body = await readFile(file);
    response.writeHead(status, {
      'Content-Type': contentType(file),
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    response.end(head ? undefined : body);
  }

  async function notFound(response: ServerResponse, head: boolean): Promise<void> {
    const page = path.join(base, '404.html');
    if (existsSync(page)) return send(response, head, 404, page);
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(head ? undefined : 'Not found');
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) {
      response.writeHead(405, { Allow: 'GET, HEAD' });
      response.end();
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      response.writeHead(400);
      response.end();
      return;
    }
    const file = path.resolve(base, `.${decoded}`);
    if (file !== base && !file.startsWith(base + path.sep)) return notFound(response, head);
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/` });
        response.end();
        return;
      }
      const index = path.join(file, 'index.html');
      return existsSync(index) ? send(response, head, 200, index) : notFound(response, head);
    }
    if (info?.isFile()) return send(response, head, 200, file);
    return notFound(response, head);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (sitePath) => new URL(sitePath, origin).href,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

/**
 * Launches Debian's headless Chromium. Fails (never skips) when it is not installed, saying how
 * to install it.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. The end-to-end tests need Debian's Chromium: ` +
        'install it with `apt-get update && apt-get install -y chromium` (not `npx playwright install`), ' +
        'or point SID_CHROMIUM at another Chromium binary.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Everything the end-to-end tests share: the built site, its server and a browser. */
export interface SiteUnderTest {
  dir: string;
  server: StaticServer;
  browser: Browser;
  close: () => Promise<void>;
}

/** Builds (or reuses) the sample, serves it and launches Chromium. */
export async function openSite(): Promise<SiteUnderTest> {
  const dir = await siteDir();
  const server = await serveSite(dir);
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    dir,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The error to fail a test with when the site could not be opened: why it could not, if known. */
function notOpened(failure: unknown): Error {
  if (failure instanceof Error) return failure;
  return new Error('The site under test was not opened', { cause: failure });
}

/**
 * Opens the site for the tests of a file (`beforeAll`) and closes it afterwards (`afterAll`).
 * When it cannot be opened (no Chromium, a failed build), every test of the file fails with the
 * reason, rather than being reported as skipped.
 */
export function useSite(): SiteUnderTest {
  let opened: SiteUnderTest | undefined;
  let failure: unknown;
  beforeAll(async () => {
    try {
      opened = await openSite();
    } catch (error) {
      failure = error;
    }
  });
  beforeEach(() => {
    if (opened === undefined) throw notOpened(failure);
  });
  afterAll(async () => {
    await opened?.close();
    await releaseSite();
  });
  const current = (): SiteUnderTest => {
    if (opened === undefined) throw notOpened(failure);
    return opened;
  };
  return {
    get dir() {
      return current().dir;
    },
    get server() {
      return current().server;
    },
    get browser() {
      return current().browser;
    },
    close: () => current().close(),
  };
}

/** The campaign settings the sample was built from: its locales and its public site URL. */
export function readCampaign(): { locales: string[]; defaultLocale: string; site: string } {
  const contentDir = path.resolve(projectRoot, process.env['SID_CONTENT_DIR'] || 'content');
  const campaign: unknown = parseYaml(readFileSync(path.join(contentDir, 'campaign.yaml'), 'utf8'));
  const { locales, defaultLocale, site } = campaign as { locales?: unknown; defaultLocale?: unknown; site?: unknown };
  if (!Array.isArray(locales) || typeof defaultLocale !== 'string' || typeof site !== 'string') {
    throw new Error('content/campaign.yaml has no locales, defaultLocale or site');
  }
  return { locales: locales.map(String), defaultLocale, site };
}

/** The kinds of entries that have a list page and one page per entry. */
export const ENTRY_KINDS = ['events', 'workshops', 'videos', 'hashtags', 'partners'] as const;

/**
 * The facets each list can be filtered by without JavaScript: a static page per value, under
 * `/<l>/<kind>/<facet>/<value>/` (`/en/events/country/ie/`).
 */
export const FILTER_FACETS: Readonly<Partial<Record<(typeof ENTRY_KINDS)[number], readonly string[]>>> = {
  events: ['country', 'audience', 'format'],
  workshops: ['audience', 'format'],
};

/** Folders under `/<l>/` that are routes of the generator, not free pages. */
const RESERVED_ROUTES = new Set<string>([...ENTRY_KINDS, 'search']);

/** One page that stands for a template. */
export interface TemplatePage {
  /** The template, e.g. `events/[slug]`; the same name in every locale. */
  template: string;
  locale: string | undefined;
  /** The site path, e.g. `/en/events/oodi-helsinki-training/`. */
  path: string;
}

function subfoldersWithIndex(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => statSync(path.join(folder, name)).isDirectory() && existsSync(path.join(folder, name, 'index.html')))
    .sort();
}

/**
 * One page per template of a locale, found in the built files: the home page, each kind's list
 * page, its first entry (alphabetically) and its first static filter page of each facet
 * (`events/country/[country]`), the first free page, the search page and the locale's 404 page.
 * A template with no built page (say, a campaign without videos) is left out; list pages and the
 * home page are always listed, so a missing one fails the test that loads it.
 *
 * @example templatePages('/tmp/site', 'en')
 * // [{ template: 'home', locale: 'en', path: '/en/' }, { template: 'events', … path: '/en/events/' }, …]
 */
export function templatePages(dir: string, locale: string): TemplatePage[] {
  const root = path.join(dir, locale);
  const pages: TemplatePage[] = [{ template: 'home', locale, path: `/${locale}/` }];
  for (const kind of ENTRY_KINDS) {
    pages.push({ template: kind, locale, path: `/${locale}/${kind}/` });
    const [first] = subfoldersWithIndex(path.join(root, kind));
    if (first !== undefined) pages.push({ template: `${kind}/[slug]`, locale, path: `/${locale}/${kind}/${first}/` });
    for (const facet of FILTER_FACETS[kind] ?? []) {
      const [value] = subfoldersWithIndex(path.join(root, kind, facet));
      if (value !== undefined)
        pages.push({ template: `${kind}/${facet}/[${facet}]`, locale, path: `/${locale}/${kind}/${facet}/${value}/` });
    }
  }
  const [page] = subfoldersWithIndex(root).filter((name) => !RESERVED_ROUTES.has(name));
  if (page !== undefined) pages.push({ template: '[page]', locale, path: `/${locale}/${page}/` });
  if (existsSync(path.join(root, 'search', 'index.html'))) pages.push({ template: 'search', locale, path: `/${locale}/search/` });
  pages.push({ template: '404', locale, path: `/${locale}/404.html` });
  return pages;
}

/** The templates outside any locale: the language picker and the site-wide 404 page. */
export function rootPages(): TemplatePage[] {
  return [
    { template: 'language picker', locale: undefined, path: '/' },
    { template: 'root 404', locale: undefined, path: '/404.html' },
  ];
}

/** What a visitor's browser would have complained about while a page was open. */
export interface PageProblems {
  readonly consoleErrors: string[];
  /** Same-origin requests that failed or got an error status (not those a navigation away cancelled). */
  readonly failedRequests: string[];
  /** Requests to any origin other than the local server (blocked before they leave the machine). */
  readonly foreignRequests: string[];
}

/**
 * Watches a browser context: blocks and records every request to another origin than the local
 * server (so no test ever reaches the internet), and records console errors, uncaught page
 * errors, requests that failed and responses with an error status.
 */
export async function watchContext(context: BrowserContext, origin: string): Promise<PageProblems> {
  const consoleErrors: string[] = [];
  const failed: string[] = [];
  const foreignRequests: string[] = [];
  // A request cancelled (net::ERR_ABORTED) because its page navigated away, e.g. a font of `/`
  // when its script sends the visitor on, is not a failure. Whether the page navigated is only
  // known once the navigation commits, so those are sorted out when the failures are read.
  const aborted: Array<{ page: Page; navigation: number; text: string }> = [];
  const navigations = new Map<Page, number>();
  const startedDuring = new WeakMap<Request, number>();

  await context.route(
    (url) => url.origin !== origin,
    async (route) => {
      foreignRequests.push(`${route.request().method()} ${route.request().url()}`);
      await route.abort('blockedbyclient');
    },
  );
  const watch = (page: Page) => {
    navigations.set(page, 0);
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.set(page, (navigations.get(page) ?? 0) + 1);
    });
    page.on('request', (request) => startedDuring.set(request, navigations.get(page) ?? 0));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
    page.on('requestfailed', (request) => {
      if (new URL(request.url()).origin !== origin) return;
      const error = request.failure()?.errorText ?? 'failed';
      const text = `${request.method()} ${request.url()}: ${error}`;
      if (error === 'net::ERR_ABORTED') aborted.push({ page, navigation: startedDuring.get(request) ?? 0, text });
      else failed.push(text);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    consoleErrors,
    foreignRequests,
    get failedRequests() {
      const notNavigatedAway = aborted.filter((entry) => (navigations.get(entry.page) ?? 0) === entry.navigation);
      return [...failed, ...notNavigatedAway.map((entry) => entry.text)];
    },
  };
}
