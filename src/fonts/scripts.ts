/**
 * The writing systems whose fonts ship with the site (from npm, never a font CDN), because phones
 * and computers often lack them. Other scripts use the system's fonts.
 */
import { createRequire } from 'node:module';

/** A script whose font the site ships. */
export interface ShippedScript {
  /** ISO 15924 code, as `Intl.Locale#maximize()` gives it. */
  script: string;
  /** The font family in the site's stylesheets. */
  family: string;
  /** The regular-weight file for that script's characters. */
  regular: string;
}

const require = createRequire(import.meta.url);

/** The scripts shipped, by ISO 15924 code. */
export const SHIPPED_SCRIPTS: readonly ShippedScript[] = [
  {
    script: 'Arab',
    family: 'Noto Sans Arabic',
    regular: require.resolve('@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2'),
  },
  {
    script: 'Deva',
    family: 'Noto Sans Devanagari',
    regular: require.resolve('@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-400-normal.woff2'),
  },
];

/**
 * The script a locale is written in, when the site ships its font.
 * @example shippedScriptOf('hi')?.script // 'Deva'
 * @example shippedScriptOf('fr') // undefined
 */
export function shippedScriptOf(tag: string): ShippedScript | undefined {
  const script = new Intl.Locale(tag).maximize().script;
  return SHIPPED_SCRIPTS.find((shipped) => shipped.script === script);
}
