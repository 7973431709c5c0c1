/**
 * Every page that has a share image, with what the image shows: the same title as the page's
 * `<title>` (the layout's `title` prop), in the locale's pages. The share-image endpoints build
 * one image per row; `tests/build/media.test.ts` checks that every built page's `og:image` exists,
 * so a new route without a row here fails there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { directionOf } from '../i18n/locales.ts';
import type { Kind } from '../schemas/index.ts';
import { shownEntries, type ShownEntry } from './entries.ts';
import { parseEntry } from './front-matter.ts';
import { entryFile } from './media-files.ts';
import { getSite, translator } from './site.ts';

export interface SharePage {
  locale: string;
  /** The route below the locale, as the page gives it to the layout. */
  segments: string[];
  title: string;
  /** The language the title is written in (an untranslated entry's is the source's). */
  titleLocale: string;
  /** The emoji art drawn in the corner: the hashtag's own, else the campaign's. */
  emoji?: string | undefined;
}

/** The index pages and their titles' keys. */
const INDEXES = ['events', 'workshops', 'videos', 'hashtags', 'partners', 'search'] as const;

/** The kinds with a page per entry, and the field that is the page's title. */
const ENTRY_PAGES: readonly { kind: Kind; folder: string | undefined; title: (data: Record<string, unknown>) => unknown }[] = [
  { kind: 'events', folder: 'events', title: (data) => data['title'] },
  { kind: 'workshops', folder: 'workshops', title: (data) => data['title'] },
  { kind: 'videos', folder: 'videos', title: (data) => data['title'] },
  { kind: 'hashtags', folder: 'hashtags', title: (data) => data['title'] },
  { kind: 'partners', folder: 'partners', title: (data) => data['name'] },
  { kind: 'pages', folder: undefined, title: (data) => data['title'] },
];

/**
 * The path of a hashtag's emoji file, read from its front matter as written (the collection
 * holds it as image metadata, which does not say where the file is).
 */
function emojiFile(entry: ShownEntry<'hashtags'>): string | undefined {
  const { filePath } = entry.source;
  if (filePath === undefined || entry.source.data.emoji === undefined) return undefined;
  const { root } = getSite().settings;
  const value = parseEntry(readFileSync(path.resolve(root, filePath), 'utf8')).data['emoji'];
  return typeof value === 'string' ? entryFile(root, filePath, value) : undefined;
}

/**
 * Every page of every locale that has a share image of its own: not the 404 pages, which are not
 * shared, nor untranslated entries, which share their source's.
 */
export async function sharePages(): Promise<SharePage[]> {
  const { campaign } = getSite();
  const pages: SharePage[] = [];
  for (const locale of campaign.locales) {
    const t = translator(locale);
    const hashtags = await shownEntries('hashtags', locale);
    const campaignHashtag = hashtags.find((hashtag) => hashtag.data.tag === campaign.hashtags[0]) ?? hashtags.find((hashtag) => hashtag.data.emoji !== undefined);
    const campaignEmoji = campaignHashtag === undefined ? undefined : emojiFile(campaignHashtag);
    const page = (segments: string[], title: string, titleLocale = locale, emoji = campaignEmoji) => pages.push({ locale, segments, title, titleLocale, emoji });
    // The home page's title is the campaign's name, already drawn above every title: it shows the theme.
    page([], t('campaign:theme'));
    for (const index of INDEXES) page([index], t(`${index}:title`));
    for (const { kind, folder, title } of ENTRY_PAGES) {
      for (const entry of await shownEntries(kind, locale)) {
        // An untranslated entry's page uses the source's image (see the layout's `imageLocale`).
        if (entry.isUntranslated) continue;
        const emoji = kind === 'hashtags' ? (emojiFile(entry as ShownEntry<'hashtags'>) ?? campaignEmoji) : campaignEmoji;
        page(folder === undefined ? [entry.slug] : [folder, entry.slug], String(title(entry.data)), entry.fieldLocales['title'] ?? locale, emoji);
      }
    }
  }
  return pages;
}

/** The direction of a title's language. */
export const titleDirection = (page: SharePage): 'ltr' | 'rtl' => directionOf(page.titleLocale);
