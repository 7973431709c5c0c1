/**
 * Share images on disk: a rebuild takes unchanged images from a cache folder, keyed by everything
 * that is drawn (`ogCacheKey`), and an image being drawn is waited for rather than drawn twice.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ogCacheKey, type OgImageInput } from './draw.ts';
import { ogFonts } from './fonts.ts';
import { drawingProcess } from './process.ts';

/** What drawing needs from the project: its fonts, the cache folder and the drawing process's script. */
export interface Drawing {
  fonts: readonly string[];
  cacheDir: string;
  script: string;
}

/**
 * The project's drawing: files found from its root, for the reason `ogFonts` gives.
 * @example projectDrawing('/srv/sid').script // '/srv/sid/src/share-images/worker.ts'
 */
export function projectDrawing(root: string): Drawing {
  return {
    fonts: ogFonts(root),
    cacheDir: path.join(root, 'node_modules/.astro/og-cache'),
    script: path.join(root, 'src/share-images/worker.ts'),
  };
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
  const holder = globalThis as { [DRAWING]?: DrawingState | undefined };
  const state = holder[DRAWING] ?? {
    pending: new Map(),
    counted: new Set(),
    stats: { drawn: 0, reused: 0, seconds: 0, active: 0, since: 0 },
  };
  holder[DRAWING] = state;
  return state;
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
