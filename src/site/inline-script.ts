/**
 * Scripts that must run while the page is parsed, inlined into it: Astro's own `<script>`s are
 * modules, which run only once the page is parsed, often after its first paint. Astro neither
 * bundles nor hashes `is:inline` scripts, so this bundles one (an entry under `src/browser/`, with
 * its imports) with Rolldown, the bundler Vite itself runs on, into one small classic script, and
 * gives the hash for the page's Content-Security-Policy (`Astro.csp.insertScriptHash`).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { build } from 'rolldown';
import { rememberWhileBuilding } from '#src/integration/build-state.ts';
import { readInput } from '#src/integration/page-inputs.ts';

export interface InlineScript {
  /** The bundled, minified classic script. */
  code: string;
  /** Its CSP hash, e.g. `sha256-…`. */
  hash: string;
  /** The files it was bundled from. */
  modules: string[];
}

// A cache: every page of a build inlines the same few scripts (module-level, on purpose).
const bundled = new Map<string, Promise<InlineScript>>();

/**
 * A browser entry of `src/browser/` bundled into a classic script (an IIFE, its imports
 * included), and its hash. The entry is found from the project's root (the folder builds run
 * in), since this module itself runs from Astro's bundle of the pages, elsewhere. The page records
 * the script's files as its inputs: Astro's incremental build sees only the page's own code, and
 * would otherwise keep a page whose inlined script changed.
 * @example const { code, hash } = await inlineScript('reader-time.inline.ts')
 */
export async function inlineScript(entry: string, root: string = process.cwd()): Promise<InlineScript> {
  const file = path.join(root, 'src', 'browser', entry);
  const script = await rememberWhileBuilding(bundled, file, () => bundle(file));
  for (const module of script.modules) readInput(`file:${module}`);
  return script;
}

async function bundle(file: string): Promise<InlineScript> {
  const result = await build({
    input: file,
    write: false,
    platform: 'browser',
    logLevel: 'silent',
    output: { format: 'iife', minify: true, comments: false },
  });
  const [chunk] = result.output;
  const code = chunk.code.trim();
  return {
    code,
    hash: `sha256-${createHash('sha256').update(code).digest('base64')}`,
    modules: chunk.moduleIds.filter((id) => path.isAbsolute(id)).sort(),
  };
}
