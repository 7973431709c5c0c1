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
import { astroCacheDir, readSettings } from '#src/site/settings.ts';
import type { NowWindow } from './up-to-date.ts';

/** What a build remembers of a page: the inputs it read (indices into `inputs`) and the key it had. */
interface PageRecord {
  inputs: number[];
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
}

const VERSION = 1;

/** A page of this build: the key it was given, and why it is rendered (undefined: it is copied). */
export interface PagePlan {
  key: string;
  reason: string | undefined;
}

/** This build's plans and renders, kept on `globalThis`: the pages' bundle makes them, the integration writes them. */
interface BuildPages {
  previous: Record_ | undefined;
  planned: Map<string, PagePlan>;
  /** Pages rendered in this build, with the inputs they read and those inputs' digests. */
  rendered: Map<string, Map<string, string>>;
  /** Inputs of copied pages, with their digests (unchanged). */
  kept: Map<string, string>;
  /** How long "now" shows what it shows in this build; undefined when no page read it. */
  nowWindow?: NowWindow | undefined;
}

const PAGES = Symbol.for('sid-microsite.page-keys');

export function buildPages(): BuildPages {
  const holder = globalThis as { [PAGES]?: BuildPages | undefined };
  const pages = holder[PAGES] ?? { previous: readRecord(), planned: new Map(), rendered: new Map(), kept: new Map() };
  holder[PAGES] = pages;
  return pages;
}

/** A page's path as the plan and the middleware both name it: `/fr/events/oodi/`, `/fr/events/oodi.ics`, `/fr/404.html` → `/fr/404`. */
export function pageKeyPath(pathname: string): string {
  return decodeURI(pathname)
    .replace(/\.html$/, '')
    .replace(/\/index$/, '/');
}

function recordFile(): string {
  return path.join(astroCacheDir(readSettings(process.env, process.cwd())), 'page-inputs.json');
}

function readRecord(): Record_ | undefined {
  const file = recordFile();
  if (!existsSync(file)) return undefined;
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Record_;
    return record.version === VERSION ? record : undefined;
  } catch {
    return undefined;
  }
}

/** What a build did, for its log: the pages rendered with why, and how many were copied. */
export interface PagesReport {
  rendered: { page: string; reason: string }[];
  copied: number;
}

/**
 * Writes the record of this build's pages (the integration calls it when a build succeeds) and
 * says what the build rendered and why. A page Astro rendered though its inputs were unchanged had
 * its code changed.
 */
export function writePageRecord(): PagesReport {
  const { previous, planned, rendered, kept } = buildPages();
  const inputs: string[] = [];
  const values: string[] = [];
  const indexOf = new Map<string, number>();
  const index = (input: string, value: string) => {
    let at = indexOf.get(input);
    if (at === undefined) {
      at = inputs.length;
      indexOf.set(input, at);
      inputs.push(input);
      values.push(value);
    }
    return at;
  };
  const pages: Record<string, PageRecord> = {};
  const report: PagesReport = { rendered: [], copied: 0 };
  for (const [page, plan] of [...planned].sort(([a], [b]) => a.localeCompare(b))) {
    const read = rendered.get(page);
    if (read !== undefined) {
      pages[page] = { inputs: [...read].map(([input, value]) => index(input, value)), key: plan.key };
      report.rendered.push({ page, reason: plan.reason ?? 'its code changed' });
      continue;
    }
    const record = previous?.pages[page];
    if (record === undefined) continue;
    report.copied += 1;
    pages[page] = {
      inputs: record.inputs.map((at) => index(previous?.inputs[at] ?? '', kept.get(previous?.inputs[at] ?? '') ?? '')),
      key: record.key,
    };
  }
  const file = recordFile();
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.${process.pid}`, JSON.stringify({ version: VERSION, inputs, values, pages } satisfies Record_));
  renameSync(`${file}.${process.pid}`, file);
  return report;
}
