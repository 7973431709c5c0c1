/**
 * The files entries may point to, in one table: for each use (an image, a video file, captions, a
 * workshop's download), the extensions allowed, the largest file accepted, and for each extension
 * its content type and what its first bytes must say it is. The schemas, the check, the pages and
 * the endpoints that serve the files all read it here.
 */

/** What an entry uses a file for. */
export type MediaUse = 'image' | 'video' | 'captions' | 'material';

export interface FileType {
  /** The content type the site serves it with. */
  mime: string;
  /**
   * What `file-type` must detect in the file's first bytes for the file to be what its extension
   * says; undefined for text formats, which have checks of their own (WebVTT, SVG).
   */
  detected: readonly string[] | undefined;
}

const openXml = (type: string) => `application/vnd.openxmlformats-officedocument.${type}`;
const openDocument = (type: string) => `application/vnd.oasis.opendocument.${type}`;

export const FILE_TYPES = {
  jpg: { mime: 'image/jpeg', detected: ['jpg'] },
  jpeg: { mime: 'image/jpeg', detected: ['jpg'] },
  png: { mime: 'image/png', detected: ['png'] },
  webp: { mime: 'image/webp', detected: ['webp'] },
  avif: { mime: 'image/avif', detected: ['avif'] },
  gif: { mime: 'image/gif', detected: ['gif'] },
  svg: { mime: 'image/svg+xml', detected: undefined },
  mp4: { mime: 'video/mp4', detected: ['mp4', 'm4v'] },
  webm: { mime: 'video/webm', detected: ['webm'] },
  vtt: { mime: 'text/vtt; charset=utf-8', detected: undefined },
  pdf: { mime: 'application/pdf', detected: ['pdf'] },
  pptx: { mime: openXml('presentationml.presentation'), detected: ['pptx'] },
  docx: { mime: openXml('wordprocessingml.document'), detected: ['docx'] },
  odt: { mime: openDocument('text'), detected: ['odt'] },
  odp: { mime: openDocument('presentation'), detected: ['odp'] },
  zip: { mime: 'application/zip', detected: ['zip'] },
} as const satisfies Record<string, FileType>;

export type Extension = keyof typeof FILE_TYPES;

/** Extensions allowed for each use, and the largest file accepted (bytes; an SVG is held to `SVG_MAX_BYTES`). */
export const MEDIA_USES = {
  image: { extensions: ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'svg'], maxBytes: 10_000_000 },
  video: { extensions: ['mp4', 'webm'], maxBytes: 100_000_000 },
  captions: { extensions: ['vtt'], maxBytes: 2_000_000 },
  material: { extensions: ['pdf', 'pptx', 'docx', 'odt', 'odp', 'zip', 'png', 'jpg', 'jpeg'], maxBytes: 25_000_000 },
} as const satisfies Record<MediaUse, { extensions: readonly Extension[]; maxBytes: number }>;

/**
 * SVG is text that a browser parses, and that sharp rasterises for the optimised copies: kept
 * small so that neither can be made to work for minutes on one file.
 */
export const SVG_MAX_BYTES = 1_000_000;

/**
 * The extension of a file or a URL's path, lowercase, when it is one of the known file types.
 * @example extensionOf('https://example.org/guide.PDF?download=1') // 'pdf'
 * @example extensionOf('../../media/clip.en.vtt') // 'vtt'
 * @example extensionOf('https://safety.twitter.com') // undefined
 */
export function extensionOf(fileOrUrl: string): Extension | undefined {
  let pathname = fileOrUrl;
  try {
    pathname = new URL(fileOrUrl).pathname;
  } catch {
    // Not a URL: a file path.
  }
  const dot = pathname.lastIndexOf('.');
  const extension = dot <= pathname.lastIndexOf('/') ? '' : pathname.slice(dot + 1).toLowerCase();
  return Object.hasOwn(FILE_TYPES, extension) ? (extension as Extension) : undefined;
}

/**
 * The content type of a file served by the site, from its name.
 * @example mimeOf('tools.en.1a2b3c4d.vtt') // 'text/vtt; charset=utf-8'
 */
export function mimeOf(file: string): string {
  const extension = extensionOf(file);
  return extension === undefined ? 'application/octet-stream' : FILE_TYPES[extension].mime;
}

/**
 * A size as the limits are written in reports and docs: decimal megabytes.
 * @example megabytes(25_000_000) // '25 MB'
 */
export function megabytes(bytes: number): string {
  return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
}
