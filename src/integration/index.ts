/**
 * The project's Astro integration: validates the whole content folder before anything is built
 * (one report, every problem), reports UI strings that fall back to the default locale, provides
 * the campaign's colours as a stylesheet module, and adds the editor at `/admin/` when the campaign
 * has one (`src/editor/`).
 *
 * It is two integrations, listed around the sitemap's in `astro.config.mjs`: Astro runs each
 * integration's `astro:build:done` in turn, and the search index is made by Pagefind in a process
 * of its own, so the first starts it and the second waits for it. Meanwhile the last share images
 * are drawn, the page record written (about 0.3 s after a body edit at 1,600 entries × 6 locales,
 * while Pagefind indexed a locale for 1.7–2.5 s), and the sitemap written or, when no page came or
 * went, copied (`sitemap-cache.ts`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { startBuild } from './build-state.ts';
import { restoreByLink } from './restore-by-link.ts';
import { drawingStats } from '#src/share-images/cache.ts';
import { openSharePlan, plannedShareImages, type PlannedImage } from '#src/share-images/plan.ts';
import { buildPages, writePageRecord, type PagesReport } from './page-record.ts';
import { writeStamp } from './up-to-date.ts';
import { stopDrawing } from '#src/share-images/process.ts';
import { linkOrCopy } from '#src/util/files.ts';
import { buildSearchIndex } from './search-index.ts';
import { sitePolicy, writeHeadersFile } from './headers.ts';
import { themePlugin } from './theme.ts';
import { autonymsPlugin, writeAutonymFonts } from '#src/fonts/autonyms.ts';
import { localeTable } from '#src/i18n/locales.ts';
import { astroCacheDir } from '#src/site/settings.ts';
import { warnOfMissingStrings, watchContent } from './dev-check.ts';
import { ContentError, formatReport } from '#src/validation/problems.ts';
import type { Settings } from '#src/site/settings.ts';
import { drawValidatedAhead } from '#src/share-images/ahead.ts';
import { validateContent, type ValidationResult } from '#src/validation/validate-content.ts';
import type { Campaign } from '#src/schemas/campaign.ts';
import { EDITOR_FOLDER } from '#src/editor/page.ts';
import { serveEditor, writeEditor } from '#src/editor/site.ts';

/** The integration (`site`), and the part of its end of build that waits for the search index (`finish`). */
export interface SidIntegrations {
  site: AstroIntegration;
  finish: AstroIntegration;
}

export function sidIntegration(settings: Settings, campaign: Campaign): SidIntegrations {
  /** The content folder as validated when the build was set up. */
  let content: ValidationResult | undefined;
  /** The share images the build started drawing from the validated content, once drawn. */
  let drawnAhead: Promise<PlannedImage[] | undefined> | undefined;
  /** Astro's cache folder for this content folder (`astro.config.mjs`), where the search index is kept. */
  let cacheDir = '';
  /** The search index being made, from the end of the pages until `finish` waits for it. */
  let searching: Promise<string> | undefined;
  /** The pages' policy for `_headers`, read while the search index is made. */
  let policy = '';
  const site: AstroIntegration = {
    name: 'sid-microsite',
    hooks: {
      'astro:config:setup': async ({ command, logger, updateConfig }) => {
        const result = await validateContent(settings.contentDir, settings.root, astroCacheDir(settings));
        content = result;
        if (result.problems.length > 0) {
          const report = formatReport(result.problems);
          // A build must stop with the report; the dev server keeps running so that the fix shows.
          if (command === 'build') throw new ContentError(`\n${report}`);
          logger.error(report);
        }
        warnOfMissingStrings(settings, campaign, (message) => {
          logger.warn(message);
        });
        const autonymSheet = await writeAutonymFonts(localeTable(campaign.locales), path.join(astroCacheDir(settings), 'autonym-fonts'));
        updateConfig({ vite: { plugins: [themePlugin(campaign.colors), autonymsPlugin(autonymSheet)] } });
      },
      'astro:server:setup': ({ server, logger }) => {
        serveEditor(server, settings, campaign, (error) => {
          logger.error(`the editor could not be served: ${String(error)}`);
        });
        watchContent(settings, server, logger);
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': async ({ logger }) => {
        startBuild();
        openSharePlan();
        if (content !== undefined) drawnAhead = drawValidatedAhead(content);
        // Not needed any more: let the build's peak of memory, while Vite bundles, go without it.
        content = undefined;
        if (!(await restoreByLink(settings.root)))
          logger.warn('unchanged pages are copied from the cache: this Astro has no IncrementalBuildCache to link them');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Pagefind reads only the pages, so it starts before the last share images are drawn.
        searching = indexForSearch(outDir, cacheDir, campaign.locales);
        // Waited for by `finish`; until then, a failure must not count as unhandled.
        searching.catch(() => undefined);
        logger.info(await finishShareImages(outDir, await drawnAhead));
        logPages(writePageRecord(), logger);
        policy = sitePolicy(outDir);
      },
    },
  };
  const finish: AstroIntegration = {
    name: 'sid-microsite:finish',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (searching === undefined) throw new Error('The search index was not started: list `site` before `finish` in the integrations.');
        logger.info(await searching);
        searching = undefined;
        // After the search index, which never sees the editor's page; before `_headers`, which lists it.
        const editorPolicy = await writeEditor(outDir, settings, campaign);
        if (editorPolicy !== undefined) logger.info(`editor: /${EDITOR_FOLDER}/ for ${campaign.editor?.repo ?? ''}`);
        writeHeadersFile(outDir, policy, editorPolicy);
        const inputs = process.env['SID_BUILD_INPUTS'];
        if (inputs !== undefined) writeStamp(settings, { inputs, now: buildPages().nowWindow ?? null });
      },
    },
  };
  return { site, finish };
}

/**
 * Writes the share images (those the pages planned; when no page rendered, those drawn from the
 * validated content), ends the drawing process, and says what was drawn.
 */
async function finishShareImages(outDir: string, ahead: PlannedImage[] | undefined): Promise<string> {
  const written = await writeShareImages(outDir, ahead);
  await stopDrawing();
  const images = drawingStats();
  const foreseen = new Set(ahead?.map((image) => image.file));
  const early = written.filter((file) => foreseen.has(file)).length;
  return `share images: ${images.drawn} drawn in ${images.seconds.toFixed(1)} s, ${images.reused} from the cache; ${early} of ${written.length} started with the build`;
}

/** Builds (or copies) each locale's search index and says how. */
async function indexForSearch(outDir: string, cacheDir: string, locales: readonly string[]): Promise<string> {
  const started = performance.now();
  const search = await buildSearchIndex(outDir, cacheDir, locales);
  const took = `(${Math.round(performance.now() - started)} ms)`;
  const indexed = search.indexed.length === 0 ? 'no locale indexed' : `${search.indexed.join(', ')} indexed`;
  const reused = search.reused.length === 0 ? '' : `; ${search.reused.join(', ')} copied from the cache, no page of theirs changed`;
  return `search: ${search.pages} pages, ${indexed}${reused} ${took}`;
}

/**
 * Puts the share images the pages planned into the output folder (`linkOrCopy`). Returns the
 * cache's files.
 */
async function writeShareImages(outDir: string, ahead: PlannedImage[] | undefined): Promise<string[]> {
  const images = (await plannedShareImages()) ?? ahead;
  if (images === undefined) throw new Error('The share images could not be planned (see the errors above).');
  for (const image of images) {
    linkOrCopy(image.file, path.join(outDir, ...image.path.split('/').map(decodeURIComponent)));
  }
  return images.map((image) => image.file);
}

/**
 * Says which pages the build rendered and why, and how many it copied from the previous build: a
 * line per page rendered, but one line when every page was rendered (the first build, `--force`).
 */
function logPages(report: PagesReport, logger: AstroIntegrationLogger): void {
  logger.info(`pages: ${report.rendered.length} rendered, ${report.copied} copied from the previous build`);
  const forced = process.argv.includes('--force');
  if (forced || (report.copied === 0 && report.rendered.every((page) => page.reason === 'first build'))) {
    logger.info(`  all ${report.rendered.length}: ${forced ? '--force' : 'first build'}`);
    return;
  }
  for (const { page, reason } of report.rendered) logger.info(`  ${page} (${reason})`);
}
