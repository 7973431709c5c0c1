/**
 * Which share images a build writes, and where each is served. The pages plan them (every page of a
 * build has the same plan) and the integration writes them out after the pages.
 */
/** A share image a build writes, and the file in the cache that holds it. */
export interface PlannedImage {
  /** Its path on the site, e.g. `/fr/og/events/oodi.png`. */
  path: string;
  file: string;
}

const PLAN = Symbol.for('sid-microsite.share-images.plan');

/** Where a build keeps its plan: on `globalThis`, which the integration and the pages' bundle both see. */
const planSlot = () => globalThis as { [PLAN]?: { images?: Promise<PlannedImage[]> } };

/**
 * Called by the integration when a build starts: its pages then plan the share images
 * (`planShareImages`), and the integration writes them out after the pages.
 */
export function openSharePlan(): void {
  planSlot()[PLAN] = {};
}

/** The share images of this build, once drawn; undefined when no page planned them. */
export function plannedShareImages(): Promise<PlannedImage[]> | undefined {
  return planSlot()[PLAN]?.images;
}

/** Plans a build's share images; the first call counts (every page of a build has the same plan). */
export function planShareImages(plan: () => Promise<PlannedImage[]>): void {
  const slot = planSlot()[PLAN];
  if (slot === undefined || slot.images !== undefined) return;
  slot.images = plan();
  // Awaited, and its failure reported, by the integration at the end of the build.
  slot.images.catch(() => undefined);
}

/**
 * Where a page's share image is served: beside the locale's pages, under `og/`.
 * @example ogImagePath('fr', ['events', 'oodi']) // '/fr/og/events/oodi.png'
 * @example ogImagePath('fr', []) // '/fr/og.png'
 */
export function ogImagePath(locale: string, segments: readonly string[]): string {
  const route = segments.map(encodeURIComponent).join('/');
  return route === '' ? `/${encodeURIComponent(locale)}/og.png` : `/${encodeURIComponent(locale)}/og/${route}.png`;
}

/**
 * A locale tag as Open Graph writes it (`ll_CC`): `-` becomes `_`.
 * @example ogLocale('pt-BR') // 'pt_BR'
 * @example ogLocale('fr') // 'fr'
 */
export function ogLocale(tag: string): string {
  return tag.replaceAll('-', '_');
}
