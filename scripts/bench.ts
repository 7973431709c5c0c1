/**
 * `npm run bench`: the build's cost as campaigns and languages grow. For each size it generates a
 * synthetic campaign, builds it cold (no caches; `--runs` times, in turn with the plain-Astro
 * baseline of the same bodies, and takes the median), warm (caches kept) and again after editing one
 * entry in one locale, and writes a table to `bench/results/latest.md` and `.json`.
 *
 *   npm run bench                                   # the default sizes (takes a while)
 *   npm run bench -- --sizes 100x6 --coverage 0.6   # entries x locales
 *   npm run bench -- --runs 1                       # one cold build each (quicker, noisier)
 */
import { appendFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentKey } from '#src/site/settings.ts';
import { writeBaselineProject } from './bench/baseline.ts';
import { BENCH_LOCALES, generateCampaign, type CampaignSize } from './bench/generate.ts';
import { pageWeights, timedRun, type PageWeights, type RunResult } from './bench/measure.ts';
import { medianRun } from './bench/stats.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100x6,400x6,1600x6,400x1,400x18' },
    coverage: { type: 'string', default: '0.6' },
    runs: { type: 'string', default: '3' },
    'no-baseline': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    'npm run bench -- [--sizes 100x6,400x6] [--coverage 0.6] [--runs 3] [--no-baseline]\nSizes are <entries>x<locales>; locales are taken in this order: ' +
      BENCH_LOCALES.join(', ') +
      '\n--runs: cold builds of each size, ours and the baseline in turn; the median is reported',
  );
  process.exit(0);
}

const coverage = Number(values.coverage);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: '${values.runs}' is not a whole number of runs (1 or more)`);
const sizes: CampaignSize[] = values.sizes.split(',').map((size) => {
  const [entries, locales] = size.split('x').map(Number);
  if (!entries || !locales || locales > BENCH_LOCALES.length)
    throw new Error(`--sizes: '${size}' is not <entries>x<locales> (at most ${BENCH_LOCALES.length} locales)`);
  return { entries, locales, coverage };
});

interface Row {
  size: CampaignSize;
  pages: number;
  /** The cold run with the median time, and every cold run's seconds. */
  cold: RunResult;
  coldRuns: number[];
  warm: RunResult;
  rebuild: RunResult;
  weights: PageWeights;
  baseline?: { pages: number; cold: RunResult; coldRuns: number[]; warm: RunResult };
}

const work = path.join(root, 'bench', 'work');
const build = (contentDir: string, outDir: string) =>
  timedRun(
    [process.execPath, path.join(root, 'scripts', 'build.ts')],
    { SID_CONTENT_DIR: contentDir, SID_OUT_DIR: outDir, SID_NOW: '2020-02-01T00:00:00Z' },
    root,
  );
const astroBuild = (projectDir: string) =>
  timedRun(
    [process.execPath, path.join(root, 'scripts', 'astro.ts'), 'build', '--root', projectDir],
    { ASTRO_TELEMETRY_DISABLED: '1' },
    root,
  );
const countHtml = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true, recursive: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith('.html') && !entry.parentPath.includes(`${path.sep}pagefind`),
  ).length;

const rows: Row[] = [];
for (const size of sizes) {
  const name = `${size.entries}x${size.locales}`;
  const dir = path.join(work, name);
  console.log(`\n# ${name}: generating ${size.entries} entries in ${size.locales} locale(s), ${Math.round(coverage * 100)}% translated`);
  await generateCampaign(dir, size, root);
  const contentDir = path.join(dir, 'content');
  const outDir = path.join(dir, 'dist');
  const baselineDir = path.join(work, `baseline-${name}`);
  const withBaseline = !values['no-baseline'];
  // Cold builds, ours and the baseline's in turn, so that the machine's drift over a few minutes
  // falls on both; the median of each is reported.
  const colds: RunResult[] = [];
  const baselineColds: RunResult[] = [];
  for (let run = 1; run <= runs; run += 1) {
    // Cold: no Astro cache (content store, optimised images, Vite's dependencies) and no share-image cache.
    rmSync(path.join(root, 'node_modules', '.astro', contentKey(contentDir)), { recursive: true, force: true });
    rmSync(path.join(root, 'node_modules', '.astro', 'og-cache'), { recursive: true, force: true });
    console.log(`  cold build ${run}/${runs}…`);
    const cold = await build(contentDir, outDir);
    colds.push(cold);
    if (!withBaseline) continue;
    // Written again each time: the baseline's cold build starts from a project without caches.
    writeBaselineProject(baselineDir, contentDir, BENCH_LOCALES.slice(0, size.locales));
    console.log(`  ${cold.seconds.toFixed(1)} s; baseline cold build ${run}/${runs}…`);
    const baselineCold = await astroBuild(baselineDir);
    baselineColds.push(baselineCold);
    console.log(`  ${baselineCold.seconds.toFixed(1)} s`);
  }
  const baseline = withBaseline
    ? {
        pages: countHtml(path.join(baselineDir, 'dist')),
        cold: medianRun(baselineColds),
        coldRuns: baselineColds.map((run) => run.seconds),
        warm: await astroBuild(baselineDir),
      }
    : undefined;
  console.log('  warm build…');
  const warm = await build(contentDir, outDir);
  console.log(`  ${warm.seconds.toFixed(1)} s; rebuild after editing one entry…`);
  // The second locale's copy when there is one, so that the edit is a translation's.
  const editedLocale = size.locales > 1 ? BENCH_LOCALES[1] : BENCH_LOCALES[0];
  const edited = path.join(contentDir, editedLocale, 'events', 'event-0.mdx');
  appendFileSync(edited, '\nOne more sentence, added by the benchmark.\n');
  const rebuild = await build(contentDir, outDir);
  console.log(`  ${rebuild.seconds.toFixed(1)} s`);
  const weights = pageWeights(outDir);
  const row: Row = {
    size,
    pages: weights.pages,
    cold: medianRun(colds),
    coldRuns: colds.map((run) => run.seconds),
    warm,
    rebuild,
    weights,
    ...(baseline && { baseline }),
  };
  rows.push(row);
  console.log(`  done: ${row.pages} pages`);
  // Written after every size, so that a long run that is stopped keeps what it measured.
  writeResults(rows);
}
console.log(`\n${writeResults(rows)}`);

function writeResults(rows: readonly Row[]): string {
  const perPage = (run: RunResult, pages: number) => run.seconds / pages;
  const ratio = (ours: RunResult, oursPages: number, base: RunResult | undefined, basePages: number | undefined) =>
    base === undefined || basePages === undefined ? '–' : (perPage(ours, oursPages) / perPage(base, basePages)).toFixed(2);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;

  const table = [
    `Benchmark of ${new Date().toISOString().slice(0, 10)} on ${machine}; translation coverage ${coverage}.`,
    '',
    '| entries × locales | pages | cold s | warm s | rebuild s | pages/s (cold) | peak RSS MiB cold/warm | peak RSS MiB, all processes, cold/warm | share images (cold): drawn, s | Pagefind s (cold) | images encoded warm/rebuild | ×baseline cold | ×baseline warm | HTML gz KiB med/p95 | CSS gz KiB med/p95 | HTML+CSS gz KiB p95 | JS gz KiB med/p95 |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((row) =>
      [
        `${row.size.entries} × ${row.size.locales}`,
        row.pages,
        row.cold.seconds.toFixed(1),
        row.warm.seconds.toFixed(1),
        row.rebuild.seconds.toFixed(1),
        (row.pages / row.cold.seconds).toFixed(0),
        `${row.cold.peakRssMiB?.toFixed(0) ?? '–'} / ${row.warm.peakRssMiB?.toFixed(0) ?? '–'}`,
        `${row.cold.peakRssAllMiB?.toFixed(0) ?? '–'} / ${row.warm.peakRssAllMiB?.toFixed(0) ?? '–'}`,
        `${row.cold.shareImagesDrawn ?? '–'}, ${row.cold.shareImageSeconds?.toFixed(1) ?? '–'}`,
        row.cold.searchSeconds?.toFixed(1) ?? '–',
        `${(row.warm.shareImagesDrawn ?? 0) + row.warm.imagesEncoded} / ${(row.rebuild.shareImagesDrawn ?? 0) + row.rebuild.imagesEncoded}`,
        ratio(row.cold, row.pages, row.baseline?.cold, row.baseline?.pages),
        ratio(row.warm, row.pages, row.baseline?.warm, row.baseline?.pages),
        `${kb(row.weights.html.medianGzip)} / ${kb(row.weights.html.p95Gzip)}`,
        `${kb(row.weights.css.medianGzip)} / ${kb(row.weights.css.p95Gzip)}`,
        kb(row.weights.htmlAndCss.p95Gzip),
        `${kb(row.weights.js.medianGzip)} / ${kb(row.weights.js.p95Gzip)}`,
      ]
        .join(' | ')
        .replace(/^/, '| ')
        .concat(' |'),
    ),
    '',
    'Baseline: plain Astro 7 + @astrojs/mdx rendering the same bodies (every locale × every source entry) with a minimal layout; ×baseline is our seconds per page divided by its.',
    "Cold builds: the median of the runs listed, ours and the baseline's taken in turn.",
    ...rows.map((row) => {
      const seconds = (runs: number[]) => runs.map((run) => run.toFixed(1)).join(', ');
      const ours = `- ${row.size.entries} × ${row.size.locales}: cold runs ${seconds(row.coldRuns)} s`;
      if (row.baseline === undefined) return ours;
      const { baseline } = row;
      return `${ours}; baseline ${baseline.pages} pages, cold ${baseline.cold.seconds.toFixed(1)} s (runs ${seconds(baseline.coldRuns)}; peak ${baseline.cold.peakRssMiB?.toFixed(0) ?? '–'} MiB, all processes ${baseline.cold.peakRssAllMiB?.toFixed(0) ?? '–'}), warm ${baseline.warm.seconds.toFixed(1)} s`;
    }),
    '',
  ].join('\n');

  const results = path.join(root, 'bench', 'results');
  mkdirSync(results, { recursive: true });
  writeFileSync(path.join(results, 'latest.md'), table);
  writeFileSync(
    path.join(results, 'latest.json'),
    `${JSON.stringify({ machine, coverage, rows: rows.map((row) => ({ ...row, cold: { ...row.cold, output: undefined }, warm: { ...row.warm, output: undefined }, rebuild: { ...row.rebuild, output: undefined }, baseline: row.baseline && { pages: row.baseline.pages, cold: { ...row.baseline.cold, output: undefined }, coldRuns: row.baseline.coldRuns, warm: { ...row.baseline.warm, output: undefined } } })) }, null, 2)}\n`,
  );
  return table;
}
