/**
 * Share images (Open Graph, 1200×630 PNG): the page's title in its language over the campaign's
 * colours, the campaign's name above it and the campaign's emoji in the top corner.
 *
 * Text is drawn by sharp (libvips → Pango, HarfBuzz and FriBidi), which shapes Arabic and
 * Devanagari and lays out right-to-left text; satori, the usual choice, draws neither correctly.
 * This module runs in the drawing process (`worker.ts`; `process.ts` says why), outside Astro and
 * Vite, so it imports only modules that Node loads as they are.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { escapeMarkup } from '#src/util/escape.ts';
import { remember } from '#src/util/remember.ts';
import { FONT_FAMILIES, registerFonts } from './fonts.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Bump when the drawing changes: every cached image is then drawn again. */
export const RENDERER_VERSION = 4;

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
 * Text as Pango markup (sharp's text input is markup), escaped as for HTML.
 * @example pangoText('Tom & Jerry <3') // 'Tom &amp; Jerry &lt;3'
 */
export const pangoText = escapeMarkup;

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
  const textWidth = OG_WIDTH - 2 * MARGIN;
  // The campaign's name shares the top band with the emoji; the title has the width below it.
  const siteWidth = textWidth - (input.emoji === undefined ? 0 : EMOJI_SIZE + 40);
  const site = await shared(`site ${siteWidth} ${input.dir} ${input.siteName}`, () =>
    drawText(input.siteName, 34, siteWidth, input.dir, '#ffffff'),
  );
  let title = await drawText(input.title, TITLE_SIZES[0] as number, textWidth, input.titleDir, '#ffffff');
  for (const size of TITLE_SIZES.slice(1)) {
    if (title.height <= TITLE_BOTTOM - TITLE_TOP) break;
    title = await drawText(input.title, size, textWidth, input.titleDir, '#ffffff');
  }
  const startOf = (width: number, dir: 'ltr' | 'rtl') => (dir === 'rtl' ? OG_WIDTH - MARGIN - width : MARGIN);
  const { primary, accent } = input.colors;
  const canvas = Buffer.from(remember(backgrounds, `${primary} ${accent}`, () => background(primary, accent)));
  layOver(canvas, site, startOf(site.width, input.dir), 70);
  layOver(
    canvas,
    title,
    startOf(title.width, input.titleDir),
    Math.max(TITLE_TOP, TITLE_TOP + Math.round((TITLE_BOTTOM - TITLE_TOP - title.height) / 2)),
  );
  const { emoji } = input;
  if (emoji !== undefined) {
    const art = await shared(`emoji ${createHash('sha256').update(emoji).digest('hex')}`, () => drawEmoji(emoji));
    layOver(canvas, art, input.dir === 'rtl' ? MARGIN : OG_WIDTH - MARGIN - EMOJI_SIZE, 40);
  }
  return (
    sharp(canvas, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3 } })
      // zlib's level 4: quicker to encode than higher levels for slightly larger files. A cold build
      // draws an image per page, and only the networks' crawlers download them, once.
      .png({ compressionLevel: 4 })
      .toBuffer()
  );
}

const BAND_HEIGHT = 24;

/** Backgrounds by colours (a cache, on purpose: every image of a campaign has the same). */
const backgrounds = new Map<string, Buffer>();

/** The background's RGB pixels: the primary colour, with a band of the accent colour at the bottom. */
function background(primary: string, accent: string): Buffer {
  const pixels = Buffer.alloc(OG_WIDTH * OG_HEIGHT * 3);
  const band = OG_WIDTH * (OG_HEIGHT - BAND_HEIGHT) * 3;
  for (const [colour, from, to] of [
    [primary, 0, band],
    [accent, band, pixels.length],
  ] as const) {
    const rgb = [1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16));
    for (let at = from; at < to; at += 1) pixels[at] = rgb[at % 3] as number;
  }
  return pixels;
}

/**
 * Lays a layer's RGBA pixels (straight alpha) over the RGB canvas at `left`, `top`. Written here
 * rather than with sharp's `composite`, which works in floating point over the whole canvas where
 * this loop touches only the layer's pixels, several times quicker; a cold build draws an image
 * per page.
 */
function layOver(canvas: Buffer, layer: Layer, left: number, top: number): void {
  const { data, width } = layer;
  const fromX = Math.max(0, -left);
  const toX = Math.min(width, OG_WIDTH - left);
  for (let y = Math.max(0, -top); y < Math.min(layer.height, OG_HEIGHT - top); y += 1) {
    let from = (y * width + fromX) * 4;
    let to = ((top + y) * OG_WIDTH + left + fromX) * 3;
    for (let x = fromX; x < toX; x += 1, from += 4, to += 3) {
      const alpha = data[from + 3] as number;
      if (alpha === 0) continue;
      const rest = 255 - alpha;
      // Integer arithmetic; (v + 127) / 255, floored, rounds v / 255 as Math.round does.
      canvas[to] = (((data[from] as number) * alpha + (canvas[to] as number) * rest + 127) / 255) | 0;
      canvas[to + 1] = (((data[from + 1] as number) * alpha + (canvas[to + 1] as number) * rest + 127) / 255) | 0;
      canvas[to + 2] = (((data[from + 2] as number) * alpha + (canvas[to + 2] as number) * rest + 127) / 255) | 0;
    }
  }
}

/** A request to the drawing process. */
export interface DrawRequest {
  file: string;
  input: OgImageInput;
  fonts: readonly string[];
}

/** Draws an image and writes it to its file in the cache folder (in the drawing process). */
export async function writeOgImage({ file, input, fonts }: DrawRequest): Promise<void> {
  const image = await renderOgImage(input, fonts);
  mkdirSync(path.dirname(file), { recursive: true });
  // Written to a temporary name and renamed, so that two builds at once never read half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, image);
  renameSync(temporary, file);
}
