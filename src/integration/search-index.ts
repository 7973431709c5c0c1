/**
 * Pagefind over the built site: one index per locale, of that locale's pages, in
 * `pagefind/<locale>/`, which its search page loads. Only what a page says in its own locale is
 * indexed: templates mark it with `data-pagefind-body`, and a page showing an untranslated entry
 * does not, so source-language text never lands in another language's index as if it were that
 * language.
 *
 * Each locale's index is kept in the build's cache folder with a digest of what it was made from
 * (the path and bytes of each page Pagefind reads, see `pagesRead`, and Pagefind's version): a
 * locale whose indexed pages are all the same as in the last build copies its index instead of
 * indexing again. So an edit to one French page indexes the French pages only, and a new title in
 * the source, which every locale's lists show, indexes only the locales where that entry's own
 * page is indexed.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { filesUnder, linkOrCopy, withFileBytes } from '#src/util/files.ts';

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
      const read = pagesRead(path.join(outDir, locale));
      const cached = path.join(cacheDir, 'search', locale);
      const target = path.join(outDir, INDEX_FOLDER, locale);
      const saved = readSaved(cached);
      if (saved !== undefined && saved.key === (saved.every ? read.every() : read.bodies)) {
        linkTree(path.join(cached, INDEX_FOLDER), target);
        report.pages += saved.pages;
        report.reused.push(locale);
        continue;
      }
      const pages = await runPagefind(outDir, locale, target);
      // More pages indexed than carry a body: Pagefind found no real one and indexed them all.
      const every = indexedPages(target) > read.bodied;
      saveIndex(cached, target, { key: every ? read.every() : read.bodies, every, pages });
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

/** How many pages an index holds, from its entry file; every page when that cannot be read. */
function indexedPages(target: string): number {
  try {
    const entry = JSON.parse(readFileSync(path.join(target, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** The files of a folder, linked (or copied) into another (`linkOrCopy`). */
function linkTree(from: string, to: string): void {
  for (const source of filesUnder(from)) linkOrCopy(source, path.join(to, path.relative(from, source)));
}

/** What a cached index was made from (`every`: all of the locale's pages, see `pagesRead`), and how many pages it holds. */
interface Saved {
  key: string;
  every: boolean;
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
 * A page marked for Pagefind has an element with the `data-pagefind-body` attribute: the name
 * after a space, followed by `=`, a space, `/` or `>`. Text cannot make one (the site escapes its
 * `<`); text inside an attribute's value can look like one only when not followed by the value's
 * closing quote, and the index's page count catches a locale where that was the only one
 * (`buildSearchIndex`).
 */
const BODY_ATTRIBUTE = 'data-pagefind-body';

/** What Pagefind reads of a locale's pages: a digest of those it indexes, and how many they are. */
interface PagesRead {
  /** The path and bytes of each page with a body: Pagefind ignores the others when any has one. */
  bodies: string;
  bodied: number;
  /** The path and bytes of every page, which Pagefind reads when none has a body (made on demand). */
  every: () => string;
}

/**
 * Digests what Pagefind reads of the HTML pages under a locale's folder. Only pages marked with
 * `data-pagefind-body` count when any is (a translated entry's page; lists and status pages are
 * not indexed), so an edit that only changes lists leaves the locale's index as it was.
 */
function pagesRead(localeDir: string): PagesRead {
  const pages = filesUnder(localeDir).filter((file) => file.endsWith('.html'));
  const digest = () => createHash('sha256').update(`pagefind ${pagefindVersion()}\n`);
  const add = (hash: Hash, file: string, bytes: Buffer) =>
    hash
      .update(`${path.relative(localeDir, file)}\0`)
      .update(bytes)
      .update('\n');
  const bodies = digest();
  let bodied = 0;
  for (const file of pages) {
    withFileBytes(file, (bytes) => {
      if (!hasBody(bytes)) return;
      for (const part of indexedParts(bytes)) add(bodies, file, part);
      bodied += 1;
    });
  }
  const every = () => {
    const hash = digest();
    for (const file of pages) withFileBytes(file, (bytes) => add(hash, file, bytes));
    return hash.digest('hex');
  };
  return { bodies: bodies.digest('hex'), bodied, every };
}

const WHITESPACE = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const AFTER_NAME = new Set([...WHITESPACE, 0x2f, 0x3d, 0x3e]);

/** Whether a page has `data-pagefind-body` as an attribute (see `BODY_ATTRIBUTE`), looked for in its bytes. */
function hasBody(bytes: Buffer): boolean {
  for (let at = bytes.indexOf(BODY_ATTRIBUTE); at !== -1; at = bytes.indexOf(BODY_ATTRIBUTE, at + 1)) {
    if (WHITESPACE.has(bytes[at - 1] ?? 0) && AFTER_NAME.has(bytes[at + BODY_ATTRIBUTE.length] ?? 0)) return true;
  }
  return false;
}

/**
 * The opening tag of a section that Pagefind skips whole, as `RelatedEntries.astro` writes it. Its
 * quotes make it markup: content cannot write one elsewhere (text has its `<` escaped, attribute
 * values their `"`), and one written by a body's own markup is skipped by Pagefind all the same.
 * The section ends at the first `</section>` after it (it holds none); were that one a fake, the
 * section would end early, keeping more in the digest, never less.
 */
const IGNORED_SECTION = /<section aria-labelledby="[^"]*" data-pagefind-ignore="all">/g;
const SECTION_END = '</section>';

/**
 * A page's bytes but its sections Pagefind skips: what changes there (another entry's title in a
 * list) leaves the index as it was.
 */
function indexedParts(bytes: Buffer): Buffer[] {
  if (bytes.indexOf('data-pagefind-ignore') === -1) return [bytes];
  // Latin-1 keeps an offset into the text an offset into the bytes.
  const text = bytes.toString('latin1');
  const parts: Buffer[] = [];
  let from = 0;
  for (const match of text.matchAll(IGNORED_SECTION)) {
    const end = text.indexOf(SECTION_END, match.index);
    if (match.index < from || end === -1) continue;
    parts.push(bytes.subarray(from, match.index));
    from = end + SECTION_END.length;
  }
  parts.push(bytes.subarray(from));
  return parts;
}

function pagefindVersion(): string {
  // `pagefind/package.json` is not among the package's exports: found beside its entry module.
  const entry = fileURLToPath(import.meta.resolve('pagefind'));
  const manifest = path.join(path.dirname(entry), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
