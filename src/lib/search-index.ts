/**
 * Pagefind over the built site, one index per language (Pagefind reads `<html lang>`). Only what
 * a page says in its own locale is indexed: templates mark it with `data-pagefind-body`, and a page
 * showing an untranslated entry does not, so source-language text never lands in another
 * language's index as if it were that language.
 *
 * A build hands Pagefind each page as it is rendered (`src/middleware.ts`): Pagefind, a process of
 * its own, then indexes on the core that Astro's rendering leaves idle, instead of reading every
 * page again once they are all written.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';

export interface IndexReport {
  pages: number;
  languages: string[];
}

/** The index a build fills, and what it was handed: kept on `globalThis`, where the integration and the pages' bundle both see it. */
interface BuildIndex {
  index: Promise<PagefindIndex>;
  added: Promise<string[]>[];
}

const SEARCH = Symbol.for('sid-microsite.search-index');
const slot = () => globalThis as { [SEARCH]?: BuildIndex };

/** Called by the integration when a build starts: Pagefind starts, ready for the pages. */
export function startSearchIndex(): void {
  const index = pagefind.createIndex({}).then(({ index, errors }) => {
    if (index === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return index;
  });
  // Awaited, and its failure reported, when the index is written.
  index.catch(() => undefined);
  slot()[SEARCH] = { index, added: [] };
}

/**
 * Hands Pagefind a page a build rendered; `urlPath` is its path on the site (`/fr/events/oodi/`,
 * `/fr/404.html`). Does nothing when no index was started (the dev server).
 */
export function indexRenderedPage(urlPath: string, html: string): void {
  const building = slot()[SEARCH];
  if (building === undefined) return;
  const sourcePath = decodeURIComponent(urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath).replace(/^\//, '');
  const added = building.index.then((index) => index.addHTMLFile({ sourcePath, content: html })).then((response) => response.errors.map((error) => `${sourcePath}: ${error}`));
  added.catch(() => undefined);
  building.added.push(added);
}

/**
 * Writes the index of the pages handed over into `outDir/pagefind/`.
 * @example await writeSearchIndex('dist') // { pages: 120, languages: ['ar', 'en', …] }
 */
export async function writeSearchIndex(outDir: string): Promise<IndexReport> {
  const building = slot()[SEARCH];
  if (building === undefined) throw new Error('No search index was started: the integration starts one when a build starts.');
  try {
    const index = await building.index;
    const errors = (await Promise.all(building.added)).flat();
    if (errors.length > 0) throw new Error(`Pagefind could not index some pages: ${errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    return { pages: building.added.length, languages: Object.keys(entry.languages).sort() };
  } finally {
    delete slot()[SEARCH];
    await pagefind.close();
  }
}
