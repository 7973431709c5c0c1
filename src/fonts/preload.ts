/**
 * The font files of each shipped script, as the built site names them, for `<link rel=preload>`: a
 * page in Arabic or Hindi asks for its script's font with its stylesheet instead of after laying
 * the text out in a fallback, so the text does not move when the font arrives.
 */
import arabicBold from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff2?url';
import arabicRegular from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';
import devanagariBold from '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-700-normal.woff2?url';
import devanagariRegular from '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff2?url';

const FILES: Readonly<Record<string, readonly string[]>> = {
  Arab: [arabicRegular, arabicBold],
  Deva: [devanagariRegular, devanagariBold],
};

/**
 * The font files to preload on a page in `locale`: its script's, when the site ships them.
 * @example fontPreloads('en') // []
 */
export function fontPreloads(locale: string): readonly string[] {
  return FILES[new Intl.Locale(locale).maximize().script ?? ''] ?? [];
}
