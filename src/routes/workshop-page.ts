/**
 * What a workshop's page shows besides its entry: for whom, how and how long, in the reader's
 * language, and its downloads with their type and size ("PDF, 12 kB").
 */
import { formatDuration, formatList } from '#src/i18n/format.ts';
import type { Translate } from '#src/i18n/translate.ts';
import { materialLink, formatFileSize, type MaterialLink } from '#src/media/materials.ts';
import type { Folders } from '#src/media/media-files.ts';
import type { AUDIENCES, FORMATS } from '#src/schemas/common.ts';

/** The workshop's facts as the page needs them (a shown entry's `data`). */
export interface WorkshopData {
  audience: readonly (typeof AUDIENCES)[number][];
  format: (typeof FORMATS)[number];
  /** Minutes. */
  duration: number;
  materials: readonly { title: string; url?: string | undefined; file?: string | undefined }[];
}

export interface WorkshopView {
  segments: string[];
  audience: string;
  format: string;
  duration: string;
  /** Each download's link, with its type and size said in the reader's language. */
  materials: (MaterialLink & { info: string | undefined })[];
}

/**
 * A Latin file type (`PDF`) inside right-to-left text keeps its place: a first-strong isolate.
 * @example isolate('PDF') // '\u2068PDF\u2069'
 */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * @example workshopView({ locale: 'en', slug: 'privacy', data, folders, entryFilePath, t }).duration // '1 hour, 30 minutes'
 */
export function workshopView(input: {
  locale: string;
  slug: string;
  data: WorkshopData;
  folders: Folders;
  /** The workshop's file, relative to the project: material files are named relative to it. */
  entryFilePath: string;
  t: Translate;
}): WorkshopView {
  const { locale, data, t } = input;
  return {
    segments: ['workshops', input.slug],
    audience: formatList(
      data.audience.map((audience) => t(`common:audience.${audience}`)),
      locale,
    ),
    format: t(`common:format.${data.format}`),
    duration: formatDuration(data.duration * 60, locale),
    materials: data.materials.map((material) => {
      const link = materialLink(material, input.folders, input.entryFilePath);
      const info =
        link.type === undefined
          ? undefined
          : link.size === undefined
            ? isolate(link.type)
            : t('workshops:fileInfo', { type: isolate(link.type), size: formatFileSize(link.size, locale) });
      return { ...link, info };
    }),
  };
}
