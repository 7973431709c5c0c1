/**
 * The sitemap as `@astrojs/sitemap` writes it, taken from the last build when it would be made from
 * the same things: the same pages in the same order, the same routes, the site's address and URL
 * settings, the project's code (the sitemap's options are functions of it) and what the options
 * read of the campaign. At 1,600 entries × 6 locales it is a 7 MB file that took 0.7–0.9 s of the
 * build's last second to write while Pagefind, in a process of its own, wanted both cores. An edit
 * to an entry's body or title changes no page's address, and copies it.
 *
 * `--force` writes it again (and keeps that one): a `--force` build is what an incremental one is
 * compared with, and must not trust what this key might miss.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration, IntegrationResolvedRoute } from 'astro';
import { linkOrCopy, replaceFolder } from '#src/util/files.ts';
import { hashCode } from './up-to-date.ts';

/** What a cached sitemap was made from, and its files (in the output folder's root). */
interface Saved {
  key: string;
  files: string[];
}

/**
 * `@astrojs/sitemap`'s integration, its sitemap copied from `cacheDir` when made from the same
 * things; `inputs`, what its options read besides the pages (the campaign's locales).
 * @example cachedSitemap(sitemap({ serialize }), { root, cacheDir, inputs: campaign })
 */
export function cachedSitemap(sitemap: AstroIntegration, options: { root: string; cacheDir: string; inputs: unknown }): AstroIntegration {
  const { hooks } = sitemap;
  const write = hooks['astro:build:done'];
  let config: AstroConfig | undefined;
  let routes: IntegrationResolvedRoute[] = [];
  return {
    ...sitemap,
    hooks: {
      ...hooks,
      'astro:config:done': async (params) => {
        config = params.config;
        await hooks['astro:config:done']?.(params);
      },
      'astro:routes:resolved': async (params) => {
        routes = params.routes;
        await hooks['astro:routes:resolved']?.(params);
      },
      'astro:build:done': async (params) => {
        if (write === undefined || config === undefined) return write?.(params);
        const outDir = fileURLToPath(params.dir);
        const cached = path.join(options.cacheDir, 'sitemap');
        // Before the sitemap's hook runs: it changes the pages' paths it is given.
        const key = sitemapKey(config, routes, params.pages, options);
        const saved = process.argv.includes('--force') ? undefined : readSaved(cached);
        if (saved?.key === key && saved.files.every((file) => existsSync(path.join(cached, file)))) {
          for (const file of saved.files) linkOrCopy(path.join(cached, file), path.join(outDir, file));
          params.logger.info(`${saved.files.join(', ')} copied from the cache: the same pages as the last build`);
          return;
        }
        const before = new Set(readdirSync(outDir));
        await write(params);
        const files = readdirSync(outDir)
          .filter((file) => !before.has(file) && file.endsWith('.xml'))
          .sort();
        save(cached, outDir, { key, files });
      },
    },
  };
}

/** A digest of what the sitemap is made from (see the top of this file). */
function sitemapKey(
  config: AstroConfig,
  routes: readonly IntegrationResolvedRoute[],
  pages: readonly { pathname: string }[],
  options: { root: string; inputs: unknown },
): string {
  const hash = hashCode(createHash('sha256'), options.root);
  const { site, base, trailingSlash } = config;
  const shown = (route: IntegrationResolvedRoute): unknown => [route.type, route.pathname ?? null, route.pattern];
  hash.update(
    JSON.stringify({
      config: { site, base, trailingSlash, format: config.build.format },
      routes: routes.map((route) => [shown(route), ...route.fallbackRoutes.map(shown)]),
      inputs: options.inputs,
    }),
  );
  for (const page of pages) hash.update(`\0${page.pathname}`);
  return hash.digest('hex');
}

function readSaved(cached: string): Saved | undefined {
  try {
    const saved = JSON.parse(readFileSync(path.join(cached, 'saved.json'), 'utf8')) as Partial<Saved>;
    const { key, files } = saved;
    return typeof key === 'string' &&
      Array.isArray(files) &&
      files.every((file) => typeof file === 'string' && path.basename(file) === file)
      ? { key, files }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the sitemap's files in the cache; written beside, then renamed: a build that stops half-way leaves none that looks whole. */
function save(cached: string, outDir: string, saved: Saved): void {
  replaceFolder(cached, (fresh) => {
    for (const file of saved.files) linkOrCopy(path.join(outDir, file), path.join(fresh, file));
    writeFileSync(path.join(fresh, 'saved.json'), JSON.stringify(saved));
  });
}
