/**
 * The record of a build's pages: which inputs each page read (`page-inputs.ts`) and, for each input,
 * its value's digest when the pages were made; `page-inputs.json` in Astro's cache folder, read by
 * the next build's keys (`page-keys.ts`) and written when a build succeeds (`writePageRecord`). A
 * page rendered in this build is recorded with the inputs it read now, which may differ from last
 * time's. What this build planned and rendered is kept on `globalThis`: the pages' bundle makes it,
 * the integration writes it.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { astroCacheDir, readSettings, type Settings } from '#src/site/settings.ts';
import type { NowWindow } from './up-to-date.ts';
import { decodeIndices, encodeIndices } from '#src/util/index-list.ts';
import { remember } from '#src/util/remember.ts';

/** What a build remembers of a page: the inputs it read (indices into `inputs`, as `encodeIndices` writes them) and the key it had. */
interface PageRecord {
  inputs: string;
  key: string;
}

/** `page-inputs.json`. */
export interface Record_ {
  version: number;
  /** Every input some page read, and its value's digest when the pages were last made. */
  inputs: string[];
  values: string[];
  /** Pages by path (`/fr/events/oodi/`). */
  pages: Record<string, PageRecord>;
  /** How many inputs the record held when those no page read were last dropped (`withoutUnread`). */
  trimmed?: number;
}

const VERSION = 2;

/** A page of this build: the key it was given, and why it is rendered (undefined: it is copied). */
export interface PagePlan {
  key: string;
  reason: string | undefined;
}

/** This build's plans and renders, kept on `globalThis`: the pages' bundle makes them, the integration writes them. */
interface BuildPages {
  previous: Record_ | undefined;
  planned: Map<string, PagePlan>;
  /**
   * Pages rendered in this build, with the inputs they read: their numbers in `inputTable`, as
   * `encodeIndices` writes them. Kept so from the start: as a map of names to digests per page, they
   * raised the peak memory of a cold build at 1,600 entries × 6 locales by some 470 MiB.
   */
  rendered: Map<string, string>;
  /** Made from the last record when a page first needs it (`inputTable`). */
  table?: InputTable | undefined;
  /** How long "now" shows what it shows in this build; undefined when no page read it. */
  nowWindow?: NowWindow | undefined;
}

/**
 * Every input of the record: the last build's, in their order, then those first read in this build;
 * with each one's value's digest, now where a page of this build read it.
 */
interface InputTable {
  inputs: string[];
  values: string[];
  numbers: Map<string, number>;
  /** Whether an input's value is this build's (true) or still the last record's. */
  now: boolean[];
}

const PAGES = Symbol.for('sid-microsite.page-keys');

export function buildPages(): BuildPages {
  const holder = globalThis as { [PAGES]?: BuildPages | undefined };
  const pages = holder[PAGES] ?? { previous: readRecord(), planned: new Map(), rendered: new Map() };
  holder[PAGES] = pages;
  return pages;
}

/** This build's table of inputs (`InputTable`), made from the last record when first needed. */
function inputTable(): InputTable {
  const pages = buildPages();
  if (pages.table !== undefined) return pages.table;
  const inputs = [...(pages.previous?.inputs ?? [])];
  pages.table = {
    inputs,
    values: [...(pages.previous?.values ?? [])],
    numbers: new Map(inputs.map((input, at) => [input, at])),
    now: [],
  };
  return pages.table;
}

/**
 * Notes a page rendered in this build with the inputs it read, in any order (the record keeps them
 * as numbers, sorted). `valueOf` gives an input's digest now, or undefined when it is not worked
 * out yet: those inputs are returned, for `noteInputValue`. It is asked once per input and build; a
 * cold build at 1,600 entries × 6 locales notes 8 million reads of 139,000 inputs.
 * @example noteRenderedPage('/fr/events/oodi/', ['entry:events/oodi@fr#title'], () => '9ebaf9df9c801401') // []
 */
export function noteRenderedPage(page: string, read: Iterable<string>, valueOf: (input: string) => string | undefined): string[] {
  const table = inputTable();
  const numbers: number[] = [];
  const unknown: string[] = [];
  for (const input of read) {
    const at = inputNumber(table, input);
    numbers.push(at);
    if (table.now[at] === true) continue;
    const value = valueOf(input);
    if (value === undefined) unknown.push(input);
    else noteValue(table, at, value);
  }
  buildPages().rendered.set(page, encodeIndices(numbers));
  return unknown;
}

/** Notes an input's digest now, for an input `noteRenderedPage` returned. */
export function noteInputValue(input: string, value: string): void {
  const table = inputTable();
  noteValue(table, inputNumber(table, input), value);
}

/** An input's number in the table, given the next one when it is new. */
function inputNumber(table: InputTable, input: string): number {
  return remember(table.numbers, input, () => table.inputs.push(input) - 1);
}

function noteValue(table: InputTable, at: number, value: string): void {
  table.values[at] = value;
  table.now[at] = true;
}

/** A page's path as the plan and the middleware both name it: `/fr/events/oodi/`, `/fr/events/oodi.ics`, `/fr/404.html` → `/fr/404`. */
export function pageKeyPath(pathname: string): string {
  return decodeURI(pathname)
    .replace(/\.html$/, '')
    .replace(/\/index$/, '/');
}

function recordFile(settings: Pick<Settings, 'root' | 'contentDir'> = readSettings(process.env, process.cwd())): string {
  return path.join(astroCacheDir(settings), 'page-inputs.json');
}

function readRecord(file = recordFile()): Record_ | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Record_;
    return record.version === VERSION ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The pages of the last good build of a content folder (`/fr/events/oodi/`, `/fr/events/oodi.ics`),
 * from its record; none when there is no record.
 */
export function recordedPages(settings: Pick<Settings, 'root' | 'contentDir'>): string[] {
  return Object.keys(readRecord(recordFile(settings))?.pages ?? {});
}

/** What a build did, for its log: the pages rendered with why, and how many were copied. */
export interface PagesReport {
  rendered: { page: string; reason: string }[];
  copied: number;
}

/**
 * Writes the record of this build's pages (the integration calls it when a build succeeds) and
 * says what the build rendered and why. A page Astro rendered though its inputs were unchanged had
 * its code changed. A copied page keeps its record as it was: none of its inputs changed, or it
 * would have been rendered.
 */
export function writePageRecord(): PagesReport {
  const { previous, planned, rendered } = buildPages();
  const { inputs, values } = inputTable();
  const pages: Record<string, PageRecord> = {};
  const report: PagesReport = { rendered: [], copied: 0 };
  for (const [page, plan] of [...planned].sort(([a], [b]) => a.localeCompare(b))) {
    const read = rendered.get(page);
    if (read !== undefined) {
      pages[page] = { inputs: read, key: plan.key };
      report.rendered.push({ page, reason: plan.reason ?? 'its code changed' });
      continue;
    }
    const record = previous?.pages[page];
    if (record === undefined) continue;
    report.copied += 1;
    pages[page] = record;
  }
  const file = recordFile();
  mkdirSync(path.dirname(file), { recursive: true });
  const trimmed = previous?.trimmed ?? previous?.inputs.length ?? inputs.length;
  writeFileSync(`${file}.${process.pid}`, JSON.stringify(withoutUnread({ version: VERSION, inputs, values, pages, trimmed })));
  renameSync(`${file}.${process.pid}`, file);
  return report;
}

/**
 * The record without the inputs no page reads any more (a page rendered again read fewer, a page
 * was deleted), once it holds a quarter more inputs than when they were last dropped: so that it
 * does not grow from build to build, without decoding every page's list of inputs at every build
 * (0.7 s at 1,600 entries × 6 locales, while Pagefind needs the CPU). An unread input is only
 * looked up: its value is worked out at the next build, and no page's key depends on it.
 */
export function withoutUnread(record: Record_): Record_ {
  if (record.trimmed !== undefined && record.inputs.length <= record.trimmed * 1.25) return record;
  const read = new Uint8Array(record.inputs.length);
  for (const page of Object.values(record.pages)) for (const at of decodeIndices(page.inputs)) read[at] = 1;
  if (read.every((flag) => flag === 1)) return { ...record, trimmed: record.inputs.length };
  const renumbered = new Int32Array(record.inputs.length).fill(-1);
  const inputs: string[] = [];
  const values: string[] = [];
  record.inputs.forEach((input, at) => {
    if (read[at] !== 1) return;
    renumbered[at] = inputs.length;
    inputs.push(input);
    values.push(record.values[at] ?? '');
  });
  const pages: Record<string, PageRecord> = {};
  for (const [page, { inputs: list, key }] of Object.entries(record.pages)) {
    pages[page] = { inputs: encodeIndices(decodeIndices(list).map((at) => renumbered[at] ?? -1)), key };
  }
  return { ...record, inputs, values, pages, trimmed: inputs.length };
}
