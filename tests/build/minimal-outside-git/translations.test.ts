import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { buildFixture, root } from '../build-fixture.ts';

describe('a campaign outside git, with its own UI strings', () => {
  it('flags a translation older than its source, and warns of UI strings that fall back', () => {
    const campaign = mkdtempSync(path.join(os.tmpdir(), 'sid-translations-'));
    cpSync(path.join(root, 'tests/fixtures/minimal/content'), path.join(campaign, 'content'), { recursive: true });
    cpSync(path.join(root, 'locales'), path.join(campaign, 'locales'), { recursive: true });
    rmSync(path.join(campaign, 'locales/ar'), { recursive: true });
    const frCommon = path.join(campaign, 'locales/fr/common.json');
    const strings = JSON.parse(readFileSync(frCommon, 'utf8')) as { nav: Record<string, string> };
    delete strings.nav['events'];
    writeFileSync(frCommon, JSON.stringify(strings));
    // The source changed after its French translation did.
    utimesSync(path.join(campaign, 'content/fr/events/dublin.mdx'), new Date('2020-01-01'), new Date('2020-01-01'));
    utimesSync(path.join(campaign, 'content/en/events/dublin.mdx'), new Date('2020-01-02'), new Date('2020-01-02'));

    const site = buildFixture('minimal', { contentDir: path.join(campaign, 'content') });
    expect(site.status, site.output).toBe(0);

    const $ = site.page('/fr/events/dublin/');
    expect($('[data-fallback-notice=outdated] a').attr('href')).toBe('/en/events/dublin/');
    expect($('h1').text()).toBe('Un internet plus sûr pour tous');
    expect(site.page('/en/events/dublin/')('[data-fallback-notice]')).toHaveLength(0);

    expect(site.output).toMatch(/fr: 1 UI string\(s\) missing, shown in en: common:nav\.events/);
    expect(site.output).toMatch(/ar: \d+ UI string\(s\) missing/);
    expect(load(readFileSync(path.join(site.outDir, 'fr/index.html'), 'utf8'))('.site-header nav a[href="/fr/events/"]').text()).toBe(
      'Events',
    );
  });
});
