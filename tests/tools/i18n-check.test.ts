import { utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LocaleReport } from '#src/i18n/check.ts';
import { copyFixture, run } from './run.ts';

describe('npm run i18n:check', () => {
  it('prints a coverage table and every problem per locale with file and line; exits 1 on errors', () => {
    const dir = copyFixture('broken-locales');
    const result = run('i18n-check.ts', dir);
    expect(result.status).toBe(1);
    const at = (file: string) => `${dir}/${file}`;
    expect(result.stdout.split('\n').slice(0, 3)).toEqual([
      'locale  language  UI strings     entries       errors  warnings',
      'fr      French    55% (5 of 9)   50% (1 of 2)  2       6',
      'ar      Arabic    75% (9 of 12)  0% (0 of 2)   0       5',
    ]);
    for (const [file, key, message] of [
      ['locales/fr/home.json:3', '', 'is not valid JSON: Expected double-quoted property name'],
      ['locales/fr/common.json:6', 'common:greeting', 'lacks {{name}} and has {{nom}}, which the default text does not'],
      ['locales/fr/common.json', 'common:search', 'is missing, so readers see the English text; add it'],
      ['locales/fr/common.json:4', 'common:nav.events', 'is empty, so readers see the English text; translate it'],
      ['locales/fr/common.json:7', 'common:oldKey', 'is not a key of the default locale (any more)'],
      ['locales/fr/events.json', 'events:count_many', 'is missing: French uses the plural forms one, many, other of `events:count`'],
      ['locales/fr/events.json:4', 'events:count_two', 'is a plural form (`two`) that French does not use'],
      [
        'locales/ar/events.json',
        'events:count_zero',
        'is missing: Arabic uses the plural forms zero, one, two, few, many, other of `events:count`',
      ],
      [
        'content/fr/pages/about.mdx',
        '',
        'is not translated yet, so readers see the English entry; start one with `npm run new -- pages about --locale fr`',
      ],
    ]) {
      expect(result.stdout).toMatch(new RegExp(`${escape(at(file ?? ''))} +${escape(key ?? '')} *${escape(message ?? '')}`));
    }
    expect(result.stdout).toContain('2 error(s): fix them');
  });

  it('flags a translation older than its source (by file time outside git)', () => {
    const dir = copyFixture('broken-locales');
    const content = path.join(dir, 'content');
    utimesSync(path.join(content, 'fr/events/dublin.mdx'), new Date('2020-01-01'), new Date('2020-01-01'));
    utimesSync(path.join(content, 'en/events/dublin.mdx'), new Date('2020-01-02'), new Date('2020-01-02'));
    const result = run('i18n-check.ts', dir, ['fr']);
    expect(result.stdout).toMatch(
      new RegExp(
        `${escape(content)}/fr/events/dublin\\.mdx +is older than its source en/events/dublin\\.mdx, which changed since; update the translation`,
      ),
    );
  });

  it('checks only the locales named; warnings fail only with --strict', () => {
    const dir = copyFixture('broken-locales');
    const arabic = run('i18n-check.ts', dir, ['ar']);
    expect(arabic.status).toBe(0);
    expect(arabic.stdout).not.toMatch(/^fr /m);
    expect(arabic.stdout).toContain('No errors; the warnings above fall back to the default locale.');
    expect(run('i18n-check.ts', dir, ['ar', '--strict']).status).toBe(1);
    const unknown = run('i18n-check.ts', dir, ['fi']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("'fi' is not a locale of this campaign (en, fr, ar); did you mean 'fr'?");
  });

  it('prints JSON with --json', () => {
    const dir = copyFixture('broken-locales');
    const result = run('i18n-check.ts', dir, ['--json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { defaultLocale: string; locales: LocaleReport[] };
    expect(report.defaultLocale).toBe('en');
    expect(report.locales.map((locale) => [locale.locale, locale.ui.percent, locale.content.percent])).toEqual([
      ['fr', 55, 50],
      ['ar', 75, 0],
    ]);
    expect(report.locales[0]?.problems).toContainEqual({
      kind: 'variables',
      severity: 'error',
      file: `${dir}/locales/fr/common.json`,
      line: 6,
      key: 'common:greeting',
      message:
        'lacks {{name}} and has {{nom}}, which the default text does not; keep the placeholders of the default text exactly as they are ({{name}}, {{site}})',
    });
  });

  it('finds every locale complete when it is', () => {
    const dir = copyFixture('minimal', { withProjectLocales: true });
    const result = run('i18n-check.ts', dir, ['--json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { locales: LocaleReport[] };
    expect(report.locales.map((locale) => [locale.locale, locale.problems.filter((problem) => problem.severity === 'error')])).toEqual([
      ['fr', []],
      ['ar', []],
    ]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
