/**
 * What each page of a build reads, recorded while it renders: every entry field, body, list of
 * entries, UI-strings namespace, campaign field, media file and "now" that the page's code asks
 * for. A page renders inside `recordInputs` (the middleware wraps every page of a build); the
 * places that hand content to pages (`site/entries.ts`, `site/site.ts`, `media/media-files.ts`)
 * call `readInput` with a name that says what was read. The next build renders a page again only
 * when one of those inputs has a different value (`page-keys.ts`).
 *
 * Names, and where each is read:
 * - `list:<kind>`: which entries a kind has (a page that lists or searches them);
 * - `entry:<kind>/<slug>@<locale>#<field>`: one field of an entry as a locale shows it;
 * - `body:<kind>/<slug>@<locale>`: the body an entry's page shows (and the images in it);
 * - `strings:<locale>:<namespace>`: a namespace of UI strings (with the default's, its fallback);
 * - `campaign:<field>`: a field of `campaign.yaml`;
 * - `now`: which events have ended, and where the campaign's day is, at the build's "now";
 * - `file:<path>`: a media file the page links by a name made from its bytes, or a module of a
 *   script inlined into the page (`site/inline-script.ts`);
 * - `everything`: every file of the content and the strings (the translation status page).
 *
 * The integration and the pages' bundle load their own copies of this module, so the recording
 * is kept on `globalThis`, where both see it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

interface Recording {
  /** The inputs of the page rendering in this async context. */
  current: AsyncLocalStorage<Set<string>>;
}

const RECORDING = Symbol.for('sid-microsite.page-inputs');

function recording(): Recording {
  const holder = globalThis as { [RECORDING]?: Recording | undefined };
  const found = holder[RECORDING] ?? { current: new AsyncLocalStorage<Set<string>>() };
  holder[RECORDING] = found;
  return found;
}

/**
 * Notes that the page rendering now read an input; does nothing outside a page (the integration,
 * `getStaticPaths`, the dev server).
 * @example readInput('entry:events/oodi@fr#title')
 */
export function readInput(name: string): void {
  recording().current.getStore()?.add(name);
}

/**
 * Runs `render` recording what it reads, and returns its result with the inputs.
 * @example const { result, inputs } = await recordInputs(() => next())
 */
export async function recordInputs<T>(render: () => Promise<T>): Promise<{ result: T; inputs: Set<string> }> {
  const inputs = new Set<string>();
  const result = await recording().current.run(inputs, render);
  return { result, inputs };
}

/**
 * Runs `work` outside any page's recording: for work a page starts for the whole build (the share
 * images' plan reads every entry), which would otherwise count as read by whichever page started
 * it, and have that page rendered again after any edit.
 * @example planShareImages(() => withoutRecording(() => planAll()))
 */
export function withoutRecording<T>(work: () => T): T {
  return recording().current.exit(work);
}

/**
 * The value `make` gives, made once per key (a cache for the length of a build) with the inputs it
 * read, which every later call reads again: a page that takes a value made for another page (the
 * footer's links, once per locale) still records what the value came from.
 * @example rememberWithInputs(footers, locale, () => footerHtml(locale))
 */
export async function rememberWithInputs<Key, Value>(
  cache: Map<Key, Promise<{ result: Value; inputs: Set<string> }>>,
  key: Key,
  make: () => Promise<Value>,
): Promise<Value> {
  let made = cache.get(key);
  if (made === undefined) {
    made = recordInputs(make);
    cache.set(key, made);
  }
  const { result, inputs } = await made;
  for (const input of inputs) readInput(input);
  return result;
}
