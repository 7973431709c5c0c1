/**
 * The project's Astro integration: validates the whole content folder before anything is built
 * (one report, every problem), reports UI strings that fall back to the default locale, provides
 * the campaign's colours as a stylesheet module, and adds the editor at `/admin/` when the campaign
 * has one (`src/editor/`).
 */
import { closeSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { startBuild } from './build-state.ts';
import { drawingStats } from '#src/share-images/cache.ts';
import { openSharePlan, plannedShareImages } from '#src/share-images/plan.ts';
import { stopDrawing } from '#src/share-images/process.ts';
import { linkOrCopy } from '#src/util/files.ts';
import { buildSearchIndex } from './search-index.ts';
import { headersFile, mergePolicies } from './security.ts';
import { ContentError, formatReport } from '#src/validation/problems.ts';
import type { Settings } from '#src/site/settings.ts';
import { drawValidatedAhead } from '#src/share-images/ahead.ts';
import { validateContent, type ValidationResult } from '#src/validation/validate-content.ts';
import { loadResources, missingKeys } from '#src/i18n/resources.ts';
import type { Campaign } from '#src/schemas/campaign.ts';
import { EDITOR_FOLDER } from '#src/editor/page.ts';
import { serveEditor, writeEditor } from '#src/editor/site.ts';

const THEME_MODULE = 'virtual:sid/theme.css';

export function sidIntegration(settings: Settings, campaign: Campaign): AstroIntegration {
  /** The content folder as validated when the build was set up. */
  let content: ValidationResult | undefined;
  /** The share images the build started drawing, by file, once drawn. */
  let drawnAhead: Promise<Set<string>> | undefined;
  /** Astro's cache folder for this content folder (`astro.config.mjs`), where the search index is kept. */
  let cacheDir = '';
  return {
    name: 'sid-microsite',
    hooks: {
      'astro:config:setup': async ({ command, logger, updateConfig }) => {
        const result = await validateContent(settings.contentDir, settings.root);
        content = result;
        if (result.problems.length > 0) {
          const report = formatReport(result.problems);
          // A build must stop with the report; the dev server keeps running so that the fix shows.
          if (command === 'build') throw new ContentError(`\n${report}`);
          logger.error(report);
        }
        const resources = loadResources(settings.localesDir, campaign.locales);
        for (const locale of campaign.locales.slice(1)) {
          const missing = missingKeys(resources, locale, campaign.defaultLocale);
          if (missing.length > 0) {
            logger.warn(
              `${locale}: ${missing.length} UI string(s) missing, shown in ${campaign.defaultLocale}: ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ', …' : ''} (npm run i18n:check -- ${locale})`,
            );
          }
        }
        const css = `:root{--sid-primary:${campaign.colors.primary};--sid-accent:${campaign.colors.accent}}`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'sid-theme',
                resolveId: (id: string) => (id === THEME_MODULE ? `\0${THEME_MODULE}` : undefined),
                load: (id: string) => (id === `\0${THEME_MODULE}` ? css : undefined),
              },
            ],
          },
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        serveEditor(server, settings, campaign, (error) => {
          logger.error(`the editor could not be served: ${String(error)}`);
        });
        // While `npm run dev` runs, every edit in the content folder is checked again: the report
        // goes to the terminal and, as the same text, to the browser's error overlay.
        const recheck = async (file: string) => {
          if (!path.resolve(file).startsWith(settings.contentDir + path.sep)) return;
          const { problems } = await validateContent(settings.contentDir, settings.root);
          if (problems.length === 0) return;
          const report = formatReport(problems);
          logger.error(report);
          server.ws.send({ type: 'error', err: { message: report, stack: '', plugin: 'sid-microsite' } });
        };
        server.watcher.add(settings.contentDir);
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, (file) => void recheck(file));
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        startBuild();
        openSharePlan();
        if (content !== undefined) drawnAhead = drawValidatedAhead(content);
        // Not needed any more: let the build's peak of memory, while Vite bundles, go without it.
        content = undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const foreseen = (await drawnAhead) ?? new Set();
        const written = await writeShareImages(outDir);
        await stopDrawing();
        const images = drawingStats();
        const early = written.filter((file) => foreseen.has(file)).length;
        logger.info(
          `share images: ${images.drawn} drawn in ${images.seconds.toFixed(1)} s, ${images.reused} from the cache; ${early} of ${written.length} started with the build`,
        );
        const started = performance.now();
        const search = await buildSearchIndex(outDir, cacheDir);
        const took = `(${Math.round(performance.now() - started)} ms)`;
        const languages = search.languages.join(', ');
        logger.info(
          search.reused
            ? `search: the index of ${search.pages} pages (${languages}) copied from the cache: no page changed ${took}`
            : `search: ${search.pages} pages indexed in ${languages} ${took}`,
        );
        // After the search index, which never sees the editor's page; before `_headers`, which lists it.
        const editorPolicy = await writeEditor(outDir, settings, campaign);
        if (editorPolicy !== undefined) logger.info(`editor: /${EDITOR_FOLDER}/ for ${campaign.editor?.repo ?? ''}`);
        writeHeadersFile(outDir, editorPolicy);
      },
    },
  };
}

/**
 * Puts the share images the pages planned into the output folder (`linkOrCopy`). Returns the
 * cache's files.
 */
async function writeShareImages(outDir: string): Promise<string[]> {
  const planned = plannedShareImages();
  if (planned === undefined)
    throw new Error('No page planned its share images: every page is built with the Base layout, which plans them.');
  const images = await planned;
  for (const image of images) {
    linkOrCopy(image.file, path.join(outDir, ...image.path.split('/').map(decodeURIComponent)));
  }
  return images.map((image) => image.file);
}

/**
 * Writes `_headers` with one policy merged from every page's CSP `<meta>`, and the editor's own
 * policy for its folder when there is one.
 */
function writeHeadersFile(outDir: string, editorPolicy: string | undefined): void {
  // A set: pages share a handful of policies, and each match would otherwise keep its whole page
  // in memory (a regular expression's match is a slice of the string it was found in).
  const policies = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (file !== path.join(outDir, EDITOR_FOLDER)) walk(file);
      } else if (entry.name.endsWith('.html')) {
        const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(headOf(file))?.[1];
        if (policy !== undefined) policies.add(policy);
      }
    }
  };
  walk(outDir);
  const sitePolicy = mergePolicies([...policies].map((policy) => policy.replaceAll('&#39;', "'")));
  const entries = readdirSync(outDir, { withFileTypes: true }).map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
  const editor = editorPolicy === undefined ? undefined : { folder: EDITOR_FOLDER, policy: editorPolicy, entries: entries.sort() };
  writeFileSync(path.join(outDir, '_headers'), headersFile(sitePolicy, editor));
}

/**
 * The start of an HTML file, up to its `</head>`: the policy is in the head, a few KB into pages
 * that run to 100 KB, and a large campaign has thousands of them. Read as Latin-1, since only
 * ASCII is looked for (a UTF-8 character cut between two reads is harmless).
 */
function headOf(file: string): string {
  const descriptor = openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(16 * 1024);
    let text = '';
    while (!text.includes('</head>')) {
      const read = readSync(descriptor, chunk);
      if (read === 0) break;
      text += chunk.toString('latin1', 0, read);
    }
    return text;
  } finally {
    closeSync(descriptor);
  }
}
