/**
 * Text written into markup by hand, where Astro's templates are not used: marked with its language
 * when that is not the page's (escaping is `escape.ts`).
 */
import { localeInfo } from '#src/site/site.ts';

/**
 * The `lang` and `dir` of an entry's text when it is not written in the page's language (an
 * untranslated entry shows its source text: screen readers and fonts must know); else undefined.
 * @example textLanguage({ locale: 'ar', textLocale: 'en' }) // { lang: 'en', dir: 'ltr' }
 */
export function textLanguage(entry: { locale: string; textLocale: string }): { lang: string; dir: 'ltr' | 'rtl' } | undefined {
  return entry.textLocale === entry.locale ? undefined : { lang: entry.textLocale, dir: localeInfo(entry.textLocale).dir };
}
