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
import { readInput } from '#src/integration/page-inputs.ts';
import { remember } from '#src/util/remember.ts';
import { keyed } from '#src/integration/page-keys.ts';
import { contentChanges, getSite, translator } from './site.ts';
import { entryPath } from './urls.ts';

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
 * Every entry of a kind, as shown in a locale, in slug order. The page that asks depends on which
 * entries the kind has, and on each field of each entry it reads (`page-inputs.ts`).
 * @example (await shownEntries('events', 'fr')).map((event) => event.data.title)
 */
export async function shownEntries<K extends Kind>(kind: K, locale: string): Promise<ShownEntry<K>[]> {
  readInput(`list:${kind}`);
  return entriesOf(kind, locale);
}

/**
 * The entries of a kind in a locale, each handing out its fields through a recording view. A build
 * asks for the same kind and locale on many pages (footers, partner and event pages): computed once
 * per build. (Not `import.meta.env.PROD`: a build started from the tests, with NODE_ENV=test,
 * would skip the cache.)
 */
export function entriesOf<K extends Kind>(kind: K, locale: string): Promise<ShownEntry<K>[]> {
  return rememberWhileBuilding(shownCache, `${kind}|${locale}`, async () =>
    (await computeShownEntries(kind, locale)).map((entry) => recordingView(entry)),
  ) as Promise<ShownEntry<K>[]>;
}

/**
 * Fields of a shown entry that name it rather than say something, and `then` (which `await` asks
 * every value for): reading them records nothing.
 */
const IDENTITY = new Set<PropertyKey>(['slug', 'kind', 'locale', 'then']);

/**
 * An entry that records what a page reads of it: each field of its data, each other property, and
 * its body (`bodyEntry`, which the page renders). The same view serves every page: what is recorded
 * goes to the page rendering at the time.
 */
function recordingView<K extends Kind>(entry: ShownEntry<K>): ShownEntry<K> {
  const name = `entry:${entry.kind}/${entry.slug}@${entry.locale}`;
  // Each input's name made once, by field: the same string every read is quicker to record (its
  // hash is kept with it), and a cold build at 1,600 entries × 6 locales records 8 million reads.
  const body = `body:${entry.kind}/${entry.slug}@${entry.locale}`;
  const fieldNames = new Map<string, string>();
  const propertyNames = new Map<string, string>();
  const readField = (field: PropertyKey) => {
    if (typeof field === 'string') readInput(remember(fieldNames, field, () => `${name}#data.${field}`));
  };
  const data = new Proxy(entry.data, {
    get: (target, field, receiver) => {
      readField(field);
      return Reflect.get(target, field, receiver) as unknown;
    },
    has: (target, field) => {
      readField(field);
      return Reflect.has(target, field);
    },
  });
  return new Proxy(entry, {
    get: (target, property, receiver) => {
      if (property === 'data') return data;
      if (property === 'bodyEntry') readInput(body);
      else if (typeof property === 'string' && !IDENTITY.has(property))
        readInput(remember(propertyNames, property, () => `${name}#${property}`));
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
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
  const entry = await findEntry(kind, locale, slug);
  if (entry === undefined) throw new Error(`no ${kind} entry '${slug}'`);
  return entry;
}

/**
 * One entry as shown in a locale, or undefined when the slug does not exist. Found by slug in a
 * map made once per kind and locale: every entry page and every page input asks, and a search
 * through the list would cost thousands of entries per question.
 * @example await findEntry('events', 'fr', 'oodi') // the event, or undefined
 */
export async function findEntry<K extends Kind>(kind: K, locale: string, slug: string): Promise<ShownEntry<K> | undefined> {
  const bySlug = await rememberWhileBuilding(
    slugMaps,
    `${kind}|${locale}`,
    async () => new Map((await entriesOf(kind, locale)).map((entry) => [entry.slug, entry as ShownEntry<Kind>])),
  );
  return bySlug.get(slug) as ShownEntry<K> | undefined;
}

/** Entries as shown by slug, per kind and locale, for the length of a build (module-level cache, on purpose). */
const slugMaps = new Map<string, Promise<Map<string, ShownEntry<Kind>>>>();

/**
 * What every entry page starts from: the route's locale and slug, the entry as that locale shows
 * it, and the locale's translator.
 * @example const { t, entry, data } = await entryPage('partners', Astro.params);
 */
export async function entryPage<K extends Kind>(kind: K, params: { locale: string; slug: string }) {
  const { locale, slug } = params;
  const entry = await shownEntry(kind, locale, slug);
  return { locale, slug, entry, data: entry.data, t: translator(locale) };
}

/**
 * `getStaticPaths` rows for every locale × every entry of a kind; `pathOf` gives each row's page
 * (the same function the site links it with).
 */
export async function entryPaths(
  kind: Kind,
  pathOf: (params: { locale: string; slug: string }) => string = (params) => entryPath(params.locale, kind, params.slug),
): Promise<{ params: { locale: string; slug: string }; cacheKey: string }[]> {
  const { campaign } = getSite();
  const sources = await getCollection(kind);
  return keyed(
    campaign.locales.flatMap((locale) => sources.map((source) => ({ params: { locale, slug: source.id } }))),
    pathOf,
  );
}

/** The absolute path of an entry's file. */
function fileOf(entry: { filePath?: string | undefined; id: string }): string {
  if (entry.filePath === undefined) throw new Error(`entry ${entry.id} has no file`);
  return path.resolve(getSite().settings.root, entry.filePath);
}
