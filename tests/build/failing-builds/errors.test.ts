import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture, root } from '../build-fixture.ts';

describe('a build that fails', () => {
  it('on bad content gives one report naming every problem, and leaves the previous site as it was', () => {
    const good = buildFixture('minimal');
    expect(good.status).toBe(0);
    const home = path.join(good.outDir, 'en', 'index.html');
    writeFileSync(home, `${readFileSync(home, 'utf8')}<!-- the previous build -->`);

    const bad = buildFixture('broken', { outDir: good.outDir });
    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain('16 problems in the content; nothing was built.');
    for (const expected of [
      "tests/fixtures/broken/content/en/events/dublin.mdx:6\n  `timezone`: 'Europe/Dublinn' is not an IANA time zone; did you mean 'Europe/Dublin'?",
      "tests/fixtures/broken/content/en/events/dublin.mdx:11\n  `organisers[0]`: 'webwize' is not a partner",
      'tests/fixtures/broken/content/fr/events/dublin.mdx:4\n  `timezone`: differs from the source entry',
      'tests/fixtures/broken/content/en/videos/tools.mdx:9\n  `captions`: has no `en` captions',
    ]) {
      expect(bad.output).toContain(expected);
    }
    expect(readFileSync(home, 'utf8')).toContain('<!-- the previous build -->');
  });

  it('after a build stopped while swapping, puts back the site it had set aside and clears the rest', async () => {
    const good = buildFixture('minimal');
    expect(good.status).toBe(0);
    const home = path.join(good.outDir, 'en', 'index.html');
    writeFileSync(home, `${readFileSync(home, 'utf8')}<!-- the previous build -->`);
    // What a build killed between its two renames leaves: no site, the previous one set aside.
    renameSync(good.outDir, `${good.outDir}.previous-999999`);

    const bad = buildFixture('broken', { outDir: good.outDir });
    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain('dist was put back from dist.previous-999999');
    expect(readFileSync(home, 'utf8')).toContain('<!-- the previous build -->');

    // What a build killed before its remover took the previous site leaves, and what a remover
    // that stopped leaves: a part of it, beside the site. Both are deleted in the background.
    mkdirSync(`${good.outDir}.previous-999998/en`, { recursive: true });
    mkdirSync(`${good.outDir}.removing-999997/en`, { recursive: true });
    expect(buildFixture('broken', { outDir: good.outDir }).status).not.toBe(0);
    await expect.poll(() => readdirSync(path.dirname(good.outDir)), { timeout: 60_000, interval: 250 }).toEqual(['dist']);
    expect(readFileSync(home, 'utf8')).toContain('<!-- the previous build -->');
  });

  it('for want of memory says how to give it more, and leaves the previous site as it was', () => {
    const good = buildFixture('minimal');
    expect(good.status).toBe(0);
    const home = path.join(good.outDir, 'en', 'index.html');
    writeFileSync(home, `${readFileSync(home, 'utf8')}<!-- the previous build -->`);
    // Forced: with nothing changed, the build would find the folder up to date and not start.
    const starved = buildFixture('minimal', { outDir: good.outDir, env: { NODE_OPTIONS: '--max-old-space-size=24' }, args: ['--force'] });
    expect(starved.status).not.toBe(0);
    expect(starved.output).toContain(
      'The build ran out of memory (a heap of 24 MiB). Give it more, e.g.\n  NODE_OPTIONS=--max-old-space-size=48 npm run build',
    );
    expect(readFileSync(home, 'utf8')).toContain('<!-- the previous build -->');
  });
});

/**
 * Starts a build of the minimal fixture into a new folder and resolves once it holds a lock that
 * `isLock` names (a file in `.dist-building/` holding its process id), with its folder and end.
 */
async function buildInBackground(
  isLock: (name: string) => boolean,
): Promise<{ outDir: string; pid: number | undefined; finished: Promise<number | null> }> {
  const outDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'sid-background-')), 'dist');
  const env = {
    ...process.env,
    SID_CONTENT_DIR: path.join(root, 'tests/fixtures/minimal/content'),
    SID_OUT_DIR: outDir,
    SID_NOW: '2020-02-01T00:00:00Z',
  };
  const build = spawn(process.execPath, [path.join(root, 'scripts/build.ts')], { cwd: root, env, stdio: 'ignore' });
  const finished = new Promise<number | null>((resolve) => build.on('close', resolve));
  const building = path.join(root, '.dist-building');
  const locked = () =>
    existsSync(building) &&
    readdirSync(building).some((name) => isLock(name) && readFileSync(path.join(building, name), 'utf8') === String(build.pid));
  for (let waited = 0; !locked() && waited < 60_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  return { outDir, pid: build.pid, finished };
}

describe('a second build into the same folder while one runs', () => {
  it('stops at once, naming the build that runs, which then finishes as if alone', async () => {
    // The first build takes its folder's lock as it starts.
    const first = await buildInBackground((name) => name.endsWith('.lock'));
    const second = buildFixture('minimal', { outDir: first.outDir });
    expect(second.status).toBe(1);
    expect(second.output).toContain(`Another build into ${path.relative(root, first.outDir)} is running (process ${first.pid}).`);
    expect(await first.finished).toBe(0);
    expect(existsSync(path.join(first.outDir, 'en', 'index.html'))).toBe(true);
  }, 300_000);
});

describe('a build of another content folder while one runs', () => {
  it('waits for it, saying so, and each site comes out whole with its own images', async () => {
    const first = await buildInBackground((name) => name === 'project.lock');
    const media = buildFixture('media', { contentDir: path.join(root, 'tests/build/media/fixture/content') });
    expect(media.status, media.output).toBe(0);
    expect(media.output).toContain(`Waiting for another build of this project to finish (process ${first.pid})`);
    expect(await first.finished).toBe(0);
    for (const site of [first.outDir, media.outDir]) {
      expect(existsSync(path.join(site, '_headers')), site).toBe(true);
      expect(existsSync(path.join(site, 'pagefind', 'en', 'pagefind.js')), site).toBe(true);
    }
    // The media fixture's hashtag shows its own emoji, which the minimal fixture does not have.
    expect(media.page('/en/hashtags/saferinternetday/')('img.emoji').length).toBeGreaterThan(0);
  }, 600_000);
});
