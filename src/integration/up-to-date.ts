/**
 * `npm run build` does not start Astro when the output folder is up to date: every file the site is
 * made from (content, UI strings, the project's code and packages), the build's arguments and its
 * settings are what they were when that folder was built, and "now" still shows the same events as
 * past and the same day count to the campaign's day. Even with every page copied, an Astro build
 * syncs the content, bundles every route and checks every page's key; this check reads the files
 * once instead.
 *
 * The stamp (`up-to-date.json` in Astro's cache folder of the content) is removed when a build
 * starts and written by the integration when it ends well, so a failed or killed build never leaves
 * one behind. `--force` always builds.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lastChanges } from '#src/i18n/history.ts';
import { astroCacheDir, type Settings } from '#src/site/settings.ts';
import { filesUnder, hashFile } from '#src/util/files.ts';
import { inputFiles, inputsDigest } from './inputs-digest.ts';

/**
 * The times between which the site shows the same thing (milliseconds; null: no bound): no event
 * ends and the whole days since the campaign's day stay the same. An event ends when "now" reaches
 * its end (`splitByTime`).
 */
export interface NowWindow {
  from: number | null;
  until: number | null;
}

/** What the last good build into a folder was made from. */
export interface Stamp {
  inputs: string;
  /** null: no page of that build depended on "now". */
  now: NowWindow | null;
}

const DAY_MS = 86_400_000;

/**
 * @example nowWindow([Date.parse('2020-02-11T18:00:00Z')], '2020-02-11', Date.parse('2020-02-11T12:00:00Z'))
 *   // { from: Date.parse('2020-02-11T00:00:00Z'), until: Date.parse('2020-02-11T18:00:00Z') }
 */
export function nowWindow(eventEnds: readonly number[], campaignDate: string, now: number): NowWindow {
  const day = Date.parse(`${campaignDate}T00:00:00Z`);
  const dayStart = day + Math.floor((now - day) / DAY_MS) * DAY_MS;
  const ended = eventEnds.filter((end) => end <= now);
  const ahead = eventEnds.filter((end) => end > now);
  return { from: Math.max(dayStart, ...ended), until: Math.min(dayStart + DAY_MS, ...ahead) };
}

/**
 * Whether the last good build is still what a build now would make.
 * @example isUpToDate({ inputs: 'a1', now: null }, 'a1', Date.now()) // true
 */
export function isUpToDate(stamp: Stamp | undefined, inputs: string, now: number): boolean {
  if (stamp === undefined || stamp.inputs !== inputs) return false;
  if (stamp.now === null) return true;
  return (stamp.now.from === null || now >= stamp.now.from) && (stamp.now.until === null || now < stamp.now.until);
}

/** The project's files that make the site besides the content: its code, public files and packages. */
const CODE_FOLDERS = ['src', 'public'];
const CODE_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'node_modules/.package-lock.json'];

/** Adds the project's code, public files and installed packages' list (path and bytes of each) to a hash. */
export function hashCode(hash: Hash, root: string): Hash {
  const files = [
    ...CODE_FOLDERS.flatMap((folder) => filesUnder(path.join(root, folder))),
    ...CODE_FILES.map((file) => path.join(root, file)).filter((file) => existsSync(file)),
  ];
  for (const file of files) hashFile(hash.update(`\0${path.relative(root, file)}\0`), file);
  return hash;
}

/**
 * One digest of everything a build reads but "now": the content and UI strings (bytes and times of
 * last change, as the pages' `everything` input counts them), the project's code and installed
 * packages, the output folder, the arguments and the `SID_` settings.
 */
export function buildInputs(input: { settings: Settings; target: string; args: readonly string[]; env: NodeJS.ProcessEnv }): string {
  const { settings, target, args, env } = input;
  const hash = createHash('sha256');
  hash.update(inputsDigest(inputFiles([settings.contentDir, settings.localesDir], lastChanges(settings.contentDir))));
  hashCode(hash, settings.root);
  const sidSettings = Object.entries(env)
    .filter(([name]) => name.startsWith('SID_') && name !== 'SID_NOW')
    .sort(([a], [b]) => a.localeCompare(b));
  hash.update(JSON.stringify({ target, args, settings: sidSettings, node: process.version }));
  return hash.digest('hex');
}

function stampFile(settings: Pick<Settings, 'root' | 'contentDir'>): string {
  return path.join(astroCacheDir(settings), 'up-to-date.json');
}

export function readStamp(settings: Pick<Settings, 'root' | 'contentDir'>): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(stampFile(settings), 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

export function removeStamp(settings: Pick<Settings, 'root' | 'contentDir'>): void {
  rmSync(stampFile(settings), { force: true });
}

/** Written by the integration when a build ends well; `inputs` come from `npm run build` (`SID_BUILD_INPUTS`). */
export function writeStamp(settings: Pick<Settings, 'root' | 'contentDir'>, stamp: Stamp): void {
  const file = stampFile(settings);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(stamp));
}
