// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { astroCacheDir, readCampaign, readSettings } from '#src/site/settings.ts';
import { sidIntegration } from '#src/integration/index.ts';
import { cachedSitemap } from '#src/integration/sitemap-cache.ts';
import { CSP_DIRECTIVES } from '#src/integration/security.ts';
import { sitemapAlternates } from '#src/site/urls.ts';

const settings = readSettings(process.env, process.cwd());
const campaign = readCampaign(settings);

// One cache per content folder: fixture builds and the sample do not overwrite each other's data store.
const cacheDir = astroCacheDir(settings);
const sid = sidIntegration(settings, campaign);

export default defineConfig({
  cacheDir,
  site: campaign.site,
  // `npm run build` builds into a fresh folder and swaps it in, so a failed build leaves dist/ as it was.
  outDir: process.env.SID_OUT_DIR || 'dist',
  // Page URLs end in `/` (`/fr/events/oodi/`): the same in links, canonical URLs and the sitemap.
  trailingSlash: 'always',
  // `preserve`: `[locale]/events/[slug]/index.astro` → /<l>/events/<slug>/, `[locale]/404.astro` → /<l>/404.html.
  build: {
    format: 'preserve',
    // Four pages at a time: a page's JavaScript runs while another waits for its files to be written.
    concurrency: 4,
  },
  integrations: [
    sid.site,
    mdx(),
    // Copied from the last build when made from the same pages (src/integration/sitemap-cache.ts).
    cachedSitemap(
      sitemap({
        // Every page of every locale with its alternates (as in each page's head); not the 404 pages
        // nor the translation status page.
        filter: (page) => !/\/(404(\.html)?|translations)\/?$/.test(new URL(page).pathname),
        serialize: (item) => ({ ...item, links: sitemapAlternates(item.url, campaign.locales, campaign.defaultLocale) }),
      }),
      { root: settings.root, cacheDir, inputs: { locales: campaign.locales, defaultLocale: campaign.defaultLocale } },
    ),
    // Last: it waits for the search index, which `sid.site` starts and the sitemap is written beside.
    sid.finish,
  ],
  image: {
    // SVG images (partners' logos, emoji art) are rasterised by sharp for AVIF and WebP copies, and
    // served as they are as the fallback. Astro leaves this off because an SVG can be made to load
    // other files or cost minutes to draw: the content check lets through only SVGs that are plain
    // drawings under 1 MB (src/media/svg-safety.ts), before anything is built.
    dangerouslyProcessSVG: true,
    // AVIF at effort 3 instead of sharp's 4, as Next.js does: several times faster to encode, for a
    // few per cent more bytes.
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 3 } } },
  },
  security: { csp: { directives: [...CSP_DIRECTIVES] } },
  // Shiki colours code with inline styles, which the CSP (no 'unsafe-inline') would block.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // A build takes a page from the previous one (kept in the cache folder) instead of rendering it
  // again when neither its code nor what it read changed: see src/integration/page-keys.ts for the key.
  // `npm run build -- --force` renders every page.
  experimental: { incrementalBuild: true },
  vite: {
    // Vite's own cache (its optimised dependencies) in the same folder. Vite's default is one for the
    // project, which it makes again, before the build starts, whenever the configuration differs from
    // the last build's (another content folder), which delays every build that switches folders.
    cacheDir: `${cacheDir}/vite`,
    build: {
      // `npm run build` starts Astro on a fresh folder (SID_BUILD_INPUTS says so), where it makes the
      // folders of the last build's pages meanwhile (scripts/lib/page-folders.ts): Astro must not
      // empty it. Started otherwise, Astro empties its output folder as usual.
      ...(process.env.SID_BUILD_INPUTS === undefined ? {} : { emptyOutDir: false }),
      rolldownOptions: {
        // Every MDX entry starts with Astro's own `"use astro:head-inject"` directive, and Rolldown warns
        // about each (with a code frame): thousands of lines that say nothing to a campaign's authors.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});
