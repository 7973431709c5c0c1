/**
 * The content loader of every collection: one kind's entries in some locales' folders
 * (`content/<locale>/<kind>/<slug>.mdx`). It does what Astro's `glob()` loader does for Markdown,
 * for our MDX: each entry's front matter is parsed and validated by the collection's schema, and
 * its body rendered to HTML (`body-html.ts`) and kept in Astro's data store with the entry, so
 * that no body becomes a module to bundle. An entry whose file is unchanged since the last build
 * (same digest) is kept as it was: neither parsed nor rendered again.
 *
 * The whole content folder has been checked before (`src/validation/`), with the same parser and
 * the same listing of entry files (`entry-files.ts`), so this loader meets only valid entries.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Kind } from '#src/schemas/index.ts';
import { localeEntryFiles, type EntryFile } from '#src/validation/entry-files.ts';
import { parseEntry } from '#src/validation/front-matter.ts';
import { BODY_RENDERER_VERSION, renderBody } from './body-html.ts';

export interface EntriesLoaderOptions {
  contentDir: string;
  kind: Kind;
  /** The locales whose folders this collection reads. */
  locales: readonly string[];
  /** The entry's id: its slug for sources, `<locale>/<slug>` for translations. */
  idOf: (entry: EntryFile) => string;
}

/** `DataStore` with the method Astro's own loaders use to keep an unchanged entry's images bundled. */
type Store = LoaderContext['store'] & { addAssetImports?: (assets: string[], filePath: string) => void };

/**
 * @example defineCollection({ loader: entriesLoader({ contentDir, kind: 'events', locales: ['en'], idOf: (entry) => entry.slug }) })
 */
export function entriesLoader(options: EntriesLoaderOptions): Loader {
  return {
    name: 'sid-entries',
    load: async (context) => {
      const seen = new Set<string>();
      for (const entry of entryFiles(options)) seen.add(await syncEntry(context, options, entry));
      for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
      context.watcher?.on('all', (event, file) => {
        const entry = entryFiles(options).find((candidate) => candidate.file === path.resolve(file));
        if (entry !== undefined && event !== 'unlink') void syncEntry(context, options, entry);
        else if (event === 'unlink') for (const id of context.store.keys()) if (context.store.get(id)?.filePath === relative(context, file)) context.store.delete(id);
      });
    },
  };
}

function entryFiles(options: EntriesLoaderOptions): EntryFile[] {
  return options.locales.flatMap((locale) => localeEntryFiles(options.contentDir, locale, () => undefined)).filter((entry) => entry.kind === options.kind);
}

/** Loads one entry into the store unless it is there unchanged; returns its id. */
async function syncEntry(context: LoaderContext, options: EntriesLoaderOptions, entry: EntryFile): Promise<string> {
  const store = context.store as Store;
  const id = options.idOf(entry);
  const contents = readFileSync(entry.file, 'utf8');
  const digest = context.generateDigest(`${BODY_RENDERER_VERSION}\n${contents}`);
  const filePath = relative(context, entry.file);
  const existing = store.get(id);
  if (existing?.digest === digest) {
    if (existing.assetImports?.length) store.addAssetImports?.(existing.assetImports, filePath);
    return id;
  }
  const parsed = parseEntry(contents);
  const data = await context.parseData({ id, data: parsed.data, filePath: entry.file });
  const { html, imagePaths } = renderBody(parsed.body);
  store.set({ id, data, filePath, digest, rendered: { html, metadata: { imagePaths } }, assetImports: imagePaths });
  return id;
}

/** A path relative to the project, as Astro keeps entries' file paths. */
function relative(context: LoaderContext, file: string): string {
  return path.relative(path.resolve(new URL(context.config.root).pathname), path.resolve(file)).split(path.sep).join('/');
}
