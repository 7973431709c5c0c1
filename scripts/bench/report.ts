/**
 * The benchmark's results: two tables (cold builds against the plain-Astro baseline and Hugo, then
 * the incremental builds after each edit) and every run's figures, as Markdown and JSON.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CampaignSize } from './generate.ts';
import type { PageWeights, RunResult } from './measure.ts';

/** Cold builds of one generator: the run with the median time, and every run's seconds. */
export interface ColdRuns {
  pages: number;
  cold: RunResult;
  coldRuns: number[];
}

export interface Row extends ColdRuns {
  size: CampaignSize;
  /** Incremental builds: nothing changed, one source event's body edited, then another's title. */
  warm: RunResult;
  bodyEdit: RunResult;
  titleEdit: RunResult;
  weights: PageWeights;
  baseline?: ColdRuns & { warm: RunResult };
  hugo?: ColdRuns;
}

const machine = () =>
  `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
const perPage = (runs: ColdRuns) => runs.cold.seconds / runs.pages;
const times = (ours: ColdRuns, other: ColdRuns | undefined) => (other === undefined ? '–' : (perPage(ours) / perPage(other)).toFixed(2));
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mib = (value: number | undefined) => value?.toFixed(0) ?? '–';
const tableRow = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
const sizeOf = (row: Row) => `${row.size.entries} × ${row.size.locales}`;

/** A Markdown table: the header, its rule, and a line a row. */
function table(columns: readonly string[], rows: readonly Row[], cells: (row: Row) => (string | number)[]): string[] {
  return [tableRow(columns), tableRow(columns.map(() => '---')), ...rows.map((row) => tableRow(cells(row)))];
}

function coldTable(rows: readonly Row[]): string[] {
  const columns = [
    'entries × locales',
    'pages',
    'cold s',
    'pages/s',
    'peak RSS MiB (largest process / all)',
    'share images drawn, s',
    'Pagefind s',
    '×baseline',
    '×Hugo',
    'HTML gz KiB med/p95',
    'CSS gz KiB med/p95',
    'HTML+CSS gz KiB p95',
    'JS gz KiB med/p95',
  ];
  return table(columns, rows, (row) => [
    sizeOf(row),
    row.pages,
    row.cold.seconds.toFixed(1),
    (row.pages / row.cold.seconds).toFixed(0),
    `${mib(row.cold.peakRssMiB)} / ${mib(row.cold.peakRssAllMiB)}`,
    `${row.cold.shareImagesDrawn ?? '–'}, ${row.cold.shareImageSeconds?.toFixed(1) ?? '–'}`,
    row.cold.searchSeconds?.toFixed(1) ?? '–',
    times(row, row.baseline),
    times(row, row.hugo),
    `${kb(row.weights.html.medianGzip)} / ${kb(row.weights.html.p95Gzip)}`,
    `${kb(row.weights.css.medianGzip)} / ${kb(row.weights.css.p95Gzip)}`,
    kb(row.weights.htmlAndCss.p95Gzip),
    `${kb(row.weights.js.medianGzip)} / ${kb(row.weights.js.p95Gzip)}`,
  ]);
}

function incrementalTable(rows: readonly Row[]): string[] {
  const cell = (run: RunResult, cold: RunResult) =>
    `${run.seconds.toFixed(1)} s, ${(run.seconds / cold.seconds).toFixed(2)}×, ${run.pagesRendered ?? '–'} rendered`;
  const columns = [
    'entries × locales',
    'cold s',
    'nothing changed',
    'one body edited',
    'one title edited',
    'images encoded (warm / edits)',
    'peak RSS MiB warm',
  ];
  return table(columns, rows, (row) => [
    sizeOf(row),
    row.cold.seconds.toFixed(1),
    cell(row.warm, row.cold),
    cell(row.bodyEdit, row.cold),
    cell(row.titleEdit, row.cold),
    `${(row.warm.shareImagesDrawn ?? 0) + row.warm.imagesEncoded} / ${[row.bodyEdit, row.titleEdit].reduce((sum, run) => sum + (run.shareImagesDrawn ?? 0) + run.imagesEncoded, 0)}`,
    mib(row.warm.peakRssMiB),
  ]);
}

function runsList(rows: readonly Row[]): string[] {
  const seconds = (runs: number[]) => runs.map((run) => run.toFixed(1)).join(', ');
  return rows.map((row) => {
    const parts = [`- ${sizeOf(row)}: cold runs ${seconds(row.coldRuns)} s`];
    const { baseline, hugo } = row;
    if (baseline !== undefined)
      parts.push(
        `baseline ${baseline.pages} pages, cold ${baseline.cold.seconds.toFixed(1)} s (runs ${seconds(baseline.coldRuns)}; peak ${mib(baseline.cold.peakRssMiB)} MiB), warm ${baseline.warm.seconds.toFixed(1)} s`,
      );
    if (hugo !== undefined) parts.push(`Hugo ${hugo.pages} pages, cold ${hugo.cold.seconds.toFixed(2)} s (runs ${seconds(hugo.coldRuns)})`);
    return parts.join('; ');
  });
}

/** Writes `latest.md` and `latest.json` into `resultsDir`; returns the Markdown. */
export function writeResults(resultsDir: string, rows: readonly Row[], coverage: number): string {
  const markdown = [
    `Benchmark of ${new Date().toISOString().slice(0, 10)} on ${machine()}; translation coverage ${coverage}.`,
    '',
    '## Cold builds',
    '',
    ...coldTable(rows),
    '',
    '×baseline and ×Hugo: our seconds per page divided by theirs, from the median cold runs, taken in turn with ours.',
    ...runsList(rows),
    '',
    '## Incremental builds',
    '',
    'After the cold builds, in this order: a build with nothing changed, one after appending a sentence to a source event’s body, one after changing another source event’s title. Each: seconds, fraction of the cold build, pages rendered.',
    '',
    ...incrementalTable(rows),
    '',
  ].join('\n');
  const withoutOutput = (run: RunResult | undefined) => run && { ...run, output: undefined };
  const json = rows.map((row) => ({
    ...row,
    cold: withoutOutput(row.cold),
    warm: withoutOutput(row.warm),
    bodyEdit: withoutOutput(row.bodyEdit),
    titleEdit: withoutOutput(row.titleEdit),
    baseline: row.baseline && { ...row.baseline, cold: withoutOutput(row.baseline.cold), warm: withoutOutput(row.baseline.warm) },
    hugo: row.hugo && { ...row.hugo, cold: withoutOutput(row.hugo.cold) },
  }));
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, 'latest.md'), markdown);
  writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify({ machine: machine(), coverage, rows: json }, null, 2)}\n`);
  return markdown;
}
