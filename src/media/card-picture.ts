/**
 * The picture on an entry's card, in one of two boxes: a 16:9 banner as wide as the card (event
 * images, video posters, and the mark of entries without one), or a 4rem square (partners' logos,
 * hashtags' emoji). Each is encoded once per format (AVIF, WebP), at a width that fills its box on
 * a phone: a banner is 224 to 360 CSS pixels wide (348 on a 412-pixel phone, 609 device pixels at
 * Lighthouse's 1.75 ratio), a square 64.
 *
 * One width rather than a `srcset` of several: every width adds two hashed URLs to every card, and
 * the events index, fifteen cards under its map, has to stay under 16 KB of HTML and CSS. Measured
 * on the sample: widths 320 and 640 with `sizes` took it to 16,423 bytes; one width to about
 * 15,960. What it costs is a larger file on a screen of one pixel per CSS pixel (a 640 banner of
 * about 3 KB where a 320 one would weigh under 2 KB), for images that load lazily.
 */
import type { ImageMetadata } from 'astro';

export type CardShape = 'wide' | 'square';

export interface CardPicture {
  src: ImageMetadata;
  /** The width of the copies, never above the image's; also the `<img>`'s `width`. */
  width: number;
  /** AVIF and WebP quality (0–100). */
  quality: number;
}

const WIDTH: Record<CardShape, number> = { wide: 640, square: 128 };

/**
 * Banners at quality 40 rather than sharp's 50: a 640-pixel event image weighs 3.2 KB instead of
 * 4.3, which matters because the first six event cards of the home page load with it on a phone
 * (within Chromium's lazy-loading distance), against a 60 KB budget. Logos and emoji are small and
 * often drawn with thin lines: the default.
 */
const QUALITY: Record<CardShape, number> = { wide: 40, square: 50 };

/**
 * `wanted` widths capped at the image's own width (never enlarged), without repeats.
 * @example widthsUpTo({ width: 500 }, [320, 640]) // [320, 500]
 */
export function widthsUpTo(image: { width: number }, wanted: readonly number[]): number[] {
  return [...new Set(wanted.map((width) => Math.min(width, image.width)))];
}

/**
 * The picture of a card in a shape: its width (capped at the image's) and quality.
 * @example cardPicture({ src: '/a.jpg', width: 1280, height: 720, format: 'jpg' }, 'wide') // { src, width: 640, quality: 40 }
 */
export function cardPicture(src: ImageMetadata, shape: CardShape): CardPicture {
  return { src, width: Math.min(WIDTH[shape], src.width), quality: QUALITY[shape] };
}
