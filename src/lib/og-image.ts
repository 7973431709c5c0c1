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
 * Images are drawn in a process of their own (`og-worker.ts`, `drawingProcess` says why), whose small
 * heap makes the garbage of each image's pixel buffers cheap to collect: drawn on a build's main
 * thread, beside Astro's large heap, an image took 20 ms of that thread instead of 5.6 (`bench/`'s
 * machine). A rebuild takes unchanged images from a cache on disk, keyed by everything that is
 * drawn (`ogCacheKey`).
 */
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getPriority, setPriority } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { escapeMarkup } from './escape.ts';
import { remember } from './remember.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Bump when the drawing changes: every cached image is then drawn again. */
export const RENDERER_VERSION = 4;

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

/** What drawing needs from the project: its fonts, the cache folder and the drawing process's script. */
export interface Drawing {
  fonts: readonly string[];
  cacheDir: string;
  script: string;
}

/**
 * The project's drawing: files found from its root, for the reason `ogFonts` gives.
 * @example projectDrawing('/work/main').script // '/work/main/src/lib/og-worker.ts'
 */
export function projectDrawing(root: string): Drawing {
  return { fonts: ogFonts(root), cacheDir: path.join(root, 'node_modules/.astro/og-cache'), script: path.join(root, 'src/lib/og-worker.ts') };
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
 * Text as Pango markup (sharp's text input is markup), escaped as for HTML.
 * @example pangoText('Tom & Jerry <3') // 'Tom &amp; Jerry &lt;3'
 */
export const pangoText = escapeMarkup;

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
  const site = await shared(`site ${siteWidth} ${input.dir} ${input.siteName}`, () => drawText(input.siteName, 34, siteWidth, input.dir, '#ffffff'));
  let title = await drawText(input.title, TITLE_SIZES[0] as number, textWidth, input.titleDir, '#ffffff');
  for (const size of TITLE_SIZES.slice(1)) {
    if (title.height <= TITLE_BOTTOM - TITLE_TOP) break;
    title = await drawText(input.title, size, textWidth, input.titleDir, '#ffffff');
  }
  const startOf = (width: number, dir: 'ltr' | 'rtl') => (dir === 'rtl' ? OG_WIDTH - MARGIN - width : MARGIN);
  const { primary, accent } = input.colors;
  const canvas = Buffer.from(remember(backgrounds, `${primary} ${accent}`, () => background(primary, accent)));
  layOver(canvas, site, startOf(site.width, input.dir), 70);
  layOver(canvas, title, startOf(title.width, input.titleDir), Math.max(TITLE_TOP, TITLE_TOP + Math.round((TITLE_BOTTOM - TITLE_TOP - title.height) / 2)));
  const { emoji } = input;
  if (emoji !== undefined) {
    const art = await shared(`emoji ${createHash('sha256').update(emoji).digest('hex')}`, () => drawEmoji(emoji));
    layOver(canvas, art, input.dir === 'rtl' ? MARGIN : OG_WIDTH - MARGIN - EMOJI_SIZE, 40);
  }
  return (
    sharp(canvas, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 3 } })
      // zlib's level 4: 3.0 ms per image on this project's benchmark machine, for 26 KiB; level 7
      // takes 6.7 ms for 17 KiB, and 9 takes 18 ms for 15 KiB. A cold build draws an image per page,
      // and only the networks' crawlers download them, once.
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
  for (const [colour, from, to] of [[primary, 0, band], [accent, band, pixels.length]] as const) {
    const rgb = [1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16));
    for (let at = from; at < to; at += 1) pixels[at] = rgb[at % 3] as number;
  }
  return pixels;
}

/**
 * Lays a layer's RGBA pixels (straight alpha) over the RGB canvas at `left`, `top`. Written here
 * rather than with sharp's `composite`, which works in floating point over the whole canvas and
 * takes 15–20 ms per image where this loop over the layer's pixels takes 2–3 ms; a cold build
 * draws an image per page.
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

export interface DrawingStats {
  /** Images drawn, and taken from the cache, by this process. */
  drawn: number;
  reused: number;
  /** Wall-clock seconds during which at least one image was being drawn (pages draw several at once). */
  seconds: number;
  active: number;
  since: number;
}

/** What this process draws: its images being drawn, by cache key, and those already counted. */
interface DrawingState {
  pending: Map<string, Promise<void>>;
  /** Images drawn or taken from the cache by this process: each is counted once, however often asked for. */
  counted: Set<string>;
  stats: DrawingStats;
}

const DRAWING = Symbol.for('sid-microsite.share-images');

/**
 * The integration starts drawing when a build starts and the pages' bundle draws what it did not
 * foresee; each loads its own copy of this module, so what is being drawn is kept on `globalThis`,
 * where an image one started is waited for by the other instead of being drawn twice.
 */
function drawingState(): DrawingState {
  const holder = globalThis as { [DRAWING]?: DrawingState };
  holder[DRAWING] ??= { pending: new Map(), counted: new Set(), stats: { drawn: 0, reused: 0, seconds: 0, active: 0, since: 0 } };
  return holder[DRAWING];
}

/** What this process has drawn so far. */
export const drawingStats = (): DrawingStats => drawingState().stats;

/**
 * A share image from the cache folder when it has been drawn before, else drawn and kept there.
 * An image being drawn (ahead of its page, or for another page with the same image) is waited for.
 */
export async function cachedOgImage(input: OgImageInput, drawing: Drawing): Promise<Buffer> {
  const image = cachedImage(input, drawing);
  await ensureDrawn(image, drawing);
  return readFileSync(image.file);
}

/** An image to draw, with its cache key and its file in the cache folder. */
interface CachedImage {
  input: OgImageInput;
  key: string;
  file: string;
}

function cachedImage(input: OgImageInput, drawing: Drawing): CachedImage {
  const key = ogCacheKey(input, drawing.fonts);
  return { input, key, file: path.join(drawing.cacheDir, `${key}.png`) };
}

/**
 * Makes sure an image is in the cache folder: waits for it while it is being drawn, counts it as
 * reused when an earlier build drew it, else draws it.
 */
async function ensureDrawn(image: CachedImage, drawing: Drawing): Promise<void> {
  const { pending, counted } = drawingState();
  const underway = pending.get(image.key);
  if (underway !== undefined) {
    await underway;
  } else if (existsSync(image.file)) {
    if (!counted.has(image.key)) drawingStats().reused += 1;
    counted.add(image.key);
  } else {
    await draw(image, drawing);
  }
}

/**
 * Draws, in the background and `parallel` at a time, the images that are not in the cache yet, so
 * that they are drawn while the build renders the pages (in the drawing process). The
 * images go to the cache folder, not to memory; their files are returned in the order of `inputs`.
 * Rejects with the first failure once every image has been tried.
 */
export async function drawAhead(inputs: readonly OgImageInput[], drawing: Drawing, parallel = 2): Promise<string[]> {
  const images = inputs.map((input) => cachedImage(input, drawing));
  const queue = [...images];
  const failures: unknown[] = [];
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      await ensureDrawn(next, drawing).catch((error: unknown) => failures.push(error));
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  if (failures.length > 0) throw failures[0];
  return images.map((image) => image.file);
}

/** A share image a build writes, and the file in the cache that holds it. */
export interface PlannedImage {
  /** Its path on the site, e.g. `/fr/og/events/oodi.png`. */
  path: string;
  file: string;
}

const PLAN = Symbol.for('sid-microsite.share-images.plan');

/** Where a build keeps its plan: on `globalThis`, which the integration and the pages' bundle both see. */
const planSlot = () => globalThis as { [PLAN]?: { images?: Promise<PlannedImage[]> } };

/**
 * Called by the integration when a build starts: its pages then plan the share images
 * (`planShareImages`), and the integration writes them out after the pages.
 */
export function openSharePlan(): void {
  planSlot()[PLAN] = {};
}

/** The share images of this build, once drawn; undefined when no page planned them. */
export function plannedShareImages(): Promise<PlannedImage[]> | undefined {
  return planSlot()[PLAN]?.images;
}

/** Plans a build's share images; the first call counts (every page of a build has the same plan). */
export function planShareImages(plan: () => Promise<PlannedImage[]>): void {
  const slot = planSlot()[PLAN];
  if (slot === undefined || slot.images !== undefined) return;
  slot.images = plan();
  // Awaited, and its failure reported, by the integration at the end of the build.
  slot.images.catch(() => undefined);
}

/** Draws an image into the cache folder, letting other callers wait for it meanwhile. */
async function draw(image: CachedImage, drawing: Drawing): Promise<void> {
  const { pending, counted } = drawingState();
  const drawn = drawInto(image, drawing);
  pending.set(image.key, drawn);
  counted.add(image.key);
  try {
    await drawn;
  } finally {
    pending.delete(image.key);
  }
}

/** Has the drawing process draw an image into the cache folder. */
async function drawInto(image: CachedImage, drawing: Drawing): Promise<void> {
  const stats = drawingStats();
  stats.active += 1;
  if (stats.active === 1) stats.since = performance.now();
  await drawingProcess(drawing.script)
    .draw({ file: image.file, input: image.input, fonts: drawing.fonts })
    .finally(() => {
      stats.active -= 1;
      if (stats.active === 0) stats.seconds += (performance.now() - stats.since) / 1000;
    });
  stats.drawn += 1;
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

interface DrawingProcess {
  draw: (request: DrawRequest) => Promise<void>;
  /** Lets the process end once it has drawn what it was asked for; resolves when it has ended. */
  close: () => Promise<void>;
}

const PROCESS = Symbol.for('sid-microsite.share-images.process');

/** How much lower than the build's the drawing process's priority is (in `nice` steps; 19 is the lowest). */
const DRAWING_NICENESS = 10;

/**
 * The drawing process, started on first use; one per build (on `globalThis`, which the integration
 * and the pages' bundle both see). It keeps the build alive only while it draws.
 *
 * A process rather than a worker thread, at a lower priority than the build: the pages, which the
 * build waits for, get the CPU first and drawing takes what is left, and sharp's work does not
 * queue in front of the build's file writes in the thread pool a process's threads share. A cold
 * 1600 × 6 build took 116–141 s this way, and 141–158 s with a worker thread (`npm run bench`'s
 * machine, runs taken in turn). Should the process stop, what it was drawing fails and the next
 * image starts another.
 */
function drawingProcess(script: string): DrawingProcess {
  const slot = globalThis as { [PROCESS]?: DrawingProcess };
  const running = slot[PROCESS];
  if (running !== undefined) return running;
  // Plain Node, without the build's flags (its heap limit); 'advanced' sends the emoji's bytes as they are.
  const child = fork(script, [], { execArgv: [], serialization: 'advanced' });
  if (child.pid !== undefined) setPriority(child.pid, Math.min(19, getPriority() + DRAWING_NICENESS));
  // The message channel is a handle of its own, which would keep the build alive too.
  const hold = (held: boolean) => {
    if (held) {
      child.ref();
      child.channel?.ref();
    } else {
      child.unref();
      child.channel?.unref();
    }
  };
  hold(false);
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let next = 0;
  const settle = (id: number, error?: Error) => {
    const request = waiting.get(id);
    waiting.delete(id);
    if (waiting.size === 0) hold(false);
    if (error === undefined) request?.resolve();
    else request?.reject(error);
  };
  const stop = (error: Error) => {
    if (slot[PROCESS] === drawer) delete slot[PROCESS];
    for (const id of [...waiting.keys()]) settle(id, error);
  };
  const ended = Promise.withResolvers<void>();
  child.on('message', ({ id, error }: { id: number; error?: string }) => settle(id, error === undefined ? undefined : new Error(error)));
  child.on('error', (error) => {
    stop(error);
    // A process that could not start never exits.
    if (child.pid === undefined) ended.resolve();
  });
  child.on('exit', (code, signal) => {
    stop(new Error(`The share images' drawing process stopped (${signal ?? `exit code ${code}`}).`));
    ended.resolve();
  });
  const drawer: DrawingProcess = {
    draw: (request) =>
      new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        hold(true);
        child.send({ id, request }, (error) => error && settle(id, error));
      }),
    close: () => {
      if (slot[PROCESS] === drawer) delete slot[PROCESS];
      if (child.connected) child.disconnect();
      return ended.promise;
    },
  };
  slot[PROCESS] = drawer;
  return drawer;
}

/**
 * Ends the drawing process once it has drawn what it was asked for, and waits for it to end: a
 * build calls it when every share image is in place, so that no process outlives it. A later image
 * starts another.
 */
export async function stopDrawing(): Promise<void> {
  await (globalThis as { [PROCESS]?: DrawingProcess })[PROCESS]?.close();
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
