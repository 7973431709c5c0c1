/**
 * The editor in the site: written into the build's output at `/admin/` (`writeEditor`) and served
 * by the dev server at the same address (`serveEditor`, for `npm run edit`), only when the campaign
 * names a repository (`editor:` in campaign.yaml).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { CmsConfig } from '@sveltia/cms';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { stringify } from 'yaml';
import type { Campaign } from '#src/schemas/campaign.ts';
import type { EditorSettings } from '#src/schemas/editor.ts';
import type { Settings } from '#src/site/settings.ts';
import { linkOrCopy } from '#src/util/files.ts';
import { editorBundle, type EditorBundle } from './bundle.ts';
import { editorConfig } from './config.ts';
import { EDITOR_CONFIG_FILE, EDITOR_FOLDER, editorPage, editorPolicy } from './page.ts';

/** What the editor is made of for one campaign: its page, its configuration and its bundle. */
interface EditorFiles {
  page: string;
  config: string;
  bundle: EditorBundle;
}

/**
 * Writes the editor into `<outDir>/admin/` and returns its policy (for `_headers`); undefined, and
 * nothing written, when the campaign has no editor.
 */
export async function writeEditor(outDir: string, settings: Settings, campaign: Campaign): Promise<string | undefined> {
  const editor = campaign.editor;
  if (editor === undefined) return undefined;
  const files = await editorFiles(settings, campaign, editor);
  const folder = path.join(outDir, EDITOR_FOLDER);
  for (const file of files.bundle.files) linkOrCopy(path.join(files.bundle.dir, file), path.join(folder, file));
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'index.html'), files.page);
  writeFileSync(path.join(folder, EDITOR_CONFIG_FILE), files.config);
  return editorPolicy(editor);
}

/**
 * Serves the editor from the dev server at `/admin/`, its configuration made again at each request
 * (so that a schema change shows on reload). The bundle is made, or taken from the cache, once.
 */
export function serveEditor(server: ViteDevServer, settings: Settings, campaign: Campaign, onError: (error: unknown) => void): void {
  const editor = campaign.editor;
  if (editor === undefined) return;
  let bundle: Promise<EditorBundle> | undefined;
  server.middlewares.use((request, response, next) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (!pathname.startsWith(`/${EDITOR_FOLDER}/`)) {
      next();
      return;
    }
    bundle ??= editorBundle(cacheRoot(settings));
    const file = pathname.slice(`/${EDITOR_FOLDER}/`.length);
    send(response, file, bundle, settings, campaign, editor).catch((error: unknown) => {
      // Made again at the next request, once the cause is fixed.
      bundle = undefined;
      onError(error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    });
  });
}

async function send(
  response: ServerResponse,
  file: string,
  bundle: Promise<EditorBundle>,
  settings: Settings,
  campaign: Campaign,
  editor: EditorSettings,
): Promise<void> {
  const files = await editorFiles(settings, campaign, editor, await bundle);
  if (file === '' || file === 'index.html') {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(files.page);
  } else if (file === EDITOR_CONFIG_FILE) {
    response.writeHead(200, { 'Content-Type': 'application/yaml; charset=utf-8', 'Cache-Control': 'no-store' }).end(files.config);
  } else if (files.bundle.files.includes(file)) {
    response.writeHead(200, { 'Content-Type': contentType(file) }).end(readFileSync(path.join(files.bundle.dir, file)));
  } else {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  }
}

async function editorFiles(settings: Settings, campaign: Campaign, editor: EditorSettings, built?: EditorBundle): Promise<EditorFiles> {
  const bundle = built ?? (await editorBundle(cacheRoot(settings)));
  const config = editorConfig({ campaign, editor, contentPath: contentPath(settings.contentDir) });
  return {
    page: editorPage({ title: config.app_title ?? 'Editor', policy: editorPolicy(editor), entry: bundle.entry }),
    config: editorConfigFile(config),
    bundle,
  };
}

/**
 * The configuration as the file the editor loads: YAML that people can read, each list written out
 * where it is used (no `&anchor`/`*alias` for the lists two fields share).
 */
export function editorConfigFile(config: CmsConfig): string {
  return `# The web editor's configuration, generated from the schemas by src/editor/config.ts: edit those, not this.\n${stringify(config, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

/** Where the bundle is kept between builds: it depends on no campaign, so all share it. */
function cacheRoot(settings: Settings): string {
  return path.join(settings.root, 'node_modules', '.cache', 'sid-editor');
}

/**
 * The content folder's path from the root of the repository it is in, `/`-separated: the editor
 * names files from there, in the repository on GitHub or GitLab as in the folder picked for local
 * editing (`repositoryRoot`).
 * @example contentPath('/srv/sid/content') // 'content'
 * @example contentPath('/srv/sid/tests/fixtures/minimal/content') // 'tests/fixtures/minimal/content'
 */
export function contentPath(contentDir: string): string {
  return path.relative(repositoryRoot(contentDir), contentDir).split(path.sep).join('/');
}

/**
 * The root of the repository holding a content folder: the nearest folder above it with a `.git`
 * (a folder, or a file in a git worktree), else the folder the content folder is in.
 * @example repositoryRoot('/srv/sid/tests/fixtures/minimal/content') // '/srv/sid'
 */
export function repositoryRoot(contentDir: string): string {
  for (let folder = path.dirname(contentDir); path.dirname(folder) !== folder; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, '.git'))) return folder;
  }
  return path.dirname(contentDir);
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
}
