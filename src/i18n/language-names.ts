/**
 * A language's name as it is written inside a sentence or a list, in the reader's language:
 * `Intl.DisplayNames` as it is, without `languageName`'s capital (which suits a name standing
 * alone, as in the language switcher). French, Spanish and Finnish write language names in
 * lower case mid-sentence; English capitalises them anyway.
 * @example languageNameInText('en', 'fi') // 'englanti'
 * @example languageNameInText('fr', 'en') // 'French'
 */
import { displayNames } from './intl-cache.ts';
export function languageNameInText(tag: string, inLocale: string): string {
  return displayNames(inLocale, { type: 'language', fallback: 'code' }).of(tag) ?? tag;
}
