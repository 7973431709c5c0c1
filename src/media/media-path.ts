/**
 * Where a path written in an entry leads. Entries are untrusted input (partners write them, and
 * CI builds their pull requests), and the site publishes the files they name: a path may only
 * lead, after following symbolic links, to a regular file inside the content folder's `media/`.
 * Anything else (`../../../outside.pdf`, a link in `media/` to `/etc/passwd` or
 * `/proc/self/environ`, a folder) is refused with a sentence that says how to fix it.
 *
 * Links are followed rather than refused outright: a link from one file of `media/` to another
 * is harmless and some teams use them for files shared by two editions.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { closest } from '#src/util/suggest.ts';

export type MediaResolution = { file: string; problem?: undefined } | { file?: undefined; problem: string };

/**
 * Whether `target` is `folder` or inside it (both absolute, already resolved).
 * @example isInside('/site/content/media/a.png', '/site/content/media') // true
 * @example isInside('/site/content/mediax/a.png', '/site/content/media') // false
 */
export function isInside(target: string, folder: string): boolean {
  const relative = path.relative(folder, target);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/**
 * The real path of a file or folder, or undefined when it does not exist (or a link is broken).
 * @example realPath('/site/content') // '/site/content'
 */
export function realPath(target: string): string | undefined {
  try {
    return realpathSync(target);
  } catch {
    return undefined;
  }
}

/**
 * Resolves `value`, a path written in the entry `entryFile`, to the real path of a regular file
 * inside `<contentDir>/media/`, or says why it cannot be used.
 * @example resolveMediaPath('/site/content', '/site/content/en/videos/a.mdx', '../../media/a.en.vtt')
 *   // { file: '/site/content/media/a.en.vtt' }
 * @example resolveMediaPath('/site/content', '/site/content/en/videos/a.mdx', '../../../a.vtt').problem
 *   // 'leads outside the content folder’s media/ folder; …'
 */
export function resolveMediaPath(contentDir: string, entryFile: string, value: string): MediaResolution {
  const example = `../../media/${path.posix.basename(value.replaceAll('\\', '/')) || '<file>'}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/') || value.startsWith('\\')) {
    return { problem: `is not a path relative to this file; write it like \`${example}\`` };
  }
  // eslint-disable-next-line no-control-regex -- a control character in a path is what is refused.
  if (/[?#\\]|[\u0000-\u001f]/.test(value)) {
    return {
      problem: `has a \`?\`, \`#\`, \`\\\` or a control character, which a file path here may not have; write the path alone, like \`${example}\``,
    };
  }
  const mediaDir = path.join(contentDir, 'media');
  const target = path.resolve(path.dirname(entryFile), value);
  if (!isInside(target, mediaDir) || target === mediaDir) {
    return {
      problem: `leads outside the content folder’s media/ folder, and the site only publishes files from there; put the file in media/ and write \`${example}\``,
    };
  }
  const real = realPath(target);
  if (real === undefined) {
    const siblings = existsSync(path.dirname(target)) ? readdirSync(path.dirname(target)) : [];
    const guess = closest(path.basename(target), siblings);
    return { problem: `does not exist (paths are relative to this file)${guess === undefined ? '' : `; did you mean '${guess}'?`}` };
  }
  const realMedia = realPath(mediaDir);
  const realContent = realPath(contentDir);
  if (realMedia === undefined || realContent === undefined || !isInside(realMedia, realContent) || !isInside(real, realMedia)) {
    return {
      problem:
        'is a link to a file outside the content folder’s media/ folder, which the site does not publish; put the file itself in media/',
    };
  }
  if (!statSync(real).isFile()) {
    return { problem: 'is a folder or a device, not a file; name the file itself' };
  }
  return { file: real };
}
