/**
 * The campaign's colours as a stylesheet module (`virtual:sid/theme.css`): custom properties that
 * the site's styles use, so that each edition's colours come from its `campaign.yaml`. The primary
 * colour fills the header and buttons under white text in both colour schemes (the schema holds it
 * to 4.5:1 against white); as the colour of links it is mixed towards black on light pages, or
 * towards white on dark ones, until it reads at 4.5:1 on the pages' backgrounds.
 */
import type { Campaign } from '#src/schemas/campaign.ts';
import { contrastRatio } from '#src/util/contrast.ts';

const THEME_MODULE = 'virtual:sid/theme.css';

/** The backgrounds that links sit on, per colour scheme (global.css: `--sid-surface`, `--sid-soft`). */
export const SCHEME_BACKGROUNDS = {
  light: ['#ffffff', '#f3f4f8'],
  dark: ['#131419', '#22242c'],
} as const;

/** WCAG 1.4.3 AA for body text. */
const TEXT_CONTRAST = 4.5;

/**
 * `colour` mixed with `towards` in `share` (0–1), as `#rrggbb`.
 * @example mix('#000000', '#ffffff', 0.5) // '#808080'
 */
export function mix(colour: string, towards: string, share: number): string {
  const channel = (hex: string, start: number) => Number.parseInt(hex.slice(start, start + 2), 16);
  return `#${[1, 3, 5]
    .map((start) => Math.round(channel(colour, start) * (1 - share) + channel(towards, start) * share))
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('')}`;
}

/**
 * The closest colour to `colour` that reads at 4.5:1 on every one of `backgrounds`, moving
 * towards white or black in steps of 5 %.
 * @example readableOn('#1a4fa0', ['#131419', '#22242c'], '#ffffff') // '#6a8dc1'
 */
export function readableOn(colour: string, backgrounds: readonly string[], towards: '#ffffff' | '#000000'): string {
  for (let step = 0; step <= 20; step += 1) {
    const candidate = mix(colour, towards, step / 20);
    if (backgrounds.every((background) => contrastRatio(candidate, background) >= TEXT_CONTRAST)) return candidate;
  }
  return towards;
}

/**
 * The theme stylesheet for the campaign's colours.
 * @example themeCss({ primary: '#1a4fa0', accent: '#f5b700' }).startsWith(':root{--sid-primary:#1a4fa0;') // true
 */
export function themeCss(colors: Campaign['colors']): string {
  const lightLink = readableOn(colors.primary, SCHEME_BACKGROUNDS.light, '#000000');
  const darkLink = readableOn(colors.primary, SCHEME_BACKGROUNDS.dark, '#ffffff');
  // Text on the accent colour (the home page's countdown): black or white, whichever reads better.
  const onAccent = contrastRatio(colors.accent, '#000000') >= contrastRatio(colors.accent, '#ffffff') ? '#000000' : '#ffffff';
  return (
    `:root{--sid-primary:${colors.primary};--sid-accent:${colors.accent};--sid-on-accent:${onAccent};--sid-link:${lightLink}}` +
    `@media (prefers-color-scheme:dark){:root{--sid-link:${darkLink}}}`
  );
}

/**
 * A Vite plugin that serves the theme module.
 * @example themePlugin({ primary: '#1a4fa0', accent: '#f5b700' }).name // 'sid-theme'
 */
export function themePlugin(colors: Campaign['colors']) {
  const css = themeCss(colors);
  return {
    name: 'sid-theme',
    resolveId: (id: string) => (id === THEME_MODULE ? `\0${THEME_MODULE}` : undefined),
    load: (id: string) => (id === `\0${THEME_MODULE}` ? css : undefined),
  };
}
