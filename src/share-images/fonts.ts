/**
 * The share images' fonts: Noto Sans (Latin, Greek, Cyrillic), Noto Sans Arabic and Noto Sans
 * Devanagari, TTF files from npm (`@expo-google-fonts/*`). Pango takes the family list and picks,
 * for each run of text, the first that has its glyphs. `tests/build/media/media.test.ts` checks that they
 * cover every title of the sample campaign.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import sharp from 'sharp';

/** The font files, by package; their family names are listed in `FONT_FAMILIES` in the same order. */
const FONT_FILES = [
  '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
  '@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf',
] as const;
export const FONT_FAMILIES = 'Noto Sans, Noto Sans Arabic, Noto Sans Devanagari';

/**
 * The absolute paths of the share images' fonts, resolved from the project's `node_modules`
 * (not from this module's URL: in a build, this code runs from a bundle in the output folder).
 * @example ogFonts('/srv/sid')[0] // '/srv/sid/node_modules/@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'
 */
export function ogFonts(root: string): string[] {
  const require = createRequire(path.join(root, 'package.json'));
  return FONT_FILES.map((file) => require.resolve(file));
}

/** Fonts already handed to fontconfig in this process (a cache, on purpose: once is enough). */
const registered = new Set<string>();

/**
 * libvips adds a `fontfile` to fontconfig's fonts for the rest of the process; rendering once with
 * each file makes every family of `FONT_FAMILIES` available to every later text.
 */
export async function registerFonts(fonts: readonly string[]): Promise<void> {
  for (const font of fonts) {
    if (registered.has(font)) continue;
    await sharp({ text: { text: '.', fontfile: font } })
      .png()
      .toBuffer();
    registered.add(font);
  }
}
