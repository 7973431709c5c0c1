/**
 * `/media/<name>.<hash>.<ext>`: the caption files and video files that video entries point to,
 * served from the site itself (why an endpoint: see src/lib/media-files.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { entryFile, mediaPath, MEDIA_TYPES } from '../../lib/media-files.ts';
import { getSite } from '../../lib/site.ts';

export const getStaticPaths = (async () => {
  const { root } = getSite().settings;
  const files = new Map<string, string>();
  for (const video of await getCollection('videos')) {
    if (video.filePath === undefined) continue;
    for (const value of [...Object.values(video.data.captions), ...(video.data.src === undefined ? [] : [video.data.src])]) {
      files.set(mediaPath(root, video.filePath, value), entryFile(root, video.filePath, value));
    }
  }
  return [...files].map(([urlPath, file]) => ({ params: { file: path.basename(urlPath) }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string }> = ({ props }) =>
  new Response(readFileSync(props.file), { headers: { 'Content-Type': MEDIA_TYPES[path.extname(props.file)] ?? 'application/octet-stream' } });
