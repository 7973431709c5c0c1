/**
 * The campaign's colours as a stylesheet module (`virtual:sid/theme.css`): custom properties that
 * the site's styles use, so that each edition's colours come from its `campaign.yaml`.
 */
import type { Campaign } from '#src/schemas/campaign.ts';

const THEME_MODULE = 'virtual:sid/theme.css';

/**
 * A Vite plugin that serves the theme module.
 * @example themePlugin({ primary: '#1a4fa0', accent: '#f5b700' }).name // 'sid-theme'
 */
export function themePlugin(colors: Campaign['colors']) {
  const css = `:root{--sid-primary:${colors.primary};--sid-accent:${colors.accent}}`;
  return {
    name: 'sid-theme',
    resolveId: (id: string) => (id === THEME_MODULE ? `\0${THEME_MODULE}` : undefined),
    load: (id: string) => (id === `\0${THEME_MODULE}` ? css : undefined),
  };
}
