/**
 * Every page that has a share image, with what the image shows: the same title as the page's
 * `<title>` (the layout's `title` prop), in the locale's pages. The share-image endpoints build
 * one image per row; `tests/build/media/media.test.ts` checks that every built page's `og:image` exists,
 * so a new route without a row here fails there.
 *
 * The rows are made from each kind's entries as a locale shows them, from either of two sources:
 * Astro's collections, as the pages see them (`endpoint.ts`), or the content folder as the
 * integration validated it, before Astro has loaded anything (`ahead.ts`). No module here
 * imports `astro:content`, so that the integration can use them.
 */
import { readFileSync } from 'node:fs';
import { directionOf } from '#src/i18n/locales.ts';
import type { Kind } from '#src/schemas/index.ts';
import { drawAhead, projectDrawing, type Drawing } from './cache.ts';
import type { OgImageInput } from './draw.ts';
import { remember } from '#src/util/remember.ts';
import { entryFile } from '#src/media/media-files.ts';
import { SECTIONS } from '#src/site/sections.ts';
import { getSite, localeInfo, translator } from '#src/site/site.ts';

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

/** The kinds with a page per entry, and the field that is the page's title. */
const ENTRY_PAGES: readonly { kind: Kind; folder: string | undefined; title: (data: Record<string, unknown>) => unknown }[] = [
  { kind: 'events', folder: 'events', title: (data) => data['title'] },
  { kind: 'workshops', folder: 'workshops', title: (data) => data['title'] },
  { kind: 'videos', folder: 'videos', title: (data) => data['title'] },
  { kind: 'hashtags', folder: 'hashtags', title: (data) => data['title'] },
  { kind: 'partners', folder: 'partners', title: (data) => data['name'] },
  { kind: 'pages', folder: undefined, title: (data) => data['title'] },
];

/** An entry as a locale shows it, with what its share image needs. */
export interface ShareEntry {
  slug: string;
  /** The source's data with the locale's translation laid over it. */
  data: Record<string, unknown>;
  isUntranslated: boolean;
  fieldLocales: Record<string, string>;
  /** A hashtag's emoji art: the absolute path of its file. */
  emoji?: string | undefined;
}

/** Each kind's entries as a locale shows them, in any order. */
export type EntriesOf = (kind: Kind, locale: string) => Promise<readonly ShareEntry[]>;

/**
 * Every page of every locale that has a share image of its own: not the 404 pages, which are not
 * shared, nor untranslated entries, which share their source's.
 */
export async function sharePagesOf(entriesOf: EntriesOf): Promise<SharePage[]> {
  const { campaign } = getSite();
  const pages: SharePage[] = [];
  for (const locale of campaign.locales) {
    const t = translator(locale);
    const hashtags = await entriesOf('hashtags', locale);
    const campaignHashtag =
      hashtags.find((hashtag) => hashtag.data['tag'] === campaign.hashtags[0]) ?? hashtags.find((hashtag) => hashtag.emoji !== undefined);
    const campaignEmoji = campaignHashtag?.emoji;
    const page = (segments: string[], title: string, titleLocale = locale, emoji = campaignEmoji) =>
      pages.push({ locale, segments, title, titleLocale, emoji });
    // The home page's title is the campaign's name, already drawn above every title: it shows the theme.
    page([], t('campaign:theme'));
    for (const section of SECTIONS) page([section], t(`${section}:title`));
    for (const { kind, folder, title } of ENTRY_PAGES) {
      for (const entry of await entriesOf(kind, locale)) {
        // An untranslated entry's page uses the source's image (see the layout's `imageLocale`).
        if (entry.isUntranslated) continue;
        const emoji = kind === 'hashtags' ? (entry.emoji ?? campaignEmoji) : campaignEmoji;
        page(
          folder === undefined ? [entry.slug] : [folder, entry.slug],
          String(title(entry.data)),
          entry.fieldLocales['title'] ?? locale,
          emoji,
        );
      }
    }
  }
  return pages;
}

/** The direction of a title's language. */
export const titleDirection = (page: SharePage): 'ltr' | 'rtl' => directionOf(page.titleLocale);

/**
 * The emoji files' bytes and the project's drawing (fonts, cache folder beside Astro's own caches,
 * drawing process), read once per process (caches, on purpose: a locale's pages all draw the
 * campaign's emoji with the same fonts).
 */
const emojis = new Map<string, Buffer>();
const emojiBytes = (file: string): Buffer => remember(emojis, file, () => readFileSync(file));
const drawings = new Map<string, Drawing>();
export function shareDrawing(): Drawing {
  const { root } = getSite().settings;
  return remember(drawings, root, () => projectDrawing(root));
}

/** What a page's share image shows. */
export function imageInput(page: SharePage): OgImageInput {
  const { campaign } = getSite();
  return {
    title: page.title,
    titleDir: titleDirection(page),
    siteName: translator(page.locale)('campaign:name'),
    dir: localeInfo(page.locale).dir,
    colors: campaign.colors,
    emoji: page.emoji === undefined ? undefined : emojiBytes(page.emoji),
  };
}

/**
 * Draws the pages' share images into the cache, in the background, those drawn or being drawn
 * already excepted; their files, in the order of `pages`, once all are there.
 */
export function drawSharePages(pages: readonly SharePage[]): Promise<string[]> {
  return drawAhead(pages.map(imageInput), shareDrawing());
}

/**
 * A hashtag's emoji file, from its path as written in the entry's front matter (a collection holds
 * it as image metadata, which does not say where the file is), resolved beside the entry.
 * @example emojiFile('content/en/hashtags/sid2020.mdx', '../../media/emoji/sid2020.png') // '/site/content/media/emoji/sid2020.png'
 */
export function emojiFile(entryPath: string, written: unknown): string | undefined {
  return typeof written === 'string' ? entryFile(getSite().settings, entryPath, written) : undefined;
}
