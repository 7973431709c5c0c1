/**
 * `npm run build`: builds the site into a fresh folder and swaps it in for the target only when the
 * build succeeded, so a failed build (bad content) leaves the previous `dist/` as it was. The target
 * is `SID_OUT_DIR` (default `dist`).
 *
 * The fresh folder is always inside the project: Astro keeps its prerender chunks in the output
 * folder when that is inside the project, but in the project's shared `.astro/` when it is not, and
 * two builds at once (tests, a developer's preview) would then overwrite each other's chunks.
 * Its name comes from the target's path, so that a target is always built in the same folder: Astro
 * writes the output folder's path into the pages' code (`astro:assets`), and the incremental build
 * (see `astro.config.mjs`) reuses a page only when its code is unchanged.
 *
 * The previous site, set aside by the swap, is removed in the background (`removeInBackground`).
 * While Astro starts, the folders of the last build's pages are made in the fresh folder
 * (`lib/page-folders.ts`).
 *
 * When nothing the site is made from changed since the target was built, and "now" still shows
 * the same, the build stops at once and says so (`src/integration/up-to-date.ts`); `--force` builds.
 *
 * The build's heap is limited (`HEAP_MB`), its young generation larger than Node's default
 * (`SEMI_SPACE_MB`); a build that runs out says how to give it more. Astro
 * runs through `runToEnd`, which ends it should Node hang as it exits (`lib/run-to-end.ts`).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { makeFolders, pageFolders, removeEmptyFolders } from './lib/page-folders.ts';
import { ASTRO_CLI, runToEnd } from './lib/run-to-end.ts';
import { readNow } from '#src/events/time.ts';
import { buildInputs, isUpToDate, readStamp, removeStamp } from '#src/integration/up-to-date.ts';
import { recordedPages } from '#src/integration/page-record.ts';
import { readSettings } from '#src/site/settings.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.resolve(root, process.env['SID_OUT_DIR'] || 'dist');
const fresh = path.join(root, '.dist-building', createHash('sha256').update(target).digest('hex').slice(0, 12));
const previous = `${target}.previous-${process.pid}`;
/** Where the previous site goes while a process of its own deletes it (`removeInBackground`). */
const removingPrefix = `${target}.removing-`;
const REMOVER = path.join(root, 'scripts', 'lib', 'remove-folder.ts');
const PROJECT_LOCK = path.join(root, '.dist-building', 'project.lock');
/**
 * The JavaScript heap the build may use, unless NODE_OPTIONS sets `--max-old-space-size`. V8 would
 * otherwise let the heap grow towards a quarter of the machine's memory before collecting it in
 * earnest, and a large campaign's build would hold far more memory than it needs (`npm run bench`
 * reports the peak).
 */
const HEAP_MB = 1536;
/**
 * The size of each half of V8's young generation, where new objects live until a scavenge copies
 * the survivors out, unless NODE_OPTIONS sets `--max-semi-space-size`. A build makes short-lived
 * objects by the million (every page's inputs and their values, Astro's cache manifest), and with
 * Node's default a quarter of a rebuild's page loop went to collecting them. After a body edit at
 * 1,600 entries × 6 locales, in builds taken in turn: 64 MiB 10.3–11.4 s, the default 10.7–12.4 s,
 * 32 MiB 10.6–11.2 s, 128 MiB 11.3–12.7 s.
 */
const SEMI_SPACE_MB = 64;
/**
 * Rolldown, Vite's bundler, allocates with mimalloc, which keeps the memory it frees for a while
 * before giving it back to the system: given back at once, a large build peaks lower for the same
 * time (`npm run bench`). A value set in the environment is kept.
 */
const MIMALLOC_PURGE_DELAY = '0';

mkdirSync(path.dirname(fresh), { recursive: true });
// Two builds into one target would share its folder: the second waits for nothing and says so.
const holder = takeLock(`${fresh}.lock`);
if (holder !== undefined) {
  console.error(
    `Another build into ${path.relative(root, target) || target} is running (process ${holder}). Wait for it to finish, or build elsewhere: SID_OUT_DIR=<folder> npm run build`,
  );
  process.exit(1);
}
const settings = readSettings(process.env, root);
recoverKilledSwap();
const args = process.argv.slice(2);
const inputs = buildInputs({ settings, target, args, env: process.env });
if (!args.includes('--force') && existsSync(target) && isUpToDate(readStamp(settings), inputs, readNow(process.env).getTime())) {
  console.log(
    `${path.relative(root, target) || target} is up to date: no file it is made from, setting or event's end has changed since it was built. Nothing to do (\`npm run build -- --force\` builds it anyway).`,
  );
  process.exit(0);
}
// Astro writes the content's list of images into the project's own `.astro/` (no setting moves it),
// so two builds of different content folders at once would mix their images: builds of this
// project take turns. (The target's lock above refuses a second build into the same folder.)
let announced = false;
for (let other = takeLock(PROJECT_LOCK); other !== undefined; other = takeLock(PROJECT_LOCK)) {
  if (!announced) console.log(`Waiting for another build of this project to finish (process ${other}): builds share its .astro/ folder.`);
  announced = true;
  await setTimeout(500);
}
removeStamp(settings);
rmSync(fresh, { recursive: true, force: true });
const nodeOptions = process.env['NODE_OPTIONS'] ?? '';
const heapLimit = /--max-old-space-size=(\d+)/.exec(nodeOptions)?.[1];
const heapFlags = [
  ...(heapLimit === undefined ? [`--max-old-space-size=${HEAP_MB}`] : []),
  ...(nodeOptions.includes('--max-semi-space-size') ? [] : [`--max-semi-space-size=${SEMI_SPACE_MB}`]),
];
const building = runToEnd([...heapFlags, ASTRO_CLI, 'build', ...args], {
  cwd: root,
  env: { MIMALLOC_PURGE_DELAY, ...process.env, SID_OUT_DIR: fresh, SID_BUILD_INPUTS: inputs, ASTRO_TELEMETRY_DISABLED: '1' },
});
// While Astro starts; it leaves the fresh folder's content alone (`emptyOutDir` in `astro.config.mjs`).
const folders = pageFolders(fresh, recordedPages(settings));
const made = makeFolders(folders);
const [result] = await Promise.all([building, made]);

// The integration stamps the build when its last hook ends: a build that exited without the stamp
// stopped before it finished (Node exits quietly, with code 0, when nothing keeps it waiting).
const stamped = readStamp(settings)?.inputs === inputs;
if (result.status === 0 && !stamped) console.error('\nThe build ended before its last step (the search index, `_headers`) was done.');
if (result.status !== 0 || !stamped) {
  rmSync(fresh, { recursive: true, force: true });
  removeStamp(settings);
  // V8 aborts the process when the heap is full.
  if (result.signal === 'SIGABRT' || result.status === 134) {
    console.error(
      `\nThe build ran out of memory (a heap of ${heapLimit ?? HEAP_MB} MiB). Give it more, e.g.\n` +
        `  NODE_OPTIONS=--max-old-space-size=${Number(heapLimit ?? HEAP_MB) * 2} npm run build`,
    );
  }
  console.error(`\nThe build failed; ${path.relative(root, target) || target} was left as it was.`);
  process.exitCode = result.status || 1;
} else {
  removeEmptyFolders(folders);
  const replaces = existsSync(target);
  try {
    if (replaces) renameSync(target, previous);
    moveFolder(fresh, target);
  } catch (error) {
    // The integration stamped the build as up to date; the target is not that build.
    removeStamp(settings);
    throw error;
  }
  if (replaces) removeInBackground(previous);
}

/**
 * Removes the previous site in a process of its own (`lib/remove-folder.ts`), which goes on after
 * this one has ended: the new site is in place, and unlinking the old one's tens of thousands of
 * files takes about a second at 1,600 entries × 6 locales, a second that a rebuild would otherwise
 * spend waiting for it. That process renames the folder `<target>.removing-<its id>` first, so that
 * the next build leaves it alone while it runs, and removes what is left should it have stopped
 * (`recoverKilledSwap`).
 */
function removeInBackground(folder: string): void {
  const remover = spawn(process.execPath, [REMOVER, folder, removingPrefix], { detached: true, stdio: 'ignore' });
  remover.on('error', () => {
    rmSync(folder, { recursive: true, force: true });
  });
  remover.unref();
}

/**
 * Takes the lock file for this process until it exits; returns the process that holds it instead,
 * unless that process is gone (a build that was killed leaves its lock behind).
 */
function takeLock(lock: string): number | undefined {
  // Written beside, then linked to its name, which fails when the name exists: a lock is never
  // seen empty, between its creation and the writing of its process id.
  const own = `${lock}.${process.pid}`;
  writeFileSync(own, String(process.pid));
  try {
    for (;;) {
      try {
        linkSync(own, lock);
        process.on('exit', () => {
          rmSync(lock, { force: true });
        });
        return undefined;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = lockHolder(lock);
      if (holder === undefined) continue;
      if (isRunning(holder)) return holder;
      rmSync(lock, { force: true });
    }
  } finally {
    rmSync(own, { force: true });
  }
}

/** The process id in a lock file; undefined when the lock was let go meanwhile. */
function lockHolder(lock: string): number | undefined {
  try {
    return Number(readFileSync(lock, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Whether a process exists: signal 0 only asks (EPERM: it does, as another user's). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Tidies what earlier builds left beside the target. The previous site, set aside by a build as
 * `<target>.previous-<pid>` and not yet taken by its remover (`removeInBackground`): under the
 * target's lock no other build is swapping, so when the target is there, it is removed; when the
 * target is missing, the build was killed between its two renames, and the site set aside is put
 * back (and its "up to date" stamp, written for the build that never arrived, removed). And a
 * folder `<target>.removing-<pid>` whose remover no longer runs: what is left of it is removed.
 */
function recoverKilledSwap(): void {
  const folder = path.dirname(target);
  const setAside = `${path.basename(target)}.previous-`;
  const removing = path.basename(removingPrefix);
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const aside = path.join(folder, name);
    if (name.startsWith(removing)) {
      const remover = Number(name.slice(removing.length));
      if (!Number.isInteger(remover) || !isRunning(remover)) removeInBackground(aside);
    } else if (name.startsWith(setAside) && existsSync(target)) {
      removeInBackground(aside);
    } else if (name.startsWith(setAside)) {
      renameSync(aside, target);
      removeStamp(settings);
      console.log(`${path.relative(root, target) || target} was put back from ${name}, where a build stopped while swapping had left it.`);
    }
  }
}

/** Renames a folder, or copies then removes it when the target is on another file system. */
function moveFolder(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}
