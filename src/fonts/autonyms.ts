/**
 * The language names in the language switcher (`हिन्दी`, `العربية`) drawn from fonts that hold only
 * their letters: a page in English shows every language's name without downloading a whole
 * Devanagari or Arabic font (about 50 KB each) for two words. HarfBuzz's subsetter keeps the
 * shaping rules those letters need (Arabic joining forms, Devanagari conjuncts), so the names read
 * as in the full font; each subset is 2–3 KB.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import subsetFont from 'subset-font';
import { shippedScriptOf } from './scripts.ts';

/** The font family of the language names, in the site's stylesheet. */
export const AUTONYM_FAMILY = 'SID Autonyms';

/** One language's name and the script it is written in. */
interface Autonym {
  tag: string;
  autonym: string;
}

/**
 * The text of the names per shipped font file, for the names in a script the site ships a font for.
 * @example autonymTexts([{ tag: 'hi', autonym: 'हिन्दी' }, { tag: 'en', autonym: 'English' }]).size // 1
 */
export function autonymTexts(autonyms: readonly Autonym[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const { tag, autonym } of autonyms) {
    const shipped = shippedScriptOf(tag);
    if (shipped !== undefined) texts.set(shipped.regular, (texts.get(shipped.regular) ?? '') + autonym);
  }
  return texts;
}

/**
 * The unicode-range of a text: its code points, so that the face is used only for them.
 * @example unicodeRange('ab') // 'U+61,U+62'
 */
export function unicodeRange(text: string): string {
  // Code points, not characters: a font's unicode-range names code points.
  const points = [...new Set(Array.from(text, (char) => char.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  return points.map((point) => `U+${point.toString(16).toUpperCase()}`).join(',');
}

/**
 * Writes one subset font per shipped script into `folder`, and the stylesheet that declares them,
 * and returns the stylesheet's path (empty of faces when no language name needs a shipped font).
 * Names are keyed on the text, so a folder shared by builds keeps what they share.
 */
export async function writeAutonymFonts(autonyms: readonly Autonym[], folder: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  const faces: string[] = [];
  for (const [file, text] of autonymTexts(autonyms)) {
    const font = await subsetFont(await readFile(file), text, { targetFormat: 'woff2' });
    const name = `autonyms-${createHash('sha256').update(font).digest('hex').slice(0, 12)}.woff2`;
    await writeFile(path.join(folder, name), font);
    faces.push(
      `@font-face{font-family:'${AUTONYM_FAMILY}';font-style:normal;font-weight:400;font-display:swap;` +
        `src:url('./${name}') format('woff2');unicode-range:${unicodeRange(text)}}`,
    );
  }
  const css = faces.join('\n') + '\n';
  const sheet = path.join(folder, `autonyms-${createHash('sha256').update(css).digest('hex').slice(0, 12)}.css`);
  await writeFile(sheet, css);
  return sheet;
}

const AUTONYMS_MODULE = 'virtual:sid/autonyms.css';

/**
 * A Vite plugin that resolves `virtual:sid/autonyms.css` to the stylesheet written by
 * `writeAutonymFonts`: a real file, so that Vite hashes and copies the fonts it points to. They
 * stay files, not `data:` URLs inside the stylesheet (Vite inlines files under 4 KB): every page
 * would carry them in its render-blocking CSS, and the policy allows fonts from the site only.
 * @example autonymsPlugin('/tmp/autonyms-0123.css').name // 'sid-autonyms'
 */
export function autonymsPlugin(sheet: string) {
  return {
    name: 'sid-autonyms',
    config: () => ({
      build: { assetsInlineLimit: (file: string) => (path.basename(file).startsWith('autonyms-') ? false : undefined) },
    }),
    resolveId: (id: string) => (id === AUTONYMS_MODULE ? sheet : undefined),
  };
}
