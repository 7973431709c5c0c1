/**
 * Builds a fixture content folder with `npm run build`'s script into a folder of its own, the way a
 * person would, and reads what came out.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { filesUnder, hashFile } from '#src/util/files.ts';
import { root, runNode } from '../run-node.ts';

export { root };

export interface Build {
  status: number | null;
  output: string;
  outDir: string;
  /** A built page, parsed. */
  page: (urlPath: string) => CheerioAPI;
  /**
   * The code of a page's scripts (not its JSON-LD): an inline script's text, or a module's file
   * with the modules it imports from the site, as the browser loads them.
   */
  scripts: (urlPath: string) => string[];
}

/** How long a build may take before the test gives up on it: less than the tests' own timeout. */
const BUILD_TIMEOUT_MS = 240_000;

/**
 * Builds the shared fixture `tests/fixtures/<fixture>/content`, or `options.contentDir` (a
 * scenario's own `fixture/content`, or a copy edited by the test), into a new folder.
 * @example const site = buildFixture('minimal'); site.page('/fr/events/dublin/')('h1').text()
 */
export function buildFixture(
  fixture: string,
  options: { outDir?: string; now?: string; contentDir?: string; env?: Record<string, string>; args?: string[] } = {},
): Build {
  const outDir = options.outDir ?? path.join(mkdtempSync(path.join(os.tmpdir(), `sid-${fixture}-`)), 'dist');
  const result = runNode(
    [path.join(root, 'scripts/build.ts'), ...(options.args ?? [])],
    {
      ...process.env,
      SID_CONTENT_DIR: options.contentDir ?? path.join(root, 'tests/fixtures', fixture, 'content'),
      SID_OUT_DIR: outDir,
      SID_NOW: options.now ?? '2020-02-01T00:00:00Z',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ...options.env,
    },
    BUILD_TIMEOUT_MS,
  );
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    outDir,
    page: (urlPath) => load(readFileSync(path.join(outDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath), 'utf8')),
    scripts: (urlPath) => {
      const $ = load(readFileSync(path.join(outDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath), 'utf8'));
      return $('script:not([type="application/ld+json"])')
        .map((_, script) => {
          const src = $(script).attr('src');
          return src === undefined ? $(script).text() : moduleCode(outDir, src, new Set());
        })
        .get();
    },
  };
}

/** A module of the built site and, after it, every module it imports from the site (each once). */
function moduleCode(outDir: string, src: string, seen: Set<string>): string {
  if (seen.has(src)) return '';
  seen.add(src);
  const code = readFileSync(path.join(outDir, src), 'utf8');
  const imports = [...code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map(
    (match) => new URL(match[1] ?? '', `https://site${src}`).pathname,
  );
  return [code, ...imports.map((imported) => moduleCode(outDir, imported, seen))].join('\n');
}

/**
 * Every file of a built site, by path, with a hash of its bytes, and every folder (`fr/events/`,
 * so that an empty one counts): two equal digests, two identical sites.
 */
export function digest(dir: string): Record<string, string> {
  const folders = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry): [string, string] => [`${path.relative(dir, path.join(entry.parentPath, entry.name))}/`, 'folder']);
  const files = filesUnder(dir).map((file): [string, string] => [
    path.relative(dir, file),
    hashFile(createHash('sha256'), file).digest('hex'),
  ]);
  return Object.fromEntries([...folders, ...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** The folders of a built site that hold nothing (a page that is gone left its folder behind). */
export function emptyFolders(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((folder) => readdirSync(folder).length === 0)
    .map((folder) => path.relative(dir, folder));
}
