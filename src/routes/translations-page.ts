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
  /** UI strings missing, empty, or lacking a plural form. */
  missingStrings: number;
  /** The lists the page shows, out-of-date entries first; an empty list is left out. */
  lists: { status: 'outdated' | 'untranslated'; entries: StatusEntry[] }[];
}

const MISSING_STRINGS: ReadonlySet<string> = new Set(['missing', 'empty', 'plural-missing']);

/**
 * @example localeStatus(info, report).lists // [{ status: 'untranslated', entries: [{ key: 'pages/about', href: '/fr/about/' }] }]
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
    missingStrings: report.problems.filter((problem) => MISSING_STRINGS.has(problem.kind)).length,
    lists: [
      { status: 'outdated' as const, entries: entries('outdated') },
      { status: 'untranslated' as const, entries: entries('untranslated') },
    ].filter((list) => list.entries.length > 0),
  };
}
