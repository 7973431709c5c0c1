/**
 * `/media/<name>.<hash>.<ext>` and `/media/materials/<name>.<hash>.<ext>`: the caption files and
 * video files that video entries point to, and the files workshops offer for download, served
 * from the site itself (why an endpoint: see src/media/media-files.ts).
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { mimeOf } from '#src/media/file-types.ts';
import { entryFile, MATERIALS_FOLDER, mediaPath } from '#src/media/media-files.ts';
import { getSite } from '#src/site/site.ts';

export const getStaticPaths = (async () => {
  const { settings } = getSite();
  const files = new Map<string, string>();
  const serve = (entryFilePath: string, value: string, folder?: string) =>
    files.set(mediaPath(settings, entryFilePath, value, folder), entryFile(settings, entryFilePath, value));
  for (const video of await getCollection('videos')) {
    if (video.filePath === undefined) continue;
    for (const value of [...Object.values(video.data.captions), ...(video.data.src === undefined ? [] : [video.data.src])])
      serve(video.filePath, value);
  }
  for (const workshop of await getCollection('workshops')) {
    if (workshop.filePath === undefined) continue;
    for (const material of workshop.data.materials)
      if (material.file !== undefined) serve(workshop.filePath, material.file, MATERIALS_FOLDER);
  }
  return [...files].map(([urlPath, file]) => ({ params: { file: urlPath.slice('/media/'.length) }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string }> = ({ props }) =>
  new Response(readFileSync(props.file), { headers: { 'Content-Type': mimeOf(props.file) } });
