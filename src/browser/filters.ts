/**
 * The filter of the events and workshops indexes, in the browser: shows the `<select>`s in place
 * of the links to the static filter pages, filters the list (and the map's pins) in place as the
 * reader chooses, announces how many entries are shown in the page's live region, and keeps the
 * choice in the URL's query (so it can be shared, and is there again after going back).
 *
 * The page hands in, on the element marked `data-filter`: `data-items` (each entry's page path →
 * its filter tags) and `data-strings` (the counted strings in every plural form of the page's
 * language, from `pluralStrings`). Entries are the `.card`s inside `[data-filter-list]`, found by
 * their link, and so are the map's pins (`[data-map-pin]`) and their lines (`[data-map-leader]`);
 * groups (`[data-filter-group]`) with nothing left are hidden; sections (`[data-filter-section]`)
 * recount their entries in `[data-filter-count]`. A data attribute rather than `hidden` hides
 * the SVG pins, which `hidden` does not.
 */
import {
  choiceQuery,
  matchesChoice,
  parseChoice,
  type FilterChoice,
  type FilterFacet,
  type FilterTags,
} from '#src/filters/event-filters.ts';
import { countedText, type PluralForms } from './strings.ts';

interface FilterStrings {
  /** `5 events shown`, for the live region. */
  shown: PluralForms;
  /** `5 events`, for a section's heading. */
  count: PluralForms;
}

export function enhanceFilter(root: HTMLElement): void {
  const form = root.querySelector<HTMLElement>('[data-filter-form]');
  const links = root.querySelector<HTMLElement>('[data-filter-links]');
  const status = root.querySelector<HTMLElement>('[data-filter-status]');
  if (form === null || status === null) return;
  const items = JSON.parse(root.dataset['items'] ?? '{}') as Record<string, FilterTags>;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as FilterStrings;
  const scope = root.closest('main') ?? document.body;
  const selects = [...form.querySelectorAll('select')];
  const offered = Object.fromEntries(
    selects.map((select) => [select.name, [...select.options].map((option) => option.value).filter((value) => value !== '')]),
  );
  const lang = document.documentElement.lang;
  const say = (forms: PluralForms, count: number) => countedText(forms, count, lang);
  const matches = (href: string | null, choice: FilterChoice) => {
    const tags = items[href ?? ''];
    return tags === undefined || matchesChoice(tags, choice);
  };

  const apply = (choice: FilterChoice, announce: boolean) => {
    let shown = 0;
    for (const card of scope.querySelectorAll<HTMLElement>('[data-filter-list] .card')) {
      card.hidden = !matches(card.querySelector('a')?.getAttribute('href') ?? null, choice);
      if (!card.hidden) shown += 1;
    }
    for (const pin of scope.querySelectorAll('[data-map-pin]'))
      pin.toggleAttribute('data-filtered-out', !matches(pin.getAttribute('href'), choice));
    for (const line of scope.querySelectorAll('[data-map-leader]'))
      line.toggleAttribute('data-filtered-out', !matches(line.getAttribute('data-map-leader'), choice));
    for (const group of scope.querySelectorAll<HTMLElement>('[data-filter-group]'))
      group.hidden = group.querySelector('.card:not([hidden])') === null;
    for (const section of scope.querySelectorAll<HTMLElement>('[data-filter-section]')) {
      const count = section.querySelector('[data-filter-count]');
      if (count !== null) count.textContent = say(strings.count, section.querySelectorAll('[data-filter-list] .card:not([hidden])').length);
    }
    if (announce) status.textContent = say(strings.shown, shown);
  };

  const chosen = (): FilterChoice => {
    const choice: FilterChoice = {};
    for (const select of selects) if (select.value !== '') choice[select.name as FilterFacet] = select.value;
    return choice;
  };

  const initial = parseChoice(location.search, offered);
  for (const select of selects) select.value = initial[select.name as FilterFacet] ?? '';
  form.hidden = false;
  if (links !== null) links.hidden = true;
  apply(initial, Object.keys(initial).length > 0);

  form.addEventListener('change', () => {
    const choice = chosen();
    apply(choice, true);
    history.replaceState(history.state, '', `${location.pathname}${choiceQuery(choice)}${location.hash}`);
  });
}
