/**
 * The folders of the last build's pages, made in the fresh output folder while Astro starts.
 *
 * Why: every page is a folder of its own (`/fr/events/oodi/index.html`), and a rebuild that takes
 * thousands of unchanged pages from its cache makes their folders one by one as it links them. On
 * this project's disk, making a folder costs ten times what linking a file does: at 1,600 entries ×
 * 6 locales, 1.8 s of the 4.5 s Astro spent on its 13,567 pages after a body edit. Astro starts for
 * a few seconds before that (its configuration, the content check, Vite's bundle) on one core of
 * the two: the build script makes the folders meanwhile, so Astro finds them there. A folder whose
 * page is gone is removed again once Astro has written the site (`removeEmptyFolders`): the output
 * of a `--force` build has no empty folder, and neither has this one.
 */
import { promises as fs, rmdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The folders under `outDir` that hold the given pages (`/fr/events/oodi/`, `/fr/404`,
 * `/fr/feed.xml`), with the folders above them, parents first. Pages whose path leaves `outDir` are
 * left out.
 * @example pageFolders('/site', ['/fr/events/oodi/', '/fr/feed.xml']) // ['/site/fr', '/site/fr/events', '/site/fr/events/oodi']
 */
export function pageFolders(outDir: string, pages: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const page of pages) {
    const folder = path.resolve(path.join(outDir, page.endsWith('/') ? page : path.posix.dirname(page)));
    for (let at = folder; isInside(outDir, at) && !folders.has(at); at = path.dirname(at)) folders.add(at);
  }
  return [...folders].sort();
}

function isInside(outDir: string, folder: string): boolean {
  const relative = path.relative(outDir, folder);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Makes the folders (parents first, as `pageFolders` lists them), one at a time: this process has
 * nothing else to do, and the disk serialises the folders of one parent anyway. Never fails: a
 * folder that cannot be made (no space left, a file in its place) is left, with those after it,
 * for Astro to make or to report.
 */
export async function makeFolders(folders: readonly string[]): Promise<void> {
  try {
    for (const folder of folders) await fs.mkdir(folder, { recursive: true });
  } catch {
    // Astro makes each page's folder that is missing.
  }
}

/**
 * Removes those of the folders that are empty, children first: a folder that holds something, or
 * cannot be removed, is left as it is (a failed removal costs some microseconds).
 */
export function removeEmptyFolders(folders: readonly string[]): void {
  for (const folder of [...folders].reverse()) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty (the usual case), or gone.
    }
  }
}
