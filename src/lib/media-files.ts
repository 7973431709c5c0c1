/**
 * Files that entries point to by path and that the site serves as they are (captions, video
 * files): each gets a stable, same-origin URL whose name carries a hash of its content, so a
 * changed file gets a new URL and an unchanged one keeps its URL (and can be cached for long).
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
import { remember } from './remember.ts';

/** The folder of the site where these files are served. */
export const MEDIA_FOLDER = 'media';

/** Hashes of files already read, by absolute path (a cache: every page of a build shares it). */
const hashes = new Map<string, string>();

/**
 * The absolute path of a file named in an entry, relative to the entry file.
 * @example entryFile('/site', 'content/en/videos/a.mdx', '../../media/a.vtt') // '/site/content/media/a.vtt'
 */
export function entryFile(root: string, entryFilePath: string, value: string): string {
  return path.resolve(root, path.dirname(entryFilePath), value);
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

/**
 * The site path of a file named in an entry.
 * @example mediaPath('/site', 'content/en/videos/a.mdx', '../../media/a.vtt') // '/media/a.<8 hex digits>.vtt'
 */
export function mediaPath(root: string, entryFilePath: string, value: string): string {
  return `/${MEDIA_FOLDER}/${servedName(entryFile(root, entryFilePath, value))}`;
}

/**
 * The served name of a file (`mediaName`), read and hashed once per build.
 * @example servedName('/site/content/media/a.vtt') // 'a.<8 hex digits>.vtt'
 */
export function servedName(file: string): string {
  return remember(hashes, file, () => mediaName(file, readFileSync(file)));
}

/** Content types of the files served, by extension (the schemas allow only these). */
export const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.vtt': 'text/vtt; charset=utf-8',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};
