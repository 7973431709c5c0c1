/**
 * Files that entries point to by path and that the site serves as they are (captions, video
 * files, workshop materials): each gets a stable, same-origin URL whose name carries a hash of its
 * content, so a changed file gets a new URL and an unchanged one keeps its URL (and can be cached
 * for long).
 *
 * They are served by a static endpoint (`src/pages/media/[...file].ts`) rather than copied in an
 * integration's `astro:build:done`: the endpoint works the same in `astro dev` and in a build, and
 * the page that links a file and the endpoint that writes it compute the name with the same
 * function. (Vite's `?url` imports need a path known when the code is written; these paths are
 * data in the entries.)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolveMediaPath } from './media-path.ts';
import { readInput } from '#src/integration/page-inputs.ts';
import { remember } from '#src/util/remember.ts';
import type { Settings } from '#src/site/settings.ts';

/** The folder of the site where these files are served. */
export const MEDIA_FOLDER = 'media';

/** Hashes of files already read, by absolute path (a cache: every page of a build shares it). */
const hashes = new Map<string, string>();

/** Where the project and its content folder are: entries' paths are relative to the project. */
export type Folders = Pick<Settings, 'root' | 'contentDir'>;

/**
 * The real path of a file named in an entry, relative to the entry file. The content check has
 * already refused any path that leads outside the content's media folder; this refuses it again
 * (throws), so that no other way in (the dev server, a change to the check) can publish one.
 * @example entryFile({ root: '/site', contentDir: '/site/content' }, 'content/en/videos/a.mdx', '../../media/a.vtt')
 *   // '/site/content/media/a.vtt'
 */
export function entryFile(folders: Folders, entryFilePath: string, value: string): string {
  const resolved = resolveMediaPath(folders.contentDir, path.resolve(folders.root, entryFilePath), value);
  if (resolved.problem !== undefined) throw new Error(`${entryFilePath}: '${value}' ${resolved.problem} (npm run check)`);
  // A page that links the file by a name made from its bytes, or says its size, shows what it holds.
  readInput(`file:${resolved.file}`);
  return resolved.file;
}

/**
 * The served name of a file: its name with the first 8 hex digits of its content's SHA-256.
 * @example mediaName('/x/captions/tools.en.vtt', Buffer.from('WEBVTT')) // 'tools.en.<8 hex digits>.vtt'
 */
export function mediaName(file: string, content: Uint8Array): string {
  const extension = path.extname(file);
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 8);
  return `${path.basename(file, extension)}.${hash}${extension}`;
}

/** The folder under `/media/` where workshop materials are served. */
export const MATERIALS_FOLDER = 'materials';

/**
 * The site path of a file named in an entry, under `/media/` or a folder of it.
 * @example mediaPath(folders, 'content/en/videos/a.mdx', '../../media/a.vtt') // '/media/a.<8 hex digits>.vtt'
 * @example mediaPath(folders, 'content/en/workshops/a.mdx', '../../media/a.pdf', MATERIALS_FOLDER) // '/media/materials/a.<8 hex digits>.pdf'
 */
export function mediaPath(folders: Folders, entryFilePath: string, value: string, folder?: string): string {
  return ['', MEDIA_FOLDER, ...(folder === undefined ? [] : [folder]), servedName(entryFile(folders, entryFilePath, value))].join('/');
}

/**
 * The served name of a file (`mediaName`), read and hashed once per build.
 * @example servedName('/site/content/media/a.vtt') // 'a.<8 hex digits>.vtt'
 */
export function servedName(file: string): string {
  return remember(hashes, file, () => mediaName(file, readFileSync(file)));
}
