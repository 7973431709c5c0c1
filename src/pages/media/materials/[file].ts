/**
 * `/media/materials/<name>.<hash>.<ext>`: the files that workshops offer for download (`file:`
 * materials), served from the site itself with a hash of their content in the name, like the
 * other media files (why an endpoint: see src/lib/media-files.ts; names: src/lib/materials.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { entryFile } from '../../../lib/media-files.ts';
import { fileExtension, MATERIAL_TYPES, materialPath } from '../../../lib/materials.ts';
import { getSite } from '../../../lib/site.ts';

export const getStaticPaths = (async () => {
  const { root } = getSite().settings;
  const files = new Map<string, string>();
  for (const workshop of await getCollection('workshops')) {
    if (workshop.filePath === undefined) continue;
    for (const material of workshop.data.materials) {
      if (material.file === undefined) continue;
      files.set(materialPath(root, workshop.filePath, material.file), entryFile(root, workshop.filePath, material.file));
    }
  }
  return [...files].map(([urlPath, file]) => ({ params: { file: path.basename(urlPath) }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string }> = ({ props }) =>
  new Response(readFileSync(props.file), { headers: { 'Content-Type': MATERIAL_TYPES[fileExtension(props.file) ?? ''] ?? 'application/octet-stream' } });
