/**
 * Pagefind over the built site: one index per locale, of that locale's pages, in
 * `pagefind/<locale>/`, which its search page loads. Only what a page says in its own locale is
 * indexed: templates mark it with `data-pagefind-body`, and a page showing an untranslated entry
 * does not, so source-language text never lands in another language's index as if it were that
 * language.
 *
 * Each locale's index is kept in the build's cache folder with a digest of what it was made from
 * (every HTML file's path and bytes under the locale's folder, and Pagefind's version): a locale
 * whose pages are all the same as in the last build copies its index instead of indexing again,
 * so an edit to one French page indexes the French pages only.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { filesUnder, hashFile, linkOrCopy } from '#src/util/files.ts';

export interface IndexReport {
  pages: number;
  /** Locales indexed, and locales whose index was copied from the cache (no page of theirs changed). */
  indexed: string[];
  reused: string[];
}

/** Where Pagefind writes, inside the output folder; a folder per locale below. */
export const INDEX_FOLDER = 'pagefind';

/**
 * Indexes each locale's pages of `outDir` into `outDir/pagefind/<locale>/`, or copies a locale's
 * index from `cacheDir` when it was made from the same pages.
 * @example await buildSearchIndex('dist', 'node_modules/.astro/a1b2c3', ['en', 'fr']) // { pages: 120, indexed: ['fr'], reused: ['en'] }
 */
export async function buildSearchIndex(outDir: string, cacheDir: string, locales: readonly string[]): Promise<IndexReport> {
  const report: IndexReport = { pages: 0, indexed: [], reused: [] };
  try {
    for (const locale of locales) {
      const key = pagesDigest(path.join(outDir, locale));
      const cached = path.join(cacheDir, 'search', locale);
      const target = path.join(outDir, INDEX_FOLDER, locale);
      const saved = readSaved(cached);
      if (saved?.key === key) {
        linkTree(path.join(cached, INDEX_FOLDER), target);
        report.pages += saved.pages;
        report.reused.push(locale);
        continue;
      }
      const pages = await runPagefind(outDir, locale, target);
      saveIndex(cached, target, { key, pages });
      report.pages += pages;
      report.indexed.push(locale);
    }
  } finally {
    await pagefind.close();
  }
  return report;
}

/** Keeps a locale's index in the cache; written beside, then renamed: a build that stops half-way leaves no index that looks whole. */
function saveIndex(cached: string, target: string, saved: Saved): void {
  const fresh = `${cached}-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  linkTree(target, path.join(fresh, INDEX_FOLDER));
  writeFileSync(path.join(fresh, 'report.json'), JSON.stringify(saved));
  rmSync(cached, { recursive: true, force: true });
  renameSync(fresh, cached);
}

/** Indexes the pages under `outDir/<locale>/`, with their URLs from the site's root. */
async function runPagefind(outDir: string, locale: string, target: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (index === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir, glob: `${locale}/**/*.html` });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}/${locale}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: target });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return added.page_count;
}

/** The files of a folder, linked (or copied) into another (`linkOrCopy`). */
function linkTree(from: string, to: string): void {
  for (const source of filesUnder(from)) linkOrCopy(source, path.join(to, path.relative(from, source)));
}

/** What a cached index was made from, and how many pages it holds. */
interface Saved {
  key: string;
  pages: number;
}

function readSaved(cached: string): Saved | undefined {
  const file = path.join(cached, 'report.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Saved;
  } catch {
    return undefined;
  }
}

/**
 * The status pages (the translation status, "not found"), which carry `noindex` and nothing for
 * Pagefind to index: they change with every edit, and would have a locale indexed again for nothing.
 */
const STATUS_PAGES = /^(translations\/|404\.html$)/;

/** What Pagefind reads of a locale (every HTML file of its folder but the status pages) and which Pagefind reads it. */
function pagesDigest(localeDir: string): string {
  const hash = createHash('sha256').update(`pagefind ${pagefindVersion()}\n`);
  const pages = existsSync(localeDir)
    ? filesUnder(localeDir).filter(
        (file) => file.endsWith('.html') && !STATUS_PAGES.test(path.relative(localeDir, file).split(path.sep).join('/')),
      )
    : [];
  for (const file of pages) hashFile(hash.update(`${path.relative(localeDir, file)}\0`), file).update('\n');
  return hash.digest('hex');
}

function pagefindVersion(): string {
  // `pagefind/package.json` is not among the package's exports: found beside its entry module.
  const entry = fileURLToPath(import.meta.resolve('pagefind'));
  const manifest = path.join(path.dirname(entry), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
