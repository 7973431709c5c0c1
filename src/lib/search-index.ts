/**
 * Pagefind over the built site, one index per language (Pagefind reads `<html lang>`). Only what
 * a page says in its own locale is indexed: templates mark it with `data-pagefind-body`, and a page
 * showing an untranslated entry does not, so source-language text never lands in another
 * language's index as if it were that language.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

export interface IndexReport {
  pages: number;
  languages: string[];
}

/**
 * Indexes the HTML of `outDir` into `outDir/pagefind/`.
 * @example await buildSearchIndex('dist') // { pages: 120, languages: ['ar', 'en', …] }
 */
export async function buildSearchIndex(outDir: string): Promise<IndexReport> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (index === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    return { pages: added.page_count, languages: Object.keys(entry.languages).sort() };
  } finally {
    await pagefind.close();
  }
}
