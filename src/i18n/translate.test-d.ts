/**
 * Type test, checked by `npm run typecheck` (astro check): `t()` keys are typed from the default
 * locale's files. If the typing broke and any string were accepted, the `@ts-expect-error` lines
 * would become errors themselves.
 */
import type { Translate } from './translate.ts';

export function typedKeys(t: Translate): string[] {
  return [
    t('events:upcoming'),
    t('campaign:name'),
    t('events:count', { count: 2 }),
    // @ts-expect-error: a misspelt key fails the type check
    t('events:upcomming'),
    // @ts-expect-error: a namespace that has no file fails the type check
    t('event:upcoming'),
  ];
}
