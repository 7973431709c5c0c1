/**
 * Pagefind over the built site, one index per language (Pagefind reads `<html lang>`). Only what
 * a page says in its own locale is indexed: templates mark it with `data-pagefind-body`, and a page
 * showing an untranslated entry does not, so source-language text never lands in another
 * language's index as if it were that language.
 *
 * The index is kept in the build's cache folder with a digest of what it was made from (every HTML
 * file's path and bytes, and Pagefind's version): a build whose pages are all the same as the last
 * one's (the incremental build copied them) copies the index too instead of indexing again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { filesUnder, hashFile, linkOrCopy } from '#src/util/files.ts';

export interface IndexReport {
  pages: number;
  languages: string[];
  /** The index was copied from the cache: no page changed since it was made. */
  reused: boolean;
}

/** Where Pagefind writes, inside the output folder. */
const INDEX_FOLDER = 'pagefind';

/**
 * Indexes the HTML of `outDir` into `outDir/pagefind/`, or copies the index from `cacheDir` when it
 * was made from the same pages.
 * @example await buildSearchIndex('dist', 'node_modules/.astro/a1b2c3') // { pages: 120, languages: ['ar', 'en', …], reused: false }
 */
export async function buildSearchIndex(outDir: string, cacheDir: string): Promise<IndexReport> {
  const key = pagesDigest(outDir);
  const cached = path.join(cacheDir, 'search');
  const target = path.join(outDir, INDEX_FOLDER);
  const saved = readSaved(cached);
  if (saved?.key === key) {
    linkTree(path.join(cached, INDEX_FOLDER), target);
    return { ...saved.report, reused: true };
  }
  const report = await runPagefind(outDir, target);
  // Written beside, then renamed: a build that stops half-way leaves no index that looks whole.
  const fresh = `${cached}-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  linkTree(target, path.join(fresh, INDEX_FOLDER));
  writeFileSync(path.join(fresh, 'report.json'), JSON.stringify({ key, report }));
  rmSync(cached, { recursive: true, force: true });
  renameSync(fresh, cached);
  return { ...report, reused: false };
}

async function runPagefind(outDir: string, target: string): Promise<Omit<IndexReport, 'reused'>> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (index === undefined) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const entry = JSON.parse(readFileSync(path.join(target, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    return { pages: added.page_count, languages: Object.keys(entry.languages).sort() };
  } finally {
    await pagefind.close();
  }
}

/** The files of a folder, linked (or copied) into another (`linkOrCopy`). */
function linkTree(from: string, to: string): void {
  for (const source of filesUnder(from)) linkOrCopy(source, path.join(to, path.relative(from, source)));
}

function readSaved(cached: string): { key: string; report: Omit<IndexReport, 'reused'> } | undefined {
  const file = path.join(cached, 'report.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { key: string; report: Omit<IndexReport, 'reused'> };
  } catch {
    return undefined;
  }
}

/** What Pagefind reads (every HTML file, outside its own folder) and which Pagefind reads it. */
function pagesDigest(outDir: string): string {
  const hash = createHash('sha256').update(`pagefind ${pagefindVersion()}\n`);
  const pages = filesUnder(outDir).filter(
    (file) => file.endsWith('.html') && !path.relative(outDir, file).startsWith(`${INDEX_FOLDER}${path.sep}`),
  );
  for (const file of pages) hashFile(hash.update(`${path.relative(outDir, file)}\0`), file).update('\n');
  return hash.digest('hex');
}

function pagefindVersion(): string {
  // `pagefind/package.json` is not among the package's exports: found beside its entry module.
  const entry = fileURLToPath(import.meta.resolve('pagefind'));
  const manifest = path.join(path.dirname(entry), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
