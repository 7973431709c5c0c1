/**
 * A counted string in every plural form of a language, for a script that counts in the browser
 * (`Intl.PluralRules` picks the form there): `{ one: '1 result', other: '5 results' }`, rendered
 * with a sample count of each category.
 */

const SAMPLE_COUNTS: Record<Intl.LDMLPluralRule, number[]> = {
  zero: [0],
  one: [1, 21, 101],
  two: [2, 22, 102],
  few: [3, 4, 23, 103],
  many: [11, 5, 1000000, 6],
  other: [100, 1000, 10, 7, 1.5, 0, 2, 5],
};

/**
 * @example pluralStrings('en', (count) => `${count} results`) // { one: '1 results', other: '100 results' }
 */
export function pluralStrings(locale: string, render: (count: number) => string): Partial<Record<Intl.LDMLPluralRule, string>> {
  const rules = new Intl.PluralRules(locale);
  const strings: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const category of rules.resolvedOptions().pluralCategories) {
    const count = SAMPLE_COUNTS[category].find((candidate) => rules.select(candidate) === category);
    if (count !== undefined) strings[category] = render(count).replace(String(count), '{{count}}');
  }
  return strings;
}
