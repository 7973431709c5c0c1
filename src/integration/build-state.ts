import { remember } from '#src/util/remember.ts';

/**
 * Whether this process is building the site, rather than serving it for development. The
 * integration and the pages' bundle each load their own copy of the project's modules, so the
 * flag is kept on `globalThis`, where both see it.
 */
const BUILDING = Symbol.for('sid-microsite.building');

const holder = () => globalThis as { [BUILDING]?: boolean };

/** Called by the integration when a build starts. */
export function startBuild(): void {
  holder()[BUILDING] = true;
}

export const buildingSite = (): boolean => holder()[BUILDING] === true;

/**
 * In a build, the value kept under a key (`remember`): the pages of a build ask the same question
 * many times and the content does not change meanwhile. The dev server makes it again on every
 * call, so that edits show.
 */
export function rememberWhileBuilding<Key, Value>(cache: Map<Key, Value>, key: Key, make: () => Value): Value {
  return buildingSite() ? remember(cache, key, make) : make();
}
