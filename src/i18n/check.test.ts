import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEntries, checkLocale, checkStrings, readLocaleStrings, type I18nProblem } from './check.ts';
import type { Strings } from './resources.ts';

const root = path.resolve(import.meta.dirname, '../..');
const brokenLocales = path.join(root, 'tests/fixtures/broken-locales');

const english: Strings = {
  common: { nav: { home: 'Home', events: 'Events' }, greeting: 'Hello {{name}}, welcome to {{site}}' },
  events: { count_one: '{{count}} event', count_other: '{{count}} events', on: 'On {{date, datetime}}' },
};

/** Problems as `kind key` (plus the message of errors), for short assertions. */
function summary(problems: readonly I18nProblem[]): string[] {
  return problems.map((problem) => `${problem.severity} ${problem.kind} ${problem.key ?? ''}`.trim());
}

function compare(locale: string, strings: Strings) {
  return checkStrings({
    defaultLocale: 'en',
    defaultStrings: english,
    locale,
    strings,
    fileOf: (namespace) => `locales/${locale}/${namespace}.json`,
  });
}

describe('checkStrings', () => {
  it('finds nothing in a complete translation, and counts every key', () => {
    const french: Strings = {
      common: { nav: { home: 'Accueil', events: 'Événements' }, greeting: 'Bonjour {{name}}, bienvenue sur {{site}}' },
      events: {
        count_one: 'Un événement',
        count_many: '{{count}} d’événements',
        count_other: '{{count}} événements',
        on: 'Le {{date, datetime}}',
      },
    };
    expect(compare('fr', french)).toEqual({ problems: [], coverage: { translated: 7, total: 7, percent: 100 } });
  });

  it('reports missing, empty and unknown keys as warnings', () => {
    const result = compare('es', {
      common: { nav: { home: 'Inicio', events: '' }, greeting: 'Hola {{name}}, {{site}}', oldKey: 'Viejo' },
      events: { count_one: '{{count}} evento', count_many: '{{count}} de eventos', count_other: '{{count}} eventos' },
    });
    expect(summary(result.problems)).toEqual([
      'warning empty common:nav.events',
      'warning missing events:on',
      'warning unknown-key common:oldKey',
    ]);
    expect(result.problems[0]).toMatchObject({
      file: 'locales/es/common.json',
      message: 'is empty, so readers see the English text; translate it',
    });
    expect(result.coverage).toEqual({ translated: 5, total: 7, percent: 71 });
  });

  it('reports variables that were lost or renamed as errors; a plural form may leave out {{count}}', () => {
    const result = compare('fr', {
      common: { nav: { home: 'Accueil', events: 'Événements' }, greeting: 'Bonjour {{nom}}' },
      events: { count_one: 'Un événement', count_many: 'Beaucoup', count_other: '{{total}} événements', on: 'Le {{date}}' },
    });
    expect(result.problems.map((problem) => `${problem.severity} ${problem.key}: ${problem.message}`)).toEqual([
      'error common:greeting: lacks {{name}}, {{site}} and has {{nom}}, which the default text does not; keep the placeholders of the default text exactly as they are ({{name}}, {{site}})',
      'error events:count_other: has {{total}}, which the default text does not; keep the placeholders of the default text exactly as they are ({{count}})',
    ]);
  });

  it('asks for every plural category of the language (CLDR) and flags the ones it does not use', () => {
    const arabic = compare('ar', {
      common: { nav: { home: 'الرئيسية', events: 'الفعاليات' }, greeting: 'مرحبا {{name}} {{site}}' },
      events: { count_one: 'فعالية واحدة', count_other: '{{count}} فعالية', on: '{{date}}' },
    });
    expect(summary(arabic.problems)).toEqual([
      'warning plural-missing events:count_zero',
      'warning plural-missing events:count_two',
      'warning plural-missing events:count_few',
      'warning plural-missing events:count_many',
    ]);
    expect(arabic.problems[0]?.message).toBe(
      'is missing: Arabic uses the plural forms zero, one, two, few, many, other of `events:count`; add this one',
    );

    const japanese = compare('ja', {
      common: { nav: { home: 'ホーム', events: 'イベント' }, greeting: 'こんにちは{{name}} {{site}}' },
      events: { count_one: '{{count}}件', count_other: '{{count}}件のイベント', on: '{{date}}' },
    });
    expect(summary(japanese.problems)).toEqual(['warning plural-unneeded events:count_one']);
    expect(japanese.problems[0]?.message).toBe('is a plural form (`one`) that Japanese does not use (it uses other); delete it');
  });

  it('gives the line of each key when asked', () => {
    const result = checkStrings({
      defaultLocale: 'en',
      defaultStrings: english,
      locale: 'de',
      strings: { common: { nav: { home: '' } } },
      fileOf: (namespace) => namespace,
      lineOf: (namespace, key) => (namespace === 'common' && key === 'nav.home' ? 3 : undefined),
    });
    expect(result.problems.find((problem) => problem.key === 'common:nav.home')).toMatchObject({ line: 3, kind: 'empty' });
  });
});

describe('readLocaleStrings', () => {
  it('reads every file it can and reports each one it cannot, with its line', () => {
    const read = readLocaleStrings(path.join(brokenLocales, 'locales'), 'fr');
    expect(Object.keys(read.strings)).toEqual(['common', 'events']);
    expect(read.problems).toEqual([
      {
        kind: 'invalid-json',
        severity: 'error',
        file: path.join(brokenLocales, 'locales/fr/home.json'),
        line: 3,
        message:
          'is not valid JSON: Expected double-quoted property name; fix the file (every key and text in "double quotes", a comma between entries, none after the last)',
      },
    ]);
  });
});

describe('checkEntries', () => {
  it('lists entries not yet translated and translations older than their source', () => {
    const contentDir = mkdtempSync(path.join(os.tmpdir(), 'sid-entries-'));
    for (const file of ['en/events/a.mdx', 'en/events/b.mdx', 'en/pages/c.mdx', 'fr/events/a.mdx', 'fr/pages/c.mdx']) {
      mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true });
      writeFileSync(path.join(contentDir, file), '---\n---\n');
    }
    const at = (file: string) => path.join(contentDir, file);
    const changes = new Map([
      [at('en/events/a.mdx'), 2],
      [at('fr/events/a.mdx'), 1],
      [at('en/pages/c.mdx'), 1],
      [at('fr/pages/c.mdx'), 2],
    ]);
    const result = checkEntries(contentDir, 'en', 'fr', changes);
    expect(result.problems).toEqual([
      {
        kind: 'outdated',
        severity: 'warning',
        file: at('fr/events/a.mdx'),
        key: 'events/a',
        message: 'is older than its source en/events/a.mdx, which changed since; update the translation',
      },
      {
        kind: 'untranslated',
        severity: 'warning',
        file: at('fr/events/b.mdx'),
        key: 'events/b',
        message: 'is not translated yet, so readers see the English entry; start one with `npm run new -- events b --locale fr`',
      },
    ]);
    expect(result.coverage).toEqual({ translated: 2, total: 3, percent: 66 });
  });
});

describe('checkLocale', () => {
  it('reports a broken file once, not as every one of its keys missing, with lines for the others', () => {
    const localesDir = path.join(brokenLocales, 'locales');
    const report = checkLocale({
      localesDir,
      contentDir: path.join(brokenLocales, 'content'),
      defaultLocale: 'en',
      locale: 'fr',
      defaultStrings: readLocaleStrings(localesDir, 'en').strings,
      changes: new Map(),
    });
    expect(report.name).toBe('French');
    expect(
      report.problems.map(
        (problem) =>
          `${problem.severity} ${problem.kind} ${path.relative(brokenLocales, problem.file)}:${problem.line ?? ''} ${problem.key ?? ''}`,
      ),
    ).toEqual([
      'error invalid-json locales/fr/home.json:3 ',
      'warning empty locales/fr/common.json:4 common:nav.events',
      'error variables locales/fr/common.json:6 common:greeting',
      'warning missing locales/fr/common.json: common:search',
      'warning plural-missing locales/fr/events.json: events:count_many',
      'warning unknown-key locales/fr/common.json:7 common:oldKey',
      'warning plural-unneeded locales/fr/events.json:4 events:count_two',
      'warning untranslated content/fr/pages/about.mdx: pages/about',
    ]);
    expect(report.ui).toEqual({ translated: 5, total: 9, percent: 55 });
    expect(report.content).toEqual({ translated: 1, total: 2, percent: 50 });
  });
});
