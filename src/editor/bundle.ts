/**
 * The editor's JavaScript: Sveltia CMS from its npm package (`@sveltia/cms`, pinned in
 * package.json) and the page's few lines (`browser/editor.ts`), bundled by Vite into files the site
 * serves from `/admin/` itself. Nothing is fetched from a CDN: the package's fonts, WebAssembly and
 * lazily loaded parts become files of the bundle too.
 *
 * The bundle depends on none of the content, so it is built once per version of what it is made
 * of (the package, Vite, the entry, this file) into a cache folder, and every build links it from
 * there: building it costs seconds and raises the build's peak memory (`npm run bench` measures
 * both). Most of its files are syntax-highlighting grammars that load only when a code block is
 * edited.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';

export interface EditorBundle {
  /** The folder holding the bundle's files. */
  dir: string;
  /** The entry script, relative to `dir` (`editor-<hash>.js`). */
  entry: string;
  /** Every file of the bundle, relative to `dir`, `/`-separated. */
  files: string[];
}

/** Where the package's stylesheet would fetch its fonts from, were they not in the bundle. */
const FONT_CDN = 'https://cdn.jsdelivr.net/';

const ENTRY = path.join(import.meta.dirname, 'browser', 'editor.ts');

/**
 * The bundle in `cacheRoot`, built first when it is not there yet.
 * @example (await editorBundle('node_modules/.cache/sid-editor')).entry // 'editor-Bx3k9a.js'
 */
export async function editorBundle(cacheRoot: string): Promise<EditorBundle> {
  const dir = path.join(cacheRoot, bundleKey());
  const manifest = path.join(dir, 'bundle.json');
  if (!existsSync(manifest)) await buildBundle(dir);
  const { entry, files } = JSON.parse(readFileSync(manifest, 'utf8')) as Omit<EditorBundle, 'dir'>;
  return { dir, entry, files };
}

/**
 * What the bundle is made of: the versions of Sveltia CMS and Vite, the entry's source and this
 * file's (how it is bundled).
 */
function bundleKey(): string {
  return createHash('sha256')
    .update(`${packageVersion('@sveltia/cms')}\n${packageVersion('vite')}\n`)
    .update(readFileSync(ENTRY))
    .update(readFileSync(import.meta.filename))
    .digest('hex')
    .slice(0, 16);
}

function packageVersion(name: string): string {
  // The packages' `package.json` are not among their exports: found from their entry module.
  const require = createRequire(import.meta.url);
  let folder = path.dirname(require.resolve(name));
  while (!existsSync(path.join(folder, 'package.json')) || readPackage(folder).name !== name) folder = path.dirname(folder);
  return readPackage(folder).version;
}

function readPackage(folder: string): { name?: string; version: string } {
  return JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { name?: string; version: string };
}

/**
 * Builds the bundle beside `dir` and renames it into place, so that a build stopped half-way, or
 * another build doing the same at once, never leaves a folder that looks whole.
 */
async function buildBundle(dir: string): Promise<void> {
  const fresh = `${dir}-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  const result = await build({
    configFile: false,
    root: path.dirname(ENTRY),
    // Files refer to each other relatively, so the bundle works wherever the page is served from.
    base: './',
    publicDir: false,
    logLevel: 'warn',
    plugins: [withoutCdnFonts()],
    build: {
      outDir: fresh,
      emptyOutDir: true,
      write: true,
      sourcemap: false,
      // The package is already minified; minifying again saves little and takes longer.
      minify: false,
      modulePreload: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
      rolldownOptions: {
        input: ENTRY,
        // Rolldown would report how long the package's own asset transform took: nothing to act on.
        checks: { bundlerTimings: false },
        output: {
          entryFileNames: 'editor-[hash].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const files = outputs.flatMap((output) => output.output.map((file) => file.fileName)).sort();
  const entry = outputs.flatMap((output) => output.output).find((file) => file.type === 'chunk' && file.isEntry)?.fileName;
  if (entry === undefined) throw new Error('The editor bundle has no entry script');
  const stray = files.filter((file) => file.endsWith('.js') && readFileSync(path.join(fresh, file), 'utf8').includes(FONT_CDN));
  if (stray.length > 0) throw new Error(`The editor bundle still loads fonts from ${FONT_CDN} (${stray.join(', ')}): see withoutCdnFonts`);
  writeFileSync(path.join(fresh, 'bundle.json'), JSON.stringify({ entry, files }));
  try {
    renameSync(fresh, dir);
  } catch (error) {
    // Another build put the same bundle in place meanwhile: keep that one.
    rmSync(fresh, { recursive: true, force: true });
    if (!existsSync(path.join(dir, 'bundle.json'))) throw error;
  }
}

/**
 * The package's npm build registers its fonts from its own files (`document.fonts`), and keeps in
 * its stylesheet the same fonts from a CDN (`@font-face { src: url(https://cdn.jsdelivr.net/…) }`)
 * as a fallback. The browser may still try those: a request to another site (which the editor's
 * policy refuses, with an error in the console). The fallback is taken out; the build fails if one
 * is left, so that a new version of the package that loads fonts otherwise is noticed.
 */
function withoutCdnFonts(): Plugin {
  return {
    name: 'sid-editor-without-cdn-fonts',
    transform(code, id) {
      if (!id.includes('@sveltia/cms') || !code.includes(FONT_CDN)) return undefined;
      return { code: code.replace(/@font-face \{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g, ''), map: null };
    },
  };
}
