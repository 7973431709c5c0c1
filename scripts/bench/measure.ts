/**
 * Runs a build and measures it: wall time and peak RSS (GNU time's maximum resident set of the
 * build's largest process, when /usr/bin/time is there, and the most that all its processes held
 * together), then reads the pages it wrote.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { percentile } from './stats.ts';

export interface RunResult {
  seconds: number;
  /** The largest of the build's processes at its largest (GNU time). */
  peakRssMiB: number | undefined;
  /** The build's processes together (the build, its drawing process, Pagefind), sampled every 0.25 s. */
  peakRssAllMiB: number | undefined;
  /** Seconds Pagefind took, from the build's log. */
  searchSeconds: number | undefined;
  /** Share images drawn (not taken from the cache), and the wall-clock seconds spent drawing them. */
  shareImagesDrawn: number | undefined;
  shareImageSeconds: number | undefined;
  /** Images Astro encoded (not taken from its cache): its log gives their sizes before and after. */
  imagesEncoded: number;
  /** Pages the build rendered, and those it kept from the previous build, from its log. */
  pagesRendered: number | undefined;
  pagesKept: number | undefined;
  output: string;
}

export async function timedRun(command: string[], env: Record<string, string>, cwd: string): Promise<RunResult> {
  const gnuTime = existsSync('/usr/bin/time');
  const [program, ...args] = gnuTime ? ['/usr/bin/time', '-f', 'SID_BENCH %e %M', ...command] : command;
  if (program === undefined) throw new Error('timedRun: no command to run');
  const started = process.hrtime.bigint();
  const child = spawn(program, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    stdout.push(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr.push(chunk);
  });
  let peakAllKiB: number | undefined;
  const sampler = setInterval(() => {
    const rss = child.pid === undefined ? undefined : treeRssKiB(child.pid);
    if (rss !== undefined) peakAllKiB = Math.max(peakAllKiB ?? 0, rss);
  }, 250);
  const [status] = (await once(child, 'close').finally(() => {
    clearInterval(sampler);
  })) as [number | null];
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const output = `${Buffer.concat(stdout).toString('utf8')}\n${Buffer.concat(stderr).toString('utf8')}`;
  if (status !== 0) throw new Error(`${command.join(' ')} failed:\n${output.slice(-4000)}`);
  const measured = /SID_BENCH ([\d.]+) (\d+)/.exec(output);
  const search = /search: \d+ pages, [^(]*\((\d+) ms\)/.exec(output);
  const shareImages = /share images: (\d+) drawn in ([\d.]+) s/.exec(output);
  const pages = /pages: (\d+) rendered, (\d+) copied/.exec(output);
  return {
    seconds: measured === null ? wall : Number(measured[1]),
    peakRssMiB: measured === null ? undefined : Number(measured[2]) / 1024,
    peakRssAllMiB: peakAllKiB === undefined ? undefined : peakAllKiB / 1024,
    searchSeconds: search === null ? undefined : Number(search[1]) / 1000,
    shareImagesDrawn: shareImages === null ? undefined : Number(shareImages[1]),
    shareImageSeconds: shareImages === null ? undefined : Number(shareImages[2]),
    imagesEncoded: output.match(/\(before: \d/g)?.length ?? 0,
    // A build that found its output up to date did not start Astro, and rendered nothing.
    pagesRendered: pages === null ? (/ is up to date: /.test(output) ? 0 : undefined) : Number(pages[1]),
    pagesKept: pages === null ? undefined : Number(pages[2]),
    output,
  };
}

/**
 * The resident memory of a process and all its descendants together, in KiB, from Linux's /proc
 * (undefined without it). GNU time reports the largest single process, and a build runs several
 * at once.
 */
export function treeRssKiB(root: number): number | undefined {
  if (!existsSync('/proc/self/status')) return undefined;
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readIfThere(`/proc/${name}/stat`);
    if (stat === undefined) continue;
    // "pid (command) state ppid …": the command may hold spaces and parentheses.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  let total = 0;
  const pending = [root];
  for (const pid of pending) {
    total += Number(/VmRSS:\s+(\d+) kB/.exec(readIfThere(`/proc/${pid}/status`) ?? '')?.[1] ?? 0);
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** A file's text, or undefined when it is gone (a process that ended between listing and reading). */
function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

export interface PageWeights {
  pages: number;
  html: { median: number; p95: number; medianGzip: number; p95Gzip: number };
  css: { median: number; p95: number; medianGzip: number; p95Gzip: number };
  js: { median: number; p95: number; medianGzip: number; p95Gzip: number };
  /** The HTML and render-blocking CSS of each page together, gzip: what the first round trips carry. */
  htmlAndCss: { median: number; p95: number; medianGzip: number; p95Gzip: number };
}

/** Bytes of HTML, CSS and JavaScript each page makes a browser load (raw and gzip). */
export function pageWeights(outDir: string): PageWeights {
  const asset = assetSizes(outDir);
  const pages = htmlFiles(outDir).map((file) => pageWeight(readFileSync(file), asset));
  const summary = (sizes: [number, number][]) => ({
    median: percentile(
      sizes.map(([raw]) => raw),
      0.5,
    ),
    p95: percentile(
      sizes.map(([raw]) => raw),
      0.95,
    ),
    medianGzip: percentile(
      sizes.map(([, gz]) => gz),
      0.5,
    ),
    p95Gzip: percentile(
      sizes.map(([, gz]) => gz),
      0.95,
    ),
  });
  return {
    pages: pages.length,
    html: summary(pages.map((page) => page.html)),
    css: summary(pages.map((page) => page.css)),
    js: summary(pages.map((page) => page.js)),
    htmlAndCss: summary(pages.map((page) => [page.html[0] + page.css[0], page.html[1] + page.css[1]])),
  };
}

/** Bytes, raw and gzip, of a file of the site by its address, each worked out once. */
function assetSizes(outDir: string): (href: string) => [number, number] {
  const sizes = new Map<string, [number, number]>();
  return (href) => {
    const cached = sizes.get(href);
    if (cached !== undefined) return cached;
    const file = path.join(outDir, href.replace(/\?.*$/s, ''));
    const measured: [number, number] = existsSync(file) ? [statSync(file).size, gzipSync(readFileSync(file)).length] : [0, 0];
    sizes.set(href, measured);
    return measured;
  };
}

/** The site's pages: its HTML files, but not Pagefind's. */
function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(file);
    return entry.name.endsWith('.html') ? [file] : [];
  });
}

/** A page's HTML, render-blocking CSS and JavaScript, each as [raw, gzip] bytes. */
function pageWeight(text: Buffer, asset: (href: string) => [number, number]): Record<'html' | 'css' | 'js', [number, number]> {
  const source = text.toString('utf8');
  const css: [number, number] = [0, 0];
  const add = (total: [number, number], [raw, gz]: [number, number]) => {
    total[0] += raw;
    total[1] += gz;
  };
  for (const [, href = ''] of source.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) add(css, asset(href));
  for (const [, style = ''] of source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g))
    add(css, [Buffer.byteLength(style), gzipSync(style).length]);
  const js: [number, number] = [0, 0];
  for (const [, attributes = '', inline = ''] of source.matchAll(/<script(?![^>]*application\/ld\+json)([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /src="([^"]+)"/.exec(attributes)?.[1];
    add(js, src === undefined ? [Buffer.byteLength(inline), inline.length === 0 ? 0 : gzipSync(inline).length] : asset(src));
  }
  return { html: [text.length, gzipSync(text).length], css, js };
}
