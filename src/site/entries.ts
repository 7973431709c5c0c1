/**
 * Entries as a locale shows them: every source entry, with its translation in that locale laid
 * over it, or marked untranslated. Pages ask here; they never read collections themselves.
 */
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { localize, type LocalizedEntry } from '#src/i18n/fallback.ts';
import { translatableFields, type Kind } from '#src/schemas/index.ts';
import { isOutdated } from '#src/i18n/history.ts';
import { rememberWhileBuilding } from '#src/integration/build-state.ts';
import { keyed } from '#src/integration/page-cache.ts';
import { contentChanges, getSite } from './site.ts';

export type SourceEntry<K extends Kind> = CollectionEntry<K>;
type TranslationEntry<K extends Kind> = CollectionEntry<`${K}Translations`>;

export interface ShownEntry<K extends Kind> extends LocalizedEntry<SourceEntry<K>['data']> {
  kind: K;
  /** The entry whose body is shown: the translation, or the source when untranslated. */
  bodyEntry: SourceEntry<K> | TranslationEntry<K>;
  source: SourceEntry<K>;
  /** The translation was last changed before its source: it may say something the source no longer does. */
  isOutdated: boolean;
}

/**
 * Every entry of a kind, as shown in a locale, in slug order.
 * @example (await shownEntries('events', 'fr')).map((event) => event.data.title)
 */
export async function shownEntries<K extends Kind>(kind: K, locale: string): Promise<ShownEntry<K>[]> {
  // A build asks for the same kind and locale on many pages (footers, partner and event pages):
  // computed once per build. (Not `import.meta.env.PROD`: a build started from the tests, with
  // NODE_ENV=test, would skip the cache.)
  return rememberWhileBuilding(shownCache, `${kind}|${locale}`, () => computeShownEntries(kind, locale)) as Promise<ShownEntry<K>[]>;
}

/** Entries as shown, per kind and locale, for the length of a build (module-level cache, on purpose). */
const shownCache = new Map<string, Promise<ShownEntry<Kind>[]>>();

async function computeShownEntries<K extends Kind>(kind: K, locale: string): Promise<ShownEntry<K>[]> {
  const { campaign } = getSite();
  const sources: SourceEntry<K>[] = await getCollection(kind);
  const translations: TranslationEntry<K>[] = await getCollection(`${kind}Translations`);
  const byId = new Map(translations.map((entry) => [entry.id, entry]));
  return [...sources]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((source) => {
      const translation = locale === campaign.defaultLocale ? undefined : byId.get(`${locale}/${source.id}`);
      const shown = localize(
        { slug: source.id, data: source.data },
        translation?.data as Record<string, unknown> | undefined,
        translatableFields(kind),
        locale,
        campaign.defaultLocale,
      );
      const outdated = translation !== undefined && isOutdated(fileOf(source), fileOf(translation), contentChanges());
      return { ...shown, kind, source, bodyEntry: translation ?? source, isOutdated: outdated };
    });
}

/**
 * One entry as shown in a locale; throws when the slug does not exist (a bug in a page).
 */
export async function shownEntry<K extends Kind>(kind: K, locale: string, slug: string): Promise<ShownEntry<K>> {
  const entry = (await shownEntries(kind, locale)).find((candidate) => candidate.slug === slug);
  if (entry === undefined) throw new Error(`no ${kind} entry '${slug}'`);
  return entry;
}

/** `getStaticPaths` rows for every locale × every entry of a kind. */
export async function entryPaths(kind: Kind): Promise<{ params: { locale: string; slug: string }; cacheKey: string }[]> {
  const { campaign } = getSite();
  const sources = await getCollection(kind);
  return keyed(campaign.locales.flatMap((locale) => sources.map((source) => ({ params: { locale, slug: source.id } }))));
}

/** The absolute path of an entry's file. */
function fileOf(entry: { filePath?: string | undefined; id: string }): string {
  if (entry.filePath === undefined) throw new Error(`entry ${entry.id} has no file`);
  return path.resolve(getSite().settings.root, entry.filePath);
}
