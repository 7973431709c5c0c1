/**
 * The footer's list of free pages, written as HTML once per locale in a build. Every page of a
 * locale has the same list, and rendered as components on every page it cost a campaign with many
 * free pages dearly: 160 free pages in 6 locales made 1.5 million component instances in a build of
 * 9,717 pages (a warm build took 142 s with the list, 123 s without any).
 */
import { rememberWhileBuilding } from '#src/integration/build-state.ts';
import { shownEntries } from '#src/site/entries.ts';
import { escapeMarkup } from '#src/util/escape.ts';
import { textLanguage } from '#src/util/markup.ts';
import { localePath } from '#src/site/urls.ts';

/** The list's items, per locale, for the length of a build (module-level cache, on purpose). */
const lists = new Map<string, Promise<string>>();

/**
 * The `<li>` items linking to every free page of a locale, by `order` then slug; '' when there is none.
 * @example await footerPageItems('fr') // '<li><a href="/fr/about/">À propos</a></li>…'
 */
export function footerPageItems(locale: string): Promise<string> {
  return rememberWhileBuilding(lists, locale, () => pageItems(locale));
}

async function pageItems(locale: string): Promise<string> {
  const pages = [...(await shownEntries('pages', locale))].sort((a, b) => a.data.order - b.data.order || a.slug.localeCompare(b.slug));
  return pages
    .map((page) => {
      const title = escapeMarkup(page.data.title);
      const language = textLanguage(page);
      const text = language === undefined ? title : `<span lang="${escapeMarkup(language.lang)}" dir="${language.dir}">${title}</span>`;
      return `<li><a href="${escapeMarkup(localePath(locale, page.slug))}">${text}</a></li>`;
    })
    .join('');
}
