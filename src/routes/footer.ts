/**
 * The footer's list of free pages, written as HTML once per locale in a build. Every page of a
 * locale has the same list, and rendered as components on every page it cost a campaign with many
 * free pages dearly (a component instance per link per page; `bench/results/` has the numbers).
 * Each page still records what the list was made from (`rememberWithInputs`).
 */
import { buildingSite } from '#src/integration/build-state.ts';
import { rememberWithInputs } from '#src/integration/page-inputs.ts';
import { shownEntries } from '#src/site/entries.ts';
import { escapeMarkup } from '#src/util/escape.ts';
import { textLanguage } from '#src/util/markup.ts';
import { localePath } from '#src/site/urls.ts';

/** The list's items, per locale, for the length of a build (module-level cache, on purpose). */
const lists = new Map<string, Promise<{ result: string; inputs: Set<string> }>>();

/**
 * The `<li>` items linking to every free page of a locale, by `order` then slug; '' when there is none.
 * @example await footerPageItems('fr') // '<li><a href="/fr/about/">À propos</a></li>…'
 */
export function footerPageItems(locale: string): Promise<string> {
  return buildingSite() ? rememberWithInputs(lists, locale, () => pageItems(locale)) : pageItems(locale);
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
