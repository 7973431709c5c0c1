/**
 * The translators' check (`npm run i18n:check`): each locale compared with the default one, for
 * its UI strings (`locales/<locale>/*.json`) and its entries (`content/<locale>/…`). The default
 * locale's strings are the schema; unlike freeCodeCamp's schema check, which only warns, broken
 * files and broken placeholders are errors that fail the command.
 *
 * `loadResources` stops at the first file that is not JSON, which is right for a build; a
 * translator needs every problem at once, so files are read here one by one, tolerantly.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { localeEntryFiles } from '#src/validation/entry-files.ts';
import { isOutdated } from './history.ts';
import { languageName } from './locales.ts';
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

/**
 * The `{{variables}}` of an i18next string, by name (`{{date, datetime}}` is `date`).
 * @example variablesOf('{{count}} events in {{ city }}') // ['city', 'count']
 */
export function variablesOf(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(/\{\{\s*([^}\s,]+)\s*(?:,[^}]*)?\}\}/g)) names.add(match[1] ?? '');
  return [...names].sort();
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

  let translated = 0;
  for (const key of required) {
    const value = own.get(key);
    const base = key.replace(PLURAL_SUFFIX, '');
    const where = at(key);
    if (value === undefined) {
      const isPlural = base !== key;
      const hasSibling = isPlural && categories.some((category) => own.has(`${base}_${category}`));
      if (hasSibling) {
        problems.push(
          problem(
            'plural-missing',
            where.file,
            `is missing: ${name} uses the plural forms ${categories.join(', ')} of \`${base}\`; add this one`,
            where,
          ),
        );
      } else {
        problems.push(
          problem(
            'missing',
            where.file,
            `is missing, so readers see the ${languageName(comparison.defaultLocale, 'en')} text; add it`,
            where,
          ),
        );
      }
      continue;
    }
    if (value === '') {
      problems.push(
        problem(
          'empty',
          where.file,
          `is empty, so readers see the ${languageName(comparison.defaultLocale, 'en')} text; translate it`,
          where,
        ),
      );
      continue;
    }
    translated += 1;
    const expected = defaults.get(key) ?? defaults.get(`${base}_other`) ?? '';
    const difference = compareVariables(expected, value, base !== key);
    if (difference !== undefined) problems.push(problem('variables', where.file, difference, where));
  }

  for (const key of own.keys()) {
    if (requiredSet.has(key)) continue;
    const base = key.replace(PLURAL_SUFFIX, '');
    const where = at(key);
    if (base !== key && pluralBases.has(base)) {
      const category = key.slice(base.length + 1);
      problems.push(
        problem(
          'plural-unneeded',
          where.file,
          `is a plural form (\`${category}\`) that ${name} does not use (it uses ${categories.join(', ')}); delete it`,
          where,
        ),
      );
    } else {
      problems.push(
        problem(
          'unknown-key',
          where.file,
          'is not a key of the default locale (any more); delete it, or rename it to the key it translates',
          where,
        ),
      );
    }
  }
  return { problems, coverage: coverage(translated, required.length) };
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

/**
 * The line of every key of a JSON strings file, found by walking its text (JSON.parse keeps no
 * positions). Keys are dotted as in `flattenStrings`; a file that is not valid gives none.
 */
export function keyLines(file: string): Map<string, number> {
  const lines = new Map<string, number>();
  if (!existsSync(file)) return lines;
  const text = readFileSync(file, 'utf8');
  const stack: (string | undefined)[] = [];
  let pendingKey: string | undefined;
  let line = 1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\n') line += 1;
    else if (char === '"') {
      let end = index + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const raw = text.slice(index, end + 1);
      index = end;
      const rest = text.slice(end + 1).trimStart();
      if (rest.startsWith(':')) {
        let key: string;
        try {
          key = JSON.parse(raw) as string;
        } catch {
          return lines;
        }
        pendingKey = key;
        lines.set([...stack.filter((part) => part !== undefined), key].join('.'), line);
      }
    } else if (char === '{') {
      stack.push(pendingKey);
      pendingKey = undefined;
    } else if (char === '}') {
      stack.pop();
    } else if (char === ',') {
      pendingKey = undefined;
    }
  }
  return lines;
}

/** Every entry of a locale as `kind/slug`, sorted; files that are not entries are the content check's to report. */
function listEntries(contentDir: string, locale: string): string[] {
  if (!existsSync(path.join(contentDir, locale))) return [];
  return localeEntryFiles(contentDir, locale, () => undefined).map((entry) => `${entry.kind}/${entry.slug}`);
}

/**
 * What differs between the variables of a default string and its translation, or undefined.
 * A plural form may leave out `{{count}}` ("un événement" for `_one`), nothing else.
 */
function compareVariables(expected: string, actual: string, isPlural: boolean): string | undefined {
  const want = variablesOf(expected).filter((name) => !(isPlural && name === 'count'));
  const have = variablesOf(actual).filter((name) => !(isPlural && name === 'count'));
  const lost = want.filter((name) => !have.includes(name));
  const unknown = have.filter((name) => !want.includes(name));
  if (lost.length === 0 && unknown.length === 0) return undefined;
  const list = (names: string[]) => names.map((name) => `{{${name}}}`).join(', ');
  const parts = [
    ...(lost.length > 0 ? [`lacks ${list(lost)}`] : []),
    ...(unknown.length > 0 ? [`has ${list(unknown)}, which the default text does not`] : []),
  ];
  return `${parts.join(' and ')}; keep the placeholders of the default text exactly as they are (${list(variablesOf(expected)) || 'none'})`;
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
