/**
 * What the translation status page (`/<default>/translations/`) shows for each locale but the
 * default: how much of the UI and of the entries is translated, how many UI strings are missing,
 * and links to the entries that are untranslated or out of date. From `i18n:check`'s own report.
 */
import type { LocaleReport } from '#src/i18n/check.ts';
import type { LocaleInfo } from '#src/i18n/locales.ts';
import { entryPath } from '#src/site/urls.ts';

/** An entry named in the report (`events/oodi`), with its page in the locale. */
export interface StatusEntry {
  key: string;
  href: string;
}

export interface LocaleStatus {
  info: LocaleInfo;
  report: LocaleReport;
  untranslated: StatusEntry[];
  outdated: StatusEntry[];
  /** UI strings missing, empty, or lacking a plural form. */
  missingStrings: number;
}

const MISSING_STRINGS: ReadonlySet<string> = new Set(['missing', 'empty', 'plural-missing']);

/**
 * @example localeStatus(info, report).untranslated // [{ key: 'pages/about', href: '/fr/about/' }]
 */
export function localeStatus(info: LocaleInfo, report: LocaleReport): LocaleStatus {
  const entries = (kind: 'untranslated' | 'outdated') =>
    report.problems.flatMap((problem) => {
      if (problem.kind !== kind || problem.key === undefined) return [];
      const [entryKind = '', slug = ''] = problem.key.split('/');
      return [{ key: problem.key, href: entryPath(info.tag, entryKind, slug) }];
    });
  return {
    info,
    report,
    untranslated: entries('untranslated'),
    outdated: entries('outdated'),
    missingStrings: report.problems.filter((problem) => MISSING_STRINGS.has(problem.kind)).length,
  };
}
