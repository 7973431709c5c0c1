/**
 * Which of the campaign's locales a visitor gets at `/`: their remembered choice, else the first
 * of their browser's languages that the campaign has (exactly, then by base language, e.g.
 * `es-MX` → `es`, and `pt` → `pt-BR`), else none (they choose from the list).
 */

/**
 * @example pickLocale(null, ['fr-CA', 'en'], ['en', 'fr']) // 'fr'
 * @example pickLocale('ar', ['fr'], ['en', 'fr', 'ar']) // 'ar'
 * @example pickLocale(null, ['de'], ['en', 'fr']) // undefined
 */
export function pickLocale(remembered: string | null, preferred: readonly string[], available: readonly string[]): string | undefined {
  if (remembered !== null && available.includes(remembered)) return remembered;
  const lower = available.map((tag) => tag.toLowerCase());
  for (const wanted of preferred) {
    const exact = lower.indexOf(wanted.toLowerCase());
    if (exact !== -1) return available[exact];
    const base = wanted.split('-')[0]?.toLowerCase();
    const sameBase = lower.findIndex((tag) => tag === base || tag.split('-')[0] === base);
    if (sameBase !== -1) return available[sameBase];
  }
  return undefined;
}
