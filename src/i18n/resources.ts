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

/** The suffix of a plural key (`count_one`), one per CLDR plural category. */
export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** A strings file that could not be read, with why and, for broken JSON, its line. */
export interface StringsFileProblem {
  file: string;
  line?: number;
  message: string;
}

/**
 * Reads every `*.json` file of a locale's folder. A file that is not a JSON object, or is a link
 * leading outside the strings' folder (its strings would be published), is left out and reported.
 * @example readStringsFolder('locales', 'fr').strings.common
 */
export function readStringsFolder(localesDir: string, locale: string): { strings: Strings; problems: StringsFileProblem[] } {
  const folder = path.join(localesDir, locale);
  const strings: Strings = {};
  const problems: StringsFileProblem[] = [];
  if (!existsSync(folder)) return { strings, problems };
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const file = path.join(folder, name);
    const read = readStringsFile(localesDir, file);
    if ('problem' in read) problems.push({ file, ...read.problem });
    else strings[name.slice(0, -'.json'.length)] = read.value;
  }
  return { strings, problems };
}

/**
 * Reads the strings of the given locales for a build; a locale without a folder has no strings (and
 * falls back everywhere). Throws a report (`ContentError`) of every file that cannot be read.
 * @example loadResources('locales', ['en', 'ar']).en.common
 */
export function loadResources(localesDir: string, locales: readonly string[]): Resources {
  const resources: Resources = {};
  const problems: StringsFileProblem[] = [];
  for (const locale of locales) {
    const read = readStringsFolder(localesDir, locale);
    resources[locale] = read.strings;
    problems.push(...read.problems);
  }
  if (problems.length > 0) throw new ContentError(formatReport(problems.map((problem) => ({ ...problem, field: '' }))));
  return resources;
}

function readStringsFile(
  localesDir: string,
  file: string,
): { value: Record<string, unknown> } | { problem: Omit<StringsFileProblem, 'file'> } {
  const real = realPath(file);
  const home = realPath(localesDir);
  if (lstatSync(file).isSymbolicLink() && (real === undefined || home === undefined || !isInside(real, home))) {
    return {
      problem: { message: 'is a link to a file outside the UI strings’ folder, which the site does not publish; put the file itself here' },
    };
  }
  const parsed = parseJson(readFileSync(file, 'utf8'));
  if ('error' in parsed) {
    return {
      problem: {
        line: parsed.error.line,
        message: `is not valid JSON: ${parsed.error.message}; fix the file (every key and text in "double quotes", a comma between entries, none after the last)`,
      },
    };
  }
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    return { problem: { line: 1, message: 'is not a JSON object of `"key": "text"` pairs; start the file with `{` and end it with `}`' } };
  }
  return { value: parsed.value as Record<string, unknown> };
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
