import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { flattenStrings, loadResources, requiredKeys } from '#src/i18n/resources.ts';
import { copyFixture, root, run } from '../run.ts';

describe('npm run i18n:add', () => {
  it('adds a locale with every string empty, keeps campaign.yaml as written, and the site builds', () => {
    const dir = copyFixture('minimal', { withProjectLocales: true });
    const campaignFile = path.join(dir, 'content/campaign.yaml');
    writeFileSync(campaignFile, `# The campaign, with a comment.\n${readFileSync(campaignFile, 'utf8')}`);
    const before = readFileSync(campaignFile, 'utf8');

    const result = run('i18n-add.ts', dir, ['sw']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Added Swahili (sw):');

    expect(readFileSync(campaignFile, 'utf8')).toBe(before.replace('locales: [en, fr, ar]', 'locales: [en, fr, ar, sw]'));
    const resources = loadResources(path.join(dir, 'locales'), ['en', 'sw']);
    expect(Object.keys(resources['sw'] ?? {})).toEqual(Object.keys(resources['en'] ?? {}));
    const strings = flattenStrings(resources['sw'] ?? {});
    expect([...strings.keys()].sort()).toEqual(requiredKeys(flattenStrings(resources['en'] ?? {}), 'sw').sort());
    expect([...strings.values()].every((value) => value === '')).toBe(true);

    const outDir = path.join(dir, 'dist');
    const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.ts')], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        SID_CONTENT_DIR: path.join(dir, 'content'),
        SID_OUT_DIR: outDir,
        SID_NOW: '2020-02-01T00:00:00Z',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const home = load(readFileSync(path.join(outDir, 'sw/index.html'), 'utf8'));
    expect(home('html').attr('lang')).toBe('sw');
    // Every string falls back to the default locale's.
    expect(home('a[href="/sw/events/"]').first().text().trim()).toBe('Events');
    expect(existsSync(path.join(outDir, 'sw/events/dublin/index.html'))).toBe(true);
  });

  it('writes the language’s own plural forms', () => {
    const dir = copyFixture('minimal', { withProjectLocales: true });
    expect(run('i18n-add.ts', dir, ['ru']).status).toBe(0);
    const events = JSON.parse(readFileSync(path.join(dir, 'locales/ru/events.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(events).filter((key) => key.startsWith('count_'))).toEqual(['count_one', 'count_few', 'count_many', 'count_other']);
  });

  it('adds to a block list in campaign.yaml, keeping comments', () => {
    const dir = copyFixture('minimal', { withProjectLocales: true });
    const campaignFile = path.join(dir, 'content/campaign.yaml');
    writeFileSync(
      campaignFile,
      readFileSync(campaignFile, 'utf8').replace(
        'locales: [en, fr, ar]',
        'locales:\n  - en   # the default\n  - fr\n  - ar # right to left',
      ),
    );
    expect(run('i18n-add.ts', dir, ['pt-BR']).status).toBe(0);
    expect(readFileSync(campaignFile, 'utf8')).toContain(
      'locales:\n  - en   # the default\n  - fr\n  - ar # right to left\n  - pt-BR\nsite:',
    );
    expect(run('check.ts', dir).status).toBe(0);
  });

  it.each([
    ['pt-br', "Nothing was changed: 'pt-br' is not written the standard way; write 'pt-BR'"],
    ['EN-gb', "Nothing was changed: 'EN-gb' is not written the standard way; write 'en-GB'"],
    [
      'en_US',
      "Nothing was changed: 'en_US' is not a BCP 47 language tag; write a language code, optionally with a region or script: fr, pt-BR, zh-Hant",
    ],
    [
      'english',
      "Nothing was changed: 'english' is not a language code known to this system (ISO 639, e.g. fr, sw, hi); check the spelling",
    ],
    ['xx', "Nothing was changed: 'xx' is not a language code known to this system (ISO 639, e.g. fr, sw, hi); check the spelling"],
    ['fr', "Nothing was changed: 'fr' is already a locale of this campaign (en, fr, ar)"],
  ])('refuses %s and changes nothing', (tag, message) => {
    const dir = copyFixture('minimal', { withProjectLocales: true });
    const campaign = readFileSync(path.join(dir, 'content/campaign.yaml'), 'utf8');
    const folders = readdirSync(path.join(dir, 'locales'));
    const result = run('i18n-add.ts', dir, [tag]);
    expect(result.stderr.trim()).toBe(message);
    expect(result.status).toBe(1);
    expect(readFileSync(path.join(dir, 'content/campaign.yaml'), 'utf8')).toBe(campaign);
    expect(readdirSync(path.join(dir, 'locales'))).toEqual(folders);
  });
});
