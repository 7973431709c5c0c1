/**
 * The locale table, derived from `content/campaign.yaml` and `Intl`: each locale's tag, writing
 * direction and name in its own language. Nothing here is typed in by hand.
 */
import { displayNames } from './intl-cache.ts';

export interface LocaleInfo {
  /** BCP 47 tag, as in campaign.yaml and in URLs. */
  tag: string;
  dir: 'ltr' | 'rtl';
  /** The language's name in that language, e.g. `suomi`, `العربية`. */
  autonym: string;
}

/**
 * Right-to-left scripts, used when the runtime lacks `Intl.Locale#getTextInfo` (Firefox, older
 * engines), and for tags whose script is only implied by the language.
 */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/**
 * The writing direction of a locale.
 * @example directionOf('ar') // 'rtl'
 * @example directionOf('fi') // 'ltr'
 */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(tag);
  // Typed as maybe missing, which it is in some engines (TypeScript's lib declares it always there).
  const withTextInfo = locale as { getTextInfo?: () => { direction?: string } };
  const direction = withTextInfo.getTextInfo?.call(locale).direction;
  if (direction === 'rtl' || direction === 'ltr') return direction;
  const script = locale.maximize().script;
  return script !== undefined && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}

/**
 * A language's name standing alone (a heading, the language switcher), in the language of
 * `inLocale` (its own name by default), with a capital.
 * @example languageName('fi') // 'Suomi'
 * @example languageName('fi', 'en') // 'Finnish'
 */
export function languageName(tag: string, inLocale: string = tag): string {
  const name = languageNameInText(tag, inLocale);
  return name.charAt(0).toLocaleUpperCase(inLocale) + name.slice(1);
}

/**
 * A language's name as it is written inside a sentence or a list, in the reader's language:
 * `Intl.DisplayNames` as it is. French, Spanish and Finnish write language names in lower case
 * mid-sentence; English capitalises them anyway.
 * @example languageNameInText('en', 'fi') // 'englanti'
 * @example languageNameInText('fr', 'en') // 'French'
 */
export function languageNameInText(tag: string, inLocale: string): string {
  return displayNames(inLocale, { type: 'language', fallback: 'code' }).of(tag) ?? tag;
}

/**
 * The table of the campaign's locales, in campaign order.
 * @example localeTable(['en', 'ar'])[1] // { tag: 'ar', dir: 'rtl', autonym: 'العربية' }
 */
export function localeTable(tags: readonly string[]): LocaleInfo[] {
  return tags.map((tag) => ({ tag, dir: directionOf(tag), autonym: languageName(tag) }));
}
