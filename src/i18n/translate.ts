/**
 * The i18next instance of each locale, and a typed `t()`. One instance per locale, created on first
 * use and cached (module-level cache, on purpose: pages of a locale share it). A locale falls back
 * to its base language, then to the default locale (pt-BR → pt → en).
 */
import i18next, { type CustomTypeOptions, type TFunction } from 'i18next';
import { remember } from '#src/util/remember.ts';
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
  const t = remembered(instance.getFixedT<Namespace[]>(locale, Object.keys(resources[defaultLocale] ?? {}) as Namespace[]));
  instances.set(cacheKey, t);
  return t;
}

/**
 * A `t()` that looks a plain string up once: a page asks for its header's, footer's and
 * language switcher's strings again and again, and each i18next lookup walks the fallback chain.
 * Calls with options (interpolation, plurals) go to i18next every time.
 */
function remembered(t: Translate): Translate {
  // i18next's overloads, seen as the plain function they are.
  const translate = t as unknown as (...args: unknown[]) => string;
  const strings = new Map<string, string>();
  const lookup = (...args: unknown[]): string => {
    const [key] = args;
    if (args.length !== 1 || typeof key !== 'string') return translate(...args);
    return remember(strings, key, () => translate(key));
  };
  return Object.assign(lookup, t);
}

/** Forgets the cached instances (tests load several fixture campaigns in one process). */
export function clearTranslators(): void {
  instances.clear();
}
