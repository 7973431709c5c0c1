/**
 * The cache keys of Astro's incremental build (`experimental.incrementalBuild`), one per page, made
 * from what the page read when it last rendered (`page-inputs.ts`). A build copies a page from the
 * previous build instead of rendering it when the page's code (Astro hashes its modules) and its
 * key are both unchanged, so:
 * - a page whose every input has the value it had is given the key it had: it is copied;
 * - a page with an input whose value changed (`input-values.ts`), or with no record of its inputs
 *   (a new page, the first build), is given a new key: it is rendered, and the reason is kept for
 *   the build's log (`changed: content/fr/events/oodi.mdx`, see `page-record.ts`).
 *
 * Runs in the pages' bundle (`getStaticPaths` and the middleware), which reads the collections.
 */
import { createHash } from 'node:crypto';
import { rememberWhileBuilding } from './build-state.ts';
import { describeInput, inputValue, settledInputValue } from './input-values.ts';
import { buildPages, noteInputValue, noteRenderedPage, pageKeyPath, type PagePlan, type Record_ } from './page-record.ts';
import { decodeIndices } from '#src/util/index-list.ts';
import { getSite } from '#src/site/site.ts';

/** Keys already planned, per path, for the length of a build (module-level cache, on purpose). */
const plans = new Map<string, Promise<PagePlan>>();

/**
 * `getStaticPaths` rows with each page's cache key added; `pathOf` gives a row's page (the same
 * function the site links it with).
 * @example await keyed(locales.map((locale) => ({ params: { locale } })), ({ locale }) => localePath(locale, 'events'))
 */
export async function keyed<Row extends { params: object }>(
  rows: readonly Row[],
  pathOf: (params: Row['params']) => string,
): Promise<(Row & { cacheKey: string })[]> {
  return Promise.all(
    rows.map(async (row) => {
      const page = pageKeyPath(pathOf(row.params));
      const plan = await rememberWhileBuilding(plans, page, () => planPage(page));
      buildPages().planned.set(page, plan);
      return { ...row, cacheKey: plan.key };
    }),
  );
}

/** The key of a page: last build's when none of its inputs changed, else a new one with the reason. */
async function planPage(page: string): Promise<PagePlan> {
  const { previous } = buildPages();
  const record = previous?.pages[page];
  if (previous === undefined || record === undefined)
    return { key: `new:${buildNonce}`, reason: previous === undefined ? 'first build' : 'new page' };
  const changedNow = await changedInputs(previous);
  const changed = decodeIndices(record.inputs)
    .filter((at) => changedNow[at] === 1)
    .map((at) => previous.inputs[at] ?? '');
  if (changed.length === 0) return { key: record.key, reason: undefined };
  const key = createHash('sha256')
    .update(`${record.key}\n${changed.join('\n')}\n${buildNonce}`)
    .digest('hex')
    .slice(0, 16);
  const reasons = [...new Set(await Promise.all(changed.map((input) => describeInput(input))))];
  return { key: `changed:${key}`, reason: reasons.join('; ') };
}

/**
 * Which inputs the last build recorded have another value now (1) or the same (0), worked out
 * once per build: pages share most of their inputs.
 */
const changes = new Map<string, Promise<Uint8Array>>();
function changedInputs(previous: Record_): Promise<Uint8Array> {
  return rememberWhileBuilding(changes, 'all', async () => {
    const now = await Promise.all(previous.inputs.map((input) => inputValue(input)));
    return Uint8Array.from(now, (value, at) => (value === previous.values[at] ? 0 : 1));
  });
}

/** Tells this build's keys from every earlier build's: a page given a new key is always rendered. */
const buildNonce = `${Date.now().toString(36)}.${process.pid}`;

/**
 * Notes, from the middleware, a page this build rendered and the inputs it read. Only the values
 * no page needed before are waited for: a list page reads thousands of inputs, most of them read
 * by pages rendered before it.
 */
export async function noteRendered(pathname: string, inputs: ReadonlySet<string>): Promise<void> {
  const unknown = noteRenderedPage(pageKeyPath(pathname), inputs, settledInputValue);
  const values = await Promise.all(unknown.map((input) => inputValue(input)));
  unknown.forEach((input, at) => {
    noteInputValue(input, values[at] ?? '');
  });
}

/**
 * `getStaticPaths` rows for every locale, keyed; `pathOf` gives a locale's page.
 * @example export const getStaticPaths = () => localePaths((locale) => localePath(locale, 'events'));
 */
export function localePaths(pathOf: (locale: string) => string): Promise<{ params: { locale: string }; cacheKey: string }[]> {
  return keyed(
    getSite().campaign.locales.map((locale) => ({ params: { locale } })),
    (params) => pathOf(params.locale),
  );
}
