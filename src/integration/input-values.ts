/**
 * The value of each page input (`page-inputs.ts` names them) in this build, as a short digest:
 * two builds that give an input the same digest gave its pages the same thing to show. Read from
 * the collections and the campaign as the pages see them, so this runs in the pages' bundle
 * (`getStaticPaths`, the middleware), once per input and build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { splitByTime } from '#src/events/grouping.ts';
import { epochMilliseconds } from '#src/events/time.ts';
import { KIND_NAMES, type Kind } from '#src/schemas/index.ts';
import { findEntry } from '#src/site/entries.ts';
import { contentChanges, getSite } from '#src/site/site.ts';
import { displayPath } from '#src/validation/validate-content.ts';
import { inputFiles, inputsDigest } from './inputs-digest.ts';
import { buildPages } from './page-record.ts';
import { nowWindow } from './up-to-date.ts';

/** Digests already worked out in this build, by input (a cache, on purpose: pages share inputs). */
const values = new Map<string, Promise<string>>();
/** The same digests once worked out, to take without waiting: a cold build at 1,600 entries × 6 locales notes 8 million reads. */
const settled = new Map<string, string>();

/**
 * The digest of an input's value now; `missing` when what it names is gone (an entry deleted).
 * @example await inputValue('entry:events/oodi@fr#data.title') // '3f9a…'
 */
export function inputValue(name: string): Promise<string> {
  let value = values.get(name);
  if (value === undefined) {
    value = computeValue(name);
    values.set(name, value);
    // Failures are the caller's to report, from the promise returned.
    value.then((digest) => settled.set(name, digest)).catch(() => undefined);
  }
  return value;
}

/**
 * The digest of an input's value, when `inputValue` has worked it out already (its promise settled).
 * @example settledInputValue('entry:events/oodi@fr#data.title') // '3f9a…', or undefined
 */
export function settledInputValue(name: string): string | undefined {
  return settled.get(name);
}

async function computeValue(name: string): Promise<string> {
  const [type = '', rest = ''] = name.split(/:(.*)/s);
  switch (type) {
    case 'list':
      return digest((await getCollection(rest as Kind)).map((entry) => entry.id).sort());
    case 'entry':
      return entryValue(rest);
    case 'body':
      return bodyValue(rest);
    case 'strings':
      return stringsValue(rest);
    case 'campaign':
      return digest(rawCampaign()[rest] ?? null);
    case 'now':
      return nowValue();
    case 'file':
      return existsSync(rest) ? createHash('sha256').update(readFileSync(rest)).digest('hex').slice(0, 16) : 'missing';
    case 'everything': {
      const { settings } = getSite();
      return inputsDigest(inputFiles([settings.contentDir, settings.localesDir], contentChanges())).slice(0, 16);
    }
    default:
      throw new Error(`'${name}' is not a page input`);
  }
}

/** `events/oodi@fr#data.title` → the field as the locale shows the entry. */
async function entryValue(reference: string): Promise<string> {
  const match = /^([^/]+)\/([^@]+)@([^#]+)#(.+)$/.exec(reference);
  if (match === null) throw new Error(`'${reference}' is not an entry input`);
  const [, kind = '', slug = '', locale = '', field = ''] = match;
  const entry = await shownRaw(kind, locale, slug);
  if (entry === undefined) return 'missing';
  const value = field.startsWith('data.')
    ? (entry.data as Record<string, unknown>)[field.slice('data.'.length)]
    : (entry as unknown as Record<string, unknown>)[field];
  return digest(field === 'source' ? { id: entry.source.id, digest: entry.source.digest } : (value ?? null));
}

/** `events/oodi@fr` → the body the page shows, and the bytes of the images in it. */
async function bodyValue(reference: string): Promise<string> {
  const [kind = '', rest = ''] = reference.split(/\/(.*)/s);
  const [slug = '', locale = ''] = rest.split('@');
  const entry = await shownRaw(kind, locale, slug);
  if (entry === undefined) return 'missing';
  const { bodyEntry } = entry;
  const { root } = getSite().settings;
  const images = (bodyEntry.rendered?.metadata?.imagePaths ?? []).map((image) => {
    const file = path.resolve(root, path.dirname(bodyEntry.filePath ?? ''), image);
    return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'missing';
  });
  return digest({ digest: bodyEntry.digest, images });
}

/** `fr:events` → the namespace in the locale and in the default locale (its fallback); `*`, every one. */
function stringsValue(reference: string): string {
  const { resources, campaign } = rawSiteParts();
  if (reference === '*') return digest(resources);
  const [locale = '', namespace = ''] = reference.split(':');
  return digest([resources[locale]?.[namespace] ?? null, resources[campaign.defaultLocale]?.[namespace] ?? null]);
}

/** Which events have ended, and where "now" is from the campaign's day (before it, on it, after it: by whole days). */
async function nowValue(): Promise<string> {
  const { now, campaign } = rawSiteParts();
  const events = await getCollection('events');
  const { past } = splitByTime(events, now);
  const day = Date.parse(`${campaign.date}T00:00:00Z`);
  // How long this value holds, for `npm run build` to tell later whether "now" has moved on.
  const ends = events.map((event) => epochMilliseconds(event.data.end, event.data.timezone));
  buildPages().nowWindow = nowWindow(ends, campaign.date, now.getTime());
  return digest({ ended: past.map((event) => event.id).sort(), days: Math.floor((now.getTime() - day) / 86_400_000) });
}

/**
 * What a changed input says to the person reading the build's log: the file that changed.
 * @example await describeInput('entry:events/oodi@fr#data.title') // 'changed: content/fr/events/oodi.mdx'
 */
export async function describeInput(name: string): Promise<string> {
  const [type = '', rest = ''] = name.split(/:(.*)/s);
  const { root, contentDir, localesDir } = getSite().settings;
  const shown = (file: string) => displayPath(file, root);
  switch (type) {
    case 'list':
      return `an entry added to or deleted from ${rest}`;
    case 'strings': {
      const [locale = '', namespace = ''] = rest.split(':');
      return `changed: ${shown(path.join(localesDir, locale, `${namespace}.json`))}`;
    }
    case 'campaign':
      return `changed: ${shown(path.join(contentDir, 'campaign.yaml'))} (${rest})`;
    case 'now':
      return 'now moved (an event ended, or the campaign’s day came or went)';
    case 'file':
      return `changed: ${shown(rest)}`;
    case 'everything':
      return 'a content or UI-strings file changed (this page shows them all)';
    case 'entry':
    case 'body': {
      const [kind = '', slug = '', locale = ''] = rest.split(/[/@#]/);
      const entry = await shownRaw(kind, locale, slug);
      if (entry === undefined) return `deleted: ${kind}/${slug}`;
      const field = rest.split('#')[1]?.replace(/^data\./, '');
      const fileOf = (shownEntry: { filePath?: string | undefined }) => shown(path.resolve(root, shownEntry.filePath ?? ''));
      // Whether a translation is older than its source: the source changed since, or the translation.
      if (field === 'isOutdated')
        return entry.isOutdated
          ? `changed: ${fileOf(entry.source)} (the ${entry.locale} translation is now older)`
          : `changed: ${fileOf(entry.bodyEntry)} (now as recent as its source)`;
      const fromTranslation =
        type === 'body'
          ? entry.bodyEntry !== entry.source
          : field !== undefined &&
            field !== 'source' &&
            entry.fieldLocales[field] === undefined &&
            entry.locale !== rawSiteParts().campaign.defaultLocale &&
            entry.bodyEntry !== entry.source;
      return `changed: ${fileOf(fromTranslation ? entry.bodyEntry : entry.source)}`;
    }
    default:
      return `changed: ${name}`;
  }
}

/** An entry as shown, read without recording (this is not a page). */
async function shownRaw(kind: string, locale: string, slug: string) {
  if (!(KIND_NAMES as string[]).includes(kind)) return undefined;
  return findEntry(kind as Kind, locale, slug);
}

/** The parts of the site this module reads; outside a page, reading them records nothing. */
function rawSiteParts() {
  const { resources, campaign, now } = getSite();
  return { resources, campaign, now };
}

function rawCampaign() {
  return getSite().campaign as unknown as Record<string, unknown>;
}

/**
 * A short digest of a value, the same for equal values whatever the order of an object's keys.
 * @example digest({ b: 1, a: 2 }) === digest({ a: 2, b: 1 }) // true
 */
export function digest(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 16);
}

function stableJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  // `JSON.stringify` gives undefined for these, though it is typed to give a string.
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return 'undefined';
  return JSON.stringify(value);
}
