/**
 * A workshop's downloads as readers see them: a link, the file's type and, for files the site
 * serves itself, their size in the reader's language ("PDF, 12 kB"). Files named in an entry
 * (`file:`, a path relative to it) are served under `/media/materials/` with a hash of their
 * content in the name, like the other media files (`media-files.ts`); links (`url:`) point
 * elsewhere, and their type is told by the URL's extension when it has one.
 */
import { statSync } from 'node:fs';
import { extensionOf, FILE_TYPES } from './file-types.ts';
import { entryFile, MATERIALS_FOLDER, mediaPath, type Folders } from './media-files.ts';

/**
 * A file size in the reader's language: kilobytes under a megabyte, else megabytes (1 kB = 1000
 * bytes, as the units' names say), at most one decimal, never "0 kB".
 * @example formatFileSize(12_345, 'en') // '12 kB'
 * @example formatFileSize(2_500_000, 'fr') // '2,5 Mo'
 */
export function formatFileSize(bytes: number, locale: string): string {
  const megabytes = bytes >= 1_000_000;
  const value = megabytes ? bytes / 1_000_000 : Math.max(bytes / 1000, 0.1);
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

export interface MaterialLink {
  title: string;
  href: string;
  /** The file type as readers know it, e.g. `PDF`; undefined for a link to a page. */
  type: string | undefined;
  /** The content type, for `<a type>`. */
  mediaType: string | undefined;
  /** Bytes, for files the site serves. */
  size: number | undefined;
  /** Whether the site serves it (a download) or it is on another site. */
  isFile: boolean;
}

/**
 * A workshop's material as the page links it.
 * @example materialLink({ title: 'Slides', url: 'https://example.org/slides.pdf' }, folders, 'content/en/workshops/a.mdx')
 *   // { title: 'Slides', href: 'https://example.org/slides.pdf', type: 'PDF', mediaType: 'application/pdf', size: undefined, isFile: false }
 */
export function materialLink(
  material: { title: string; url?: string | undefined; file?: string | undefined },
  folders: Folders,
  entryFilePath: string,
): MaterialLink {
  const target = material.file ?? material.url ?? '';
  const extension = extensionOf(target);
  const base = {
    title: material.title,
    type: extension?.toUpperCase(),
    mediaType: extension === undefined ? undefined : FILE_TYPES[extension].mime,
  };
  if (material.file === undefined) return { ...base, href: target, size: undefined, isFile: false };
  return {
    ...base,
    href: mediaPath(folders, entryFilePath, material.file, MATERIALS_FOLDER),
    size: statSync(entryFile(folders, entryFilePath, material.file)).size,
    isFile: true,
  };
}
