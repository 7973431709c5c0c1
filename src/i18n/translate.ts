/**
 * The i18next instance of each locale, and a typed `t()`. One instance per locale, created on first
 * use and cached (module-level cache, on purpose: pages of a locale share it). A locale falls back
 * to its base language, then to the default locale (pt-BR → pt → en).
 */
import i18next, { type CustomTypeOptions, type TFunction } from 'i18next';
import type { Resources } from './resources.ts';

/** Every namespace of the default locale's files (`locales/en/*.json`). */
type Namespace = keyof CustomTypeOptions['resources'];

/** `t()` over every namespace: keys are written `namespace:key`, e.g. `events:upcoming`. */
export type Translate = TFunction<Namespace[]>;

const instances = new Map<string, Translate>();

/**
 * The `t()` of a locale.
 * @example createTranslator(resources, 'es', 'en')('common:nav.events') // 'Eventos'
 */
export function createTranslator(resources: Resources, locale: string, defaultLocale: string): Translate {
  const cacheKey = `${locale}|${defaultLocale}`;
  const cached = instances.get(cacheKey);
  if (cached !== undefined) return cached;
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: [...new Set([new Intl.Locale(locale).language, defaultLocale])].filter((fallback) => fallback !== locale),
    resources: Object.fromEntries(Object.entries(resources).map(([tag, strings]) => [tag, strings])),
    ns: Object.keys(resources[defaultLocale] ?? {}),
    defaultNS: 'common',
    initAsync: false,
    returnEmptyString: false,
    // Astro escapes what it prints; escaping here too would show `&amp;` to readers.
    interpolation: { escapeValue: false },
  });
  const t = instance.getFixedT<Namespace[]>(locale, Object.keys(resources[defaultLocale] ?? {}) as Namespace[]);
  instances.set(cacheKey, t);
  return t;
}

/** Forgets the cached instances (tests load several fixture campaigns in one process). */
export function clearTranslators(): void {
  instances.clear();
}
