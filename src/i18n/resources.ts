/**
 * UI strings: `locales/<locale>/<namespace>.json`, one folder per language. The default locale's
 * files are the schema for the others: a key it has and another locale lacks falls back to it
 * (and is reported), a plural key needs every CLDR category of the language.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isInside, realPath } from '#src/media/media-path.ts';
import { ContentError, formatReport } from '#src/validation/problems.ts';

/** A locale's strings: namespace → nested keys → text. */
export type Strings = Record<string, Record<string, unknown>>;
/** Every locale's strings. */
export type Resources = Record<string, Strings>;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * Reads the strings of the given locales; a locale without a folder has no strings (and falls
 * back everywhere). Throws a report (`ContentError`) naming the file and line when a file is not
 * a JSON object, and naming the file when it is a link that leads outside the strings' folder
 * (its strings would be published).
 * @example loadResources('locales', ['en', 'ar']).en.common
 */
export function loadResources(localesDir: string, locales: readonly string[]): Resources {
  const resources: Resources = {};
  for (const locale of locales) {
    const folder = path.join(localesDir, locale);
    const strings: Strings = {};
    if (existsSync(folder)) {
      for (const name of readdirSync(folder)
        .filter((file) => file.endsWith('.json'))
        .sort()) {
        strings[name.slice(0, -'.json'.length)] = readStringsFile(localesDir, path.join(folder, name));
      }
    }
    resources[locale] = strings;
  }
  return resources;
}

function readStringsFile(localesDir: string, file: string): Record<string, unknown> {
  const fail = (message: string, line?: number) => {
    throw new ContentError(formatReport([{ file, ...(line === undefined ? {} : { line }), field: '', message }]));
  };
  const real = realPath(file);
  const home = realPath(localesDir);
  if (lstatSync(file).isSymbolicLink() && (real === undefined || home === undefined || !isInside(real, home))) {
    fail('is a link to a file outside the UI strings’ folder, which the site does not publish; put the file itself here');
  }
  const parsed = parseJson(readFileSync(file, 'utf8'));
  if ('error' in parsed)
    return fail(`is not valid JSON (${parsed.error.message}); fix it or run \`npm run i18n:check\``, parsed.error.line);
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value))
    return fail('is not a JSON object of strings (`{ "key": "text" }`); fix it or run `npm run i18n:check`');
  return parsed.value as Record<string, unknown>;
}

/**
 * Parses JSON, returning the 1-based line of a syntax error (computed from the position that
 * `JSON.parse` reports).
 * @example parseJson('{\n"a": 1,\n}') // { error: { line: 3, message: '…' } }
 */
export function parseJson(text: string): { value: unknown } | { error: { line: number; message: string } } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message)?.[1];
    const offset = position === undefined ? text.length : Number(position);
    const line = text.slice(0, offset).split('\n').length;
    return { error: { line, message: message.replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '') } };
  }
}

/**
 * Flattens nested strings to `namespace:dotted.key` → text.
 * @example flattenStrings({ common: { nav: { home: 'Home' } } }) // { 'common:nav.home': 'Home' }
 */
export function flattenStrings(strings: Strings): Map<string, string> {
  const flat = new Map<string, string>();
  const walk = (prefix: string, value: unknown) => {
    if (typeof value === 'string') flat.set(prefix, value);
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(prefix.endsWith(':') ? `${prefix}${key}` : `${prefix}.${key}`, child);
    }
  };
  for (const [namespace, tree] of Object.entries(strings)) walk(`${namespace}:`, tree);
  return flat;
}

/**
 * The keys a locale needs: every key of the default locale, with plural keys expanded to the
 * plural categories of that language (CLDR, through `Intl.PluralRules`).
 * @example requiredKeys(new Map([['c:n_one', ''], ['c:n_other', '']]), 'ar')
 *   // ['c:n_zero', 'c:n_one', 'c:n_two', 'c:n_few', 'c:n_many', 'c:n_other']
 */
export function requiredKeys(defaultKeys: ReadonlyMap<string, string>, locale: string): string[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of defaultKeys.keys()) {
    const base = key.replace(PLURAL_SUFFIX, '');
    if (base === key) keys.add(key);
    else for (const category of categories) keys.add(`${base}_${category}`);
  }
  return [...keys];
}

/**
 * Keys of the default locale (with the locale's plural forms) that a locale does not have, or
 * has as an empty string.
 * @example missingKeys(resources, 'fi', 'en') // ['common:nav.search']
 */
export function missingKeys(resources: Resources, locale: string, defaultLocale: string): string[] {
  const own = flattenStrings(resources[locale] ?? {});
  return requiredKeys(flattenStrings(resources[defaultLocale] ?? {}), locale).filter((key) => (own.get(key) ?? '') === '');
}
