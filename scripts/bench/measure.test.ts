import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assert, describe, expect, it } from 'vitest';
import { pageWeights, timedRun, treeRssKiB } from './measure.ts';

describe('timedRun', () => {
  it('reads what the build logged: Pagefind’s time, the share images drawn, the images Astro encoded and the pages rendered', async () => {
    const log = [
      '[sid-microsite] share images: 12 drawn in 3.4 s, 30 from the cache',
      '[sid-microsite] search: 42 pages, en, fr indexed (1500 ms)',
      '[sid-microsite] pages: 7 rendered, 35 copied from the previous build',
      '▶ /_astro/a.webp (before: 9kB, after: 3kB) (+75ms) (1/3)',
      '▶ /_astro/b.webp (reused cache entry) (+1ms) (2/3)',
      '▶ /_astro/c.avif (before: 8kB, after: 1kB) (+45ms) (3/3)',
    ].join('\n');
    const run = await timedRun([process.execPath, '-e', `console.log(${JSON.stringify(log)})`], {}, process.cwd());
    expect(run).toMatchObject({
      searchSeconds: 1.5,
      shareImagesDrawn: 12,
      shareImageSeconds: 3.4,
      imagesEncoded: 2,
      pagesRendered: 7,
      pagesKept: 35,
    });
    expect(run.seconds).toBeGreaterThan(0);
  });

  it('counts no page rendered when the build found its output up to date', async () => {
    const log = 'dist is up to date: no file it is made from, setting or event’s end has changed since it was built.';
    const run = await timedRun([process.execPath, '-e', `console.log(${JSON.stringify(log)})`], {}, process.cwd());
    expect(run).toMatchObject({ pagesRendered: 0, pagesKept: undefined });
  });
});

describe('treeRssKiB', () => {
  it('adds the memory of a process’s children to its own', async () => {
    const own = treeRssKiB(process.pid);
    assert.isDefined(own, 'no memory reading for this process');
    // A child that fills 200 MiB and says so, then waits to be stopped.
    const child = spawn(
      process.execPath,
      ['-e', 'globalThis.b = Buffer.alloc(200 * 2 ** 20, 1); console.log("full"); setInterval(() => {}, 1000)'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise((resolve) => child.stdout.once('data', resolve));
      const withChild = treeRssKiB(process.pid);
      assert.isDefined(withChild, 'no memory reading for this process');
      assert.isDefined(child.pid, 'the child process did not start');
      expect(withChild - own).toBeGreaterThan(200 * 1024);
      expect(treeRssKiB(child.pid)).toBeGreaterThan(200 * 1024);
    } finally {
      child.kill();
    }
  });
});

describe('pageWeights', () => {
  it('adds each page’s render-blocking CSS to its HTML, and counts its scripts but not its structured data', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sid-weights-'));
    mkdirSync(path.join(dir, '_astro'));
    writeFileSync(path.join(dir, '_astro', 'site.css'), 'body{margin:0}'.repeat(50));
    writeFileSync(
      path.join(dir, 'index.html'),
      '<link rel="stylesheet" href="/_astro/site.css"><script type="application/ld+json">{"a":1}</script><p>hi</p>',
    );
    const weights = pageWeights(dir);
    expect(weights.pages).toBe(1);
    expect(weights.css.p95).toBe(700);
    expect(weights.htmlAndCss.p95).toBe(weights.html.p95 + 700);
    expect(weights.htmlAndCss.p95Gzip).toBe(weights.html.p95Gzip + weights.css.p95Gzip);
    expect(weights.js.p95).toBe(0);
  });
});
