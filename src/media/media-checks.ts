/**
 * Whether a file is what an entry says it is: not larger than its use allows, its first bytes
 * those of its extension's format (`file-type`), captions that parse as WebVTT (`webvtt-parser`,
 * the W3C's validator) and SVG that is safe to publish (`svg-safety.ts`). A file named `.pdf`
 * that holds a password file, or captions that are not captions, never reach the site.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileTypeFromFile } from 'file-type';
import webvtt from 'webvtt-parser';
import { remember } from '#src/util/remember.ts';
import { extensionOf, FILE_TYPES, MEDIA_USES, megabytes, SVG_MAX_BYTES, type MediaUse } from './file-types.ts';
import { svgProblem } from './svg-safety.ts';

/** What each use is called in a sentence. */
const USE_NAMES: Record<MediaUse, string> = {
  image: 'images',
  video: 'video files',
  captions: 'caption files',
  material: 'workshop materials',
};

/** Checks already made, by file, use, size and time of last change (a cache: a file named by many entries is read once). */
const checked = new Map<string, Promise<string | undefined>>();

/**
 * What is wrong with `file` (a real path inside the content's media folder) for `use`, as one
 * sentence, or undefined when it may be published.
 * @example await mediaFileProblem('/site/content/media/a.en.vtt', 'captions') // undefined
 */
export function mediaFileProblem(file: string, use: MediaUse): Promise<string | undefined> {
  const { size, mtimeMs } = statSync(file);
  return remember(checked, `${use}|${size}|${mtimeMs}|${file}`, () => check(file, use, size));
}

async function check(file: string, use: MediaUse, size: number): Promise<string | undefined> {
  const extension = extensionOf(file);
  const allowed: readonly string[] = MEDIA_USES[use].extensions;
  if (extension === undefined || !allowed.includes(extension))
    return `is not one of the file types allowed for ${USE_NAMES[use]}: ${allowed.join(', ')}`;
  const limit = extension === 'svg' ? SVG_MAX_BYTES : MEDIA_USES[use].maxBytes;
  if (size > limit)
    return `is larger than ${megabytes(limit)}, the most that ${extension === 'svg' ? 'SVG images' : USE_NAMES[use]} may be: make it smaller${use === 'material' ? ', or put it on another site and link to it with `url:`' : ''}`;
  if (size === 0) return 'is an empty file; add the file’s contents';
  if (extension === 'svg') return textOf(file, (text) => svgProblem(text));
  if (extension === 'vtt') return textOf(file, captionsProblem);
  const expected = FILE_TYPES[extension].detected;
  const found = (await fileTypeFromFile(file))?.ext;
  if (found === undefined || !(expected as readonly string[]).includes(found)) {
    const name = extension.toUpperCase();
    return `is not a ${name} file: its contents are ${found === undefined ? 'of no known format' : `a ${found.toUpperCase()} file`}; save it again as ${name}${found === undefined ? '' : ` or give it the extension .${found}`}`;
  }
  return undefined;
}

function textOf(file: string, problemOf: (text: string) => string | undefined): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch {
    return 'is not a text file in UTF-8; save it again as UTF-8 text';
  }
  return problemOf(text.replace(/^\uFEFF/, ''));
}

/**
 * The first error of a WebVTT file, with its line, or undefined when it is valid.
 * @example captionsProblem('WEBVTT\n\n00:01.000 --> 00:02.000\nHello\n') // undefined
 * @example captionsProblem('Hello') // 'is not a valid WebVTT file: line 1: No valid signature. …'
 */
export function captionsProblem(text: string): string | undefined {
  const { errors } = new webvtt.WebVTTParser().parse(text);
  const first = errors[0];
  if (first === undefined) return undefined;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return `is not a valid WebVTT file: line ${first.line}: ${first.message.replace(/\.$/, '')}${more}; fix the captions file (a WebVTT validator shows every error)`;
}
