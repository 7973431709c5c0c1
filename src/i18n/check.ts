/**
 * The translators' check (`npm run i18n:check`): each locale compared with the default one, for
 * its UI strings (`locales/<locale>/*.json`) and its entries (`content/<locale>/…`). The default
 * locale's strings are the schema; unlike freeCodeCamp's schema check, which only warns, broken
 * files and broken placeholders are errors that fail the command.
 *
 * `loadResources` stops at the first file that is not JSON, which is right for a build; a
 * translator needs every problem at once, so files are read here one by one, tolerantly.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { localeEntryFiles } from '#src/validation/entry-files.ts';
import { isOutdated } from './history.ts';
import { languageName } from './locales.ts';
import { keyLines } from './key-lines.ts';
import { compareVariables } from './placeholders.ts';
import { flattenStrings, PLURAL_SUFFIX, readStringsFolder, requiredKeys, type Strings } from './resources.ts';

export type I18nProblemKind =
  'invalid-json' | 'missing' | 'empty' | 'unknown-key' | 'plural-missing' | 'plural-unneeded' | 'variables' | 'untranslated' | 'outdated';

/** Problems that break what readers see (a file that cannot be read, a lost `{{placeholder}}`). */
const ERRORS: ReadonlySet<I18nProblemKind> = new Set(['invalid-json', 'variables']);

export interface I18nProblem {
  kind: I18nProblemKind;
  severity: 'error' | 'warning';
  /** The file to edit (absolute path); for an untranslated entry, the file to create. */
  file: string;
  line?: number;
  /** `namespace:key` of a UI string, or `kind/slug` of an entry. */
  key?: string;
  message: string;
}

export interface Coverage {
  translated: number;
  total: number;
  /** Whole percent, rounded down (so that 100 means every one is done). */
  percent: number;
}

export interface LocaleReport {
  locale: string;
  /** The language's name in English, for the report's headings. */
  name: string;
  ui: Coverage;
  content: Coverage;
  problems: I18nProblem[];
}

/** A locale's strings as read, with the problems of files that could not be read. */
export interface ReadStrings {
  strings: Strings;
  problems: I18nProblem[];
}

/**
 * Reads every `*.json` file of a locale's folder (`readStringsFolder`); a file that cannot be read
 * is left out and reported as an error with its line.
 * @example readLocaleStrings('locales', 'fr').strings.common
 */
export function readLocaleStrings(localesDir: string, locale: string): ReadStrings {
  const read = readStringsFolder(localesDir, locale);
  return {
    strings: read.strings,
    problems: read.problems.map(({ file, line, message }) => problem('invalid-json', file, message, { line })),
  };
}

export interface StringsComparison {
  defaultLocale: string;
  defaultStrings: Strings;
  locale: string;
  strings: Strings;
  /** The file of a namespace in this locale, for the report. */
  fileOf: (namespace: string) => string;
  /** The line of a key (dotted, within its namespace) in this locale's file, when known. */
  lineOf?: (namespace: string, key: string) => number | undefined;
}

/**
 * Compares a locale's UI strings with the default locale's.
 * @example checkStrings({ defaultLocale: 'en', defaultStrings: en, locale: 'fr', strings: fr, fileOf }).problems
 */
export function checkStrings(comparison: StringsComparison): { problems: I18nProblem[]; coverage: Coverage } {
  const { defaultStrings, strings, locale, fileOf, lineOf = () => undefined } = comparison;
  const defaults = flattenStrings(defaultStrings);
  const own = flattenStrings(strings);
  const required = requiredKeys(defaults, locale);
  const requiredSet = new Set(required);
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
  const pluralBases = new Set([...defaults.keys()].filter((key) => PLURAL_SUFFIX.test(key)).map((key) => key.replace(PLURAL_SUFFIX, '')));
  const name = languageName(locale, 'en');
  const problems: I18nProblem[] = [];
  const at = (key: string) => {
    const [namespace = '', dotted = ''] = key.split(/:(.*)/s);
    const line = lineOf(namespace, dotted);
    return { file: fileOf(namespace), key, ...(line === undefined ? {} : { line }) };
  };

  const context = { defaults, own, categories, pluralBases, name, defaultName: languageName(comparison.defaultLocale, 'en') };
  let translated = 0;
  for (const key of required) {
    const found = requiredKeyProblem(key, at(key), context);
    if (found.translated) translated += 1;
    if (found.problem !== undefined) problems.push(found.problem);
  }
  for (const key of own.keys()) if (!requiredSet.has(key)) problems.push(extraKeyProblem(key, at(key), context));
  return { problems, coverage: coverage(translated, required.length) };
}

/** What `checkStrings` compares a key against: both locales' strings and the locale's plural forms. */
interface KeyContext {
  defaults: ReadonlyMap<string, string>;
  own: ReadonlyMap<string, string>;
  categories: readonly string[];
  /** Keys of the default locale that are plural (without their suffix). */
  pluralBases: ReadonlySet<string>;
  /** The locale's and the default locale's names in English. */
  name: string;
  defaultName: string;
}

type KeyPlace = { file: string; key: string; line?: number };

/**
 * Whether a key the locale needs is translated, and its problem if any: missing, empty, or (still
 * translated) with placeholders other than the default text's.
 */
function requiredKeyProblem(key: string, where: KeyPlace, context: KeyContext): { translated: boolean; problem?: I18nProblem } {
  const { defaults, own, categories, name, defaultName } = context;
  const value = own.get(key);
  const base = key.replace(PLURAL_SUFFIX, '');
  if (value === undefined) {
    const hasSibling = base !== key && categories.some((category) => own.has(`${base}_${category}`));
    return {
      translated: false,
      problem: hasSibling
        ? problem(
            'plural-missing',
            where.file,
            `is missing: ${name} uses the plural forms ${categories.join(', ')} of \`${base}\`; add this one`,
            where,
          )
        : problem('missing', where.file, `is missing, so readers see the ${defaultName} text; add it`, where),
    };
  }
  if (value === '')
    return {
      translated: false,
      problem: problem('empty', where.file, `is empty, so readers see the ${defaultName} text; translate it`, where),
    };
  const expected = defaults.get(key) ?? defaults.get(`${base}_other`) ?? '';
  const difference = compareVariables(expected, value, base !== key);
  return difference === undefined
    ? { translated: true }
    : { translated: true, problem: problem('variables', where.file, difference, where) };
}

/** The problem of a key the locale has but does not need: a plural form its language lacks, or a key the default locale lost. */
function extraKeyProblem(key: string, where: KeyPlace, context: KeyContext): I18nProblem {
  const base = key.replace(PLURAL_SUFFIX, '');
  if (base !== key && context.pluralBases.has(base)) {
    const category = key.slice(base.length + 1);
    return problem(
      'plural-unneeded',
      where.file,
      `is a plural form (\`${category}\`) that ${context.name} does not use (it uses ${context.categories.join(', ')}); delete it`,
      where,
    );
  }
  return problem(
    'unknown-key',
    where.file,
    'is not a key of the default locale (any more); delete it, or rename it to the key it translates',
    where,
  );
}

/**
 * Entries of a locale compared with the sources: a source without a translation is untranslated;
 * a translation last changed before its source is out of date (`changes`: git history).
 */
export function checkEntries(
  contentDir: string,
  defaultLocale: string,
  locale: string,
  changes: ReadonlyMap<string, number>,
): { problems: I18nProblem[]; coverage: Coverage } {
  const sources = listEntries(contentDir, defaultLocale);
  const problems: I18nProblem[] = [];
  let translated = 0;
  for (const entry of sources) {
    const sourceFile = path.join(contentDir, defaultLocale, `${entry}.mdx`);
    const translationFile = path.join(contentDir, locale, `${entry}.mdx`);
    if (!existsSync(translationFile)) {
      problems.push(
        problem(
          'untranslated',
          translationFile,
          `is not translated yet, so readers see the ${languageName(defaultLocale, 'en')} entry; start one with \`npm run new -- ${entry.replace('/', ' ')} --locale ${locale}\``,
          { key: entry },
        ),
      );
      continue;
    }
    translated += 1;
    if (isOutdated(sourceFile, translationFile, changes)) {
      problems.push(
        problem(
          'outdated',
          translationFile,
          `is older than its source ${defaultLocale}/${entry}.mdx, which changed since; update the translation`,
          { key: entry },
        ),
      );
    }
  }
  return { problems, coverage: coverage(translated, sources.length) };
}

/**
 * The whole report of one locale.
 */
export function checkLocale(options: {
  localesDir: string;
  contentDir: string;
  defaultLocale: string;
  locale: string;
  defaultStrings: Strings;
  changes: ReadonlyMap<string, number>;
}): LocaleReport {
  const { localesDir, contentDir, defaultLocale, locale } = options;
  const read = readLocaleStrings(localesDir, locale);
  const lines = new Map<string, Map<string, number>>();
  const lineOf = (namespace: string, key: string) => {
    if (!lines.has(namespace)) lines.set(namespace, keyLines(path.join(localesDir, locale, `${namespace}.json`)));
    return lines.get(namespace)?.get(key);
  };
  // A file that could not be read is reported once, not as every one of its keys missing.
  const broken = new Set(read.problems.map((entry) => path.basename(entry.file, '.json')));
  const defaultStrings = Object.fromEntries(Object.entries(options.defaultStrings).filter(([namespace]) => !broken.has(namespace)));
  const ui = checkStrings({
    defaultLocale,
    defaultStrings,
    locale,
    strings: read.strings,
    fileOf: (namespace) => path.join(localesDir, locale, `${namespace}.json`),
    lineOf,
  });
  const content = checkEntries(contentDir, defaultLocale, locale, options.changes);
  const brokenTotal = requiredKeys(flattenStrings(options.defaultStrings), locale).length;
  return {
    locale,
    name: languageName(locale, 'en'),
    ui: coverage(ui.coverage.translated, brokenTotal),
    content: content.coverage,
    problems: [...read.problems, ...ui.problems, ...content.problems],
  };
}

/** Every entry of a locale as `kind/slug`, sorted; files that are not entries are the content check's to report. */
function listEntries(contentDir: string, locale: string): string[] {
  if (!existsSync(path.join(contentDir, locale))) return [];
  return localeEntryFiles(contentDir, locale, () => undefined).map((entry) => `${entry.kind}/${entry.slug}`);
}

function coverage(translated: number, total: number): Coverage {
  return { translated, total, percent: total === 0 ? 100 : Math.floor((translated / total) * 100) };
}

function problem(
  kind: I18nProblemKind,
  file: string,
  message: string,
  extra: { line?: number | undefined; key?: string } = {},
): I18nProblem {
  return {
    kind,
    severity: ERRORS.has(kind) ? 'error' : 'warning',
    file,
    ...(extra.line === undefined ? {} : { line: extra.line }),
    ...(extra.key === undefined ? {} : { key: extra.key }),
    message,
  };
}
