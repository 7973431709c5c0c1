/**
 * The search page's script: loads its locale's Pagefind API from the site (`/pagefind/<locale>/pagefind.js`, built by
 * `npm run build`), which picks the index of the page's `<html lang>`, and lists the results with
 * the site's own markup and strings. Runs in the browser only.
 */
import { countedText, fillTemplate, type PluralForms } from './strings.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}

interface Pagefind {
  init: () => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

interface SearchStrings {
  searching: string;
  none: string;
  results: PluralForms;
}

const MAX_RESULTS = 20;

export function runSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type=search]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (input === null || status === null || list === null) return;
  const strings = JSON.parse(form.dataset['strings'] ?? '{}') as SearchStrings;
  const lang = document.documentElement.lang;
  let pagefind: Promise<Pagefind> | undefined;

  const search = async (query: string) => {
    status.textContent = strings.searching;
    // Each locale has an index of its own. A variable path keeps the bundler from resolving a file
    // that exists only after the build.
    const api = `/pagefind/${encodeURIComponent(lang)}/pagefind.js`;
    pagefind ??= import(/* @vite-ignore */ api).then(async (module: Pagefind) => {
      await module.init();
      return module;
    });
    const found = await (await pagefind).search(query);
    const results = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        const excerpt = document.createElement('p');
        excerpt.append(...excerptNodes(result.excerpt));
        item.append(link, excerpt);
        return item;
      }),
    );
    const count = found.results.length;
    status.textContent = count === 0 ? fillTemplate(strings.none, { query }) : countedText(strings.results, count, lang, { query });
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    if (query === '') return;
    history.replaceState(null, '', `?q=${encodeURIComponent(query)}`);
    void search(query);
  });

  const initial = new URLSearchParams(location.search).get('q');
  if (initial !== null && initial.trim() !== '') {
    input.value = initial;
    void search(initial.trim());
  }
}

/**
 * Pagefind's excerpt is text with `<mark>` around the matched words; it is rebuilt here as text
 * nodes and `<mark>` elements rather than parsed as HTML, so nothing else from it can reach the page.
 */
function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  const text = (value: string) => new DOMParser().parseFromString(value, 'text/html').documentElement.textContent;
  for (const [index, part] of excerpt.split(/<\/?mark>/).entries()) {
    if (part === '') continue;
    if (index % 2 === 1) {
      const mark = document.createElement('mark');
      mark.textContent = text(part);
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(text(part)));
    }
  }
  return nodes;
}
