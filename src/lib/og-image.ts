/**
 * Share images (Open Graph, 1200×630 PNG): the page's title in its language over the campaign's
 * colours, the campaign's name above it and the campaign's emoji in the top corner.
 *
 * Text is drawn by sharp (libvips → Pango, HarfBuzz and FriBidi), which shapes Arabic and
 * Devanagari and lays out right-to-left text; satori, the usual choice, draws neither correctly.
 * The fonts are Noto Sans (Latin, Greek, Cyrillic), Noto Sans Arabic and Noto Sans Devanagari,
 * TTF files from npm (`@expo-google-fonts/*`): Pango takes the family list and picks, for each
 * run of text, the first that has its glyphs. `tests/build/media.test.ts` checks that these fonts
 * cover every title of the sample campaign.
 *
 * Rendering takes a few tens of milliseconds per image; a rebuild takes unchanged images from a
 * cache on disk, keyed by everything that is drawn (`ogCacheKey`).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import sharp, { type OverlayOptions } from 'sharp';
import { remember } from './remember.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Bump when the drawing changes: every cached image is then drawn again. */
export const RENDERER_VERSION = 2;

/** The font files, by package; their family names are listed in `FONT_FAMILIES` in the same order. */
const FONT_FILES = [
  '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
  '@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf',
] as const;
const FONT_FAMILIES = 'Noto Sans, Noto Sans Arabic, Noto Sans Devanagari';

/**
 * The absolute paths of the share images' fonts, resolved from the project's `node_modules`
 * (not from this module's URL: in a build, this code runs from a bundle in the output folder).
 * @example ogFonts('/work/main')[0] // '/work/main/node_modules/@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'
 */
export function ogFonts(root: string): string[] {
  const require = createRequire(path.join(root, 'package.json'));
  return FONT_FILES.map((file) => require.resolve(file));
}

export interface OgImageInput {
  /** The page's title, as the page shows it. */
  title: string;
  /** The direction of the title's language (an untranslated title on an Arabic page is `ltr`). */
  titleDir: 'ltr' | 'rtl';
  /** The campaign's name in the page's language, drawn above the title. */
  siteName: string;
  /** The page's direction: the emoji sits at its end, the text at its start. */
  dir: 'ltr' | 'rtl';
  colors: { primary: string; accent: string };
  /** The emoji art (any image sharp reads), drawn in the top corner. */
  emoji?: Uint8Array | undefined;
}

/**
 * A key for everything that is drawn: the same key, the same image.
 * @example ogCacheKey({ title: 'Hi', titleDir: 'ltr', siteName: 'SID', dir: 'ltr', colors }) // 'a3f…' (64 hex digits)
 */
export function ogCacheKey(input: OgImageInput, fonts: readonly string[]): string {
  const hash = createHash('sha256');
  const { emoji, ...text } = input;
  hash.update(JSON.stringify({ RENDERER_VERSION, text, fonts: fonts.map((font) => path.basename(font)) }));
  hash.update(emoji ?? new Uint8Array());
  return hash.digest('hex');
}

/**
 * Text as Pango markup (sharp's text input is markup): `&`, `<`, `>` and quotes escaped.
 * @example pangoText('Tom & Jerry <3') // 'Tom &amp; Jerry &lt;3'
 */
export function pangoText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

/** Fonts already handed to fontconfig in this process (a cache, on purpose: once is enough). */
const registered = new Set<string>();

/**
 * libvips adds a `fontfile` to fontconfig's fonts for the rest of the process; rendering once with
 * each file makes every family of `FONT_FAMILIES` available to every later text.
 */
async function registerFonts(fonts: readonly string[]): Promise<void> {
  for (const font of fonts) {
    if (registered.has(font)) continue;
    await sharp({ text: { text: '.', fontfile: font } }).png().toBuffer();
    registered.add(font);
  }
}

const MARGIN = 80;
const EMOJI_SIZE = 150;
const TITLE_TOP = 210;
const TITLE_BOTTOM = OG_HEIGHT - 70;
const TITLE_SIZES = [76, 68, 60, 52, 46, 40, 34];

/**
 * A text drawn in a colour, wrapped to a width; its pixels and size. Pango takes a paragraph's
 * direction from its first strong character, so an Arabic title that starts with a Latin name
 * would be laid out left to right: a leading RLM (or LRM) mark sets it. Alignment `left` means
 * "the start of the line" (Pango mirrors it in a right-to-left paragraph).
 */
async function drawText(text: string, size: number, width: number, dir: 'ltr' | 'rtl', colour: string): Promise<Layer> {
  const mark = dir === 'rtl' ? '\u200F' : '\u200E';
  const image = sharp({
    text: {
      text: `<span foreground="${colour}">${mark}${pangoText(text)}</span>`,
      font: `${FONT_FAMILIES} Bold ${size}`,
      width,
      align: 'left',
      wrap: 'word-char',
      rgba: true,
    },
  });
  // Raw pixels: the layer is composited at once, so encoding it as PNG would be wasted work.
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Pixels to composite, with their size. */
interface Layer {
  data: Buffer;
  width: number;
  height: number;
}

const overlay = (layer: Layer, left: number, top: number): OverlayOptions => ({
  input: layer.data,
  raw: { width: layer.width, height: layer.height, channels: 4 },
  left,
  top,
});

/**
 * Layers that many images share (the campaign's name in a locale, the emoji), drawn once per build
 * (a cache, on purpose: a locale's pages all draw the same name).
 */
const sharedLayers = new Map<string, Promise<Layer>>();
const shared = (key: string, draw: () => Promise<Layer>): Promise<Layer> => remember(sharedLayers, key, draw);

async function drawEmoji(emoji: Uint8Array): Promise<Layer> {
  const { data, info } = await sharp(emoji)
    .resize(EMOJI_SIZE, EMOJI_SIZE, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * Draws a share image: a PNG of 1200×630 pixels.
 */
export async function renderOgImage(input: OgImageInput, fonts: readonly string[]): Promise<Buffer> {
  await registerFonts(fonts);
  const { primary, accent } = input.colors;
  const textWidth = OG_WIDTH - 2 * MARGIN;
  // The campaign's name shares the top band with the emoji; the title has the width below it.
  const siteWidth = textWidth - (input.emoji === undefined ? 0 : EMOJI_SIZE + 40);
  const site = await shared(`site ${siteWidth} ${input.dir} ${input.siteName}`, () => drawText(input.siteName, 34, siteWidth, input.dir, '#ffffff'));
  let title = await drawText(input.title, TITLE_SIZES[0] as number, textWidth, input.titleDir, '#ffffff');
  for (const size of TITLE_SIZES.slice(1)) {
    if (title.height <= TITLE_BOTTOM - TITLE_TOP) break;
    title = await drawText(input.title, size, textWidth, input.titleDir, '#ffffff');
  }
  const startOf = (width: number, dir: 'ltr' | 'rtl') => (dir === 'rtl' ? OG_WIDTH - MARGIN - width : MARGIN);
  const band = await shared(`band ${accent}`, async () => ({
    data: await sharp({ create: { width: OG_WIDTH, height: 24, channels: 4, background: accent } }).raw().toBuffer(),
    width: OG_WIDTH,
    height: 24,
  }));
  const layers: OverlayOptions[] = [
    overlay(band, 0, OG_HEIGHT - 24),
    overlay(site, startOf(site.width, input.dir), 70),
    overlay(title, startOf(title.width, input.titleDir), Math.max(TITLE_TOP, TITLE_TOP + Math.round((TITLE_BOTTOM - TITLE_TOP - title.height) / 2))),
  ];
  const { emoji } = input;
  if (emoji !== undefined) {
    const art = await shared(`emoji ${createHash('sha256').update(emoji).digest('hex')}`, () => drawEmoji(emoji));
    layers.push(overlay(art, input.dir === 'rtl' ? MARGIN : OG_WIDTH - MARGIN - EMOJI_SIZE, 40));
  }
  return sharp({ create: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3, background: primary } })
    .composite(layers)
    // zlib's level 9 takes twice the time of 7 on these flat images for 8% fewer bytes.
    .png({ compressionLevel: 7 })
    .toBuffer();
}

export interface DrawingStats {
  /** Images drawn, and taken from the cache, by this process. */
  drawn: number;
  reused: number;
  /** Wall-clock seconds during which at least one image was being drawn (pages draw several at once). */
  seconds: number;
  active: number;
  since: number;
}

const STATS = Symbol.for('sid-microsite.share-images');

/**
 * What this process has drawn so far. The pages' bundle and the integration each load this module,
 * so the count is kept on `globalThis`, where the integration reports it after the pages are built.
 */
export function drawingStats(): DrawingStats {
  const holder = globalThis as { [STATS]?: DrawingStats };
  holder[STATS] ??= { drawn: 0, reused: 0, seconds: 0, active: 0, since: 0 };
  return holder[STATS];
}

/**
 * A share image from the cache folder when it has been drawn before, else drawn and kept there.
 * Written to a temporary name and renamed, so that two builds at once never read half a file.
 */
export async function cachedOgImage(input: OgImageInput, fonts: readonly string[], cacheDir: string): Promise<Buffer> {
  const file = path.join(cacheDir, `${ogCacheKey(input, fonts)}.png`);
  const stats = drawingStats();
  try {
    const image = readFileSync(file);
    stats.reused += 1;
    return image;
  } catch {
    stats.active += 1;
    if (stats.active === 1) stats.since = performance.now();
    const image = await renderOgImage(input, fonts).finally(() => {
      stats.active -= 1;
      if (stats.active === 0) stats.seconds += (performance.now() - stats.since) / 1000;
    });
    stats.drawn += 1;
    mkdirSync(cacheDir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, image);
    renameSync(temporary, file);
    return image;
  }
}

/**
 * Where a page's share image is served: beside the locale's pages, under `og/`.
 * @example ogImagePath('fr', ['events', 'oodi']) // '/fr/og/events/oodi.png'
 * @example ogImagePath('fr', []) // '/fr/og.png'
 */
export function ogImagePath(locale: string, segments: readonly string[]): string {
  const route = segments.map(encodeURIComponent).join('/');
  return route === '' ? `/${encodeURIComponent(locale)}/og.png` : `/${encodeURIComponent(locale)}/og/${route}.png`;
}

/**
 * A locale tag as Open Graph writes it (`ll_CC`): `-` becomes `_`.
 * @example ogLocale('pt-BR') // 'pt_BR'
 * @example ogLocale('fr') // 'fr'
 */
export function ogLocale(tag: string): string {
  return tag.replaceAll('-', '_');
}
