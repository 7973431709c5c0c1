/**
 * Which files of a content folder are entries: `<locale>/<kind>/<slug>.mdx`, for a locale of the
 * campaign, a kind the site has and a slug the site does not need for its own pages. Everything
 * else in the folder is reported (a misspelt kind, a stray file, a link that leads outside the
 * folder) and left out. The content check and the translators' check list entries here.
 */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isInside, realPath } from '#src/media/media-path.ts';
import { KIND_NAMES, type Kind } from '#src/schemas/index.ts';
import { RESERVED_SLUGS } from '#src/site/sections.ts';
import { closest } from '#src/util/suggest.ts';

export interface EntryFile {
  kind: Kind;
  locale: string;
  slug: string;
  /** Absolute path of the file. */
  file: string;
}

/** Told of every file or folder that is not an entry, with why. */
export type ReportFile = (file: string, message: string) => void;

/**
 * Said of an entry, a folder or `campaign.yaml` that is a symbolic link leading outside the
 * content folder: the site would publish what it leads to.
 */
export const OUTSIDE_LINK =
  'is a link to something outside the content folder, which the site does not publish; put the file or folder itself here';

/**
 * Whether a file or folder of the content is a symbolic link that leads outside `contentDir` (or
 * nowhere). Links that stay inside are followed.
 */
export function linksOutside(target: string, contentDir: string): boolean {
  if (!lstatSync(target).isSymbolicLink()) return false;
  const real = realPath(target);
  const root = realPath(contentDir);
  return real === undefined || root === undefined || !isInside(real, root);
}

/**
 * Every entry of the content folder, locale by locale; a folder for a locale that is not in
 * `locales` is reported.
 * @example listEntryFiles('content', ['en', 'fr'], report).map((entry) => entry.slug)
 */
export function listEntryFiles(contentDir: string, locales: readonly string[], report: ReportFile): EntryFile[] {
  const files: EntryFile[] = [];
  for (const locale of readdirSync(contentDir).sort()) {
    const localeDir = path.join(contentDir, locale);
    if (locale === 'media' || locale.startsWith('.')) continue;
    if (locales.includes(locale)) {
      files.push(...localeEntryFiles(contentDir, locale, report));
    } else if (isFolder(localeDir, contentDir, report)) {
      const guess = closest(locale, locales);
      report(
        localeDir,
        `is a folder for locale '${locale}', which is not in \`locales\` in campaign.yaml; ${
          guess === undefined ? 'add it there (npm run i18n:add) or rename the folder' : `did you mean '${guess}'?`
        }`,
      );
    }
  }
  return files;
}

/**
 * The entries of one locale's folder, sorted by kind and slug.
 * @example localeEntryFiles('content', 'fr', () => undefined).map((entry) => `${entry.kind}/${entry.slug}`)
 */
export function localeEntryFiles(contentDir: string, locale: string, report: ReportFile): EntryFile[] {
  const localeDir = path.join(contentDir, locale);
  const files: EntryFile[] = [];
  // A locale of the campaign may have no folder yet: it has no entries of its own.
  if (lstatSync(localeDir, { throwIfNoEntry: false }) === undefined || !isFolder(localeDir, contentDir, report)) return files;
  for (const name of readdirSync(localeDir).sort()) {
    const kindDir = path.join(localeDir, name);
    if (!isFolder(kindDir, contentDir, report)) continue;
    if (!(KIND_NAMES as string[]).includes(name)) {
      const guess = closest(name, KIND_NAMES);
      report(
        kindDir,
        `is not a kind of entry; the folders are ${KIND_NAMES.join(', ')}${guess === undefined ? '' : ` (did you mean '${guess}'?)`}`,
      );
      continue;
    }
    const kind = name as Kind;
    for (const fileName of readdirSync(kindDir).sort()) {
      if (fileName.startsWith('.')) continue;
      const file = path.join(kindDir, fileName);
      const problem = entryFileProblem(contentDir, file, kind);
      if (problem === undefined) files.push({ kind, locale, slug: fileName.slice(0, -'.mdx'.length), file });
      else report(file, problem);
    }
  }
  return files;
}

/** Why a file in a kind's folder is not an entry, or undefined when it is one. */
function entryFileProblem(contentDir: string, file: string, kind: Kind): string | undefined {
  if (linksOutside(file, contentDir)) return OUTSIDE_LINK;
  const name = path.basename(file);
  if (!name.endsWith('.mdx') || !statSync(file).isFile())
    return 'is not an `.mdx` entry; entries are `<slug>.mdx` files (images go in content/media/)';
  const slug = name.slice(0, -'.mdx'.length);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    return 'has a file name that is not a slug; rename it with lowercase letters, digits and hyphens (e.g. `oodi-training.mdx`)';
  }
  if (RESERVED_SLUGS[kind]?.includes(slug)) return `uses the slug '${slug}', which the site needs for its own pages; rename the file`;
  return undefined;
}

/** Whether a path is a folder to look into: not a file, and not a link that leads outside the content folder (reported). */
function isFolder(target: string, contentDir: string, report: ReportFile): boolean {
  if (linksOutside(target, contentDir)) {
    report(target, OUTSIDE_LINK);
    return false;
  }
  return statSync(target).isDirectory();
}
