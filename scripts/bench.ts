/**
 * `npm run bench`: the build's cost as campaigns and languages grow. For each size it generates a
 * synthetic campaign, builds it cold (no caches; `--runs` times, in turn with the plain-Astro
 * baseline and Hugo building the same bodies, and takes the median), then incrementally: with
 * nothing changed, after one source event's body is edited and after another's title is, and
 * writes the tables to `bench/results/latest.md` and `.json`.
 *
 *   npm run bench                                   # the default sizes (takes a while)
 *   npm run bench -- --sizes 100x6 --coverage 0.6   # entries x locales
 *   npm run bench -- --runs 1                       # one cold build each (quicker, noisier)
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentKey } from '#src/site/settings.ts';
import { writeBaselineProject } from './bench/baseline.ts';
import { BENCH_LOCALES, generateCampaign, type CampaignSize } from './bench/generate.ts';
import { hasHugo, hugoCommand, writeHugoProject } from './bench/hugo.ts';
import { pageWeights, timedRun, type RunResult } from './bench/measure.ts';
import { writeResults, type Row } from './bench/report.ts';
import { medianRun } from './bench/stats.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100x6,400x6,1600x6,400x1,400x18' },
    coverage: { type: 'string', default: '0.6' },
    runs: { type: 'string', default: '3' },
    'no-baseline': { type: 'boolean', default: false },
    'no-hugo': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(
    'npm run bench -- [--sizes 100x6,400x6] [--coverage 0.6] [--runs 3] [--no-baseline] [--no-hugo]\nSizes are <entries>x<locales>; locales are taken in this order: ' +
      BENCH_LOCALES.join(', ') +
      '\n--runs: cold builds of each size, ours, the baseline and Hugo in turn; the median is reported',
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

const work = path.join(root, 'bench', 'work');
const results = path.join(root, 'bench', 'results');
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

const withBaseline = !values['no-baseline'];
const withHugo = !values['no-hugo'] && hasHugo();
if (!values['no-hugo'] && !withHugo) console.log('hugo is not on the PATH: no side by side with Hugo (apt install hugo)');
const rows: Row[] = [];
for (const size of sizes) {
  rows.push(await benchSize(size));
  // Written after every size, so that a long run that is stopped keeps what it measured.
  writeResults(results, rows, coverage);
}
console.log(`\n${writeResults(results, rows, coverage)}`);

async function benchSize(size: CampaignSize): Promise<Row> {
  const name = `${size.entries}x${size.locales}`;
  const dir = path.join(work, name);
  const locales = BENCH_LOCALES.slice(0, size.locales);
  const [defaultLocale = 'en'] = locales;
  console.log(`\n# ${name}: generating ${size.entries} entries in ${size.locales} locale(s), ${Math.round(coverage * 100)}% translated`);
  await generateCampaign(dir, size, root);
  const contentDir = path.join(dir, 'content');
  const outDir = path.join(dir, 'dist');
  const baselineDir = path.join(work, `baseline-${name}`);
  const hugoDir = path.join(work, `hugo-${name}`);
  const hugoPages = withHugo ? writeHugoProject(hugoDir, contentDir, locales) : 0;
  // Cold builds, ours, the baseline's and Hugo's in turn, so that the machine's drift over a few
  // minutes falls on all; the median of each is reported.
  const colds: RunResult[] = [];
  const baselineColds: RunResult[] = [];
  const hugoColds: RunResult[] = [];
  for (let run = 1; run <= runs; run += 1) {
    // Cold: no Astro cache (content store, optimised images, Vite's dependencies) and no share-image cache.
    rmSync(path.join(root, 'node_modules', '.astro', contentKey(contentDir)), { recursive: true, force: true });
    rmSync(path.join(root, 'node_modules', '.astro', 'og-cache'), { recursive: true, force: true });
    console.log(`  cold build ${run}/${runs}…`);
    const cold = await build(contentDir, outDir);
    colds.push(cold);
    console.log(`  ${cold.seconds.toFixed(1)} s`);
    if (withBaseline) {
      // Written again each time: the baseline's cold build starts from a project without caches.
      writeBaselineProject(baselineDir, contentDir, locales);
      const baselineCold = await astroBuild(baselineDir);
      baselineColds.push(baselineCold);
      console.log(`  baseline: ${baselineCold.seconds.toFixed(1)} s`);
    }
    if (withHugo) {
      rmSync(path.join(hugoDir, 'resources'), { recursive: true, force: true });
      const hugoCold = await timedRun(hugoCommand(hugoDir), {}, root);
      hugoColds.push(hugoCold);
      console.log(`  Hugo: ${hugoCold.seconds.toFixed(2)} s`);
    }
  }
  const coldRuns = (runs: RunResult[], pages: number) => ({ pages, cold: medianRun(runs), coldRuns: runs.map((run) => run.seconds) });
  const baseline = withBaseline
    ? { ...coldRuns(baselineColds, countHtml(path.join(baselineDir, 'dist'))), warm: await astroBuild(baselineDir) }
    : undefined;
  const hugo = withHugo ? coldRuns(hugoColds, hugoPages) : undefined;
  const edits = await incrementalBuilds(contentDir, outDir, defaultLocale);
  const weights = pageWeights(outDir);
  console.log(`  done: ${weights.pages} pages`);
  return {
    size,
    ...coldRuns(colds, weights.pages),
    ...edits,
    weights,
    ...(baseline && { baseline }),
    ...(hugo && { hugo }),
  };
}

/** The incremental builds after the cold ones: nothing changed, one source body edited, then another's title. */
async function incrementalBuilds(
  contentDir: string,
  outDir: string,
  defaultLocale: string,
): Promise<Pick<Row, 'warm' | 'bodyEdit' | 'titleEdit'>> {
  const warm = await incremental('nothing changed', contentDir, outDir);
  const sourceEvent = (slug: string) => path.join(contentDir, defaultLocale, 'events', `${slug}.mdx`);
  appendFileSync(sourceEvent('event-0'), '\nOne more sentence, added by the benchmark.\n');
  const bodyEdit = await incremental('one body edited', contentDir, outDir);
  const titled = sourceEvent('event-1');
  writeFileSync(titled, readFileSync(titled, 'utf8').replace(/^title: (.*)$/m, 'title: $1, renamed by the benchmark'));
  const titleEdit = await incremental('one title edited', contentDir, outDir);
  return { warm, bodyEdit, titleEdit };
}

async function incremental(what: string, contentDir: string, outDir: string): Promise<RunResult> {
  const run = await build(contentDir, outDir);
  // The build's log says why each page was rendered; kept beside the campaign for reading afterwards.
  const log = path.join(path.dirname(outDir), 'logs', `${what.replaceAll(' ', '-')}.log`);
  mkdirSync(path.dirname(log), { recursive: true });
  writeFileSync(log, run.output);
  console.log(`  ${what}: ${run.seconds.toFixed(1)} s, ${run.pagesRendered ?? '?'} pages rendered (log: ${path.relative(root, log)})`);
  return run;
}
