/**
 * Pages that Astro's incremental build restores from its cache are linked there, not copied. Astro
 * copies each unchanged page from its cache folder into the output, file by file: at a thousand
 * pages it is most of what a build with nothing changed does, and the bytes never change. A hard
 * link costs no copy (the cache and the build are on one disk; across disks it falls back to a
 * copy). So that a linked page is never changed in place, the cache's copy of a page rendered
 * again is written beside and renamed over the old one: a new file, while the old one stays as it
 * is in the output folders that link it (the site being served, a build that failed).
 *
 * Astro exposes no hook for this: the cache's class is patched where Astro's build loads it. When
 * an Astro release moves or renames it, nothing is patched and pages are copied, as Astro does.
 */
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { linkMakingFolder } from '#src/util/files.ts';

/** The two methods of Astro's `IncrementalBuildCache` replaced here, with the types they have. */
interface CacheMethods {
  restoreOutputFile(settings: AstroSettings, outputFile: string, destination: URL): Promise<boolean>;
  writeOutputFile(settings: AstroSettings, outputFile: string, body: string | Uint8Array): Promise<void>;
}

interface AstroSettings {
  config: { cacheDir: URL };
}

const PATCHED = Symbol.for('sid-microsite.restore-by-link');

/** The file in Astro's cache of a page's output (as its `getCachedOutputFile` makes it). */
function cachedFile(settings: AstroSettings, outputFile: string): string {
  return fileURLToPath(new URL(outputFile, new URL('dist/', settings.config.cacheDir)));
}

/**
 * Patches Astro's incremental build cache, once per process; says whether it could.
 * @example await restoreByLink(root) // true
 */
export async function restoreByLink(root: string): Promise<boolean> {
  let module: { IncrementalBuildCache?: { prototype: CacheMethods & { [PATCHED]?: true } } };
  try {
    const astro = createRequire(path.join(root, 'package.json')).resolve('astro/package.json');
    module = (await import(pathToFileURL(path.join(path.dirname(astro), 'dist/core/build/incremental.js')).href)) as typeof module;
  } catch {
    return false;
  }
  const prototype = module.IncrementalBuildCache?.prototype;
  if (prototype === undefined || typeof prototype.restoreOutputFile !== 'function' || typeof prototype.writeOutputFile !== 'function')
    return false;
  if (prototype[PATCHED]) return true;
  prototype.restoreOutputFile = async (settings, outputFile, destination) => {
    const source = cachedFile(settings, outputFile);
    const target = fileURLToPath(destination);
    // Synchronous: a link costs a few microseconds, and Astro checks each page's file with
    // `existsSync` meanwhile; with thousands of links queued in Node's thread pool, those checks
    // waited behind them (1.7 s of a rebuild at 1,600 entries × 6 locales, against 0.3 s).
    // The page's folder is usually there already (`scripts/lib/page-folders.ts`): it is made only
    // when the link says it is missing.
    try {
      linkMakingFolder(source, target);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return false;
      if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK') throw error;
      await fs.copyFile(source, target);
      return true;
    }
  };
  prototype.writeOutputFile = async (settings, outputFile, body) => {
    const file = cachedFile(settings, outputFile);
    await fs.mkdir(path.dirname(file), { recursive: true });
    const fresh = `${file}.${process.pid}.tmp`;
    await fs.writeFile(fresh, body);
    await fs.rename(fresh, file);
  };
  prototype[PATCHED] = true;
  return true;
}
