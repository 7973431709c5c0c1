/**
 * A workshop's downloads as readers see them: a link, the file's type and, for files the site
 * serves itself, their size in the reader's language ("PDF, 12 kB"). Files named in an entry
 * (`file:`, a path relative to it) are served under `/media/materials/` with a hash of their
 * content in the name, like the other media files (`media-files.ts`); links (`url:`) point
 * elsewhere, and their type is told by the URL's extension when it has one.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { entryFile, MEDIA_FOLDER, servedName } from './media-files.ts';

/** The folder under `/media/` where workshop materials are served. */
export const MATERIALS_FOLDER = 'materials';

/** Content types of the downloads the workshop schema allows (`MATERIAL_EXTENSIONS`). */
export const MATERIAL_TYPES: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  odp: 'application/vnd.oasis.opendocument.presentation',
  zip: 'application/zip',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

/**
 * The extension of a file or a URL's path, lowercase, when it is one of a known download type.
 * @example fileExtension('https://example.org/guide.PDF?download=1') // 'pdf'
 * @example fileExtension('https://safety.twitter.com') // undefined
 */
export function fileExtension(fileOrUrl: string): string | undefined {
  let pathname = fileOrUrl;
  try {
    pathname = new URL(fileOrUrl).pathname;
  } catch {
    // Not a URL: a file path.
  }
  const extension = path.posix.extname(pathname).slice(1).toLowerCase();
  return extension in MATERIAL_TYPES ? extension : undefined;
}

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
 * The site path of a material file named in an entry.
 * @example materialPath('/site', 'content/en/workshops/a.mdx', '../../media/materials/a.pdf') // '/media/materials/a.<8 hex digits>.pdf'
 */
export function materialPath(root: string, entryFilePath: string, value: string): string {
  return `/${MEDIA_FOLDER}/${MATERIALS_FOLDER}/${servedName(entryFile(root, entryFilePath, value))}`;
}

/**
 * A workshop's material as the page links it.
 * @example materialLink({ title: 'Slides', url: 'https://example.org/slides.pdf' }, '/site', 'content/en/workshops/a.mdx')
 *   // { title: 'Slides', href: 'https://example.org/slides.pdf', type: 'PDF', mediaType: 'application/pdf', size: undefined, isFile: false }
 */
export function materialLink(material: { title: string; url?: string | undefined; file?: string | undefined }, root: string, entryFilePath: string): MaterialLink {
  const target = material.file ?? material.url ?? '';
  const extension = fileExtension(target);
  const base = { title: material.title, type: extension?.toUpperCase(), mediaType: extension === undefined ? undefined : MATERIAL_TYPES[extension] };
  if (material.file === undefined) return { ...base, href: target, size: undefined, isFile: false };
  return {
    ...base,
    href: materialPath(root, entryFilePath, material.file),
    size: statSync(entryFile(root, entryFilePath, material.file)).size,
    isFile: true,
  };
}
