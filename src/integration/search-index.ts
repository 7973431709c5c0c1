/**
 * Pagefind over the built site: one index per locale, of that locale's pages, in
 * `pagefind/<locale>/`, which its search page loads. Only what a page says in its own locale is
 * indexed: templates mark it with `data-pagefind-body`, and a page showing an untranslated entry
 * does not, so source-language text never lands in another language's index as if it were that
 * language.
 *
 * Each locale's index is kept in the build's cache folder with a digest of what it was made from
 * (the path and indexed text of each page Pagefind reads, see `pagesRead`, and Pagefind's version): a
 * locale whose indexed pages are all the same as in the last build copies its index instead of
 * indexing again. So an edit to one French page indexes the French pages only, and a new title in
 * the source, which every locale's lists show, indexes only the locales where that entry's own
 * page is indexed.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { filesUnder, linkMakingFolder, linkOrCopy, replaceFolder, withFileBytes } from '#src/util/files.ts';

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
  /** The locales being indexed, one after the other (two at once were no quicker on two cores). */
  let indexing: Promise<void> | undefined;
  try {
    for (const locale of locales) {
      const cached = path.join(cacheDir, 'search', locale);
      const saved = readSaved(cached);
      const read = pagesRead(path.join(outDir, locale), saved?.seen);
      const target = path.join(outDir, INDEX_FOLDER, locale);
      if (saved !== undefined && saved.key === (saved.every ? read.every() : read.bodies)) {
        linkTree(path.join(cached, INDEX_FOLDER), target);
        if (read.fresh > 0) saveReport(cached, { ...saved, seen: read.seen });
        report.pages += saved.pages;
        report.reused.push(locale);
        continue;
      }
      // Started at once (the first) or after the last one, while the next locales are read and copied.
      const index = async () => {
        const indexed = await indexAnew(outDir, locale, target, path.join(cached, INDEX_FOLDER));
        // More pages indexed than carry a body: Pagefind found no real one and indexed them all.
        const every = indexed > read.bodied;
        saveIndex(cached, target, { key: every ? read.every() : read.bodies, every, pages: read.pages, seen: read.seen });
        report.pages += read.pages;
        report.indexed.push(locale);
      };
      indexing = indexing === undefined ? index() : indexing.then(index);
    }
    await indexing;
  } finally {
    // After the last index, or the failed one: the chain ends at the first failure.
    await indexing?.catch(() => undefined);
  }
  return report;
}

/**
 * Indexes a locale's pages again, starting from the files of its last index that Pagefind names by
 * their bytes (`HASHED`): Pagefind leaves such a file as it is when it exists, and writes only the
 * new ones. An edit to one page then writes that page's fragment and the word lists it touches,
 * instead of compressing and writing all 1,600 of a large locale's files: on the bench's English
 * pages, 1.4 s against 1.6–2.5 s alone, and a median of 2.3 s against 2.7 s within a build. The
 * last index's files that the new one does not name are removed after; when that cannot be worked
 * out (Pagefind wrote something this build cannot read), the locale is indexed again from nothing.
 *
 * Pagefind's names are short digests (seven hex digits for a fragment): a new file whose name an
 * old one of other bytes had would be kept as the old one, the risk Pagefind itself takes when it
 * writes into a folder it wrote before. With 1,600 pages, about one chance in 170,000 per page
 * changed, and that page's search excerpt would be the stale one until it changes again.
 */
async function indexAnew(outDir: string, locale: string, target: string, last: string): Promise<number> {
  if (linkHashedFiles(last, target) === 0) return runPagefind(outDir, locale, target);
  const indexed = await runPagefind(outDir, locale, target);
  if (removeUnnamed(target)) return indexed;
  rmSync(target, { recursive: true, force: true });
  return runPagefind(outDir, locale, target);
}

/**
 * The files of an index that Pagefind names by a digest of their bytes, by folder and ending: the
 * language's meta (in the index's own folder) and, in the folders below, the pages' fragments, the
 * word lists and the filters. The same name holds the same bytes: Pagefind never writes one again.
 */
const HASHED: readonly (readonly [folder: string, ending: string])[] = [
  ['', '.pf_meta'],
  ['fragment', '.pf_fragment'],
  ['index', '.pf_index'],
  ['filter', '.pf_filter'],
];

/** The hashed files (`HASHED`) of an index, by their path in its folder. */
function hashedFiles(dir: string): string[] {
  return HASHED.flatMap(([folder, ending]) => {
    const files = existsSync(path.join(dir, folder)) ? readdirSync(path.join(dir, folder)) : [];
    return files.filter((name) => name.endsWith(ending)).map((name) => path.join(folder, name));
  });
}

/** Links an index's hashed files into another folder, but for those there already; says how many. */
function linkHashedFiles(from: string, to: string): number {
  let linked = 0;
  for (const file of hashedFiles(from)) {
    try {
      linkMakingFolder(path.join(from, file), path.join(to, file));
      linked += 1;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return linked;
}

/** What Pagefind writes before the CBOR of each compressed file. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/**
 * Removes the hashed files of an index that its languages' meta files do not name (what is left of
 * the last index), and says whether it could tell: false when a meta file cannot be read.
 */
function removeUnnamed(target: string): boolean {
  const named = new Set<string>();
  try {
    const entry = JSON.parse(readFileSync(path.join(target, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string }>;
    };
    for (const { hash } of Object.values(entry.languages)) {
      const meta = `pagefind.${hash}.pf_meta`;
      const bytes = gunzipSync(readFileSync(path.join(target, meta)));
      if (bytes.subarray(0, PAGEFIND_SIGNATURE.length).toString('latin1') !== PAGEFIND_SIGNATURE) return false;
      named.add(meta);
      // Every string of the meta (page and word-list digests among words and versions): a file is
      // kept when its name is one, whatever the place Pagefind gives it in the meta's layout.
      for (const name of stringsIn(decode(bytes.subarray(PAGEFIND_SIGNATURE.length))))
        for (const [folder, ending] of HASHED) named.add(path.join(folder, `${name}${ending}`));
    }
  } catch {
    return false;
  }
  for (const file of hashedFiles(target)) if (!named.has(file)) rmSync(path.join(target, file));
  return true;
}

/** The strings anywhere in a decoded CBOR value. */
function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item);
  else if (value instanceof Map) yield* stringsIn([...value].flat());
  else if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value)) yield* stringsIn(Object.entries(value).flat());
}

/** Keeps a locale's index in the cache; written beside, then renamed: a build that stops half-way leaves no index that looks whole. */
function saveIndex(cached: string, target: string, saved: Saved): void {
  replaceFolder(cached, (fresh) => {
    linkTree(target, path.join(fresh, INDEX_FOLDER));
    writeFileSync(path.join(fresh, 'report.json'), JSON.stringify(saved));
  });
}

/** Replaces a cached index's report (what its pages' files are now), written beside and renamed. */
function saveReport(cached: string, saved: Saved): void {
  const fresh = path.join(cached, `report.json.${process.pid}`);
  writeFileSync(fresh, JSON.stringify(saved));
  renameSync(fresh, path.join(cached, 'report.json'));
}

/**
 * Indexes the pages under `outDir/<locale>/`, with their URLs from the site's root, and says how
 * many it indexed (those with a body, see `pagesRead`; all when none has one), with Pagefind's
 * program rather than its Node API: the API answers each step through this process's event loop,
 * which the build's last hooks keep busy (the share images, the page record, the sitemap), and a
 * locale that Pagefind indexed in 1.1 s took 3 s there, 1.2 s of it only to start. The program
 * writes the same files.
 */
async function runPagefind(outDir: string, locale: string, target: string): Promise<number> {
  const args = ['--site', outDir, '--glob', `${locale}/**/*.html`, '--output-path', target, '--quiet'];
  try {
    await execFileAsync(await pagefindProgram(), args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stderr, stdout, message } = error as { stderr?: string; stdout?: string; message: string };
    throw new Error(`Pagefind could not index ${outDir}/${locale}: ${[stderr, stdout].join('\n').trim() || message}`, { cause: error });
  }
  const pages = indexedPages(target);
  if (pages === undefined) throw new Error(`Pagefind wrote no index of ${outDir}/${locale} (no ${target}/pagefind-entry.json).`);
  return pages;
}

const execFileAsync = promisify(execFile);

/** Pagefind's program, found as its Node package finds it (`PAGEFIND_BINARY_PATH`, else the platform's package). */
async function pagefindProgram(): Promise<string> {
  // `lib/resolveBinary.js` is not among the package's exports: found beside its entry module.
  const resolver = path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'resolveBinary.js');
  const { resolveBinaryPath } = (await import(pathToFileURL(resolver).href)) as { resolveBinaryPath: (names: string[]) => string };
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}

/** How many pages an index holds, from its entry file; undefined when that cannot be read. */
function indexedPages(target: string): number | undefined {
  try {
    const entry = JSON.parse(readFileSync(path.join(target, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  } catch {
    return undefined;
  }
}

/** The files of a folder, linked (or copied) into another (`linkOrCopy`). */
function linkTree(from: string, to: string): void {
  for (const source of filesUnder(from)) linkOrCopy(source, path.join(to, path.relative(from, source)));
}

/**
 * What a cached index was made from (`every`: all of the locale's pages, see `pagesRead`), how many
 * pages it holds, and what the search step saw of each page when it last read them.
 */
interface Saved {
  key: string;
  every: boolean;
  pages: number;
  seen: PagesSeen | undefined;
}

/** The locale's pages as the search step last read them, by their path under the locale's folder. */
interface PagesSeen {
  /** When it read them, in nanoseconds since 1970. */
  at: string;
  pages: Record<string, PageSeen>;
}

/** A page's file as read: the same inode, size and modification time, the same bytes (as in git's index). */
interface PageSeen {
  /** The file's inode and size. */
  file: string;
  /** Its modification time, in nanoseconds since 1970: writing a file changes it, linking one does not. */
  modified: string;
  /** A digest of what Pagefind reads of it (`indexedParts`); null when it has no body. */
  body: string | null;
}

function readSaved(cached: string): Saved | undefined {
  const file = path.join(cached, 'report.json');
  if (!existsSync(file)) return undefined;
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Partial<Saved>;
    // A report from before pages were recorded, or damaged: its pages are all read again.
    const seen = typeof saved.seen?.at === 'string' && /^\d+$/.test(saved.seen.at) ? saved.seen : undefined;
    return typeof saved.key === 'string' && typeof saved.pages === 'number'
      ? { key: saved.key, every: saved.every === true, pages: saved.pages, seen }
      : undefined;
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
  /** The path and `PageSeen.body` of each page with a body: Pagefind ignores the others when any has one. */
  bodies: string;
  bodied: number;
  /** How many pages there are (HTML files), all of which Pagefind reads. */
  pages: number;
  /** The path and bytes of every page, which Pagefind reads when none has a body (made on demand). */
  every: () => string;
  /** Every page as read now, and how many of them were read rather than known from the last build. */
  seen: PagesSeen;
  fresh: number;
}

/**
 * Digests what Pagefind reads of the HTML pages under a locale's folder. Only pages marked with
 * `data-pagefind-body` count when any is (a translated entry's page; lists and status pages are
 * not indexed), so an edit that only changes lists leaves the locale's index as it was.
 *
 * A page whose file is the one the last build read (`PageSeen`) is not read again: a page the
 * build copied is a link to the same file, and one it rendered is a new file.
 */
function pagesRead(localeDir: string, before: PagesSeen | undefined): PagesRead {
  const pages = filesUnder(localeDir).filter((file) => file.endsWith('.html'));
  const digest = () => createHash('sha256').update(`pagefind ${pagefindVersion()}\n`);
  const seen: PagesSeen = { at: String(BigInt(Date.now()) * 1_000_000n), pages: {} };
  // A file changed this close to the last reading may have changed again within the same tick of
  // the file system's clock (as git's "racily clean" files): it is read again.
  const settled = before === undefined ? 0n : BigInt(before.at) - CLOCK_TICK_NS;
  const bodies = digest();
  let bodied = 0;
  let fresh = 0;
  for (const file of pages) {
    const name = path.relative(localeDir, file);
    const { ino, size, mtimeNs } = statSync(file, { bigint: true });
    const identity = { file: `${ino}:${size}`, modified: String(mtimeNs) };
    let page = before?.pages[name];
    if (page?.file !== identity.file || page.modified !== identity.modified || mtimeNs >= settled) {
      page = { ...identity, body: withFileBytes(file, bodyDigest) };
      fresh += 1;
    }
    seen.pages[name] = page;
    if (page.body === null) continue;
    bodies.update(`${name}\0${page.body}\n`);
    bodied += 1;
  }
  const every = () => {
    const hash = digest();
    for (const file of pages)
      withFileBytes(file, (bytes) =>
        hash
          .update(`${path.relative(localeDir, file)}\0`)
          .update(bytes)
          .update('\n'),
      );
    return hash.digest('hex');
  };
  return { bodies: bodies.digest('hex'), bodied, pages: pages.length, every, seen, fresh };
}

/** The coarsest clock a file system keeps modification times by (FAT's two seconds), in nanoseconds. */
const CLOCK_TICK_NS = 2_000_000_000n;

/** A digest of what Pagefind reads of a page; null when it has no body. */
function bodyDigest(bytes: Buffer): string | null {
  if (!hasBody(bytes)) return null;
  const hash = createHash('sha256');
  for (const part of indexedParts(bytes)) hash.update(part);
  return hash.digest('hex');
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
 * The opening tag of an element that Pagefind skips whole, as the site's templates write one: a
 * `section` or `aside` whose last attribute is `data-pagefind-ignore="all"` (the lists of other
 * entries, `RelatedEntries.astro`; the notice above an untranslated or outdated entry,
 * `FallbackNotice.astro`). Its quotes make it markup: content cannot write one (text has its `<`
 * escaped, attribute values their `"`), and one written by a body's own markup is skipped by
 * Pagefind all the same. The element ends at the first closing tag of its name after it (it holds
 * none); were that one a fake, it would end early, keeping more in the digest, never less.
 */
const IGNORED_ELEMENT = /<(section|aside) [^<>]*data-pagefind-ignore="all">/g;

/**
 * A page's bytes but the elements Pagefind skips: what changes there (another entry's title in a
 * list, a notice that the translation is now older than its source) leaves the index as it was.
 */
function indexedParts(bytes: Buffer): Buffer[] {
  if (bytes.indexOf('data-pagefind-ignore') === -1) return [bytes];
  // Latin-1 keeps an offset into the text an offset into the bytes.
  const text = bytes.toString('latin1');
  const parts: Buffer[] = [];
  let from = 0;
  for (const match of text.matchAll(IGNORED_ELEMENT)) {
    const closing = `</${match[1] ?? ''}>`;
    const end = text.indexOf(closing, match.index);
    if (match.index < from || end === -1) continue;
    parts.push(bytes.subarray(from, match.index));
    from = end + closing.length;
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
