/**
 * Never stale: after each edit of a scripted series, the incremental build gives byte for byte
 * the site that a build rendering every page (`--force`) gives of the same content. The edits
 * touch everything a page can show: a body, a title, dates, a translation added and deleted, an
 * entry added and deleted, a partner's name, `campaign.yaml`, a UI string of one locale, a media
 * file, and "now" moving past an event's end.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, digest, emptyFolders, root } from '../build-fixture.ts';

describe('incremental builds after each edit', () => {
  const campaign = mkdtempSync(path.join(os.tmpdir(), 'sid-never-stale-'));
  /** The content built incrementally, build after build, and a copy built whole each time. */
  const incremental = path.join(campaign, 'incremental');
  const whole = path.join(campaign, 'whole');
  const at = (file: string) => path.join(incremental, 'content', file);
  let now = '2020-02-01T00:00:00Z';

  const edit = (file: string, from: RegExp | string, to: string) => {
    const text = readFileSync(at(file), 'utf8');
    const edited = text.replace(from, to);
    if (edited === text) throw new Error(`${file}: nothing replaced`);
    writeFileSync(at(file), edited);
  };

  /** Builds the edited content both ways and compares every file of the two sites. */
  const expectSameAsWhole = () => {
    const built = buildFixture('minimal', { contentDir: path.join(incremental, 'content'), outDir: path.join(incremental, 'dist'), now });
    expect(built.status, built.output).toBe(0);
    rmSync(whole, { recursive: true, force: true });
    // The content and UI strings only: not the site, nor the previous one, which a process of its own
    // is deleting meanwhile.
    for (const name of ['content', 'locales'])
      cpSync(path.join(incremental, name), path.join(whole, name), { recursive: true, preserveTimestamps: true });
    const forced = buildFixture('minimal', {
      contentDir: path.join(whole, 'content'),
      outDir: path.join(whole, 'dist'),
      now,
      args: ['--force'],
    });
    expect(forced.status, forced.output).toBe(0);
    expect(digest(built.outDir)).toEqual(digest(forced.outDir));
    // A page that is gone leaves no folder behind, in either build.
    expect(emptyFolders(built.outDir)).toEqual([]);
    expect(emptyFolders(forced.outDir)).toEqual([]);
    return built;
  };

  beforeAll(() => {
    cpSync(path.join(root, 'tests/fixtures/minimal/content'), path.join(incremental, 'content'), { recursive: true });
    // UI strings of its own, beside the content, so that one can be edited.
    cpSync(path.join(root, 'locales'), path.join(incremental, 'locales'), { recursive: true });
    expect(
      buildFixture('minimal', { contentDir: path.join(incremental, 'content'), outDir: path.join(incremental, 'dist'), now }).status,
    ).toBe(0);
  });

  it.each<[string, () => void | Promise<void>]>([
    [
      'a body',
      () => {
        edit('en/events/mexico.mdx', /\n*$/, '\n\nA sentence added to the body.\n');
      },
    ],
    [
      'a title',
      () => {
        edit('en/events/dublin.mdx', 'title: Safer internet for all citizens', 'title: A safer internet for every citizen');
      },
    ],
    [
      'dates',
      () => {
        edit('en/events/mexico.mdx', /^start: (.*)T(\d\d)/m, 'start: $1T08');
      },
    ],
    [
      'a translation added',
      () => {
        writeFileSync(
          at('fr/events/mexico.mdx'),
          '---\ntitle: Mexico, en français\nsummary: Un événement à Mexico.\n---\nLe texte en français.\n',
        );
      },
    ],
    [
      'a translation deleted',
      () => {
        rmSync(at('fr/events/dublin.mdx'));
      },
    ],
    [
      'an entry added',
      () => {
        const webinar = readFileSync(at('en/events/webinar.mdx'), 'utf8');
        writeFileSync(at('en/events/second-webinar.mdx'), webinar.replace(/^title: .*$/m, 'title: A second webinar'));
      },
    ],
    [
      'an entry deleted',
      () => {
        rmSync(at('en/events/second-webinar.mdx'));
      },
    ],
    [
      'a partner renamed',
      () => {
        edit('en/partners/webwise.mdx', /^name: .*$/m, 'name: Webwise Ireland');
      },
    ],
    [
      'campaign.yaml',
      () => {
        edit('campaign.yaml', /^hashtags: .*$/m, 'hashtags: [SaferInternetDay, SID2020]');
      },
    ],
    [
      'a UI string in one locale',
      () => {
        const file = path.join(incremental, 'locales/fr/events.json');
        const strings = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
        writeFileSync(file, JSON.stringify({ ...strings, title: 'Tous les événements' }, null, 2));
      },
    ],
    [
      'a media file replaced',
      async () => {
        await sharp({ create: { width: 64, height: 48, channels: 3, background: '#1a4fa0' } })
          .jpeg()
          .toFile(at('media/events/gaming-hall.jpg'));
      },
    ],
    [
      '“now” moved past an event’s end',
      () => {
        now = '2020-02-12T00:00:00Z';
      },
    ],
  ])('gives the same site as a whole build after %s', async (_, change) => {
    await change();
    expectSameAsWhole();
  });
});
