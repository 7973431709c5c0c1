/**
 * Runs a build and measures it: wall time and peak RSS (GNU time's maximum resident set of the
 * build and its children, when /usr/bin/time is there), then reads the pages it wrote.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { percentile } from './stats.ts';

export interface RunResult {
  seconds: number;
  peakRssMiB: number | undefined;
  /** Seconds Pagefind took, from the build's log. */
  searchSeconds: number | undefined;
  /** Share images drawn (not taken from the cache), and the wall-clock seconds spent drawing them. */
  shareImagesDrawn: number | undefined;
  shareImageSeconds: number | undefined;
  /** Images Astro encoded (not taken from its cache): its log gives their sizes before and after. */
  imagesEncoded: number;
  output: string;
}

export function timedRun(command: string[], env: Record<string, string>, cwd: string): RunResult {
  const gnuTime = existsSync('/usr/bin/time');
  const args = gnuTime ? ['/usr/bin/time', '-f', 'SID_BENCH %e %M', ...command] : command;
  const started = process.hrtime.bigint();
  const result = spawnSync(args[0]!, args.slice(1), { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed:\n${output.slice(-4000)}`);
  const measured = /SID_BENCH ([\d.]+) (\d+)/.exec(output);
  const search = /search: \d+ pages indexed in [^(]*\((\d+) ms\)/.exec(output);
  const shareImages = /share images: (\d+) drawn in ([\d.]+) s/.exec(output);
  return {
    seconds: measured === null ? wall : Number(measured[1]),
    peakRssMiB: measured === null ? undefined : Number(measured[2]) / 1024,
    searchSeconds: search === null ? undefined : Number(search[1]) / 1000,
    shareImagesDrawn: shareImages === null ? undefined : Number(shareImages[1]),
    shareImageSeconds: shareImages === null ? undefined : Number(shareImages[2]),
    imagesEncoded: output.match(/\(before: \d/g)?.length ?? 0,
    output,
  };
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
  const html: number[] = [];
  const htmlGzip: number[] = [];
  const css: number[] = [];
  const cssGzip: number[] = [];
  const js: number[] = [];
  const jsGzip: number[] = [];
  const htmlAndCss: number[] = [];
  const htmlAndCssGzip: number[] = [];
  const assetSizes = new Map<string, [number, number]>();
  const asset = (href: string): [number, number] => {
    const cached = assetSizes.get(href);
    if (cached !== undefined) return cached;
    const file = path.join(outDir, href.split('?')[0]!);
    const sizes: [number, number] = existsSync(file) ? [statSync(file).size, gzipSync(readFileSync(file)).length] : [0, 0];
    assetSizes.set(href, sizes);
    return sizes;
  };
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind') walk(file);
        continue;
      }
      if (!entry.name.endsWith('.html')) continue;
      const text = readFileSync(file);
      const source = text.toString('utf8');
      html.push(text.length);
      const htmlGzipBytes = gzipSync(text).length;
      htmlGzip.push(htmlGzipBytes);
      let cssBytes = 0;
      let cssGzipBytes = 0;
      for (const match of source.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
        const [raw, gz] = asset(match[1]!);
        cssBytes += raw;
        cssGzipBytes += gz;
      }
      for (const match of source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
        cssBytes += Buffer.byteLength(match[1]!);
        cssGzipBytes += gzipSync(match[1]!).length;
      }
      let jsBytes = 0;
      let jsGzipBytes = 0;
      for (const match of source.matchAll(/<script(?![^>]*application\/ld\+json)([^>]*)>([\s\S]*?)<\/script>/g)) {
        const src = /src="([^"]+)"/.exec(match[1]!)?.[1];
        const [raw, gz] = src === undefined ? [Buffer.byteLength(match[2]!), match[2]!.length === 0 ? 0 : gzipSync(match[2]!).length] : asset(src);
        jsBytes += raw;
        jsGzipBytes += gz;
      }
      css.push(cssBytes);
      cssGzip.push(cssGzipBytes);
      htmlAndCss.push(text.length + cssBytes);
      htmlAndCssGzip.push(htmlGzipBytes + cssGzipBytes);
      js.push(jsBytes);
      jsGzip.push(jsGzipBytes);
    }
  };
  walk(outDir);
  const summary = (raw: number[], gz: number[]) => ({ median: percentile(raw, 0.5), p95: percentile(raw, 0.95), medianGzip: percentile(gz, 0.5), p95Gzip: percentile(gz, 0.95) });
  return { pages: html.length, html: summary(html, htmlGzip), css: summary(css, cssGzip), js: summary(js, jsGzip), htmlAndCss: summary(htmlAndCss, htmlAndCssGzip) };
}
