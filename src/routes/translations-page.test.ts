import { describe, expect, it } from 'vitest';
import type { LocaleReport } from '#src/i18n/check.ts';
import { localeStatus } from './translations-page.ts';

const info = { tag: 'fr', dir: 'ltr' as const, autonym: 'Français' };
const report: LocaleReport = {
  locale: 'fr',
  name: 'French',
  ui: { translated: 8, total: 10, percent: 80 },
  content: { translated: 1, total: 3, percent: 33 },
  problems: [
    { kind: 'missing', severity: 'warning', file: 'locales/fr/common.json', key: 'common:nav.home', message: '' },
    { kind: 'plural-missing', severity: 'warning', file: 'locales/fr/events.json', key: 'events:count_many', message: '' },
    { kind: 'unknown-key', severity: 'warning', file: 'locales/fr/events.json', key: 'events:old', message: '' },
    { kind: 'untranslated', severity: 'warning', file: 'content/fr/pages/about.mdx', key: 'pages/about', message: '' },
    { kind: 'untranslated', severity: 'warning', file: 'content/fr/events/oodi.mdx', key: 'events/oodi', message: '' },
    { kind: 'outdated', severity: 'warning', file: 'content/fr/videos/tools.mdx', key: 'videos/tools', message: '' },
  ],
};

describe('localeStatus', () => {
  it('links untranslated and out-of-date entries to their pages in the locale, and counts missing strings', () => {
    const status = localeStatus(info, report);
    expect(status.lists).toEqual([
      { status: 'outdated', entries: [{ key: 'videos/tools', href: '/fr/videos/tools/' }] },
      {
        status: 'untranslated',
        entries: [
          { key: 'pages/about', href: '/fr/about/' },
          { key: 'events/oodi', href: '/fr/events/oodi/' },
        ],
      },
    ]);
    expect(status.missingStrings).toBe(2);
  });

  it('leaves out a list with nothing in it', () => {
    const status = localeStatus(info, { ...report, problems: report.problems.filter((problem) => problem.kind !== 'outdated') });
    expect(status.lists.map((list) => list.status)).toEqual(['untranslated']);
  });
});
